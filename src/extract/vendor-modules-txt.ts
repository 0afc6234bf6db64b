import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import type { VendorModulesRecords, VendoredModule } from './go-mod-records.js';
import { isModuleVersion } from './module-version.js';
import { readReplacement } from './replace-directive.js';
import { whitespaceFields, type SyntaxToken } from './syntax-token.js';
import { controlCharacterReason, splitLines, type TextLine } from './text-lines.js';

interface ReadState {
  records: VendorModulesRecords;
  keepModule: ModuleFilter;
  /** The module the following `##` and package lines belong to; null after a line that was not read. */
  current: VendoredModule | null;
  seenModuleLine: boolean;
}

const MODULE_SHAPE = 'expected "# <module> <version> [=> <replacement> [<version>]]" or "# <module> => <replacement> [<version>]"';

/**
 * Everything the gate needs from vendor/modules.txt (written by `go mod vendor`): one record per `# `
 * module line, with `## explicit` folded in. Package lines only confirm the module; they are not kept.
 * Every line is still checked; only modules `keepModule` turns down are left without a record.
 */
export function extractVendorModulesTxt(text: string, keepModule: ModuleFilter = KEEP_EVERY_MODULE): VendorModulesRecords {
  const state: ReadState = { records: { modules: [], skipped: [] }, keepModule, current: null, seenModuleLine: false };
  for (const line of splitLines(text)) {
    const reason = readLine(state, line);
    if (reason !== null) state.records.skipped.push({ line: line.number, reason });
  }
  return state.records;
}

function readLine(state: ReadState, line: TextLine): string | null {
  if (line.text.trim() === '') return null;
  const controlFault = controlCharacterReason(line.text);
  if (controlFault) return controlFault;
  if (line.text.startsWith('## ') || line.text === '##') return readAnnotations(state, line.text.slice(2));
  if (line.text.startsWith('# ')) return readModuleLine(state, line);
  if (line.text.startsWith('#')) return 'a module line needs a space after "#" (and an annotation after "##")';
  return readPackageLine(state, line);
}

function readModuleLine(state: ReadState, line: TextLine): string | null {
  state.seenModuleLine = true;
  state.current = null;
  const fields = whitespaceFields(line.number, line.text, 2);
  const read = moduleOf(fields, line.number);
  if (typeof read === 'string') return read;
  if (!state.keepModule(read.path, line.number)) return null;
  state.records.modules.push(read);
  state.current = read;
  return null;
}

function moduleOf(fields: SyntaxToken[], line: number): VendoredModule | string {
  const [path, version] = fields;
  if (!path || path.kind !== 'value') return MODULE_SHAPE;
  if (version?.kind === 'value' && !isModuleVersion(version.text)) return `"${version.text}" is not a module version`;
  if (!fields.some((field) => field.kind === 'arrow')) {
    if (fields.length !== 2 || !version) return MODULE_SHAPE;
    return { path: path.text, pathSpan: path.span, version: version.text, versionSpan: version.span, replacement: null, replacementIsDirectory: false, explicit: false, line };
  }
  const replace = readReplacement(fields, line);
  if (!replace.ok) return replace.reason;
  const { old, new: target, newIsDirectory } = replace.directive;
  return { ...old, replacement: target, replacementIsDirectory: newIsDirectory, explicit: false, line };
}

/** `## explicit; go 1.19`: `;`-separated notes on the module above; only `explicit` matters here. */
function readAnnotations(state: ReadState, notes: string): string | null {
  if (!state.current) return state.seenModuleLine ? null : '## line before any module line';
  if (notes.split(';').some((note) => note.trim() === 'explicit')) state.current.explicit = true;
  return null;
}

/** A package of the module above: one path, nothing else on the line. */
function readPackageLine(state: ReadState, line: TextLine): string | null {
  if (whitespaceFields(line.number, line.text).length !== 1) return 'expected a module line ("# …"), a "##" line or a single package path';
  return state.seenModuleLine ? null : 'package line before any module line';
}
