import type { ExcludeDirective, GoModRecords, RequireDirective } from './go-mod-records.js';
import { expectValues, readGoVersion, readReplace, readStatements, type DirectiveReader } from './go-mod-directives.js';
import { parseGoModSyntax, type GoModStatement } from './go-mod-syntax.js';
import type { SyntaxToken } from './syntax-token.js';

/** Everything the gate needs from a go.mod text. Never throws: unreadable lines come back in `skipped`. */
export function extractGoMod(text: string): GoModRecords {
  const syntax = parseGoModSyntax(text);
  const records: GoModRecords = { module: null, goVersion: null, requires: [], replaces: [], excludes: [], skipped: [...syntax.skipped] };
  return readStatements(records, syntax.statements, GO_MOD_READERS);
}

const readModule: DirectiveReader<GoModRecords> = (records, statement) => {
  const read = expectValues(statement, 1, 'module <path>');
  if (!read.ok) return read.reason;
  if (records.module !== null) return `repeated module directive (the first, on line ${records.module.line}, is kept)`;
  records.module = { path: (read.values[0] as SyntaxToken).text, line: statement.line };
  return null;
};

const readRequire: DirectiveReader<GoModRecords> = (records, statement) => {
  const read = expectValues(statement, 2, 'require <module> <version>');
  if (!read.ok) return read.reason;
  records.requires.push({ ...pathAndVersion(read.values), indirect: isIndirectComment(statement.comment), line: statement.line });
  return null;
};

const readExclude: DirectiveReader<GoModRecords> = (records, statement) => {
  const read = expectValues(statement, 2, 'exclude <module> <version>');
  if (!read.ok) return read.reason;
  records.excludes.push({ ...pathAndVersion(read.values), line: statement.line });
  return null;
};

const GO_MOD_READERS: Readonly<Record<string, DirectiveReader<GoModRecords>>> = {
  module: readModule,
  go: readGoVersion,
  require: readRequire,
  replace: readReplace,
  exclude: readExclude,
};

function pathAndVersion(values: SyntaxToken[]): Pick<RequireDirective | ExcludeDirective, 'path' | 'pathSpan' | 'version' | 'versionSpan'> {
  const [path, version] = values as [SyntaxToken, SyntaxToken];
  return { path: path.text, pathSpan: path.span, version: version.text, versionSpan: version.span };
}

/**
 * `// indirect` marks a requirement only the build graph needs. Go also accepts it as the first of several
 * `;`-separated notes (`// indirect; for tests`), and without the space after the slashes.
 */
export function isIndirectComment(comment: GoModStatement['comment']): boolean {
  if (comment === null) return false;
  const trimmed = comment.trim();
  return trimmed === 'indirect' || trimmed.startsWith('indirect;');
}
