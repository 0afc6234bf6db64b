/**
 * Splits a Dockerfile into its instructions the way dockerfile-ast's parser does (the same scan over the
 * same characters), without building the parser's objects. Each instruction is then parsed on its own,
 * so one instruction's cost or exception stays with that instruction: the parser walks a whole file's
 * text for every question asked of every instruction, which is what made a big file take minutes.
 */
import { DockerfileParser } from 'dockerfile-ast';

/** One instruction's characters: from its keyword to where the parser's scan of it stops. */
export interface InstructionChunk {
  /** Offset of the keyword's first character. */
  start: number;
  /** Offset of the line break that ends the instruction (or of the end of the text), exclusive. */
  end: number;
  /** The keyword as written (escaped line breaks inside it taken out; at most 64 characters of a longer word). */
  written: string;
  /** Upper case: what docker matches. */
  keyword: string;
  /** 0-based line of `start`. */
  line: number;
}

export interface DockerfileChunks {
  escape: string;
  chunks: InstructionChunk[];
}

/** Directives are the first lines of the file; the parser stops looking at the first line that is not one. */
const MAX_DIRECTIVE_LINES = 64;

/**
 * The words of the ADD, COPY or RUN (an ONBUILD's trigger included) written in `lineText`, the line that
 * may open heredocs; none for any other instruction. The parser's own reading decides, as in its scan.
 */
export type HeredocArguments = (lineText: string, escape: string) => string[];

export function splitInstructions(text: string, readHeredocArguments: HeredocArguments): DockerfileChunks {
  const { escape, bodyStart } = readDirectives(text);
  return { escape, chunks: new InstructionScanner(text, escape, readHeredocArguments).scan(bodyStart) };
}

function readDirectives(text: string): { escape: string; bodyStart: number } {
  let prefixEnd = 0;
  for (let line = 0; line < MAX_DIRECTIVE_LINES && prefixEnd < text.length; line += 1) {
    const next = nextLineStart(text, prefixEnd);
    if (!text.slice(prefixEnd, next).trimStart().startsWith('#')) break;
    prefixEnd = next;
  }
  if (prefixEnd === 0) return { escape: '\\', bodyStart: 0 };
  const parsed = DockerfileParser.parse(text.slice(0, prefixEnd));
  let bodyStart = 0;
  for (let line = 0; line < parsed.getDirectives().length; line += 1) bodyStart = nextLineStart(text, bodyStart);
  return { escape: parsed.getEscapeCharacter(), bodyStart };
}

/** The offset after the line break that ends the line at `offset` (\r\n, \r or \n), or the text's end. */
export function nextLineStart(text: string, offset: number): number {
  for (let i = offset; i < text.length; i += 1) {
    const character = text[i];
    if (character === '\n') return i + 1;
    if (character === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}

/** The start of the line that `offset` is on. */
export function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start -= 1;
  return start;
}

/** dockerfile-ast's Parser.parse loop (processInstruction, processArguments, parseHeredoc), ported as is. */
class InstructionScanner {
  private readonly chunks: InstructionChunk[] = [];
  private line = 0;
  private lineCountedTo = 0;

  constructor(
    private readonly text: string,
    private readonly escape: string,
    private readonly readHeredocArguments: HeredocArguments,
  ) {}

  scan(offset: number): InstructionChunk[] {
    const { text } = this;
    for (let i = offset; i < text.length; i += 1) {
      const character = text[i];
      if (character === ' ' || character === '\t' || character === '\r' || character === '\n') continue;
      i = character === '#' ? this.lineEnd(i) : this.instruction(i);
    }
    return this.chunks;
  }

  private lineEnd(start: number): number {
    for (let i = start + 1; i < this.text.length; i += 1) if (this.text[i] === '\r' || this.text[i] === '\n') return i;
    return this.text.length;
  }

  private instruction(start: number): number {
    const { text, escape } = this;
    const keyword: string[] = [text[start] as string];
    let escaped = false;
    scan: for (let i = start + 1; i < text.length; i += 1) {
      const character = text[i] as string;
      if (character === escape) {
        escaped = true;
        const next = text[i + 1];
        if (next === '\r' || next === '\n') {
          i += 1;
        } else if (next === ' ' || next === '\t') {
          for (let j = i + 2; j < text.length; j += 1) {
            const after = text[j];
            if (after === ' ' || after === '\t') continue;
            if (after === '\r' || after === '\n') {
              i = j;
              continue scan;
            }
            extend(keyword, escape);
            i = j - 2;
            continue scan;
          }
          extend(keyword, escape);
          break scan;
        } else {
          extend(keyword, escape);
          escaped = false;
        }
        continue;
      }
      if (character === ' ' || character === '\t') {
        if (escaped) {
          let j = i + 1;
          while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j += 1;
          if (text[j] === '\r' || text[j] === '\n') {
            i = j;
            continue;
          }
          escaped = false;
        }
        return this.add(start, this.argumentsEnd(start, i), keyword.join(''));
      }
      if (character === '\r' || character === '\n') {
        if (escaped) continue;
        return this.add(start, i, keyword.join(''));
      }
      if (character === '#' && escaped) continue;
      extend(keyword, character);
      escaped = false;
    }
    return this.add(start, text.length, keyword.join(''));
  }

  private add(start: number, end: number, written: string): number {
    this.chunks.push({ start, end, written, keyword: written.toUpperCase(), line: this.lineOf(start) });
    return end;
  }

  /** Line numbers counted forward from the last chunk: every character is counted once. */
  private lineOf(offset: number): number {
    const { text } = this;
    for (let i = this.lineCountedTo; i < offset; i += 1) {
      if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) this.line += 1;
    }
    this.lineCountedTo = offset;
    return this.line;
  }

  private argumentsEnd(start: number, offset: number): number {
    const { text, escape } = this;
    let escaped = false;
    scan: for (let i = offset + 1; i < text.length; i += 1) {
      const character = text[i];
      if (character === '\r' || character === '\n') {
        if (escaped) continue;
        return this.heredocsEnd(start, i);
      }
      if (character === escape) {
        const next = text[i + 1];
        if (next === '\n' || next === '\r') {
          escaped = true;
          i += 1;
        } else if (next === ' ' || next === '\t') {
          for (let j = i + 2; j < text.length; j += 1) {
            const after = text[j];
            if (after === ' ' || after === '\t') continue;
            if (after === '\r' || after === '\n') escaped = true;
            i = j;
            continue scan;
          }
          return text.length;
        }
        continue;
      }
      if (character === '#') {
        if (escaped) i = this.lineEnd(i);
        continue;
      }
      if (character !== ' ' && character !== '\t') escaped = false;
    }
    return text.length;
  }

  /** After the line that opens heredocs (of an ADD, COPY or RUN), their bodies, each up to the line that is its name. */
  private heredocsEnd(start: number, offset: number): number {
    if (!this.text.slice(start, offset).includes('<<')) return offset;
    const values = this.readHeredocArguments(this.text.slice(lineStartOf(this.text, start), offset), this.escape);
    const tabbed = values.some((value) => value.startsWith('<<-'));
    let end = offset;
    for (const value of values) {
      const name = heredocName(value);
      if (name !== null) end = this.heredocEnd(name, end, tabbed);
    }
    return end;
  }

  private heredocEnd(name: string, offset: number, tabbed: boolean): number {
    const { text } = this;
    let wordStart = -1;
    let lineStart = true;
    for (let i = offset; i < text.length; i += 1) {
      const character = text[i];
      if (character === ' ') lineStart = false;
      else if (character === '\t') {
        if (!tabbed) lineStart = false;
      } else if (character === '\r' || character === '\n') {
        if (wordStart !== -1 && text.slice(wordStart, i) === name) return i;
        wordStart = -1;
        lineStart = true;
      } else if (lineStart) {
        wordStart = i;
        lineStart = false;
      }
    }
    return text.length;
  }
}

/** No keyword is longer; a longer first word is kept only to be quoted, so a huge one costs nothing. */
const MAX_KEPT_KEYWORD = 64;

function extend(keyword: string[], character: string): void {
  if (keyword.length < MAX_KEPT_KEYWORD) keyword.push(character);
}

/** dockerfile-ast's Util.parseHeredocName: `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`; null for `<<<`. */
function heredocName(argument: string): string | null {
  if (!argument.startsWith('<<') || argument.length <= 2) return null;
  let value = argument.slice(2);
  if (value.startsWith('-')) value = value.slice(1);
  for (const quote of ['"', "'"]) {
    if (value.startsWith(quote)) {
      if (!value.endsWith(quote)) return null;
      value = value.slice(1, -1);
    }
  }
  return value.startsWith('<') ? null : value;
}
