import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';
import type { SkippedLine } from '../model/diagnostic.js';
import type { GlideDependency, GlideRecords, GlideSection, LocatedText } from './pre-modules-records.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import { createOffsetLocator, type OffsetLocator } from './text-offsets.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Above this size a full YAML parse costs seconds and hundreds of MB (30 MB: ~30 s, 1.7 GB), so only the
 * top-level keys and the client-go entries the filter keeps are parsed; other lines are blanked, keeping
 * lines and columns.
 */
const FULL_PARSE_LIMIT_BYTES = 1024 * 1024;
const ENTRY_START = /^\s*-\s+(?:name|package):\s*['"]?([^\s'"#]+)/;

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
  const body = filtered ? keepClientGoEntries(unmarked, keepEntry) : unmarked;
  const document = parseDocument(body, { uniqueKeys: true, prettyErrors: true });
  const lines = createOffsetLocator(body);
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

/** Blanks every line that belongs to an entry other than the client-go ones `keepEntry` accepts; top-level keys stay. */
export function keepClientGoEntries(text: string, keepEntry: ModuleFilter = KEEP_EVERY_MODULE): string {
  let keeping = true;
  return text
    .split('\n')
    .map((line, index) => {
      const entry = ENTRY_START.exec(line);
      if (entry) keeping = (entry[1] ?? '').includes('client-go') && keepEntry(entry[1] ?? '', index + 1);
      else if (/^\S/.test(line)) keeping = true;
      return keeping ? line : '';
    })
    .join('\n');
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
