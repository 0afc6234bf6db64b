import type { TextSpan } from '../model/location.js';
import { spanOnLine } from './syntax-token.js';
import { splitLines } from './text-lines.js';

/** A `key = "string"` line of a table: the string as written between its quotes, and where that is. */
export interface LocatedTomlString {
  raw: string;
  span: TextSpan;
}

/** One `[[name]]` table as it is written: its header line and the places of its one-line string values. */
export interface LocatedTomlTable {
  array: string;
  headerLine: number;
  strings: Map<string, LocatedTomlString>;
  /** The line of each key written on a line of its own, whatever its value. */
  keyLines: Map<string, number>;
}

const ARRAY_TABLE_HEADER = /^\s*\[\[\s*([A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')\s*\]\]\s*(?:#.*)?$/;
/** Any other table header (`[solve-meta]`, `[prune]`): the keys after it belong to that table. */
const OTHER_TABLE_HEADER = /^\s*\[{1,2}\s*[A-Za-z0-9_."' -]+\s*\]{1,2}\s*(?:#.*)?$/;
const KEY_VALUE = /^(\s*)([A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')(\s*=\s*)(.*)$/;

/**
 * The TOML parser gives values without places, so this reads the same text line by line for the places
 * of `[[…]]` headers and one-line string values. Callers pair its tables with the parsed ones by order and
 * check the pairing by a value; anything it cannot place falls back to the header line.
 */
export function locateArrayTables(text: string): LocatedTomlTable[] {
  const tables: LocatedTomlTable[] = [];
  let current: LocatedTomlTable | null = null;
  let openMultiline: string | null = null;
  for (const { number, text: line } of splitLines(text)) {
    if (openMultiline !== null) {
      if (line.includes(openMultiline)) openMultiline = null;
      continue;
    }
    const header = ARRAY_TABLE_HEADER.exec(line);
    if (header) {
      current = { array: unquoteKey(header[1] ?? ''), headerLine: number, strings: new Map(), keyLines: new Map() };
      tables.push(current);
      continue;
    }
    if (OTHER_TABLE_HEADER.test(line)) {
      current = null;
      continue;
    }
    const keyValue = KEY_VALUE.exec(line);
    if (!keyValue) continue;
    const [, indent = '', key = '', equals = '', value = ''] = keyValue;
    openMultiline = unclosedMultilineDelimiter(value);
    if (!current || current.keyLines.has(unquoteKey(key))) continue;
    current.keyLines.set(unquoteKey(key), number);
    const located = openMultiline === null ? oneLineString(number, indent.length + key.length + equals.length, value) : null;
    if (located) current.strings.set(unquoteKey(key), located);
  }
  return tables;
}

function unquoteKey(key: string): string {
  return /^["']/.test(key) ? key.slice(1, -1) : key;
}

/** `"""` or `'''` that opens a string the line does not close. */
function unclosedMultilineDelimiter(value: string): string | null {
  for (const delimiter of ['"""', "'''"]) {
    if (value.startsWith(delimiter) && !value.slice(delimiter.length).includes(delimiter)) return delimiter;
  }
  return null;
}

/** A basic ("…", with escapes) or literal ('…') string that starts the value. */
function oneLineString(line: number, valueStart: number, value: string): LocatedTomlString | null {
  const quote = value[0];
  if ((quote !== '"' && quote !== "'") || value.startsWith(quote.repeat(3))) return null;
  let end = 1;
  while (end < value.length && value[end] !== quote) end += quote === '"' && value[end] === '\\' ? 2 : 1;
  if (end >= value.length) return null;
  return { raw: value.slice(1, end), span: spanOnLine(line, valueStart + 1, valueStart + end) };
}
