/** The result of reading a quoted string: its decoded value or why it is not a valid Go string. */
export type QuotedStringRead =
  | { ok: true; value: string; endIndex: number }
  | { ok: false; reason: string };

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, '\\': 0x5c, '"': 0x22,
};

const utf8 = new TextEncoder();

/**
 * Reads a Go interpreted string literal starting at the `"` at `startIndex`, as strconv.Unquote would.
 * Octal and \x escapes are bytes, so each run of them is assembled as UTF-8 and decoded in chunks; plain text
 * is copied in slices, so a long string costs one pass.
 */
export function readInterpretedString(text: string, startIndex: number): QuotedStringRead {
  const parts: string[] = [];
  const pendingBytes = SHARED_BYTE_RUN;
  pendingBytes.reset();
  const flushBytes = (): void => {
    const decoded = pendingBytes.flush();
    if (decoded !== '') parts.push(decoded);
  };
  let index = startIndex + 1;
  // Each search resumes where the last one stopped (only once it falls behind), so the scan stays linear.
  let quote = text.indexOf('"', index);
  let backslash = nextBackslash(text, index);
  while (quote >= 0) {
    if (quote < index) quote = text.indexOf('"', index);
    if (backslash < index) backslash = nextBackslash(text, index);
    if (quote < 0) break;
    if (quote < backslash) {
      if (quote > index) {
        flushBytes();
        parts.push(text.slice(index, quote));
      }
      flushBytes();
      return { ok: true, value: parts.join(''), endIndex: quote + 1 };
    }
    if (backslash > index) {
      flushBytes();
      parts.push(text.slice(index, backslash));
    }
    const escape = readEscape(text, backslash);
    if (!escape.ok) return escape;
    if (escape.unit === 'byte') {
      const partial = pendingBytes.add(escape.bytes[0] as number);
      if (partial !== '') parts.push(partial);
    } else {
      flushBytes();
      parts.push(decodeUtf8(escape.bytes));
    }
    index = escape.endIndex;
  }
  return { ok: false, reason: `quoted string opened at column ${startIndex + 1} is not closed on its line` };
}

function nextBackslash(text: string, from: number): number {
  const found = text.indexOf('\\', from);
  return found < 0 ? Infinity : found;
}

/** A whole token written as a Go interpreted string (`"…"`, quotes included), decoded. */
export function decodeGoString(raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  const read = readInterpretedString(raw, 0);
  if (!read.ok) return { ok: false, reason: `invalid quoted string: ${read.reason}` };
  if (read.endIndex !== raw.length) return { ok: false, reason: 'invalid quoted string' };
  return { ok: true, value: read.value };
}

type EscapeRead = { ok: true; bytes: number[]; unit: NumericEscape['unit']; endIndex: number } | { ok: false; reason: string };

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
  if (simple !== undefined) return { ok: true, bytes: [simple], unit: 'code point', endIndex: backslashIndex + 2 };
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
  return { ok: true, bytes, unit: escape.unit, endIndex: start + escape.digitCount };
}

function decodeUtf8(bytes: number[]): string {
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** Bytes of a run of \x and octal escapes, decoded as UTF-8 in fixed chunks so a long run costs little memory. */
class ByteRun {
  private static readonly CHUNK = 1 << 16;
  private readonly bytes = new Uint8Array(ByteRun.CHUNK);
  private length = 0;
  private readonly decoder = new TextDecoder('utf-8');

  /** Adds a byte; returns what a full chunk decoded to ('' until then). A sequence cut at the edge waits. */
  add(byte: number): string {
    this.bytes[this.length] = byte;
    this.length += 1;
    if (this.length < ByteRun.CHUNK) return '';
    const decoded = this.decoder.decode(this.bytes, { stream: true });
    this.length = 0;
    return decoded;
  }

  /** Forgets a run an invalid escape cut short. */
  reset(): void {
    this.length = 0;
    this.decoder.decode();
  }

  /** Ends the run: the rest decoded, an incomplete sequence as U+FFFD as Go's string conversion reads it. */
  flush(): string {
    const decoded = this.decoder.decode(this.bytes.subarray(0, this.length));
    this.length = 0;
    return decoded;
  }
}

/** One for all strings (reading is synchronous): a file of a million short strings allocates no buffers. */
const SHARED_BYTE_RUN = new ByteRun();
