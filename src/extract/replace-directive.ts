import type { ModuleVersionToken, ReplaceDirective } from './go-mod-records.js';
import { isDirectoryPath } from './directory-path.js';
import type { SyntaxToken } from './syntax-token.js';

export type ReplaceRead = { ok: true; directive: ReplaceDirective } | { ok: false; reason: string };

const SHAPE = 'expected "old [version] => new [version]"';

/**
 * Reads `old [version] => new [version]`, the shape shared by go.mod and go.work replace directives and by
 * vendor/modules.txt module lines. A right side without a version must be a directory, and a directory
 * cannot carry a version: Go rejects both, so neither is guessed at here.
 */
export function readReplacement(tokens: readonly SyntaxToken[], line: number): ReplaceRead {
  const arrowIndex = tokens.findIndex((token) => token.kind === 'arrow');
  if (arrowIndex !== 1 && arrowIndex !== 2) return { ok: false, reason: arrowIndex < 0 ? `missing =>; ${SHAPE}` : SHAPE };
  const left = tokens.slice(0, arrowIndex);
  const right = tokens.slice(arrowIndex + 1);
  if (right.length < 1 || right.length > 2 || [...left, ...right].some((token) => token.kind !== 'value')) {
    return { ok: false, reason: SHAPE };
  }
  const target = moduleVersionOf(right);
  const newIsDirectory = isDirectoryPath(target.path);
  if (target.version === null && !newIsDirectory) {
    return { ok: false, reason: `replacement "${target.path}" has no version, so it must be a directory (./, ../, / or a drive letter)` };
  }
  if (target.version !== null && newIsDirectory) {
    return { ok: false, reason: `replacement directory "${target.path}" cannot have a version` };
  }
  return { ok: true, directive: { old: moduleVersionOf(left), new: target, newIsDirectory, line } };
}

/** A path token and an optional version token (the caller has checked there are one or two). */
export function moduleVersionOf(tokens: readonly SyntaxToken[]): ModuleVersionToken {
  const [path, version] = tokens as [SyntaxToken, SyntaxToken?];
  return {
    path: path.text,
    pathSpan: path.span,
    version: version?.text ?? null,
    versionSpan: version?.span ?? null,
  };
}
