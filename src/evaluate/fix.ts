import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease } from '../model/release.js';
import type { PolicyName } from '../model/settings.js';
import { describeNewerThanIndex, isPseudoVersion, resolveClientGoVersion, statedKubernetesVersion } from '../resolve/client-go-version.js';
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
  /** This gate, named when its commit index is too old to name a target. */
  tool: { name: string; version: string };
}

/** Computed once a scan: which releases a fix may move to depends only on the policy and the floor. */
export function releasesThatPass(published: readonly ClientGoRelease[], policy: PolicyName, floor: Floor | null): ClientGoRelease[] {
  return published.filter((release) => release.tag !== null && decide(release, release.tag, policy, floor).verdict === 'ok');
}

/** What a fix can propose: a release to move to, nothing (none passes), or updating the gate whose index is too old. */
export type FixTargetChoice =
  | { kind: 'release'; release: ClientGoRelease }
  | { kind: 'none' }
  | { kind: 'newer-than-index'; module: string; why: string };

/** The smallest upgrade that passes, as a command to paste, plus the stop-gap. */
export function suggestFix(context: FixContext): string {
  const choice = chooseFixTarget(context);
  switch (choice.kind) {
    case 'newer-than-index':
      return (
        `${choice.module} ${choice.why}: update ${context.tool.name} (this is ${context.tool.version}) to a newer release, whose index can judge it; ` +
        `do not move ${choice.module} to an older release for this finding.`
      );
    case 'none':
      return (
        `No client-go release in the commit index of ${context.tool.name} ${context.tool.version} passes this policy and minimum at or above the version in use; ` +
        `relax minimum-version, or update the action to a release with a newer index. ${STOP_GAP}`
      );
    case 'release': {
      const { release } = choice;
      const phrase = PHRASING_BY_SOURCE[context.reference.source];
      const change = phrase(context.reference, { release, tag: release.tag ?? '', semverAlternative: firstSemverTag(context, release) });
      return `${change} ${STOP_GAP}`;
    }
  }
}

/** A version the fix must not go below, and the text that states it. */
interface LowerBound {
  module: string;
  text: string;
  /** In Kubernetes order; null when the text states no version (a fork commit, a v0.0.0-… pseudo-version). */
  version: string | null;
  /** A pseudo-version is code after the tag it is based on: moving back to that tag is a downgrade too. */
  after: boolean;
}

type VersionedBound = LowerBound & { version: string };

/**
 * The one place a fix target is picked, for every phrasing: the smallest passing release at or above
 * everything the reference names (what is built, what is declared, the k8s.io modules the command moves
 * along), so a fix never proposes a downgrade. Versions compare in Kubernetes order, never by semver:
 * v10.0.0+incompatible is Kubernetes 1.13, older than v0.15.7.
 */
export function chooseFixTarget(context: FixContext): FixTargetChoice {
  const bounds = lowerBoundsOf(context);
  const unstated = bounds.find((bound) => bound.version === null && describeNewerThanIndex(bound.text) !== null);
  if (unstated) return newerThanIndex(unstated);
  const highest = highestBound(bounds);
  const smallest = context.passing.find((release) => !highest || isAbove(release, highest));
  if (smallest) return { kind: 'release', release: alignWithSiblings(smallest, context) ?? smallest };
  return highest && describeNewerThanIndex(highest.text) !== null ? newerThanIndex(highest) : { kind: 'none' };
}

function newerThanIndex(bound: LowerBound): FixTargetChoice {
  return { kind: 'newer-than-index', module: bound.module, why: describeNewerThanIndex(bound.text) ?? '' };
}

function lowerBoundsOf({ reference, current }: FixContext): LowerBound[] {
  const effective = reference.effective ?? reference.declared ?? '';
  const bounds: LowerBound[] = [current ? { module: reference.module, text: effective, version: versionOf(current), after: false } : statedBound(reference.module, effective)];
  if (reference.declared !== null && reference.declared !== effective) bounds.push(declaredBound(reference.module, reference.declared));
  for (const sibling of reference.siblings) bounds.push(statedBound(sibling.path, sibling.version));
  return bounds;
}

/** What the text's name says, for text the index cannot judge (and for the other k8s.io modules, never in it). */
function statedBound(module: string, text: string): LowerBound {
  return { module, text, version: statedKubernetesVersion(text), after: isPseudoVersion(text) };
}

/**
 * A replace can build an older client-go than the require line asks for; the fix must not lower the require.
 * A branch (dep's `branch = "release-11.0"`) moves, so it states no version to stay above.
 */
function declaredBound(module: string, declared: string): LowerBound {
  const resolution = resolveClientGoVersion(declared);
  if (!resolution.known) return statedBound(module, declared);
  return { module, text: declared, version: resolution.release.resolvedBy === 'branch' ? null : versionOf(resolution.release), after: false };
}

/** The bound that decides: the highest version; of equal ones, the one that must be passed, not met. */
function highestBound(bounds: readonly LowerBound[]): VersionedBound | null {
  let highest: VersionedBound | null = null;
  for (const bound of bounds) {
    if (bound.version === null) continue;
    const order = highest ? compareKubernetesVersions(bound.version, highest.version) : 1;
    if (order > 0 || (order === 0 && bound.after)) highest = { ...bound, version: bound.version };
  }
  return highest;
}

function isAbove(release: ClientGoRelease, bound: VersionedBound): boolean {
  const version = versionOf(release);
  if (version === null) return false;
  const order = compareKubernetesVersions(version, bound.version);
  return bound.after ? order > 0 : order >= 0;
}

/** A release's place in Kubernetes order: its tagged version, else its line. */
function versionOf(release: ClientGoRelease): string | null {
  return release.kubernetes ?? release.kubernetesLine;
}

function atLeast(release: ClientGoRelease, minimum: string | null): boolean {
  const version = versionOf(release);
  return minimum === null || (version !== null && compareKubernetesVersions(version, minimum) >= 0);
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
