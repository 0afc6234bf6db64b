import type { SkippedLine } from '../model/diagnostic.js';
import type { TextSpan } from '../model/location.js';
import type { LocatedText } from './pre-modules-records.js';
import { arrayOfTables, isTable, parseTomlDocument } from './toml-document.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import { locateArrayTables, type LocatedTomlTable } from './toml-table-locator.js';
import { FULL_PARSE_LIMIT_BYTES, keepWantedTables } from './toml-table-filter.js';

/** A parsed `[[…]]` table together with where it is written. */
export interface PlacedTable {
  values: Record<string, unknown>;
  /** The header line, or 1 when the text could not be paired with the parsed table. */
  line: number;
  located: LocatedTomlTable | null;
}

export interface DepTables {
  /** By array name (`projects`, `constraint`, `override`), in file order. */
  byArray: Map<string, PlacedTable[]>;
  skipped: SkippedLine[];
  /** Why the file was not parsed at all (what it keeps is still too large): an `unknown` finding, not a diagnostic. */
  refusal?: SkippedLine;
}

/**
 * Parses a Gopkg file and pairs each table of the wanted arrays with its place in the text. Only tables
 * `keepTable` accepts (asked once each, in file order, by name) are kept; one without a name is kept for the
 * caller to report.
 */
export function readDepTables(text: string, arrays: readonly string[], keepTable: ModuleFilter = KEEP_EVERY_MODULE): DepTables {
  if (text.length <= FULL_PARSE_LIMIT_BYTES) {
    const tables = readAllTables(text, arrays);
    return { byArray: keptInFileOrder(tables.byArray, keepTable), skipped: tables.skipped };
  }
  // Tables left in a filtered text were offered to the filter there already.
  const kept = keepWantedTables(text, new Set(arrays), keepTable);
  if (kept.keptLength <= FULL_PARSE_LIMIT_BYTES) return readAllTables(kept.text, arrays);
  const reason = `its client-go tables, without the rest, are still over ${FULL_PARSE_LIMIT_BYTES / 1024 / 1024} MiB (a table of megabytes), which the gate does not parse`;
  return { byArray: new Map(arrays.map((name) => [name, []])), skipped: [], refusal: { line: kept.largestAt, reason } };
}

function keptInFileOrder(byArray: Map<string, PlacedTable[]>, keepTable: ModuleFilter): Map<string, PlacedTable[]> {
  const turnedDown = new Set<PlacedTable>();
  const inFileOrder = [...byArray.values()].flat().sort((a, b) => a.line - b.line);
  for (const table of inFileOrder) {
    if (typeof table.values.name === 'string' && !keepTable(table.values.name, table.line)) turnedDown.add(table);
  }
  return new Map([...byArray].map(([array, tables]) => [array, tables.filter((table) => !turnedDown.has(table))]));
}

function readAllTables(text: string, arrays: readonly string[]): DepTables {
  const byArray = new Map<string, PlacedTable[]>(arrays.map((name) => [name, []]));
  const parsed = parseTomlDocument(text);
  if (!parsed.ok) return { byArray, skipped: [parsed.problem] };
  const skipped: SkippedLine[] = [];
  const located = locateArrayTables(text);
  for (const array of arrays) {
    const tables = arrayOfTables(parsed.data, array);
    if (tables === null) {
      skipped.push({ line: 1, reason: `"${array}" is not an array of tables ([[${array}]])` });
      continue;
    }
    byArray.set(array, placeTables(tables, located.filter((table) => table.array === array), array, skipped));
  }
  return { byArray, skipped };
}

function placeTables(tables: unknown[], located: LocatedTomlTable[], array: string, skipped: SkippedLine[]): PlacedTable[] {
  const used = new Set<LocatedTomlTable>();
  const placed: PlacedTable[] = [];
  tables.forEach((values, index) => {
    const atIndex = located[index];
    if (!isTable(values)) {
      skipped.push({ line: atIndex?.headerLine ?? 1, reason: `a [[${array}]] entry is not a table` });
      return;
    }
    const name = typeof values.name === 'string' ? values.name : null;
    const samePlace = atIndex && !used.has(atIndex) && atIndex.strings.get('name')?.raw === name ? atIndex : undefined;
    const match = samePlace ?? located.find((table) => !used.has(table) && name !== null && table.strings.get('name')?.raw === name) ?? null;
    if (match) used.add(match);
    placed.push({ values, line: match?.headerLine ?? atIndex?.headerLine ?? 1, located: match });
  });
  return placed;
}

/**
 * A string field of a table with the span of its text. A value the locator could not place (written over
 * several lines, or an escape the raw text shows differently) points at the start of its key's line.
 */
export function stringField(table: PlacedTable, key: string, skipped: SkippedLine[]): LocatedText | null {
  const value = table.values[key];
  if (value === undefined) return null;
  const located = table.located?.strings.get(key);
  if (typeof value !== 'string') {
    skipped.push({ line: table.located?.keyLines.get(key) ?? table.line, reason: `"${key}" is not a string` });
    return null;
  }
  const line = table.located?.keyLines.get(key) ?? table.line;
  const span: TextSpan = located && located.raw === value ? located.span : { line, column: 1, endLine: line, endColumn: 1 };
  return { text: value, span };
}

/** A string array field (dep's `packages`); other values are dropped. */
export function stringListField(table: PlacedTable, key: string): string[] {
  const value = table.values[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
