import { splitSourceLines } from '../../../src/extract/dockerfile-logical-text.js';
import { splitLines } from '../../../src/extract/text-lines.js';

/**
 * How a format counts lines, so a position can be checked against the lines its reader sees:
 * - `go-lines`: Go's readers (text-lines.ts): `\n` ends a line, a `\r` before it belongs to the ending, a
 *   leading BOM is not counted and a final newline does not start a line;
 * - `lf`: offsets turned into lines at each `\n` (JSON, YAML, Go source): every character counts;
 * - `any-break`: `\r\n`, `\r` and `\n` all end a line (the Dockerfile parser's text document).
 * Columns are 1-based UTF-16 offsets; an end column is exclusive, so it may be one past the last character.
 */
export type LineConvention = 'go-lines' | 'lf' | 'any-break';

function linesOf(text: string, convention: LineConvention): string[] {
  if (convention === 'go-lines') return splitLines(text).map((line) => line.text);
  if (convention === 'lf') return text.split('\n');
  return splitSourceLines(text);
}

/** Keys whose number is a 1-based line of the input, and the column key that goes with it. */
const LINE_KEYS: Record<string, string | null> = {
  line: 'column',
  endLine: 'endColumn',
  stageLine: null,
  evidenceLine: null,
};

interface Place {
  path: string;
  line: number;
  column: number | null;
}

function placesIn(value: unknown, path: string, found: Place[], seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => placesIn(item, `${path}[${index}]`, found, seen));
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [lineKey, columnKey] of Object.entries(LINE_KEYS)) {
    const line = record[lineKey];
    if (typeof line !== 'number') continue;
    const column = columnKey === null ? undefined : record[columnKey];
    found.push({ path: `${path}.${lineKey}`, line, column: typeof column === 'number' ? column : null });
  }
  for (const [key, item] of Object.entries(record)) placesIn(item, `${path}.${key}`, found, seen);
}

/** Every line/column pair anywhere in `records` (records, spans, skipped lines, related lines). */
export function positionsIn(records: unknown): Place[] {
  const found: Place[] = [];
  placesIn(records, '$', found, new Set());
  return found;
}

/** Throws, naming the record and the input's shape, when a line or column lies outside the input. */
export function expectPositionsInside(records: unknown, text: string, convention: LineConvention): void {
  const lines = linesOf(text, convention);
  for (const place of positionsIn(records)) {
    const where = `${place.path} = ${place.line}${place.column === null ? '' : `:${place.column}`}`;
    if (!Number.isInteger(place.line) || place.line < 1 || place.line > lines.length) {
      throw new Error(`${where} is outside the input's ${lines.length} lines`);
    }
    if (place.column === null) continue;
    const length = (lines[place.line - 1] ?? '').length;
    if (!Number.isInteger(place.column) || place.column < 1 || place.column > length + 1) {
      throw new Error(`${where}: the column is outside line ${place.line}, which has ${length} characters`);
    }
  }
}

/** Skipped lines and diagnostics must say why: an empty reason helps nobody. */
export function expectReasons(skipped: readonly { reason: string }[]): void {
  for (const entry of skipped) if (typeof entry.reason !== 'string' || entry.reason.trim() === '') throw new Error(`a skipped line without a reason: ${JSON.stringify(entry)}`);
}

/** The property every text extractor keeps: it returns (never throws), and every place it names is in the text. */
export function readsInside<Records extends { skipped: readonly { reason: string }[] }>(extract: (text: string) => Records, convention: LineConvention): (text: string) => Records {
  return (text) => {
    const records = extract(text);
    expectPositionsInside(records, text, convention);
    expectReasons(records.skipped);
    return records;
  };
}
