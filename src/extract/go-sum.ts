import type { GoSumEntry, GoSumRecords } from './go-mod-records.js';
import { isModuleVersion } from './module-version.js';
import { spanOnLine, whitespaceFields, type SyntaxToken } from './syntax-token.js';
import { controlCharacterReason, splitLines, type TextLine } from './text-lines.js';

const GO_MOD_SUFFIX = '/go.mod';
/** `h1:` is the only hash Go writes today; other `hN:` prefixes are future algorithms, still well formed. */
const HASH = /^h\d+:\S+$/;

export interface GoSumOptions {
  /**
   * Read only lines that contain this text (a module path). A go.sum lists every module of the build, and
   * a caller that wants one module should not pay for tokenising, validating and keeping all the others.
   */
  onlyLinesContaining?: string;
}

/** Every `<module> <version>[/go.mod] <hash>` line of a go.sum. Never throws: bad lines are skipped. */
export function extractGoSum(text: string, options: GoSumOptions = {}): GoSumRecords {
  const records: GoSumRecords = { entries: [], skipped: [] };
  const wanted = options.onlyLinesContaining;
  for (const line of splitLines(text)) {
    if (line.text.trim() === '' || (wanted !== undefined && !line.text.includes(wanted))) continue;
    const read = entryOf(line);
    if (typeof read === 'string') records.skipped.push({ line: line.number, reason: read });
    else records.entries.push(read);
  }
  return records;
}

function entryOf(line: TextLine): GoSumEntry | string {
  const controlFault = controlCharacterReason(line.text);
  if (controlFault) return controlFault;
  const fields = whitespaceFields(line.number, line.text);
  const [path, versionField, hash] = fields;
  if (fields.length !== 3 || !path || !versionField || !hash) return 'expected "<module> <version>[/go.mod] <hash>"';
  if (!HASH.test(hash.text)) return `"${hash.text}" is not a go.sum hash (h1:…)`;
  const goModOnly = versionField.text.endsWith(GO_MOD_SUFFIX);
  const version = goModOnly ? versionField.text.slice(0, -GO_MOD_SUFFIX.length) : versionField.text;
  if (!isModuleVersion(version)) return `"${version}" is not a module version`;
  return { path: path.text, version, versionSpan: versionSpanOf(versionField, version), goModOnly, line: line.number };
}

/** The span of the version alone: a `/go.mod` suffix is part of the field but not of the version. */
function versionSpanOf(field: SyntaxToken, version: string): GoSumEntry['versionSpan'] {
  const start = field.span.column - 1;
  return spanOnLine(field.span.line, start, start + version.length);
}
