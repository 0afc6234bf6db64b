import type { GoWorkRecords } from './go-mod-records.js';
import { expectCount, goString, readGoModText, readGoVersion, readLaterDirective, readReplace, type DirectiveReader, type DirectiveRules } from './go-mod-directives.js';
import type { GoModToken } from './go-mod-lexer.js';

/** Everything the gate needs from a go.work text, read as Go's `modfile.ParseWork`. Never throws. */
export function extractGoWork(text: string): GoWorkRecords {
  return readGoModText(text, { goVersion: null, uses: [], replaces: [], skipped: [] }, GO_WORK_RULES);
}

/** `use ./dir`: the directory is kept as written, relative to the go.work (callers resolve it). */
const readUse: DirectiveReader<GoWorkRecords> = (records, statement) => {
  const usage = expectCount(statement, 1, 'use local/dir');
  if (usage) return usage;
  const token = statement.args[0] as GoModToken;
  const directory = goString(token);
  if (!directory.ok) return directory.reason;
  records.uses.push({ directory: directory.value, span: token.span, line: statement.line });
  return null;
};

const GO_WORK_RULES: DirectiveRules<GoWorkRecords> = {
  readers: { go: readGoVersion, use: readUse, replace: readReplace, toolchain: readLaterDirective, godebug: readLaterDirective },
  blockVerbs: new Set(['use', 'replace', 'godebug']),
};
