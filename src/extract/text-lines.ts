/** One line of a text file, without its line ending. */
export interface TextLine {
  /** 1-based line number. */
  number: number;
  text: string;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Splits a file into lines the way Go's own readers see them: `\n` ends a line and a `\r` before it belongs
 * to the ending. A leading byte order mark is dropped here, before any column is counted, so the first token
 * of line 1 is at column 1 as an editor shows it.
 */
export function splitLines(text: string): TextLine[] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const raw = body.split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((line, index) => ({ number: index + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}

// Tab and carriage return are ordinary whitespace in these formats; any other C0 control or DEL is not text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000A-\u000C\u000E-\u001F\u007F]/;

/** Why a line cannot be text, or null. A NUL byte usually means a binary file was handed over by mistake. */
export function controlCharacterReason(line: string): string | null {
  const match = CONTROL_CHARACTER.exec(line);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  const name = code === 0 ? 'a NUL byte' : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains ${name} at column ${match.index + 1} (binary data?)`;
}
