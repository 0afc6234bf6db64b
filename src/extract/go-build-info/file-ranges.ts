import { BuildInfoProblem, malformed, truncated } from './build-info-problem.js';
import type { RandomAccessFile } from './random-access-file.js';

/**
 * The most the reader asks for in one read. Build info is a few kilobytes, header tables a few more; a
 * larger request comes from a corrupt size field and must not allocate hundreds of megabytes.
 */
const MAX_RANGE_BYTES = 16 * 1024 * 1024;

/** A range of the file: where a section, segment or string lies. */
export interface FileRange {
  offset: number;
  size: number;
}

/** Exactly `length` bytes at `offset`, or a problem saying the file ends first. */
export async function readExactly(file: RandomAccessFile, offset: number, length: number, what: string): Promise<Uint8Array> {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw malformed(`${what} has an impossible place in the file (offset ${offset}, ${length} bytes)`);
  }
  if (length > MAX_RANGE_BYTES) throw malformed(`${what} claims ${length} bytes, more than the ${MAX_RANGE_BYTES} a build info reader needs`);
  if (offset + length > file.size) throw truncated(`${what} at offset ${offset} needs ${length} bytes but the file ends at ${file.size}`);
  const bytes = await readOrReport(file, offset, length, what);
  if (bytes.length < length) throw truncated(`${what} at offset ${offset}: read ${bytes.length} of ${length} bytes`);
  return bytes.length === length ? bytes : bytes.subarray(0, length);
}

/** The part of `length` bytes at `offset` that lies inside the file (for searches that may run to its end). */
export function clampToFile(file: RandomAccessFile, range: FileRange): FileRange {
  const offset = Math.min(Math.max(range.offset, 0), file.size);
  return { offset, size: Math.max(0, Math.min(range.size, file.size - offset)) };
}

/** The source's own failure (an I/O error, a broken tar stream) is not the binary's fault: it is reported apart. */
async function readOrReport(file: RandomAccessFile, offset: number, length: number, what: string): Promise<Uint8Array> {
  try {
    return await file.read(offset, length);
  } catch (error) {
    throw new BuildInfoProblem('unreadable', `could not read the ${what} (${length} bytes at offset ${offset}): ${error instanceof Error ? error.message : String(error)}`);
  }
}
