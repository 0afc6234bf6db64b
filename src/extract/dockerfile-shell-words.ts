/**
 * Splits instruction text into commands and words the way a POSIX shell (RUN) or docker build's own
 * word rules (FROM, COPY, ADD, ARG and ENV values) would, before any variable is expanded. Quotes are
 * removed; every character keeps its index in the logical text, so positions survive.
 */
import type { LogicalText } from './dockerfile-logical-text.js';

export type WordPart =
  /** Characters taken as they are, with their logical-text indices. */
  | { kind: 'literal'; text: string; indices: number[] }
  /** $NAME or ${NAME<operator><argument>}; [start, end) is the whole reference in the logical text. */
  | { kind: 'parameter'; name: string; operator: string | null; argument: WordPart[]; start: number; end: number }
  /** $(…), `…`, $((…)), $1, $@, ${#X}: known only while the image builds. */
  | { kind: 'dynamic'; start: number; end: number };

export interface RawWord {
  parts: WordPart[];
  /** Logical-text range of the word as written. */
  start: number;
  end: number;
}

export interface RawCommand {
  words: RawWord[];
}

export type LexMode =
  /** RUN: commands split on ; & | ( ) and newlines, # comments, `\` escapes. */
  | 'shell'
  /** FROM, COPY, ADD: words split on whitespace, the Dockerfile's escape character. */
  | 'words'
  /** An ARG or ENV value: one word, whitespace kept. */
  | 'value';

export interface LexProblem {
  /** Logical-text index where the unterminated construct starts. */
  index: number;
  message: string;
}

export interface LexResult {
  commands: RawCommand[];
  /** An unterminated quote or substitution, said once; the text is still read as far as it goes. */
  problem: LexProblem | null;
}

const COMMAND_SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);
const REDIRECTIONS = new Set(['<', '>']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHARACTER = /[A-Za-z0-9_]/;
const SPECIAL_PARAMETER = /[0-9@*#?$!-]/;
/** Longest first, so `:-` is not read as `:` and `##` not as `#`. */
const OPERATORS = [':-', ':+', ':=', ':?', '##', '%%', '-', '+', '=', '?', '#', '%'];

class Lexer {
  problem: LexProblem | null = null;
  private readonly text: string;
  private readonly escape: string;

  constructor(
    source: LogicalText,
    private readonly mode: LexMode,
    escape: string,
  ) {
    this.text = source.text;
    // The shell always escapes with a backslash, whatever the Dockerfile's escape directive says.
    this.escape = mode === 'shell' ? '\\' : escape;
  }

  lex(): RawCommand[] {
    const commands: RawCommand[] = [];
    let words: RawWord[] = [];
    const endCommand = (): void => {
      if (words.length > 0) commands.push({ words });
      words = [];
    };
    let i = 0;
    while (i < this.text.length) {
      const character = this.text[i] as string;
      if (this.mode !== 'value' && /\s/.test(character)) {
        if (this.mode === 'shell' && character === '\n') endCommand();
        i += 1;
      } else if (this.mode === 'shell' && (COMMAND_SEPARATORS.has(character) || REDIRECTIONS.has(character))) {
        if (!REDIRECTIONS.has(character)) endCommand();
        i += 1;
      } else if (this.mode === 'shell' && character === '#') {
        while (i < this.text.length && this.text[i] !== '\n') i += 1;
      } else {
        const word = this.readWord(i, this.text.length, false);
        words.push(word);
        i = word.end;
      }
    }
    endCommand();
    return commands;
  }

  private endsWord(character: string): boolean {
    if (this.mode === 'value') return false;
    if (/\s/.test(character)) return true;
    return this.mode === 'shell' && (COMMAND_SEPARATORS.has(character) || REDIRECTIONS.has(character));
  }

  /** Reads from `start` up to `limit`; `argument` reads a ${NAME:-argument}, where only quotes are special. */
  readWord(start: number, limit: number, argument: boolean): RawWord {
    const parts = new PartList();
    let i = start;
    while (i < limit) {
      const character = this.text[i] as string;
      if (!argument && this.endsWord(character)) break;
      if (character === this.escape) i = this.readEscaped(i, limit, parts);
      else if (character === "'") i = this.readSingleQuoted(i, limit, parts);
      else if (character === '"') i = this.readDoubleQuoted(i, limit, parts);
      else if (character === '$') i = this.readDollar(i, limit, parts);
      else if (character === '`' && this.mode === 'shell') i = this.readBackticks(i, limit, parts);
      else {
        parts.literal(character, i);
        i += 1;
      }
    }
    return { parts: parts.done(), start, end: i };
  }

  private readEscaped(i: number, limit: number, parts: PartList): number {
    const next = this.text[i + 1];
    if (i + 1 >= limit || next === undefined) {
      parts.literal(this.text[i] as string, i);
      return i + 1;
    }
    // Backslash-newline inside a heredoc is the shell's own line continuation.
    if (next !== '\n') parts.literal(next, i + 1);
    return i + 2;
  }

  private readSingleQuoted(i: number, limit: number, parts: PartList): number {
    const close = this.text.indexOf("'", i + 1);
    const end = close === -1 || close >= limit ? limit : close;
    if (end === limit) this.problem ??= { index: i, message: 'unterminated single quote' };
    for (let j = i + 1; j < end; j += 1) parts.literal(this.text[j] as string, j);
    return Math.min(end + 1, limit);
  }

  private readDoubleQuoted(i: number, limit: number, parts: PartList): number {
    let j = i + 1;
    while (j < limit && this.text[j] !== '"') {
      const character = this.text[j] as string;
      if (character === this.escape && j + 1 < limit && '$"`\n'.includes(this.text[j + 1] as string)) {
        if (this.text[j + 1] !== '\n') parts.literal(this.text[j + 1] as string, j + 1);
        j += 2;
      } else if (character === this.escape && j + 1 < limit && this.text[j + 1] === this.escape) {
        parts.literal(character, j + 1);
        j += 2;
      } else if (character === '$') {
        j = this.readDollar(j, limit, parts);
      } else if (character === '`' && this.mode === 'shell') {
        j = this.readBackticks(j, limit, parts);
      } else {
        parts.literal(character, j);
        j += 1;
      }
    }
    if (j >= limit) this.problem ??= { index: i, message: 'unterminated double quote' };
    return Math.min(j + 1, limit);
  }

  private readBackticks(i: number, limit: number, parts: PartList): number {
    const close = this.text.indexOf('`', i + 1);
    const end = close === -1 || close >= limit ? limit : close + 1;
    if (close === -1 || close >= limit) this.problem ??= { index: i, message: 'unterminated backquote' };
    parts.dynamic(i, end);
    return end;
  }

  private readDollar(i: number, limit: number, parts: PartList): number {
    const next = i + 1 < limit ? this.text[i + 1] : undefined;
    if (next === '{') return this.readBraced(i, limit, parts);
    if (next === '(') {
      const end = this.matchingClose(i + 1, limit, '(', ')');
      parts.dynamic(i, end);
      return end;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = i + 2;
      while (end < limit && NAME_CHARACTER.test(this.text[end] as string)) end += 1;
      parts.parameter({ kind: 'parameter', name: this.text.slice(i + 1, end), operator: null, argument: [], start: i, end });
      return end;
    }
    if (next !== undefined && SPECIAL_PARAMETER.test(next)) {
      parts.dynamic(i, i + 2);
      return i + 2;
    }
    parts.literal('$', i);
    return i + 1;
  }

  private readBraced(i: number, limit: number, parts: PartList): number {
    const end = this.matchingClose(i + 1, limit, '{', '}');
    const inner = { start: i + 2, end: end - 1 };
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(inner.start, inner.end))?.[0];
    if (!name || this.text[end - 1] !== '}') {
      parts.dynamic(i, end);
      return end;
    }
    const afterName = inner.start + name.length;
    const rest = this.text.slice(afterName, inner.end);
    const operator = rest === '' ? null : (OPERATORS.find((candidate) => rest.startsWith(candidate)) ?? rest.slice(0, 1));
    const argumentStart = afterName + (operator?.length ?? 0);
    const argument = operator === null ? [] : this.readWord(argumentStart, inner.end, true).parts;
    parts.parameter({ kind: 'parameter', name, operator, argument, start: i, end });
    return end;
  }

  /** Index just past the bracket that closes the one at `open`, counting nesting; `limit` when there is none. */
  private matchingClose(open: number, limit: number, opening: string, closing: string): number {
    let depth = 0;
    for (let j = open; j < limit; j += 1) {
      const character = this.text[j];
      if (character === this.escape) j += 1;
      else if (character === opening) depth += 1;
      else if (character === closing && --depth === 0) return j + 1;
    }
    this.problem ??= { index: open - 1, message: `unterminated ${opening === '{' ? '${' : '$('}` };
    return limit;
  }
}

class PartList {
  private readonly parts: WordPart[] = [];
  private current: { kind: 'literal'; text: string; indices: number[] } | null = null;

  literal(character: string, index: number): void {
    if (!this.current) {
      this.current = { kind: 'literal', text: '', indices: [] };
      this.parts.push(this.current);
    }
    this.current.text += character;
    this.current.indices.push(index);
  }

  parameter(part: Extract<WordPart, { kind: 'parameter' }>): void {
    this.current = null;
    this.parts.push(part);
  }

  dynamic(start: number, end: number): void {
    this.current = null;
    this.parts.push({ kind: 'dynamic', start, end });
  }

  done(): WordPart[] {
    return this.parts;
  }
}

export function lexWords(source: LogicalText, mode: LexMode, escape: string): LexResult {
  const lexer = new Lexer(source, mode, escape);
  const commands = lexer.lex();
  return { commands, problem: lexer.problem };
}
