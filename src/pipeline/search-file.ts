import { closeSync, readSync } from 'node:fs';
import { openInsideRoot, type OpenRefusal } from './open-inside-root.js';

/** Read per step of a search: large enough that the regex runs over long strings, small enough to hold. */
const CHUNK_BYTES = 1 << 20;
/** Kept from the end of one chunk for the next, so a match across the boundary is not missed. */
const OVERLAP_CHARACTERS = 256;
/** A search reads at most this much; a larger file counts as a match, since it could not be searched to its end. */
export const SEARCH_BUDGET_BYTES = 1 << 30;

export type SearchOutcome =
  | { kind: 'found'; line: number }
  | { kind: 'not-found' }
  | { kind: 'too-large' }
  | { kind: 'refused'; refusal: OpenRefusal | { kind: 'unreadable'; code: string } };

/**
 * Whether `pattern` (no g or y flag; matches of at most OVERLAP_CHARACTERS) occurs in a file too large to
 * read whole, and on which line: the file is read in chunks, as Latin-1 so every byte is one character.
 */
export function searchFile(absolutePath: string, rootReal: string, pattern: RegExp): SearchOutcome {
  const opened = openInsideRoot(absolutePath, rootReal);
  if (!opened.ok) return { kind: 'refused', refusal: opened.refusal };
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let carried = '';
  let linesBefore = 0;
  try {
    for (let searched = 0; searched < SEARCH_BUDGET_BYTES; ) {
      const read = readSync(opened.fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) return { kind: 'not-found' };
      searched += read;
      const text = carried + buffer.toString('latin1', 0, read);
      const match = pattern.exec(text);
      if (match) return { kind: 'found', line: linesBefore + countLines(text, match.index) + 1 };
      carried = text.slice(-OVERLAP_CHARACTERS);
      linesBefore += countLines(text, text.length - carried.length);
    }
    return { kind: 'too-large' };
  } catch (error) {
    return { kind: 'refused', refusal: { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) } };
  } finally {
    closeSync(opened.fd);
  }
}

/** Newlines in text[0, end). */
export function countLines(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
