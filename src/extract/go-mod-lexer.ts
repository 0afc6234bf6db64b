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
  | { kind: 'newline'; line: number }
  /** A `//` comment; `suffix` when tokens precede it on its line. It ends its line (the newline is its own). */
  | { kind: 'comment'; line: number; text: string; suffix: boolean }
  /** Go's lexer stops the whole file here; this lexer goes on at the next line so the rest is still read. */
  | { kind: 'fault'; line: number; reason: string }
  | { kind: 'eof'; line: number };

/** Single-character tokens besides the parentheses (retract intervals use them). */
const PUNCTUATION = new Set(['[', ']', '{', '}', ',']);

/**
 * A run of identifier characters: Go's isIdent (unicode.IsPrint minus space and `()[]{},`), never across
 * `//` or `/*`. Sticky, so each call looks at one token only and the whole file is lexed in one pass.
 */
const IDENTIFIER_RUN = /(?:(?!\/[/*])(?![ ()[\]{},])[\p{L}\p{M}\p{N}\p{P}\p{S}])+/uy;

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
    if (this.index >= text.length) return { kind: 'eof', line: this.line };
    const char = text[this.index] as string;
    if (char === '\n') {
      const line = this.line;
      this.endLine(this.index + 1);
      return { kind: 'newline', line };
    }
    if (char === '(' || char === ')') return this.token(char === '(' ? 'open' : 'close', this.index + 1, null);
    if (PUNCTUATION.has(char)) return this.token('value', this.index + 1, null);
    if (char === '"' || char === '`') return this.readString(char);
    IDENTIFIER_RUN.lastIndex = this.index;
    if (!IDENTIFIER_RUN.test(text)) return this.fault(`unexpected input character ${describeCharacter(text.codePointAt(this.index) as number)}`);
    const end = IDENTIFIER_RUN.lastIndex;
    if (text.startsWith('/*', end)) return this.fault('mod files must use // comments (not /* */ comments)');
    const raw = text.slice(this.index, end);
    return this.token(raw === '=>' ? 'arrow' : 'value', end, unquotedStringError(raw));
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

  private fault(reason: string): LexedItem {
    const column = this.index - this.lineStart + 1;
    return { kind: 'fault', line: this.line, reason: `${reason} at column ${column}` };
  }

  private endLine(nextIndex: number): void {
    this.index = nextIndex;
    this.line += 1;
    this.lineStart = nextIndex;
    this.tokenOnLine = false;
  }
}

/** parseString on an unquoted token: other quotes are reserved, so `x'y` is refused rather than read. */
function unquotedStringError(raw: string): string | null {
  return /["'`]/.test(raw) ? 'unquoted string cannot contain quote' : null;
}

function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint === 0) return `NUL (${hex})`;
  if (codePoint === 0xfeff) return `${hex} (a byte order mark; Go does not accept one in go.mod or go.work)`;
  return hex;
}
