/**
 * The common shape of an instruction, read without dockerfile-ast: one line, words split by blanks, no
 * quotes, escapes, heredocs, JSON or comments, flags of the form --name=value. On a 16 MiB file the parser's
 * cost per byte is most of the scan, and nearly every line of a big file has this shape. Anything else
 * (and every doubtful case) returns null and goes to the parser; a test compares both readings.
 */
import type { InstructionChunk } from './dockerfile-instruction-chunks.js';
import type { FileRange, LogicalText } from './dockerfile-logical-text.js';
import type { DockerInstruction, InstructionFlag, InstructionProperty } from './dockerfile-syntax.js';

/** What would make the words differ from the raw text, or the parser read the line otherwise; only tab and printable ASCII pass. */
const NOT_SIMPLE = /["'<#[\]]|[^\t -~]/;
const WORD = /[^ \t]+/g;
const FLAG = /^--([A-Za-z][A-Za-z0-9-]*)=([^=]+)$/;
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SHELL_KEYWORDS: ReadonlySet<string> = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT']);
const FLAG_KEYWORDS: ReadonlySet<string> = new Set(['FROM', 'RUN', 'COPY', 'ADD']);

interface Word {
  text: string;
  start: number;
}

export function parseSimpleInstruction(text: string, lineStart: number, chunk: InstructionChunk, escape: string): DockerInstruction | null {
  const lineText = text.slice(lineStart, chunk.end);
  // The parser's range takes in trailing blanks in ways not worth copying: such lines go to it.
  if (lineText.includes(escape) || NOT_SIMPLE.test(lineText) || /[ \t]$/.test(lineText)) return null;
  const words: Word[] = [];
  for (const match of lineText.matchAll(WORD)) words.push({ text: match[0], start: match.index });
  const [keyword, ...rest] = words;
  if (!keyword || keyword.start !== chunk.start - lineStart || rest.length === 0) return null;
  const last = words.at(-1) as Word;
  const line = chunk.line;
  const range: FileRange = { start: { line, column: keyword.start }, end: { line, column: last.start + last.text.length } };
  const at = (start: number, end: number): LogicalText => slice(lineText, line, start, end);
  if (chunk.keyword === 'ARG' || chunk.keyword === 'ENV') {
    const properties = propertiesOf(chunk.keyword, rest, line, at);
    return properties && { keyword: chunk.keyword, range, flags: [], shellText: null, execForm: null, properties };
  }
  if (!SHELL_KEYWORDS.has(chunk.keyword)) return null;
  const flags: InstructionFlag[] = [];
  let first = 0;
  for (; first < rest.length && (rest[first] as Word).text.startsWith('-'); first += 1) {
    const word = rest[first] as Word;
    const flag = FLAG.exec(word.text);
    if (!flag || !FLAG_KEYWORDS.has(chunk.keyword)) return null;
    const valueStart = word.start + 3 + (flag[1] as string).length;
    flags.push({ name: flag[1] as string, value: at(valueStart, word.start + word.text.length) });
  }
  const argument = rest[first];
  if (!argument) return null;
  return { keyword: chunk.keyword, range, flags, shellText: at(argument.start, range.end.column), execForm: null, properties: [] };
}

/** ARG NAME, ARG NAME=value…, ENV NAME=value…; the old `NAME value` form and empty values go to the parser. */
function propertiesOf(keyword: string, words: readonly Word[], line: number, at: (start: number, end: number) => LogicalText): InstructionProperty[] | null {
  const properties: InstructionProperty[] = [];
  for (const word of words) {
    const equals = word.text.indexOf('=');
    const name = equals === -1 ? word.text : word.text.slice(0, equals);
    if (!PROPERTY_NAME.test(name) || equals === word.text.length - 1 || (equals === -1 && (keyword === 'ENV' || words.length > 1))) return null;
    const nameRange: FileRange = { start: { line, column: word.start }, end: { line, column: word.start + name.length } };
    properties.push({ name, nameRange, value: equals === -1 ? null : at(word.start + equals + 1, word.start + word.text.length) });
  }
  return properties;
}

function slice(lineText: string, line: number, start: number, end: number): LogicalText {
  const columns = new Uint32Array(end - start);
  for (let i = 0; i < columns.length; i += 1) columns[i] = start + i;
  return { text: lineText.slice(start, end), lines: new Uint32Array(end - start).fill(line), columns };
}
