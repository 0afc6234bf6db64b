import { BuildInfoProblem } from './build-info-problem.js';
import { readBuildInfoHeader } from './build-info-header.js';
import type { GoBuildInfoFailure, GoBuildInfoFailureReason, GoBuildInfoResult } from './build-info-records.js';
import { readExecutableLayout } from './executable-format.js';
import { findBuildInfoHeader } from './header-search.js';
import { readInlineStrings, type BuildInfoStrings } from './inline-strings.js';
import { unframeModinfo } from './modinfo-framing.js';
import { parseModinfo } from './modinfo-text.js';
import { readPointerStrings } from './pointer-strings.js';
import type { RandomAccessFile } from './random-access-file.js';
import { withReadAhead } from './read-ahead.js';

const utf8 = new TextDecoder('utf-8');

/**
 * The modules a Go binary was built from, as its linker recorded them: an ELF, Mach-O (thin or universal)
 * or PE file, Go 1.18 and later (strings inline) or older (strings behind pointers). Reads a handful of
 * small ranges, never the whole file. Never throws: whatever the bytes, the answer is a result, and a
 * failure says why (not an executable, no build info, cut short, not a module build, malformed, unreadable).
 * Only an aborted `signal` throws (its reason): the search stops between chunks when the deadline passes.
 */
export async function readGoBuildInfo(file: RandomAccessFile, signal?: AbortSignal): Promise<GoBuildInfoResult> {
  try {
    return await readOrThrow(withReadAhead(file), signal);
  } catch (error) {
    // The one exception: the caller's deadline or cancellation, which ends the caller's work too.
    if (signal?.aborted) throw signal.reason;
    return failureOf(error);
  }
}

async function readOrThrow(file: RandomAccessFile, signal: AbortSignal | undefined): Promise<GoBuildInfoResult> {
  const layout = await readExecutableLayout(file);
  const headerOffset = await findBuildInfoHeader(file, layout, signal);
  const header = await readBuildInfoHeader(file, headerOffset);
  const strings: BuildInfoStrings = header.format === 'inline' ? await readInlineStrings(file, headerOffset) : await readPointerStrings(file, layout, header);
  const goVersion = utf8.decode(strings.goVersion);
  if (goVersion === '') throw new BuildInfoProblem('malformed', `the Go build info header at offset ${headerOffset} has an empty Go version`);
  const modinfo = unframeModinfo(strings.modinfo);
  if (modinfo === null) {
    return failure('not-module-build', `built by ${goVersion} outside module mode: the binary records no module list`, goVersion);
  }
  return { ok: true, format: layout.format, goVersion, ...parseModinfo(utf8.decode(modinfo)) };
}

function failureOf(error: unknown): GoBuildInfoFailure {
  if (error instanceof BuildInfoProblem) return failure(error.reason, error.message);
  // Not a problem the readers raised: a bug, or a reader surprised by bytes no check anticipated.
  return failure('malformed', `unexpected structure: ${error instanceof Error ? error.message : String(error)}`);
}

function failure(reason: GoBuildInfoFailureReason, message: string, goVersion?: string): GoBuildInfoFailure {
  return goVersion === undefined ? { ok: false, reason, message } : { ok: false, reason, message, goVersion };
}
