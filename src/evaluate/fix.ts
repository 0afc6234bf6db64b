import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease } from '../model/release.js';
import type { PolicyName } from '../model/settings.js';
import { compareKubernetesVersions } from '../resolve/kubernetes-version.js';
import { PHRASING_BY_SOURCE } from './fix-phrasing/phrasing-by-source.js';
import { decide, type Floor } from './policy.js';

export const STOP_GAP =
  'Until that is deployed, restart running pods before their token\'s extended expiry (1 year by default, 90 days on EKS, about 1 hour on AKS with the OIDC issuer): a stop-gap, not a fix.';

/**
 * The fix without the stop-gap sentence every fix ends with, for tables that say the stop-gap once
 * beneath them instead of in every row.
 */
export function fixWithoutStopGap(fix: string): string {
  return fix.endsWith(` ${STOP_GAP}`) ? fix.slice(0, -STOP_GAP.length - 1) : fix;
}

export interface FixContext {
  reference: ClientGoReference;
  /** The release being replaced, when known: the upgrade must not go below it. */
  current: ClientGoRelease | null;
  /** The published releases that pass the policy and floor, ascending by Kubernetes version (releasesThatPass). */
  passing: readonly ClientGoRelease[];
}

/** Computed once a scan: which releases a fix may move to depends only on the policy and the floor. */
export function releasesThatPass(published: readonly ClientGoRelease[], policy: PolicyName, floor: Floor | null): ClientGoRelease[] {
  return published.filter((release) => release.tag !== null && decide(release, release.tag, policy, floor).verdict === 'ok');
}

/** The smallest upgrade that passes, as a command to paste, plus the stop-gap. */
export function suggestFix(context: FixContext): string {
  const target = chooseTarget(context);
  if (!target) return `No published client-go release passes this policy and minimum; relax minimum-version. ${STOP_GAP}`;
  const phrase = PHRASING_BY_SOURCE[context.reference.source];
  const change = phrase(context.reference, { release: target, tag: target.tag ?? '', semverAlternative: firstSemverTag(context, target) });
  return `${change} ${STOP_GAP}`;
}

/** A release's place in Kubernetes order: its tagged version, else its line. */
function versionOf(release: ClientGoRelease): string | null {
  return release.kubernetes ?? release.kubernetesLine;
}

function atLeast(release: ClientGoRelease, minimum: string | null): boolean {
  const version = versionOf(release);
  return minimum === null || (version !== null && compareKubernetesVersions(version, minimum) >= 0);
}

function chooseTarget(context: FixContext): ClientGoRelease | null {
  const currentVersion = context.current ? versionOf(context.current) : null;
  const smallest = context.passing.find((release) => atLeast(release, currentVersion));
  if (!smallest) return null;
  return alignWithSiblings(smallest, context) ?? smallest;
}

/** Moving client-go alone below the repository's other k8s.io modules would downgrade or split them. */
function alignWithSiblings(smallest: ClientGoRelease, context: FixContext): ClientGoRelease | null {
  const siblingTags = new Set(context.reference.siblings.map((sibling) => sibling.version));
  const aligned = context.passing.findLast((release) => release.tag !== null && siblingTags.has(release.tag));
  if (!aligned || atLeast(smallest, versionOf(aligned))) return null;
  return aligned;
}

/** kubernetes-1.X.Y tags work with `go get` but most repositories use the v0.X.Y tags. */
function firstSemverTag(context: FixContext, target: ClientGoRelease): string | null {
  if (target.tag?.startsWith('v')) return null;
  const semverTag = context.passing.find((release) => release.tag?.startsWith('v0.') && atLeast(release, versionOf(target)));
  return semverTag?.tag ?? null;
}
