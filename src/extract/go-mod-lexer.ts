import { decodeGoString } from './go-quoted-string.js';
import { spanOnLine, type SyntaxToken } from './syntax-token.js';

/**
 * One token of a go.mod/go.work file as golang.org/x/mod/modfile's lexer (read.go) cuts it. `raw` is the
 * text as written (quotes included); `text` the value (a quoted string decoded); `stringError` why Go's
 * parseString would refuse the token as a path or version, or null.
 */
export interface GoModToken extends SyntaxToken {
  raw: string;
  stringError: string | null;
}

export type LexedItem =
  | { kind: 'token'; token: GoModToken }
  | { kind: 'newline' }
  /** A `//` comment; `suffix` when tokens precede it on its line. It ends its line (the newline is its own). */
  | { kind: 'comment'; line: number; text: string; suffix: boolean }
  /** Go's lexer stops the whole file here; this lexer goes on at the next line so the rest is still read. */
  | LexFault
  | { kind: 'eof' };

/** Go's lexer stops the file here. The reason is formatted only when asked: a hostile file has millions. */
export class LexFault {
  readonly kind = 'fault' as const;

  constructor(
    readonly line: number,
    private readonly message: string,
    private readonly column: number,
    private readonly codePoint: number | null,
  ) {}

  get reason(): string {
    const message = this.codePoint === null ? this.message : `${this.message} ${describeCharacter(this.codePoint)}`;
    return `${message} at column ${this.column}`;
  }
}

/** Newline and end of file carry nothing, so one item of each serves every line. */
const NEWLINE: LexedItem = { kind: 'newline' };
const EOF: LexedItem = { kind: 'eof' };

/** Single-character tokens besides the parentheses (retract intervals use them). */
const PUNCTUATION = new Set(['[', ']', '{', '}', ',']);

/** One character beyond ASCII that Go's unicode.IsPrint accepts; sticky, so it tests in place without a copy. */
const PRINTABLE_NON_ASCII = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/uy;

/** ASCII identifier characters by code: printable, not space, not `()[]{},`. */
const ASCII_IDENTIFIER = new Uint8Array(128).map((_, code) => (code > 0x20 && code < 0x7f && !'()[]{},'.includes(String.fromCharCode(code)) ? 1 : 0));

const SLASH = 0x2f;
const STAR = 0x2a;

/**
 * Whether the last run identifierEnd read holds a quote: Go's parseString refuses such an unquoted token
 * (other quotes are reserved, so `x'y` is refused rather than read).
 */
let identifierHasQuote = false;

/**
 * The end of the run of identifier characters at `start`: Go's isIdent (unicode.IsPrint minus space and
 * `()[]{},`), never across `//` or `/*`. Char codes only, so a token costs no allocation until it is kept.
 */
function identifierEnd(text: string, start: number): number {
  let index = start;
  identifierHasQuote = false;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (ASCII_IDENTIFIER[code] === 0) break;
      if (code === 0x22 || code === 0x27 || code === 0x60) identifierHasQuote = true;
      if (code === SLASH) {
        const next = text.charCodeAt(index + 1);
        if (next === SLASH || next === STAR) break;
      }
      index += 1;
      continue;
    }
    PRINTABLE_NON_ASCII.lastIndex = index;
    if (!PRINTABLE_NON_ASCII.test(text)) break;
    index = PRINTABLE_NON_ASCII.lastIndex;
  }
  return index;
}

/** Go's lexer over the whole text: linear, one token at a time, nothing kept behind it. */
export class GoModLexer {
  private index = 0;
  private line = 1;
  private lineStart = 0;
  private tokenOnLine = false;
  private peeked: LexedItem | null = null;

  constructor(private readonly text: string) {}

  peek(): LexedItem {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): LexedItem {
    const item = this.peek();
    this.peeked = null;
    return item;
  }

  /** After a fault: drop the rest of the line the parser was in. */
  skipLine(): void {
    this.peeked = null;
    const newline = this.text.indexOf('\n', this.index);
    this.index = newline < 0 ? this.text.length : newline;
  }

  private read(): LexedItem {
    const { text } = this;
    while (this.index < text.length) {
      const char = text.charCodeAt(this.index);
      if (char === 0x20 || char === 0x09 || char === 0x0d) {
        this.index += 1;
      } else if (text.startsWith('//', this.index)) {
        return this.readComment();
      } else if (text.startsWith('/*', this.index)) {
        return this.fault('mod files must use // comments (not /* */ comments)');
      } else {
        break;
      }
    }
    if (this.index >= text.length) return EOF;
    const char = text[this.index] as string;
    if (char === '\n') {
      this.endLine(this.index + 1);
      return NEWLINE;
    }
    if (char === '(' || char === ')') return this.token(char === '(' ? 'open' : 'close', this.index + 1, null);
    if (PUNCTUATION.has(char)) return this.token('value', this.index + 1, null);
    if (char === '"' || char === '`') return this.readString(char);
    const end = identifierEnd(text, this.index);
    if (end === this.index) return this.fault('unexpected input character', text.codePointAt(this.index) as number);
    if (text.startsWith('/*', end)) return this.fault('mod files must use // comments (not /* */ comments)');
    const raw = text.slice(this.index, end);
    return this.token(raw === '=>' ? 'arrow' : 'value', end, identifierHasQuote ? 'unquoted string cannot contain quote' : null);
  }

  private readComment(): LexedItem {
    const line = this.line;
    const newline = this.text.indexOf('\n', this.index);
    const end = newline < 0 ? this.text.length : newline;
    let body = this.text.slice(this.index + 2, end);
    if (newline >= 0 && body.endsWith('\r')) body = body.slice(0, -1);
    const suffix = this.tokenOnLine;
    if (newline < 0) this.index = end;
    else this.endLine(newline + 1);
    return { kind: 'comment', line, text: body, suffix };
  }

  /** Go's string scan: to the closing quote on the same line; a backslash takes the next character whatever it is. */
  private readString(quote: string): LexedItem {
    const { text } = this;
    const start = this.index;
    let index = start + 1;
    for (;;) {
      if (index >= text.length) return this.fault('unexpected EOF in string');
      const char = text[index] as string;
      if (char === '\n') return this.fault('unexpected newline in string');
      index += 1;
      if (char === quote) break;
      if (char === '\\' && quote !== '`') {
        if (index >= text.length) return this.fault('unexpected EOF in string');
        index += 1;
      }
    }
    if (text.slice(start, index).includes('\n')) return this.fault('unexpected newline in string');
    return this.token('value', index, null, quote);
  }

  private token(kind: GoModToken['kind'], end: number, stringError: string | null, quote?: string): LexedItem {
    const raw = this.text.slice(this.index, end);
    const span = spanOnLine(this.line, this.index - this.lineStart, end - this.lineStart);
    this.index = end;
    this.tokenOnLine = true;
    if (quote === undefined) return { kind: 'token', token: { kind, text: raw, span, quoted: false, raw, stringError } };
    const decoded = quote === '"' ? decodeGoString(raw) : { ok: false as const, reason: 'unquoted string cannot contain quote' };
    const token: GoModToken = decoded.ok
      ? { kind, text: decoded.value, span, quoted: true, raw, stringError: null }
      : { kind, text: raw.slice(1, -1), span, quoted: true, raw, stringError: decoded.reason };
    return { kind: 'token', token };
  }

  private fault(message: string, codePoint: number | null = null): LexedItem {
    return new LexFault(this.line, message, this.index - this.lineStart + 1, codePoint);
  }

  private endLine(nextIndex: number): void {
    this.index = nextIndex;
    this.line += 1;
    this.lineStart = nextIndex;
    this.tokenOnLine = false;
  }
}

function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint === 0) return `NUL (${hex})`;
  if (codePoint === 0xfeff) return `${hex} (a byte order mark; Go does not accept one in go.mod or go.work)`;
  return hex;
}
