import { readInterpretedString, readRawString, type QuotedStringRead } from './go-quoted-string.js';
import { spanOnLine, type SyntaxToken } from './syntax-token.js';
import { controlCharacterReason, type TextLine } from './text-lines.js';

/** The tokens of one go.mod/go.work line. */
export interface LexedLine {
  number: number;
  tokens: SyntaxToken[];
  /** The text after `//` (not trimmed), or null when the line has no comment. */
  comment: string | null;
  /** Why the line cannot be read, or null; a faulty line's tokens are not to be trusted. */
  fault: string | null;
}

const WHITESPACE = new Set([' ', '\t', '\r']);
/** Characters that end a bare word (besides whitespace, `//` and `=>`). */
const WORD_BREAKS = new Set(['(', ')', '"', '`']);

/**
 * Splits one line into tokens. Everything is on one line in these formats: strings cannot span lines
 * and blocks are made of whole lines, so a fault never spills into the next line.
 */
export function lexGoModLine(line: TextLine): LexedLine {
  const controlFault = controlCharacterReason(line.text);
  if (controlFault) return { number: line.number, tokens: [], comment: null, fault: controlFault };
  const lexed: LexedLine = { number: line.number, tokens: [], comment: null, fault: null };
  const text = line.text;
  let index = 0;
  while (index < text.length && lexed.fault === null) {
    const char = text[index] as string;
    if (WHITESPACE.has(char)) {
      index += 1;
    } else if (text.startsWith('//', index)) {
      lexed.comment = text.slice(index + 2);
      break;
    } else if (text.startsWith('/*', index)) {
      lexed.fault = `block comment at column ${index + 1}; go.mod only allows // comments`;
    } else {
      index = readToken(text, index, lexed);
    }
  }
  return lexed;
}

/** Reads the token at `index` into `lexed` (or records a fault) and returns the index after it. */
function readToken(text: string, index: number, lexed: LexedLine): number {
  const char = text[index] as string;
  if (char === '(' || char === ')') {
    return pushToken(lexed, char === '(' ? 'open' : 'close', char, index, index + 1, false);
  }
  if (text.startsWith('=>', index)) return pushToken(lexed, 'arrow', '=>', index, index + 2, false);
  if (char === '"' || char === '`') {
    const read: QuotedStringRead = char === '"' ? readInterpretedString(text, index) : readRawString(text, index);
    if (!read.ok) {
      lexed.fault = read.reason;
      return text.length;
    }
    return pushToken(lexed, 'value', read.value, index, read.endIndex, true);
  }
  const end = endOfWord(text, index);
  return pushToken(lexed, 'value', text.slice(index, end), index, end, false);
}

function endOfWord(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const char = text[index] as string;
    if (WHITESPACE.has(char) || WORD_BREAKS.has(char) || text.startsWith('//', index) || text.startsWith('=>', index)) break;
    index += 1;
  }
  return index;
}

function pushToken(lexed: LexedLine, kind: SyntaxToken['kind'], value: string, start: number, end: number, quoted: boolean): number {
  lexed.tokens.push({ kind, text: value, span: spanOnLine(lexed.number, start, end), quoted });
  return end;
}
