import type { GoWorkRecords } from './go-mod-records.js';
import { expectValues, readGoVersion, readReplace, readStatements, type DirectiveReader } from './go-mod-directives.js';
import { parseGoModSyntax } from './go-mod-syntax.js';
import type { SyntaxToken } from './syntax-token.js';

/** Everything the gate needs from a go.work text. Never throws: unreadable lines come back in `skipped`. */
export function extractGoWork(text: string): GoWorkRecords {
  const syntax = parseGoModSyntax(text);
  const records: GoWorkRecords = { goVersion: null, uses: [], replaces: [], skipped: [...syntax.skipped] };
  return readStatements(records, syntax.statements, GO_WORK_READERS);
}

/** `use ./dir`: the directory is kept as written, relative to the go.work (callers resolve it). */
const readUse: DirectiveReader<GoWorkRecords> = (records, statement) => {
  const read = expectValues(statement, 1, 'use <directory>');
  if (!read.ok) return read.reason;
  const directory = read.values[0] as SyntaxToken;
  records.uses.push({ directory: directory.text, span: directory.span, line: statement.line });
  return null;
};

const GO_WORK_READERS: Readonly<Record<string, DirectiveReader<GoWorkRecords>>> = {
  go: readGoVersion,
  use: readUse,
  replace: readReplace,
};
