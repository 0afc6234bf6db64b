import type { TextSpan } from '../model/location.js';

/** A place in a Dockerfile as its parser counts: 0-based line, 0-based column in UTF-16 code units. */
export interface FilePosition {
  line: number;
  column: number;
}

export interface FileRange {
  start: FilePosition;
  /** Exclusive. */
  end: FilePosition;
}

/**
 * Instruction text as docker build reads it: continuation lines joined, comment and blank lines inside a
 * continuation dropped, heredoc bodies appended line by line. Every character keeps the file position it
 * came from, so a match found in the joined text is reported at its exact line and column.
 */
export interface LogicalText {
  text: string;
  lines: Uint32Array;
  columns: Uint32Array;
}

export interface LogicalTextRequest {
  /** The lines of the text the parser read (\r\n, \r or \n), one instruction's or the file's. */
  sourceLines: readonly string[];
  /** What to add to a line of sourceLines for the file's line (when they are one instruction's). */
  lineOffset?: number;
  from: FilePosition;
  /** Exclusive. */
  to: FilePosition;
  /** The Dockerfile's escape character (`\` unless the escape directive says otherwise). */
  escape: string;
  /** Lines of heredoc bodies: kept whole and joined with newlines, as the shell will read them. */
  heredocBodyLines?: ReadonlySet<number>;
  /** Lines that close a heredoc: not part of the text. */
  heredocDelimiterLines?: ReadonlySet<number>;
}

/** Splits text into lines the way the parser (a language-server text document) does. */
export function splitSourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const continuationPatterns = new Map<string, RegExp>();

function continuationPattern(escape: string): RegExp {
  let pattern = continuationPatterns.get(escape);
  if (!pattern) {
    pattern = new RegExp(`${escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[ \\t]*$`);
    continuationPatterns.set(escape, pattern);
  }
  return pattern;
}

/** Characters as string pieces and their places in typed arrays that grow by doubling: no array per character. */
class LogicalTextBuilder {
  private readonly pieces: string[] = [];
  private lineOf = new Uint32Array(64);
  private columnOf = new Uint32Array(64);
  length = 0;

  constructor(private readonly lineOffset: number) {}

  append(segment: string, line: number, firstColumn: number): void {
    this.reserve(segment.length);
    const fileLine = line + this.lineOffset;
    for (let i = 0; i < segment.length; i += 1) {
      this.lineOf[this.length + i] = fileLine;
      this.columnOf[this.length + i] = firstColumn + i;
    }
    this.length += segment.length;
    this.pieces.push(segment);
  }

  /** A newline the shell sees between heredoc lines; it sits where the earlier line ends. */
  appendLineBreak(line: number, column: number): void {
    this.reserve(1);
    this.lineOf[this.length] = line + this.lineOffset;
    this.columnOf[this.length] = column;
    this.length += 1;
    this.pieces.push('\n');
  }

  build(): LogicalText {
    return { text: this.pieces.join(''), lines: this.lineOf.slice(0, this.length), columns: this.columnOf.slice(0, this.length) };
  }

  private reserve(more: number): void {
    if (this.length + more <= this.lineOf.length) return;
    let capacity = this.lineOf.length;
    while (capacity < this.length + more) capacity *= 2;
    const lines = new Uint32Array(capacity);
    const columns = new Uint32Array(capacity);
    lines.set(this.lineOf.subarray(0, this.length));
    columns.set(this.columnOf.subarray(0, this.length));
    this.lineOf = lines;
    this.columnOf = columns;
  }
}

export function buildLogicalText(request: LogicalTextRequest): LogicalText {
  const { sourceLines, from, to } = request;
  const continuation = continuationPattern(request.escape);
  const builder = new LogicalTextBuilder(request.lineOffset ?? 0);
  let continuing = true;
  let previousEnd: FilePosition = from;
  for (let line = from.line; line <= to.line && line < sourceLines.length; line += 1) {
    const full = sourceLines[line] ?? '';
    const startColumn = line === from.line ? from.column : 0;
    const endColumn = line === to.line ? Math.min(to.column, full.length) : full.length;
    if (request.heredocDelimiterLines?.has(line)) continue;
    if (request.heredocBodyLines?.has(line)) {
      if (builder.length > 0) builder.appendLineBreak(previousEnd.line, previousEnd.column);
      builder.append(full.slice(startColumn, endColumn), line, startColumn);
      previousEnd = { line, column: endColumn };
      continue;
    }
    if (!continuing) break;
    const segment = full.slice(startColumn, endColumn);
    // docker build drops blank and comment lines inside a continued instruction.
    if (line !== from.line && (segment.trim() === '' || segment.trimStart().startsWith('#'))) continue;
    const match = continuation.exec(segment);
    builder.append(match ? segment.slice(0, match.index) : segment, line, startColumn);
    continuing = match !== null;
    previousEnd = { line, column: endColumn };
  }
  return builder.build();
}

/** A logical text of one literal string at a known place (a JSON string, a flag value); `columnOf` maps each character. */
export function logicalTextOf(text: string, line: number, columnOf: (index: number) => number): LogicalText {
  return {
    text,
    lines: new Uint32Array(text.length).fill(line),
    columns: Uint32Array.from({ length: text.length }, (_, index) => columnOf(index)),
  };
}

export function positionAt(text: LogicalText, index: number): FilePosition {
  return { line: text.lines[index] ?? 0, column: text.columns[index] ?? 0 };
}

/** The position just after the character at `index`. */
export function positionAfter(text: LogicalText, index: number): FilePosition {
  return { line: text.lines[index] ?? 0, column: (text.columns[index] ?? 0) + 1 };
}

/** The file range of logical characters [start, end). */
export function rangeOf(text: LogicalText, start: number, end: number): FileRange {
  return { start: positionAt(text, start), end: positionAfter(text, Math.max(start, end - 1)) };
}

/** 0-based parser range → 1-based span of the JSON contract. */
export function toTextSpan(range: FileRange): TextSpan {
  return { line: range.start.line + 1, column: range.start.column + 1, endLine: range.end.line + 1, endColumn: range.end.column + 1 };
}
