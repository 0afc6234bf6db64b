import type { Finding } from '../model/finding.js';
import { compareKubernetesVersions } from '../resolve/kubernetes-version.js';

/** How a pull request changed a client-go reference, compared with its base commit. */
export type BaselineStatus = 'new' | 'worsened' | 'existing';

export interface BaselineComparison {
  /** One status per head finding, in the order given. */
  statuses: BaselineStatus[];
  /** Base findings that failed and no longer do, or are gone. */
  fixed: Finding[];
}

/** A reference keeps its identity when lines move: the same file, format and module. */
function identityOf(finding: Finding): string {
  return `${finding.file}\u0000${finding.source}\u0000${finding.module}`;
}

const FAILING = new Set<Finding['verdict']>(['outdated', 'unknown']);

export function compareWithBaseline(head: readonly Finding[], base: readonly Finding[]): BaselineComparison {
  const unmatchedBase = new Map<string, Finding[]>();
  for (const finding of base) {
    const key = identityOf(finding);
    unmatchedBase.set(key, [...(unmatchedBase.get(key) ?? []), finding]);
  }
  const failingVersions = new Set(base.filter((finding) => FAILING.has(finding.verdict)).map((finding) => finding.effective ?? finding.declared));
  const statuses = head.map((finding) => {
    const candidates = unmatchedBase.get(identityOf(finding)) ?? [];
    const before = candidates.shift();
    if (before) return statusAgainst(finding, before);
    // A binary is built in the run, so the base has none to compare with: it counts as existing when the
    // base branch already used the same failing client-go version somewhere.
    return finding.source === 'go-binary' && failingVersions.has(finding.effective ?? finding.declared) ? 'existing' : 'new';
  });
  const headKeys = new Map<string, Finding[]>();
  for (const finding of head) headKeys.set(identityOf(finding), [...(headKeys.get(identityOf(finding)) ?? []), finding]);
  const fixed = base.filter((finding) => FAILING.has(finding.verdict) && !stillFailing(finding, headKeys));
  return { statuses, fixed };
}

function stillFailing(baseFinding: Finding, head: Map<string, Finding[]>): boolean {
  return (head.get(identityOf(baseFinding)) ?? []).some((finding) => FAILING.has(finding.verdict));
}

/** A reference that already failed stays `existing` unless the pull request moved it to an older release. */
function statusAgainst(after: Finding, before: Finding): BaselineStatus {
  if (!FAILING.has(after.verdict)) return 'existing';
  if (!FAILING.has(before.verdict)) return 'worsened';
  return isOlder(after, before) ? 'worsened' : 'existing';
}

function isOlder(after: Finding, before: Finding): boolean {
  const [a, b] = [after.kubernetes ?? after.kubernetesLine, before.kubernetes ?? before.kubernetesLine];
  // Without a version on both sides there is no "older": the reference stays existing.
  return a !== null && b !== null && compareKubernetesVersions(a, b) < 0;
}
