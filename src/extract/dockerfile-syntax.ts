/**
 * The one module that talks to dockerfile-ast: it turns the parser's objects into plain records of
 * instructions whose texts keep their file positions. Everything else reads these records. The file is
 * split into instructions first (dockerfile-instruction-chunks.ts) and handed to the parser a few
 * kilobytes at a time, so time and memory stay in proportion to the file and an exception of the
 * parser costs one instruction (reported with its line), not the whole file.
 */
import { DockerfileParser, type Dockerfile, type Flag, type Instruction, type JSONInstruction, type Onbuild, type Property, type Run } from 'dockerfile-ast';
import type { SkippedLine } from '../model/diagnostic.js';
import { lineStartOf, nextLineStart, splitInstructions, type InstructionChunk } from './dockerfile-instruction-chunks.js';
import { isInertInstruction } from './dockerfile-inert-instructions.js';
import { parseSimpleInstruction } from './dockerfile-simple-instructions.js';
import { buildLogicalText, splitSourceLines, type FileRange, type LogicalText } from './dockerfile-logical-text.js';

export interface InstructionFlag {
  name: string;
  value: LogicalText | null;
}

/** One NAME=value of an ARG or ENV; the value text is raw (quotes and escapes still in it). */
export interface InstructionProperty {
  name: string;
  nameRange: FileRange;
  value: LogicalText | null;
}

export interface DockerInstruction {
  /** Upper case, as docker matches it. */
  keyword: string;
  range: FileRange;
  flags: InstructionFlag[];
  /** Shell-form arguments after the flags, heredoc bodies included; null when the instruction has none. */
  shellText: LogicalText | null;
  /** The strings of an exec-form (JSON) instruction, unescaped; null for the shell form. */
  execForm: LogicalText[] | null;
  /** ARG and ENV only. */
  properties: InstructionProperty[];
}

export interface DockerfileSyntax {
  escape: string;
  /** What could not be read; complete once instructions() has been read to its end. */
  problems: SkippedLine[];
  /** The ARG and ENV instructions alone, problems not collected: a first pass for where names are defined. */
  propertyInstructions(): Generator<DockerInstruction>;
  /** Every instruction the detectors read, in file order, each parsed when it is reached. */
  instructions(): Generator<DockerInstruction>;
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD',
  'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
/** The instructions the reader acts on; the others are never parsed, which keeps big files cheap. */
const READ_KEYWORDS = new Set(['ARG', 'ENV', 'FROM', 'RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT']);
const PROPERTY_KEYWORDS = new Set(['ARG', 'ENV']);
const EXEC_FORM_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
/** The instructions whose arguments the detectors read. */
const TEXT_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT']);
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN']);

/** A file of garbage would otherwise list every line; the first few say enough. */
const MAX_UNKNOWN_INSTRUCTION_PROBLEMS = 10;
/**
 * The most of one instruction handed to the parser, whose time and memory grow faster than the text
 * beyond a few megabytes. Real instructions are far shorter; a longer one is read up to here and the
 * rest is reported as skipped.
 */
export const MAX_PARSED_INSTRUCTION_CHARS = 256 * 1024;

const BYTE_ORDER_MARK = '\uFEFF';

/** The parser's entry point; a test passes one that throws, as dockerfile-ast has on inputs fuzzing found. */
export type ParseDockerfile = (text: string) => Dockerfile;

const parseWithDockerfileAst: ParseDockerfile = (text) => DockerfileParser.parse(text);

export function parseDockerfileSyntax(rawText: string, parse: ParseDockerfile = parseWithDockerfileAst, { parserOnly = false } = {}): DockerfileSyntax {
  // The parser would count a byte order mark as a column of line 1; an editor does not.
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(BYTE_ORDER_MARK.length) : rawText;
  const { escape, chunks } = splitInstructions(text, heredocArguments);
  const problems: SkippedLine[] = [];
  const source: SourceText = { text, escape, parse, parserOnly };
  return {
    escape,
    problems,
    *propertyInstructions() {
      yield* parseInBatches(source, chunks, PROPERTY_KEYWORDS, [], () => undefined);
    },
    *instructions() {
      let unknownKeywords = 0;
      const unknown = (chunk: InstructionChunk): void => {
        unknownKeywords += 1;
        if (unknownKeywords <= MAX_UNKNOWN_INSTRUCTION_PROBLEMS) {
          problems.push({ line: chunk.line + 1, reason: `"${shorten(chunk.written)}" is not a Dockerfile instruction (docker build stops here); line skipped` });
        }
      };
      yield* parseInBatches(source, chunks, READ_KEYWORDS, problems, unknown);
      if (unknownKeywords > MAX_UNKNOWN_INSTRUCTION_PROBLEMS) {
        problems.push({ line: 1, reason: `${unknownKeywords - MAX_UNKNOWN_INSTRUCTION_PROBLEMS} more lines are not Dockerfile instructions (is this a Dockerfile?)` });
      }
      const truncated = endsInsideContinuation(text, escape);
      if (truncated !== null) problems.push({ line: truncated + 1, reason: 'the file ends inside a line continuation (truncated?); the last instruction is read as it stands' });
    },
  };
}

/**
 * The wanted instructions, parsed a few kilobytes at a time: runs of neighbouring wanted instructions are
 * handed to the parser together (its cost per call is high, its cost per character grows with the text),
 * and an instruction alone when it is long or when its run made the parser fail.
 */
/** The file's text (without a byte order mark), its escape character and the parser. */
interface SourceText {
  text: string;
  escape: string;
  parse: ParseDockerfile;
  /** Every instruction to dockerfile-ast, none read by the shortcuts (tests compare both readings). */
  parserOnly: boolean;
}

function* parseInBatches(
  source: SourceText,
  chunks: readonly InstructionChunk[],
  wanted: ReadonlySet<string>,
  problems: SkippedLine[],
  onUnknown: (chunk: InstructionChunk) => void,
): Generator<DockerInstruction> {
  let batch: InstructionChunk[] = [];
  for (const chunk of chunks) {
    const known = KEYWORDS.has(chunk.keyword);
    if (!known) onUnknown(chunk);
    const read = source.parserOnly || !wanted.has(chunk.keyword) ? null : readWithoutParser(source, chunk);
    if (read) {
      yield* parseBatch(source, batch, problems);
      batch = [];
      yield read;
      continue;
    }
    if (!known || !wanted.has(chunk.keyword) || (batch.length > 0 && chunk.end - (batch[0] as InstructionChunk).start > BATCH_CHARS)) {
      yield* parseBatch(source, batch, problems);
      batch = [];
    }
    if (known && wanted.has(chunk.keyword)) batch.push(chunk);
  }
  yield* parseBatch(source, batch, problems);
}

/** How much text of neighbouring instructions one parser call reads. */
const BATCH_CHARS = 64 * 1024;

function parseBatch(source: SourceText, batch: readonly InstructionChunk[], problems: SkippedLine[]): DockerInstruction[] {
  const { text, escape } = source;
  const [first] = batch;
  const last = batch.at(-1);
  if (!first || !last) return [];
  if (batch.length === 1) return optional(parseChunk(source, first, problems));
  const directive = escape === '\\' ? '' : `# escape=${escape}\n`;
  const parseText = directive + text.slice(lineStartOf(text, first.start), nextLineStart(text, last.end));
  let parsed: Instruction[] | null;
  try {
    parsed = source.parse(parseText).getInstructions();
  } catch {
    parsed = null;
  }
  if (parsed === null || parsed.length !== batch.length) return batch.flatMap((chunk) => optional(parseChunk(source, chunk, problems)));
  const place: ChunkPlace = { sourceLines: splitSourceLines(parseText), lineOffset: first.line - (directive ? 1 : 0) };
  return batch.flatMap((chunk, index) => {
    const own: SkippedLine[] = [];
    try {
      const described = describeInstruction(parsed[index] as Instruction, chunk.keyword, place, escape, own);
      problems.push(...own);
      return [described];
    } catch {
      return optional(parseChunk(source, chunk, problems));
    }
  });
}

/** The instructions that need no parser: those with nothing to read, and those of the simplest shape. */
function readWithoutParser(source: SourceText, chunk: InstructionChunk): DockerInstruction | null {
  if (isInertInstruction(source.text, chunk, source.escape)) return bareInstruction(source.text, chunk);
  const lineStart = lineStartOf(source.text, chunk.start);
  return nextLineStart(source.text, chunk.end) - lineStart > BATCH_CHARS ? null : parseSimpleInstruction(source.text, lineStart, chunk, source.escape);
}

/** An instruction with nothing the reader uses: its keyword and place, for the checks on order alone. */
function bareInstruction(text: string, chunk: InstructionChunk): DockerInstruction {
  const column = chunk.start - lineStartOf(text, chunk.start);
  const range: FileRange = { start: { line: chunk.line, column }, end: { line: chunk.line, column: column + chunk.end - chunk.start } };
  return { keyword: chunk.keyword, range, flags: [], shellText: null, execForm: null, properties: [] };
}

function optional<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}

/**
 * One instruction, parsed alone: its lines from the start of its first line (so columns stay the file's)
 * through the line break that ends it, after the escape directive when the file has one. Line numbers are
 * shifted back to the file's. A parser exception costs this instruction only.
 */
function parseChunk(source: SourceText, chunk: InstructionChunk, problems: SkippedLine[]): DockerInstruction | null {
  const { text, escape } = source;
  const lineStart = lineStartOf(text, chunk.start);
  const fullEnd = nextLineStart(text, chunk.end);
  const cut = fullEnd - lineStart > MAX_PARSED_INSTRUCTION_CHARS ? cutPoint(text, lineStart) : null;
  const directive = escape === '\\' ? '' : `# escape=${escape}\n`;
  const parseText = directive + text.slice(lineStart, cut ?? fullEnd);
  const place: ChunkPlace = { sourceLines: splitSourceLines(parseText), lineOffset: chunk.line - (directive ? 1 : 0) };
  const own: SkippedLine[] = [];
  let described: DockerInstruction | null;
  try {
    const instruction = source.parse(parseText).getInstructions()[0];
    described = instruction ? describeInstruction(instruction, chunk.keyword, place, escape, own) : null;
  } catch (error) {
    problems.push({ line: chunk.line + 1, reason: `the Dockerfile parser failed on this ${chunk.keyword} (${shorten(String(error), 200)}); instruction skipped` });
    return null;
  }
  if (cut === null) problems.push(...own);
  else {
    // A heredoc cut off here is not unclosed in the file: only the reading stopped.
    const length = (chunk.end - chunk.start).toLocaleString('en-US');
    problems.push({
      line: chunk.line + 1,
      reason: `this ${chunk.keyword} is ${length} characters long: the gate reads its first ${MAX_PARSED_INSTRUCTION_CHARS.toLocaleString('en-US')} and skips the rest`,
    });
  }
  return described;
}

/** Where an over-long instruction is cut: at a line break when one is near the limit, so lines stay whole. */
function cutPoint(text: string, lineStart: number): number {
  const limit = lineStart + MAX_PARSED_INSTRUCTION_CHARS;
  const lastBreak = Math.max(text.lastIndexOf('\n', limit - 1), text.lastIndexOf('\r', limit - 1));
  return lastBreak > lineStart ? lastBreak + 1 : limit;
}

/** The arguments of the line that may open heredocs, read by the parser as its own scan reads them. */
function heredocArguments(lineText: string, escape: string): string[] {
  const directive = escape === '\\' ? '' : `# escape=${escape}\n`;
  try {
    let instruction: Instruction | null = DockerfileParser.parse(directive + lineText.slice(0, MAX_PARSED_INSTRUCTION_CHARS)).getInstructions()[0] ?? null;
    if (instruction?.getKeyword() === 'ONBUILD') instruction = (instruction as Onbuild).getTriggerInstruction();
    if (!instruction || !HEREDOC_KEYWORDS.has(instruction.getKeyword())) return [];
    return instruction.getArguments().map((argument) => argument.getValue());
  } catch {
    // The instruction's own parse reports the failure; here it only opens no heredoc.
    return [];
  }
}

function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** The lines of one parsed instruction, and how far its line 0 is from the file's. */
interface ChunkPlace {
  sourceLines: readonly string[];
  lineOffset: number;
}

function describeInstruction(instruction: Instruction, keyword: string, place: ChunkPlace, escape: string, problems: SkippedLine[]): DockerInstruction {
  const ownRange = toFileRange(instruction.getRange());
  const heredocs = keyword === 'RUN' ? heredocLines(instruction as Run, ownRange.start.line + place.lineOffset, problems) : null;
  const execForm = EXEC_FORM_KEYWORDS.has(keyword) ? execFormStrings(instruction as JSONInstruction, place, escape) : null;
  return {
    keyword,
    range: shifted(ownRange, place.lineOffset),
    flags: flagsOf(instruction, place, escape),
    shellText: execForm || !TEXT_KEYWORDS.has(keyword) ? null : shellTextOf(instruction, ownRange, place, escape, heredocs),
    execForm,
    properties: keyword === 'ARG' || keyword === 'ENV' ? propertiesOf(instruction, place, escape) : [],
  };
}

function toFileRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): FileRange {
  return { start: { line: range.start.line, column: range.start.character }, end: { line: range.end.line, column: range.end.character } };
}

function shifted(range: FileRange, lineOffset: number): FileRange {
  return { start: { line: range.start.line + lineOffset, column: range.start.column }, end: { line: range.end.line + lineOffset, column: range.end.column } };
}

interface HeredocLines {
  body: Set<number>;
  delimiters: Set<number>;
}

/** The lines are the parsed instruction's own; `fileLine` is where it starts in the file, for problems. */
function heredocLines(run: Run, fileLine: number, problems: SkippedLine[]): HeredocLines {
  const lines: HeredocLines = { body: new Set(), delimiters: new Set() };
  for (const heredoc of run.getHeredocs()) {
    const content = heredoc.getContentRange();
    const delimiter = heredoc.getDelimiterRange();
    if (content) {
      const last = content.end.character === 0 && content.end.line > content.start.line ? content.end.line - 1 : content.end.line;
      for (let line = content.start.line; line <= last; line += 1) lines.body.add(line);
    }
    if (delimiter) lines.delimiters.add(delimiter.start.line);
    else {
      problems.push({
        line: fileLine + 1,
        reason: `the heredoc <<${heredoc.getName()} is never closed: the rest of the file is its body (docker build fails here)`,
      });
    }
  }
  return lines;
}

function shellTextOf(instruction: Instruction, range: FileRange, place: ChunkPlace, escape: string, heredocs: HeredocLines | null): LogicalText | null {
  const [first] = instruction.getArguments();
  if (!first) return null;
  return buildLogicalText({
    ...place,
    from: toFileRange(first.getRange()).start,
    to: range.end,
    escape,
    heredocBodyLines: heredocs?.body,
    heredocDelimiterLines: heredocs?.delimiters,
  });
}

/** docker build runs `["…"]` without a shell when it is a JSON array; anything else is the shell form. */
function execFormStrings(instruction: JSONInstruction, place: ChunkPlace, escape: string): LogicalText[] | null {
  if (instruction.getOpeningBracket() === null || instruction.getClosingBracket() === null) return null;
  const strings = instruction.getJSONStrings();
  if (strings.length === 0) return null;
  return strings.map((string) => {
    const range = toFileRange(string.getJSONRange());
    return unescapeJsonString(buildLogicalText({ ...place, from: range.start, to: range.end, escape }));
  });
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The parser's own JSON value drops characters; this keeps each unescaped character at its written place. */
function unescapeJsonString(raw: LogicalText): LogicalText {
  const characters: string[] = [];
  const sourceIndex: number[] = [];
  for (let i = 0; i < raw.text.length; i += 1) {
    const character = raw.text[i] as string;
    if (character !== '\\' || i + 1 >= raw.text.length) {
      characters.push(character);
      sourceIndex.push(i);
      continue;
    }
    const next = raw.text[i + 1] as string;
    const unicode = next === 'u' ? /^[0-9a-fA-F]{4}$/.exec(raw.text.slice(i + 2, i + 6)) : null;
    characters.push(unicode ? String.fromCharCode(parseInt(unicode[0], 16)) : (JSON_ESCAPES[next] ?? next));
    sourceIndex.push(i);
    i += unicode ? 5 : 1;
  }
  return {
    text: characters.join(''),
    lines: Uint32Array.from(sourceIndex, (index) => raw.lines[index] ?? 0),
    columns: Uint32Array.from(sourceIndex, (index) => raw.columns[index] ?? 0),
  };
}

function flagsOf(instruction: Instruction, place: ChunkPlace, escape: string): InstructionFlag[] {
  const withFlags = instruction as Instruction & { getFlags?: () => Flag[] };
  if (typeof withFlags.getFlags !== 'function') return [];
  return withFlags.getFlags().map((flag) => {
    const valueRange = flag.getValueRange();
    if (valueRange === null) return { name: flag.getName(), value: null };
    const range = toFileRange(valueRange);
    return { name: flag.getName(), value: buildLogicalText({ ...place, from: range.start, to: range.end, escape }) };
  });
}

function propertiesOf(instruction: Instruction, place: ChunkPlace, escape: string): InstructionProperty[] {
  const withProperties = instruction as Instruction & { getProperties?: () => Property[] };
  if (typeof withProperties.getProperties !== 'function') return [];
  return withProperties.getProperties().map((property) => {
    const valueRange = property.getValueRange();
    const range = valueRange ? toFileRange(valueRange) : null;
    return {
      name: property.getName(),
      nameRange: shifted(toFileRange(property.getNameRange()), place.lineOffset),
      value: range ? buildLogicalText({ ...place, from: range.start, to: range.end, escape }) : null,
    };
  });
}

/** The 0-based line of a final continuation that nothing continues, or null; read back from the end. */
function endsInsideContinuation(text: string, escape: string): number | null {
  let end = text.length;
  let line = lineBreaks(text);
  for (;;) {
    let start = end;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start -= 1;
    const content = text.slice(start, end);
    if (content.trim() !== '') {
      const trimmed = content.trimEnd();
      return trimmed.trimStart().startsWith('#') || !trimmed.endsWith(escape) ? null : line;
    }
    if (start === 0) return null;
    end = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
    line -= 1;
  }
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) count += 1;
  return count;
}
