import { open, rm, type FileHandle } from 'node:fs/promises';
import type { GoBuildInfoResult } from '../extract/go-build-info/build-info-records.js';
import { readGoBuildInfoFromFile } from '../extract/go-build-info/read-go-build-info-file.js';
import type { EntryBody } from './entry-body.js';
import { errorText } from './error-text.js';

/**
 * The build info of an executable inside a layer. The reader jumps around the file (section tables at the
 * end, build info in the middle) while a layer can only be read forward, so the entry is streamed to a
 * file of its own, read there and deleted at once: disk use is one executable at a time, memory a chunk.
 */
export async function buildInfoViaSpool(body: EntryBody, spoolFile: string, signal?: AbortSignal): Promise<GoBuildInfoResult> {
  try {
    const failure = await spool(body, spoolFile);
    if (failure !== null) return { ok: false, reason: 'unreadable', message: `could not copy the executable to a temporary file: ${failure}` };
    return await readGoBuildInfoFromFile(spoolFile, signal);
  } finally {
    await rm(spoolFile, { force: true });
  }
}

/** Copies the whole entry to `spoolFile`; on a write error reads on to the entry's end and returns why. */
async function spool(body: EntryBody, spoolFile: string): Promise<string | null> {
  let handle: FileHandle;
  try {
    handle = await open(spoolFile, 'wx', 0o600);
  } catch (error) {
    await body.drain();
    return errorText(error);
  }
  let failure: string | null = null;
  try {
    for await (const chunk of body.chunks()) {
      if (failure === null) failure = await writeAll(handle, chunk).then(() => null, errorText);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
  return failure;
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let written = 0; written < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, written, chunk.length - written);
    written += bytesWritten;
  }
}
