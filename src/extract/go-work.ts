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

/** Which `use` directories (as written) a reading keeps; every line is still checked as Go checks it. */
export type UseFilter = (directory: string) => boolean;

const KEEP_EVERY_USE: UseFilter = () => true;

/**
 * Everything the gate needs from a go.work text, read as Go's `modfile.ParseWork`. Never throws. Keeps the
 * uses `keepUse` accepts and the replaces of modules `keepModule` accepts.
 */
export function extractGoWork(text: string, keepModule: ModuleFilter = KEEP_EVERY_MODULE, keepUse: UseFilter = KEEP_EVERY_USE): GoWorkRecords {
  const { keepModule: _keep, keepUse: _keepUse, ...read } = readGoModText<GoWorkReading>(
    text,
    { goVersion: null, uses: [], replaces: [], skipped: [], keepModule, keepUse },
    GO_WORK_RULES,
  );
  return read;
}

type GoWorkReading = GoWorkRecords & { keepModule: ModuleFilter; keepUse: UseFilter };

/** `use ./dir`: the directory is kept as written, relative to the go.work (callers resolve it). */
const readUse: DirectiveReader<GoWorkReading> = (records, statement) => {
  const usage = expectCount(statement, 1, 'usage: use local/dir');
  if (usage) return usage;
  const token = statement.args[0] as GoModToken;
  const directory = goString(token);
  if (!directory.ok) return directory.reason;
  if (records.keepUse(directory.value)) records.uses.push({ directory: directory.value, span: token.span, line: statement.line });
  return null;
};

const GO_WORK_RULES: DirectiveRules<GoWorkReading> = {
  readers: { go: readGoVersion, use: readUse, replace: readReplace, toolchain: readLaterDirective, godebug: readLaterDirective },
  blockVerbs: new Set(['use', 'replace', 'godebug']),
};
