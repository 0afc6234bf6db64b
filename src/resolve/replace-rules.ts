import type { ReplaceDirective } from '../extract/go-mod-records.js';

/** A replace directive together with the file it sits in (a go.mod or the go.work that overrides it). */
export interface LocatedReplace {
  file: string;
  directive: ReplaceDirective;
}

/**
 * Go's rule: a replace naming the exact version wins over a wildcard one (no version on the left);
 * go.work replaces override the module's own for the same module path.
 */
export function findApplicableReplace(
  modulePath: string,
  version: string | null,
  moduleReplaces: readonly LocatedReplace[],
  workspaceReplaces: readonly LocatedReplace[],
): LocatedReplace | null {
  return pickReplace(modulePath, version, workspaceReplaces) ?? pickReplace(modulePath, version, moduleReplaces);
}

function pickReplace(modulePath: string, version: string | null, replaces: readonly LocatedReplace[]): LocatedReplace | null {
  const forPath = replaces.filter((r) => r.directive.old.path === modulePath);
  const exact = forPath.find((r) => version !== null && r.directive.old.version === version);
  if (exact) return exact;
  // Later directives win in Go only as duplicates are errors; take the last wildcard to match `go mod edit`.
  const wildcards = forPath.filter((r) => r.directive.old.version === null);
  return wildcards.at(-1) ?? null;
}
