import type { ModuleFilter } from './go-mod-directives.js';

/**
 * Above this size a whole-document TOML parse costs seconds and hundreds of MB (16 MiB of tables: 3 s,
 * 760 MB), so only the wanted `[[…]]` tables the filter keeps are parsed; every other line is blanked,
 * which keeps lines and columns. What is kept may be no larger than this either (a table of megabytes).
 */
export const FULL_PARSE_LIMIT_BYTES = 1024 * 1024;

const ARRAY_TABLE_HEADER = /^\s*\[\[\s*([A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')\s*\]\]\s*(?:#.*)?$/;
const OTHER_TABLE_HEADER = /^\s*\[{1,2}\s*[A-Za-z0-9_."' -]+\s*\]{1,2}\s*(?:#.*)?$/;
const NAME_LINE = /^\s*(?:name|"name"|'name')\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(?:#.*)?$/;
/** What a table of an unplaceable name counts as: possibly client-go, so it counts against client-go's limit. */
const UNCLEAR_NAME = 'k8s.io/client-go';

export interface KeptTables {
  /** The text with every line left out blanked. */
  text: string;
  /** Characters of the lines kept. */
  keptLength: number;
  /** The line of the longest line kept: where a text too large to parse is refused. */
  largestAt: number;
}

interface Block {
  /** Index of the header line, or -1 for the keys before any header. */
  header: number;
  wanted: boolean;
  name: string | null;
  /** A second name line, or one the line reader cannot read plainly (escapes, several lines). */
  unclear: boolean;
}

/**
 * Blanks every line but those of the wanted arrays' tables that `keepTable` accepts (asked once each, in
 * file order, with the table's `name` and header line). A table whose name cannot be read line by line is
 * asked as client-go, so a file cannot hide entries from the limit behind escapes.
 */
export function keepWantedTables(text: string, arrays: ReadonlySet<string>, keepTable: ModuleFilter): KeptTables {
  const lines = text.split('\n');
  const kept = new Uint8Array(lines.length);
  let block: Block = { header: -1, wanted: false, name: null, unclear: false };
  const close = (end: number): void => {
    if (block.wanted && keepTable(block.unclear || block.name === null ? UNCLEAR_NAME : block.name, block.header + 1)) kept.fill(1, block.header, end);
  };
  let continuation = { multilineString: null as string | null, arrayDepth: 0 };
  lines.forEach((line, index) => {
    if (continuation.multilineString !== null || continuation.arrayDepth > 0) {
      continuation = continueValue(line, continuation);
      return;
    }
    const array = ARRAY_TABLE_HEADER.exec(line);
    if (array || OTHER_TABLE_HEADER.test(line)) {
      close(index);
      block = { header: index, wanted: array !== null && arrays.has(unquote(array[1] ?? '')), name: null, unclear: false };
      return;
    }
    if (block.wanted) readNameLine(block, line);
    continuation = continueValue(valueOf(line), { multilineString: null, arrayDepth: 0 });
  });
  close(lines.length);
  let keptLength = 0;
  let largest = { length: -1, line: 1 };
  const keptLines = lines.map((line, index) => {
    if (!kept[index]) return '';
    keptLength += line.length;
    if (line.length > largest.length) largest = { length: line.length, line: index + 1 };
    return line;
  });
  return { text: keptLines.join('\n'), keptLength, largestAt: largest.line };
}

function readNameLine(block: Block, line: string): void {
  const name = NAME_LINE.exec(line);
  if (name) {
    if (block.name !== null) block.unclear = true;
    block.name = name[1] ?? name[2] ?? '';
  } else if (/^\s*["']?name["']?\s*=/.test(line)) {
    block.unclear = true;
  }
}

function valueOf(line: string): string {
  const equals = line.indexOf('=');
  return equals === -1 ? '' : line.slice(equals + 1);
}

/**
 * Where a value left open at the end of a line is (inside a multi-line string, or how deep inside arrays),
 * so that a line inside it is never taken for a table header.
 */
function continueValue(text: string, state: { multilineString: string | null; arrayDepth: number }): { multilineString: string | null; arrayDepth: number } {
  let { multilineString, arrayDepth } = state;
  for (let i = 0; i < text.length; i += 1) {
    if (multilineString !== null) {
      if (multilineString === '"""' && text[i] === '\\') i += 1;
      else if (text.startsWith(multilineString, i)) {
        i += 2;
        multilineString = null;
      }
      continue;
    }
    const char = text[i];
    if (char === '#') break;
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      multilineString = text.slice(i, i + 3);
      i += 2;
    } else if (char === '"' || char === "'") {
      i = closingQuote(text, i);
    } else if (char === '[') arrayDepth += 1;
    else if (char === ']') arrayDepth = Math.max(0, arrayDepth - 1);
  }
  return { multilineString, arrayDepth };
}

/** The index of the quote closing a one-line string that opens at `open` (or the line's end). */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length && text[i] !== quote) i += quote === '"' && text[i] === '\\' ? 2 : 1;
  return i;
}

function unquote(key: string): string {
  return /^["']/.test(key) ? key.slice(1, -1) : key;
}
