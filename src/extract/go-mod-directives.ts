import type { SkippedLine } from '../model/diagnostic.js';
import { isDirectoryPath } from './directory-path.js';
import type { GoModToken } from './go-mod-lexer.js';
import { modulePathMajor, pathMajorMismatch } from './go-module-path-major.js';
import type { ModuleVersionToken, ReplaceDirective } from './go-mod-records.js';
import { parseGoModSyntax, type GoModStatement } from './go-mod-syntax.js';
import { canonicalModuleVersion } from './go-semver.js';

/** Reads one statement into the records; returns why Go refuses it, or null when it was used or ignored. */
export type DirectiveReader<Records> = (records: Records, statement: GoModStatement) => string | null;

/** The directives one file format knows, and the verbs that may open a block. */
export interface DirectiveRules<Records> {
  readers: Readonly<Record<string, DirectiveReader<Records>>>;
  blockVerbs: ReadonlySet<string>;
}

/**
 * Which module paths a reading keeps records for. Every line is still checked as Go checks it (a refused
 * line elsewhere still refuses the file); only the records of other modules are dropped, so a file of a
 * million requirements costs no memory for them.
 */
export type ModuleFilter = (modulePath: string, line: number) => boolean;

export const KEEP_EVERY_MODULE: ModuleFilter = () => true;

/** Directives Go added after 1.19 (toolchain, godebug, tool, ignore): read without error and left out. */
export const readLaterDirective: DirectiveReader<unknown> = () => null;

/** Past this many, further faults are counted in one last entry: a hostile file cannot fill memory with them. */
const MAX_SKIPPED_LINES = 100;

/**
 * Reads a go.mod or go.work text with Go's grammar and the format's directive rules. Every entry of
 * `skipped` is a reason Go refuses the whole file; the readable rest is still read.
 */
export function readGoModText<Records extends { skipped: SkippedLine[] }>(text: string, records: Records, rules: DirectiveRules<Records>): Records {
  const ignoredBlocks = new Set<number>();
  let faults = 0;
  let lastFaultLine = 0;
  const fault = (line: number, reason: string | (() => string)): void => {
    faults += 1;
    lastFaultLine = Math.max(lastFaultLine, line);
    if (records.skipped.length < MAX_SKIPPED_LINES) records.skipped.push({ line, reason: typeof reason === 'string' ? reason : reason() });
  };
  parseGoModSyntax(text, {
    fault,
    block(header, line) {
      const verb = header[0]?.raw ?? '';
      if (header.length > 1 || !rules.blockVerbs.has(verb)) {
        fault(line, `unknown block type: ${header.map((token) => token.raw).join(' ')}`);
        ignoredBlocks.add(line);
      }
    },
    statement(statement) {
      if (statement.blockLine !== null && ignoredBlocks.has(statement.blockLine)) return;
      const reader = Object.hasOwn(rules.readers, statement.verb) ? rules.readers[statement.verb] : undefined;
      const reason = reader ? reader(records, statement) : `unknown directive: ${statement.verb}`;
      if (reason !== null) fault(statement.line, reason);
    },
  });
  records.skipped.sort((a, b) => a.line - b.line);
  if (faults > records.skipped.length) {
    records.skipped.push({ line: lastFaultLine, reason: `and ${faults - records.skipped.length} more lines Go refuses, not listed` });
  }
  return records;
}

export type StringRead = { ok: true; value: string } | { ok: false; reason: string };

/** Go's parseString: the token's value, or why Go refuses it as a path or version. */
export function goString(token: GoModToken): StringRead {
  return token.stringError === null ? { ok: true, value: token.text } : { ok: false, reason: `${token.stringError}: ${token.raw}` };
}

/** Null when the statement has exactly `count` arguments (of any kind, as Go counts them), else `usage`. */
export function expectCount(statement: GoModStatement, count: number, usage: `usage: ${string}`): string | null {
  return statement.argCount === count ? null : usage;
}

/**
 * A path and version (`require`, `exclude`, the left of a `replace`) as Go checks them: the path's major
 * suffix must be well formed and agree with the version. A version that is no semantic version (a branch,
 * a commit) is Go's version fixer's business, so it is kept for the resolver rather than refused here.
 */
export function readModuleVersion(pathToken: GoModToken, versionToken: GoModToken | undefined): { ok: true; value: ModuleVersionToken } | { ok: false; reason: string } {
  const path = goString(pathToken);
  if (!path.ok) return path;
  const version = versionToken ? goString(versionToken) : null;
  if (version && !version.ok) return { ok: false, reason: `invalid version: ${version.reason}` };
  const major = modulePathMajor(path.value);
  if (major === null) return { ok: false, reason: `${path.value}: invalid module path` };
  const canonical = version ? canonicalModuleVersion(version.value) : '';
  const mismatch = canonical ? pathMajorMismatch(canonical, major) : null;
  if (mismatch !== null) return { ok: false, reason: `${path.value}: ${mismatch}` };
  return {
    ok: true,
    value: { path: path.value, pathSpan: pathToken.span, version: version?.value ?? null, versionSpan: versionToken?.span ?? null },
  };
}

/** `go 1.21` (and the 1.21.0 / 1.21rc1 forms later Go accepts): the first one counts; Go refuses a second. */
const GO_VERSION = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;

export const readGoVersion: DirectiveReader<{ goVersion: string | null }> = (records, statement) => {
  if (records.goVersion !== null) return 'repeated go statement';
  if (statement.argCount !== 1) return 'go directive expects exactly one argument';
  const raw = (statement.args[0] as GoModToken).raw;
  if (!GO_VERSION.test(raw)) return `invalid go version '${raw}': must match format 1.23`;
  records.goVersion = raw;
  return null;
};

const REPLACE_USAGE = 'replace module/path [v1.2.3] => other/module v1.4 or replace module/path [v1.2.3] => ../local/directory';

/** Go's parseReplace, shared by go.mod and go.work. */
export const readReplace: DirectiveReader<{ replaces: ReplaceDirective[]; keepModule: ModuleFilter }> = (records, statement) => {
  const { args, argCount } = statement;
  const arrow = argCount >= 2 && args[1]?.kind === 'arrow' ? 1 : 2;
  if (argCount < arrow + 2 || argCount > arrow + 3 || args[arrow]?.kind !== 'arrow') return `usage: ${REPLACE_USAGE}`;
  const old = readModuleVersion(args[0] as GoModToken, arrow === 2 ? args[1] : undefined);
  if (!old.ok) return old.reason;
  const target = goString(args[arrow + 1] as GoModToken);
  if (!target.ok) return target.reason;
  const newIsDirectory = isDirectoryPath(target.value);
  const versionToken = argCount === arrow + 3 ? (args[arrow + 2] as GoModToken) : null;
  if (versionToken === null && !newIsDirectory) return 'replacement module without version must be directory path (rooted or starting with ./ or ../)';
  const version = versionToken ? goString(versionToken) : null;
  if (version && !version.ok) return `invalid version: ${version.reason}`;
  if (version && newIsDirectory) return `replacement module directory path "${target.value}" cannot have version`;
  if (records.keepModule(old.value.path, statement.line)) records.replaces.push({
    old: old.value,
    new: { path: target.value, pathSpan: (args[arrow + 1] as GoModToken).span, version: version?.value ?? null, versionSpan: versionToken?.span ?? null },
    newIsDirectory,
    line: statement.line,
  });
  // Go on Windows builds with it, Go elsewhere refuses the file: kept, and reported as a refusal.
  if (versionToken === null && target.value.includes('\\')) return 'replacement directory appears to be Windows path (Go refuses it on a non-Windows system)';
  return null;
};
