/**
 * The one module that talks to dockerfile-ast: it turns the parser's objects into plain records of
 * instructions whose texts keep their file positions. Everything else reads these records.
 */
import { DockerfileParser, type Flag, type Instruction, type JSONInstruction, type Property, type Run } from 'dockerfile-ast';
import type { SkippedLine } from '../model/diagnostic.js';
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
  instructions: DockerInstruction[];
  problems: SkippedLine[];
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD',
  'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const EXEC_FORM_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
/** The instructions whose arguments the detectors read; the others are not joined, which keeps big files cheap. */
const TEXT_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT']);

/** A file of garbage would otherwise list every line; the first few say enough. */
const MAX_UNKNOWN_INSTRUCTION_PROBLEMS = 10;

const BYTE_ORDER_MARK = '\uFEFF';

export function parseDockerfileSyntax(rawText: string): DockerfileSyntax {
  // The parser would count a byte order mark as a column of line 1; an editor does not.
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(BYTE_ORDER_MARK.length) : rawText;
  const sourceLines = splitSourceLines(text);
  let parsed;
  try {
    parsed = DockerfileParser.parse(text);
  } catch (error) {
    return { escape: '\\', instructions: [], problems: [{ line: 1, reason: `the Dockerfile parser failed (${String(error)}); file skipped` }] };
  }
  const escape = parsed.getEscapeCharacter();
  const problems: SkippedLine[] = [];
  const instructions: DockerInstruction[] = [];
  let unknownKeywords = 0;
  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    if (!KEYWORDS.has(keyword)) {
      unknownKeywords += 1;
      if (unknownKeywords <= MAX_UNKNOWN_INSTRUCTION_PROBLEMS) {
        problems.push({ line: instruction.getRange().start.line + 1, reason: `"${shorten(instruction.getInstruction())}" is not a Dockerfile instruction (docker build stops here); line skipped` });
      }
      continue;
    }
    instructions.push(describeInstruction(instruction, keyword, sourceLines, escape, problems));
  }
  if (unknownKeywords > MAX_UNKNOWN_INSTRUCTION_PROBLEMS) {
    problems.push({ line: 1, reason: `${unknownKeywords - MAX_UNKNOWN_INSTRUCTION_PROBLEMS} more lines are not Dockerfile instructions (is this a Dockerfile?)` });
  }
  const truncated = endsInsideContinuation(sourceLines, escape);
  if (truncated !== null) problems.push({ line: truncated + 1, reason: 'the file ends inside a line continuation (truncated?); the last instruction is read as it stands' });
  return { escape, instructions, problems };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describeInstruction(instruction: Instruction, keyword: string, sourceLines: readonly string[], escape: string, problems: SkippedLine[]): DockerInstruction {
  const range = toFileRange(instruction.getRange());
  const heredocs = keyword === 'RUN' ? heredocLines(instruction as Run, range, problems) : null;
  const execForm = EXEC_FORM_KEYWORDS.has(keyword) ? execFormStrings(instruction as JSONInstruction, sourceLines, escape) : null;
  return {
    keyword,
    range,
    flags: flagsOf(instruction, sourceLines, escape),
    shellText: execForm || !TEXT_KEYWORDS.has(keyword) ? null : shellTextOf(instruction, range, sourceLines, escape, heredocs),
    execForm,
    properties: keyword === 'ARG' || keyword === 'ENV' ? propertiesOf(instruction, sourceLines, escape) : [],
  };
}

function toFileRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): FileRange {
  return { start: { line: range.start.line, column: range.start.character }, end: { line: range.end.line, column: range.end.character } };
}

interface HeredocLines {
  body: Set<number>;
  delimiters: Set<number>;
}

function heredocLines(run: Run, range: FileRange, problems: SkippedLine[]): HeredocLines {
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
        line: range.start.line + 1,
        reason: `the heredoc <<${heredoc.getName()} is never closed: the rest of the file is its body (docker build fails here)`,
      });
    }
  }
  return lines;
}

function shellTextOf(instruction: Instruction, range: FileRange, sourceLines: readonly string[], escape: string, heredocs: HeredocLines | null): LogicalText | null {
  const [first] = instruction.getArguments();
  if (!first) return null;
  return buildLogicalText({
    sourceLines,
    from: toFileRange(first.getRange()).start,
    to: range.end,
    escape,
    heredocBodyLines: heredocs?.body,
    heredocDelimiterLines: heredocs?.delimiters,
  });
}

/** docker build runs `["…"]` without a shell when it is a JSON array; anything else is the shell form. */
function execFormStrings(instruction: JSONInstruction, sourceLines: readonly string[], escape: string): LogicalText[] | null {
  if (instruction.getOpeningBracket() === null || instruction.getClosingBracket() === null) return null;
  const strings = instruction.getJSONStrings();
  if (strings.length === 0) return null;
  return strings.map((string) => {
    const range = toFileRange(string.getJSONRange());
    return unescapeJsonString(buildLogicalText({ sourceLines, from: range.start, to: range.end, escape }));
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

function flagsOf(instruction: Instruction, sourceLines: readonly string[], escape: string): InstructionFlag[] {
  const withFlags = instruction as Instruction & { getFlags?: () => Flag[] };
  if (typeof withFlags.getFlags !== 'function') return [];
  return withFlags.getFlags().map((flag) => {
    const valueRange = flag.getValueRange();
    if (valueRange === null) return { name: flag.getName(), value: null };
    const range = toFileRange(valueRange);
    return { name: flag.getName(), value: buildLogicalText({ sourceLines, from: range.start, to: range.end, escape }) };
  });
}

function propertiesOf(instruction: Instruction, sourceLines: readonly string[], escape: string): InstructionProperty[] {
  const withProperties = instruction as Instruction & { getProperties?: () => Property[] };
  if (typeof withProperties.getProperties !== 'function') return [];
  return withProperties.getProperties().map((property) => {
    const valueRange = property.getValueRange();
    const range = valueRange ? toFileRange(valueRange) : null;
    return {
      name: property.getName(),
      nameRange: toFileRange(property.getNameRange()),
      value: range ? buildLogicalText({ sourceLines, from: range.start, to: range.end, escape }) : null,
    };
  });
}

/** The 0-based line of a final continuation that nothing continues, or null. */
function endsInsideContinuation(sourceLines: readonly string[], escape: string): number | null {
  let last = sourceLines.length - 1;
  while (last >= 0 && (sourceLines[last] ?? '').trim() === '') last -= 1;
  if (last < 0) return null;
  const line = (sourceLines[last] ?? '').trimEnd();
  if (line.trimStart().startsWith('#') || !line.endsWith(escape)) return null;
  return last;
}
