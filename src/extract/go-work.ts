import type { GoWorkRecords } from './go-mod-records.js';
import {
  expectCount,
  goString,
  KEEP_EVERY_MODULE,
  readGoModText,
  readGoVersion,
  readLaterDirective,
  readReplace,
  type DirectiveReader,
  type DirectiveRules,
  type ModuleFilter,
} from './go-mod-directives.js';
import type { GoModToken } from './go-mod-lexer.js';

/**
 * Everything the gate needs from a go.work text, read as Go's `modfile.ParseWork`. Never throws. Every
 * `use` is kept; replaces only of modules `keepModule` accepts.
 */
export function extractGoWork(text: string, keepModule: ModuleFilter = KEEP_EVERY_MODULE): GoWorkRecords {
  const { keepModule: _keep, ...read } = readGoModText<GoWorkReading>(text, { goVersion: null, uses: [], replaces: [], skipped: [], keepModule }, GO_WORK_RULES);
  return read;
}

type GoWorkReading = GoWorkRecords & { keepModule: ModuleFilter };

/** `use ./dir`: the directory is kept as written, relative to the go.work (callers resolve it). */
const readUse: DirectiveReader<GoWorkReading> = (records, statement) => {
  const usage = expectCount(statement, 1, 'usage: use local/dir');
  if (usage) return usage;
  const token = statement.args[0] as GoModToken;
  const directory = goString(token);
  if (!directory.ok) return directory.reason;
  records.uses.push({ directory: directory.value, span: token.span, line: statement.line });
  return null;
};

const GO_WORK_RULES: DirectiveRules<GoWorkReading> = {
  readers: { go: readGoVersion, use: readUse, replace: readReplace, toolchain: readLaterDirective, godebug: readLaterDirective },
  blockVerbs: new Set(['use', 'replace', 'godebug']),
};
