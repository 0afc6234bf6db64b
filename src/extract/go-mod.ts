import type { GoModRecords } from './go-mod-records.js';
import {
  expectCount,
  goString,
  readGoModText,
  readGoVersion,
  readLaterDirective,
  readModuleVersion,
  readReplace,
  KEEP_EVERY_MODULE,
  type DirectiveReader,
  type DirectiveRules,
  type ModuleFilter,
} from './go-mod-directives.js';
import type { GoModToken } from './go-mod-lexer.js';
import type { GoModStatement } from './go-mod-syntax.js';

/**
 * Everything the gate needs from a go.mod text, read as Go 1.19's `modfile.Parse` reads it (later Go's
 * extra directives allowed). Never throws: each reason Go would refuse the file comes back in `skipped`.
 * Requires, excludes and replaces come back only for modules `keepModule` accepts (the pipeline keeps the
 * Kubernetes ones; the differential test against Go keeps all).
 */
export function extractGoMod(text: string, keepModule: ModuleFilter = KEEP_EVERY_MODULE): GoModRecords {
  const records: GoModReading = { module: null, goVersion: null, requires: [], replaces: [], excludes: [], skipped: [], moduleSeen: false, keepModule };
  const { moduleSeen: _seen, keepModule: _keep, ...read } = readGoModText(text, records, GO_MOD_RULES);
  return read;
}

type GoModReading = GoModRecords & { moduleSeen: boolean; keepModule: ModuleFilter };

const readModule: DirectiveReader<GoModReading> = (records, statement) => {
  // Go counts a module directive as seen even when its argument is refused.
  if (records.moduleSeen) return 'repeated module statement';
  records.moduleSeen = true;
  const usage = expectCount(statement, 1, 'usage: module module/path');
  if (usage) return usage;
  const path = goString(statement.args[0] as GoModToken);
  if (!path.ok) return path.reason;
  records.module = { path: path.value, line: statement.line };
  return null;
};

function requirementReader(verb: 'require' | 'exclude'): DirectiveReader<GoModReading> {
  const usageText = `usage: ${verb} module/path v1.2.3` as const;
  return (records, statement) => {
    const usage = expectCount(statement, 2, usageText);
    if (usage) return usage;
    const read = readModuleVersion(statement.args[0] as GoModToken, statement.args[1] as GoModToken);
    if (!read.ok) return read.reason;
    const { path, pathSpan, version, versionSpan } = read.value;
    if (version === null || versionSpan === null) return usageText;
    if (!records.keepModule(path, statement.line)) return null;
    if (verb === 'require') records.requires.push({ path, pathSpan, version, versionSpan, indirect: isIndirectComment(statement.comment), line: statement.line });
    else records.excludes.push({ path, pathSpan, version, versionSpan, line: statement.line });
    return null;
  };
}

/** retract `v` or `[low, high]`: read for its syntax only (Go checks nothing more without a version fixer). */
const readRetract: DirectiveReader<GoModReading> = (_records, statement) => {
  const { args, argCount } = statement;
  if (argCount === 0 || args[0]?.raw === '(') return "expected '[' or version";
  let consumed: number;
  if (args[0]?.raw !== '[') {
    const version = goString(args[0] as GoModToken);
    if (!version.ok) return `invalid version: ${version.reason}`;
    consumed = 1;
  } else {
    const problem = intervalProblem(args, argCount);
    if (problem) return problem;
    consumed = 5;
  }
  return argCount > consumed ? `unexpected token after version: ${JSON.stringify(args[consumed]?.raw ?? '')}` : null;
};

function intervalProblem(args: readonly GoModToken[], argCount: number): string | null {
  const expected: [number, string][] = [[1, 'version after \'[\''], [2, "',' after version"], [3, "version after ','"], [4, "']' after version"]];
  for (const [index, what] of expected) {
    if (argCount <= index) return `expected ${what}`;
    const token = args[index] as GoModToken;
    if (index === 2 && token.raw !== ',') return `expected ${what}`;
    if (index === 4 && token.raw !== ']') return `expected ${what}`;
    if (index === 1 || index === 3) {
      const version = goString(token);
      if (!version.ok) return `invalid version: ${version.reason}`;
    }
  }
  return null;
}

const GO_MOD_RULES: DirectiveRules<GoModReading> = {
  readers: {
    module: readModule,
    go: readGoVersion,
    require: requirementReader('require'),
    exclude: requirementReader('exclude'),
    replace: readReplace,
    retract: readRetract,
    toolchain: readLaterDirective,
    godebug: readLaterDirective,
    tool: readLaterDirective,
    ignore: readLaterDirective,
  },
  blockVerbs: new Set(['module', 'require', 'exclude', 'replace', 'retract', 'godebug', 'tool', 'ignore']),
};

/** Go's strings.Fields: split at Unicode white space (not at U+FEFF, which JavaScript's \s includes). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/;

/**
 * `// indirect` marks a requirement only the build graph needs. Go also accepts it as the first of several
 * `;`-separated notes (`// indirect; for tests`), and without the space after the slashes.
 */
export function isIndirectComment(comment: GoModStatement['comment']): boolean {
  if (comment === null) return false;
  const fields = comment.split(GO_SPACE).filter((field) => field !== '');
  return (fields.length === 1 && fields[0] === 'indirect') || (fields.length > 1 && fields[0] === 'indirect;');
}
