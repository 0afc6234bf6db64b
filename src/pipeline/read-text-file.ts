import { readFile } from 'node:fs/promises';

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

/** Text or a reason; binary files (NUL bytes) are refused rather than parsed into noise. */
export async function readTextFile(absolutePath: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'is binary (contains NUL bytes); skipped' };
  return { ok: true, text: bytes.toString('utf8') };
}
