import type { SkippedLine } from '../../model/diagnostic.js';
import { isDirectoryPath } from '../directory-path.js';
import { readInterpretedString } from '../go-quoted-string.js';
import type { GoBuildSetting, GoModuleRecord, GoModuleReplacement } from './build-info-records.js';

/** What the modinfo text says, line by line. */
export interface ModinfoRecords {
  path: string | null;
  mainModule: GoModuleRecord | null;
  deps: GoModuleRecord[];
  settings: GoBuildSetting[];
  skipped: SkippedLine[];
}

const TAB = '\t';

/** The parser's state: the records so far, and the module a following `=>` line would replace. */
interface ParseState {
  records: ModinfoRecords;
  replaceable: GoModuleRecord | null;
}

/**
 * Reads the tab-separated modinfo text: `path <pkg>`, `mod <path> <version> [<sum>]`, `dep …` (same
 * columns), `=> <path> <version> <sum>` (replaces the module of the line just before) and `build
 * <key>=<value>`. Lines it cannot use are kept with a reason; empty lines are not lines (Go 1.18 and 1.19
 * write one after every `=>` line).
 */
export function parseModinfo(text: string): ModinfoRecords {
  const state: ParseState = { records: { path: null, mainModule: null, deps: [], settings: [], skipped: [] }, replaceable: null };
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    const problem = readLine(state, line);
    if (problem !== null) state.records.skipped.push({ line: index + 1, reason: problem });
  });
  return state.records;
}

/** Applies one line to the state; returns why it could not be used, or null. */
function readLine(state: ParseState, line: string): string | null {
  const tab = line.indexOf(TAB);
  const keyword = tab < 0 ? line : line.slice(0, tab);
  const rest = tab < 0 ? '' : line.slice(tab + 1);
  const replaceable = state.replaceable;
  state.replaceable = null;
  switch (keyword) {
    case 'path':
      return readPath(state.records, rest);
    case 'mod':
      return readMainModule(state, rest);
    case 'dep':
      return readDependency(state, rest);
    case '=>':
      return readReplacement(replaceable, rest);
    case 'build':
      return readSetting(state.records, rest);
    default:
      return `unknown modinfo line "${keyword.slice(0, 40)}"; expected path, mod, dep, => or build`;
  }
}

function readPath(records: ModinfoRecords, rest: string): string | null {
  if (rest === '') return 'path line without a package path';
  if (records.path !== null) return `second path line (the first said "${records.path}")`;
  records.path = rest;
  return null;
}

function readMainModule(state: ParseState, rest: string): string | null {
  if (state.records.mainModule !== null) return `second mod line (the first said "${state.records.mainModule.path}")`;
  const module = moduleOf(rest.split(TAB), 'mod');
  if (typeof module === 'string') return module;
  state.records.mainModule = module;
  state.replaceable = module;
  return null;
}

function readDependency(state: ParseState, rest: string): string | null {
  const module = moduleOf(rest.split(TAB), 'dep');
  if (typeof module === 'string') return module;
  state.records.deps.push(module);
  state.replaceable = module;
  return null;
}

/** A `mod` or `dep` line's columns: path, version and, for a module with a checksum, its go.sum hash. */
function moduleOf(columns: string[], keyword: string): GoModuleRecord | string {
  const [path, version, sum] = columns;
  if (columns.length < 2 || columns.length > 3 || !path || !version) return `${keyword} line must be "${keyword}<TAB>path<TAB>version[<TAB>sum]"`;
  return { path, version, sum: sum || null };
}

function readReplacement(replaced: GoModuleRecord | null, rest: string): string | null {
  if (replaced === null) return '=> line that does not follow a mod or dep line';
  const columns = rest.split(TAB);
  const [path, version, sum] = columns;
  if (columns.length !== 3 || !path || !version) return '=> line must be "=><TAB>path<TAB>version<TAB>sum"';
  const replacement: GoModuleReplacement = { path, version, sum: sum || null, isDirectory: isDirectoryPath(path) };
  replaced.replacement = replacement;
  return null;
}

/** `key=value`; Go quotes a key or value that holds spaces, tabs, quotes, newlines or (for keys) `=`. */
function readSetting(records: ModinfoRecords, rest: string): string | null {
  const key = rest.startsWith('"') ? readQuoted(rest, 0) : readPlainKey(rest);
  if (typeof key === 'string') return `build line: ${key}`;
  if (rest[key.endIndex] !== '=') return 'build line must be "build<TAB>key=value"';
  const valueStart = key.endIndex + 1;
  if (!rest.startsWith('"', valueStart)) {
    records.settings.push({ key: key.value, value: rest.slice(valueStart) });
    return null;
  }
  const value = readQuoted(rest, valueStart);
  if (typeof value === 'string') return `build line: ${value}`;
  if (value.endIndex !== rest.length) return 'build line has text after its quoted value';
  records.settings.push({ key: key.value, value: value.value });
  return null;
}

function readPlainKey(rest: string): { value: string; endIndex: number } | string {
  const equals = rest.indexOf('=');
  if (equals <= 0) return 'expected "key=value"';
  return { value: rest.slice(0, equals), endIndex: equals };
}

function readQuoted(text: string, start: number): { value: string; endIndex: number } | string {
  const read = readInterpretedString(text, start);
  return read.ok ? { value: read.value, endIndex: read.endIndex } : read.reason;
}
