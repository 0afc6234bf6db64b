import { closeSync, readSync } from 'node:fs';
import { openInsideRoot, type OpenRefusal, type ReadLimits } from './open-inside-root.js';

/** Why a file's text is not given: it could not be opened, it is over the cap, or it holds NUL bytes. */
export type ReadRefusal =
  | OpenRefusal
  | { kind: 'over-cap'; size: number }
  /** The bytes are kept (they are under the cap) so the caller can still search them. */
  | { kind: 'binary'; bytes: Buffer; nulOffset: number };

export type ReadOutcome = { ok: true; text: string } | { ok: false; refusal: ReadRefusal };

/**
 * Text or a refusal. Only a regular file whose real path is inside the root is read (open-inside-root.ts),
 * and never more than the cap, counted in bytes actually read: the size fstat gives can be stale.
 * Binary files (NUL bytes) are refused rather than parsed into noise.
 * Synchronous on purpose: a scan reads thousands of small local files one after another, and promise
 * reads measured slower on the benchmark tree (see scripts/bench.mjs).
 */
export function readTextFile(absolutePath: string, limits: ReadLimits): ReadOutcome {
  const opened = openInsideRoot(absolutePath, limits.rootReal);
  if (!opened.ok) return opened;
  try {
    if (opened.size > limits.maxBytes) return { ok: false, refusal: { kind: 'over-cap', size: opened.size } };
    const bytes = readAtMost(opened.fd, opened.size, limits.maxBytes + 1);
    if (bytes.length > limits.maxBytes) return { ok: false, refusal: { kind: 'over-cap', size: bytes.length } };
    const nulOffset = bytes.indexOf(0);
    if (nulOffset !== -1) return { ok: false, refusal: { kind: 'binary', bytes, nulOffset } };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (error) {
    return { ok: false, refusal: { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) } };
  } finally {
    closeSync(opened.fd);
  }
}

/** Up to `limit` bytes from the start; one read for a file whose size is right, more if it grew. */
function readAtMost(fd: number, expectedSize: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(expectedSize + 1, limit));
  let filled = 0;
  for (;;) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (read === 0) return buffer.subarray(0, filled);
    filled += read;
    if (filled < buffer.length) continue;
    if (buffer.length >= limit) return buffer;
    const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
    buffer.copy(grown, 0, 0, filled);
    buffer = grown;
  }
}
