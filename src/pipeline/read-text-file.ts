import { readFileSync } from 'node:fs';

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Text or a reason; binary files (NUL bytes) are refused rather than parsed into noise.
 * Synchronous on purpose: a scan reads thousands of small local files one after another, and promise
 * reads measured slower on the benchmark tree (see scripts/bench.mjs).
 */
export function readTextFile(absolutePath: string): ReadOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'is binary (contains NUL bytes); skipped' };
  return { ok: true, text: bytes.toString('utf8') };
}
