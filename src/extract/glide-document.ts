import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';
import type { SkippedLine } from '../model/diagnostic.js';
import type { GlideDependency, GlideRecords, GlideSection, LocatedText } from './pre-modules-records.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import { createOffsetLocator, type OffsetLocator } from './text-offsets.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Above this size a full YAML parse costs seconds and hundreds of MB (30 MB: ~30 s, 1.7 GB), so only the
 * lists' keys and the client-go entries the filter keeps are parsed, each line knowing its line in the file
 * (columns are unchanged). What is left may be no larger than this either: past it (a list written as one
 * flow line, a client-go entry of megabytes) the file is refused rather than parsed.
 */
const FULL_PARSE_LIMIT_BYTES = 1024 * 1024;
const ENTRY_START = /^\s*-\s+(?:name|package):\s*['"]?([^\s'"#]+)/;
const TOP_LEVEL_KEY = /^['"]?([A-Za-z]+)['"]?\s*:/;
/** Comments, blank lines and document markers belong to no entry: they neither start nor end one. */
const NEUTRAL_LINE = /^\s*(?:#.*)?$|^(?:---|\.\.\.)\s*$/;

export interface GlideLayout {
  /** The lists to read, in the order glide writes them. */
  sections: readonly GlideSection[];
  /** The key that names an entry: `package` in glide.yaml, `name` in glide.lock. */
  nameKey: 'package' | 'name';
}

interface Reader {
  document: Document.Parsed;
  /** Offsets of the parsed text to lines and columns. The parser's own LineCounter misses a line after some syntax errors. */
  lines: OffsetLocator;
  skipped: SkippedLine[];
}

/**
 * Reads glide.yaml or glide.lock with a real YAML parser. Syntax errors are kept with their line; what the
 * parser recovered is still read, so one bad entry does not hide client-go elsewhere in the file.
 * Only entries `keepEntry` accepts (asked once each, in file order) are kept.
 */
export function readGlideDocument(text: string, layout: GlideLayout, keepEntry: ModuleFilter = KEEP_EVERY_MODULE): GlideRecords {
  const unmarked = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const filtered = unmarked.length > FULL_PARSE_LIMIT_BYTES;
  const kept = filtered ? keepClientGoEntries(unmarked, layout.sections, keepEntry) : null;
  if (kept && kept.text.length > FULL_PARSE_LIMIT_BYTES) {
    const reason = `its client-go entries and lists, without the rest, are still over ${FULL_PARSE_LIMIT_BYTES / 1024 / 1024} MiB (lists written on one line, or an entry of megabytes), which the gate does not parse`;
    return { dependencies: [], skipped: [], refusal: { line: kept.largestAt, reason } };
  }
  const body = kept ? kept.text : unmarked;
  const document = parseDocument(body, { uniqueKeys: true, prettyErrors: true });
  const lines = kept ? linesInFile(createOffsetLocator(body), kept.lineInFile) : createOffsetLocator(body);
  const reader: Reader = { document, lines, skipped: document.errors.map((error) => syntaxProblem(error, lines)) };
  const dependencies: GlideDependency[] = [];
  const root = document.contents;
  if (root !== null && !isMap(root)) {
    reader.skipped.push({ line: lineAt(reader, root.range?.[0]), reason: 'the document is not a mapping of keys' });
  }
  if (isMap(root)) {
    for (const section of layout.sections) for (const dependency of readSection(reader, section, layout.nameKey)) dependencies.push(dependency);
  }
  dependencies.sort((a, b) => a.line - b.line);
  // Entries left in a filtered text were offered to the filter there already.
  return { dependencies: filtered ? dependencies : dependencies.filter((item) => keepEntry(item.name.text, item.line)), skipped: reader.skipped };
}

interface KeptText {
  /** The kept lines, one after the other: blank lines would cost the parser as much as the text they replace. */
  text: string;
  /** The line in the file of each kept line (index 0: the first kept line). */
  lineInFile: number[];
  /** The line of the longest line kept: where a text too large to parse is refused. */
  largestAt: number;
}

/**
 * Keeps the keys of the lists read and the client-go entries of them that `keepEntry` accepts (asked once
 * each, in file order); comments and every other line are left out.
 */
export function keepClientGoEntries(text: string, sections: readonly string[], keepEntry: ModuleFilter = KEEP_EVERY_MODULE): KeptText {
  let inSection = false;
  let keeping = false;
  let largest = { length: -1, line: 1 };
  const kept: string[] = [];
  const lineInFile: number[] = [];
  text.split('\n').forEach((line, index) => {
    const entry = inSection ? ENTRY_START.exec(line) : null;
    if (entry) keeping = (entry[1] ?? '').includes('client-go') && keepEntry(entry[1] ?? '', index + 1);
    else if (NEUTRAL_LINE.test(line)) return;
    else if (/^\S/.test(line)) keeping = inSection = sections.includes(TOP_LEVEL_KEY.exec(line)?.[1] ?? '');
    if (!keeping) return;
    kept.push(line);
    lineInFile.push(index + 1);
    if (line.length > largest.length) largest = { length: line.length, line: index + 1 };
  });
  return { text: kept.length > 0 ? `${kept.join('\n')}\n` : '', lineInFile, largestAt: largest.line };
}

/** Places in the kept text as lines of the file: a line's columns are those it had there. */
function linesInFile(kept: OffsetLocator, lineInFile: readonly number[]): OffsetLocator {
  const inFile = (line: number): number => lineInFile[line - 1] ?? (lineInFile.at(-1) ?? 0) + 1;
  return {
    lineOf: (offset) => inFile(kept.lineOf(offset)),
    spanOf: (start, end) => {
      const span = kept.spanOf(start, end);
      return { ...span, line: inFile(span.line), endLine: inFile(span.endLine) };
    },
  };
}

function syntaxProblem(error: { message: string; pos?: readonly number[] }, lines: OffsetLocator): SkippedLine {
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const offset = error.pos?.[0];
  return { line: offset === undefined ? 1 : lines.lineOf(offset), reason: `invalid YAML: ${reason}` };
}

function readSection(reader: Reader, section: GlideSection, nameKey: string): GlideDependency[] {
  const list = reader.document.get(section, true);
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) {
    reader.skipped.push({ line: lineAt(reader, nodeStart(list)), reason: `"${section}" is not a list` });
    return [];
  }
  const dependencies: GlideDependency[] = [];
  for (const item of list.items) {
    const line = lineAt(reader, nodeStart(item));
    if (!isMap(item)) {
      reader.skipped.push({ line, reason: `an entry of "${section}" is not a mapping` });
      continue;
    }
    const nameNode = item.get(nameKey, true);
    const name = scalarText(reader, nameNode, nameKey, line);
    if (!name) {
      // A name that is there but unusable already has its reason.
      if (nameNode === undefined || nameNode === null) reader.skipped.push({ line, reason: `an entry of "${section}" has no ${nameKey}` });
      continue;
    }
    dependencies.push({
      section,
      name,
      version: scalarText(reader, item.get('version', true), 'version', line),
      repo: scalarText(reader, item.get('repo', true), 'repo', line),
      subpackages: stringItems(item.get('subpackages', true)),
      line,
    });
  }
  return dependencies;
}

/** A scalar's text as written (so `version: 1.10` stays "1.10"), spanning its text without the quotes. */
function scalarText(reader: Reader, node: unknown, key: string, entryLine: number): LocatedText | null {
  if (node === undefined || node === null) return null;
  const scalar = isAlias(node) ? node.resolve(reader.document) : node;
  if (!isScalar(scalar) || !scalar.range) {
    reader.skipped.push({ line: lineAt(reader, nodeStart(node)) || entryLine, reason: `"${key}" is not a single value` });
    return null;
  }
  if (scalar.value === null) return null;
  const text = typeof scalar.source === 'string' ? scalar.source : String(scalar.value);
  // An alias (*name) is judged by the value it points to but shown where it is written.
  const [from, to] = isAlias(node) && node.range ? [node.range[0], node.range[1]] : textRange(scalar);
  return { text: text.trim(), span: reader.lines.spanOf(from, to) };
}

function textRange(scalar: Scalar): [number, number] {
  const [start = 0, valueEnd = 0] = scalar.range ?? [];
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  return quoted ? [start + 1, valueEnd - 1] : [start, valueEnd];
}

function stringItems(node: unknown): string[] {
  if (!isSeq(node)) return [];
  return node.items.filter((item): item is Scalar => isScalar(item) && item.value !== null).map((item) => String(item.value));
}

function nodeStart(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] | null } | null)?.range;
  return range?.[0];
}

function lineAt(reader: Reader, offset: number | undefined): number {
  return offset === undefined ? 1 : reader.lines.lineOf(offset);
}
