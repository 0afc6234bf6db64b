import type { GoBuildInfoResult } from './build-info-records.js';
import { openFileSource, type FileSource } from './file-source.js';
import { readGoBuildInfo } from './read-go-build-info.js';

/** readGoBuildInfo on a file on disk; a file that cannot be opened is an `unreadable` result, not a throw. */
export async function readGoBuildInfoFromFile(filePath: string, signal?: AbortSignal): Promise<GoBuildInfoResult> {
  let source: FileSource;
  try {
    source = await openFileSource(filePath);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `could not open the file: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    return await readGoBuildInfo(source, signal);
  } finally {
    await source.close().catch(() => undefined);
  }
}
