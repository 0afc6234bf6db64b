/** The result of reading a quoted string: its decoded value or why it is not a valid Go string. */
export type QuotedStringRead =
  | { ok: true; value: string; endIndex: number }
  | { ok: false; reason: string };

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, '\\': 0x5c, '"': 0x22,
};

const utf8 = new TextEncoder();

/**
 * Reads a Go interpreted string literal starting at the `"` at `startIndex`. Octal and \x escapes are
 * bytes, so the value is assembled as UTF-8 and decoded once at the end, as Go's strconv.Unquote would.
 */
export function readInterpretedString(text: string, startIndex: number): QuotedStringRead {
  const bytes: number[] = [];
  let index = startIndex + 1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"') return { ok: true, value: decodeUtf8(bytes), endIndex: index + 1 };
    if (char !== '\\') {
      const codePoint = text.codePointAt(index) as number;
      bytes.push(...utf8.encode(String.fromCodePoint(codePoint)));
      index += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const escape = readEscape(text, index);
    if (!escape.ok) return escape;
    bytes.push(...escape.bytes);
    index = escape.endIndex;
  }
  return { ok: false, reason: `quoted string opened at column ${startIndex + 1} is not closed on its line` };
}

/** Reads a Go raw string literal (backquoted, no escapes) starting at `startIndex`. */
export function readRawString(text: string, startIndex: number): QuotedStringRead {
  const close = text.indexOf('`', startIndex + 1);
  if (close < 0) return { ok: false, reason: `raw string opened at column ${startIndex + 1} is not closed on its line` };
  return { ok: true, value: text.slice(startIndex + 1, close), endIndex: close + 1 };
}

type EscapeRead = { ok: true; bytes: number[]; endIndex: number } | { ok: false; reason: string };

/** A numeric escape: how many characters its marker takes, then how many digits in which base. */
interface NumericEscape {
  markerLength: number;
  digitCount: number;
  radix: 8 | 16;
  /** `byte` escapes add one raw byte; `code point` escapes add the UTF-8 of a character. */
  unit: 'byte' | 'code point';
}

const HEX_BYTE: NumericEscape = { markerLength: 2, digitCount: 2, radix: 16, unit: 'byte' };
const OCTAL_BYTE: NumericEscape = { markerLength: 1, digitCount: 3, radix: 8, unit: 'byte' };
const SHORT_UNICODE: NumericEscape = { markerLength: 2, digitCount: 4, radix: 16, unit: 'code point' };
const LONG_UNICODE: NumericEscape = { markerLength: 2, digitCount: 8, radix: 16, unit: 'code point' };

function readEscape(text: string, backslashIndex: number): EscapeRead {
  const letter = text[backslashIndex + 1] ?? '';
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { ok: true, bytes: [simple], endIndex: backslashIndex + 2 };
  if (letter === 'x') return readNumericEscape(text, backslashIndex, HEX_BYTE);
  if (letter === 'u') return readNumericEscape(text, backslashIndex, SHORT_UNICODE);
  if (letter === 'U') return readNumericEscape(text, backslashIndex, LONG_UNICODE);
  if (letter >= '0' && letter <= '7') return readNumericEscape(text, backslashIndex, OCTAL_BYTE);
  return { ok: false, reason: `unknown escape \\${letter} at column ${backslashIndex + 1}` };
}

function readNumericEscape(text: string, backslashIndex: number, escape: NumericEscape): EscapeRead {
  const start = backslashIndex + escape.markerLength;
  const digits = text.slice(start, start + escape.digitCount);
  const valid = escape.radix === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
  const value = Number.parseInt(digits, escape.radix);
  const limit = escape.unit === 'byte' ? 0xff : 0x10ffff;
  const isSurrogate = escape.unit === 'code point' && value >= 0xd800 && value <= 0xdfff;
  if (digits.length !== escape.digitCount || !valid.test(digits) || value > limit || isSurrogate) {
    return { ok: false, reason: `invalid escape at column ${backslashIndex + 1}` };
  }
  const bytes = escape.unit === 'byte' ? [value] : [...utf8.encode(String.fromCodePoint(value))];
  return { ok: true, bytes, endIndex: start + escape.digitCount };
}

function decodeUtf8(bytes: number[]): string {
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}
