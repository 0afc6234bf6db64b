/**
 * Turns any client-go version text (tag, Go pseudo-version, branch, commit) into a judged release.
 * Pseudo-versions and commits are judged by their hash only: publishing-bot cherry-picks keep old
 * dates and the semver base of a pseudo-version says nothing about Kubernetes (domain.md §0.4, §2.4).
 */
import type { ClientGoRelease, ResolvedBy, VersionResolution } from '../model/release.js';
import {
  classReloads,
  findBranch,
  findTag,
  indexSource,
  listCommits,
  listTags,
  lookupCommit,
  mechanismOf,
  tagsAtCommit,
  type IndexedCommit,
  type IndexedTag,
} from './client-go-index.js';
import {
  compareKubernetesVersions,
  isInvalidTagName,
  isPublishedRelease,
  kubernetesLineOf,
  kubernetesVersionOfTag,
  kubernetesVersionOfTagName,
  tagSchemeOf,
} from './kubernetes-version.js';

/** Go's go.mod placeholder for "whatever the replace directive says". */
const ZERO_PLACEHOLDER = 'v0.0.0-00010101000000-000000000000';

/** Form 1: vX.0.0-ts-hash. */
const PSEUDO_NO_BASE = /^v\d+\.0\.0-(\d{14})-([0-9a-fA-F]{12})(\+incompatible)?$/;
/** Form 2: vX.Y.(Z+1)-0.ts-hash; form 3: vX.Y.Z-pre.0.ts-hash. */
const PSEUDO_WITH_BASE = /^v\d+\.\d+\.\d+-(?:[0-9A-Za-z.-]+\.)?0\.(\d{14})-([0-9a-fA-F]{12})(\+incompatible)?$/;
const SEMVER_TAG = /^(v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?)(\+incompatible)?$/;
const KUBERNETES_TAG = /^kubernetes-1\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
const BRANCH_NAME = /^(?:master|release-\d+\.\d+)$/;
const HEX = /^[0-9a-fA-F]+$/;

/** Every client-go code from Kubernetes 1.15.0 on re-reads the token (domain.md §1.2). */
const FIRST_ALWAYS_RELOADING = '1.15.0';

type Resolver = (value: string) => VersionResolution | null;

const RESOLVERS: Resolver[] = [
  resolveZeroPlaceholder,
  resolvePseudoVersion,
  resolveBranch,
  resolveKubernetesTag,
  resolveSemverTag,
  resolveBareCommit,
];

export function resolveClientGoVersion(raw: string): VersionResolution {
  const value = raw.trim();
  if (value === '') return unknown('the client-go version is empty');
  for (const resolve of RESOLVERS) {
    const resolution = resolve(value);
    if (resolution) return resolution;
  }
  return unknown(`"${raw}" is not a client-go version, tag, branch or commit`);
}

function unknown(reason: string): VersionResolution {
  return { known: false, reason };
}

// ---------------------------------------------------------------------------
// Forms of version text.

function resolveZeroPlaceholder(value: string): VersionResolution | null {
  if (value !== ZERO_PLACEHOLDER) return null;
  return unknown(
    `${ZERO_PLACEHOLDER} is a placeholder, not a client-go version: the replace directive decides what is built`,
  );
}

function resolvePseudoVersion(value: string): VersionResolution | null {
  const match = PSEUDO_NO_BASE.exec(value) ?? PSEUDO_WITH_BASE.exec(value);
  if (!match) return null;
  const [, timestamp = '', hash = ''] = match;
  const lookup = lookupCommit(hash);
  if (!lookup.found) return unknown((lookup.problem === 'not-found' ? describeNewerThanIndex(value) : null) ?? lookup.reason);
  const { commit } = lookup;
  const notes: string[] = [];
  if (commit.timestamp !== timestamp) {
    notes.push(`the pseudo-version time ${timestamp} is not the commit time ${commit.timestamp} of ${commit.commit}`);
    notes.push('judged by the hash');
  }
  return known(releaseAtCommit(commit, 'commit', notes));
}

function resolveBranch(value: string): VersionResolution | null {
  if (!BRANCH_NAME.test(value)) return null;
  const branch = findBranch(value);
  if (!branch) return unknown(`kubernetes/client-go has no branch ${value}`);
  const { head } = indexSource();
  const note =
    `${value} is a branch, judged at its tip ${branch.tip.commit} as indexed (client-go master ${head}); ` +
    'a branch moves';
  return known(releaseAtCommit(branch.tip, 'branch', [note]));
}

function resolveKubernetesTag(value: string): VersionResolution | null {
  if (!value.startsWith('kubernetes-')) return null;
  const tag = findTag(value);
  if (tag) return known(releaseOfTag(tag, 'tag', []));
  const match = KUBERNETES_TAG.exec(value);
  if (!match) return unknown(`kubernetes/client-go has no tag ${value}`);
  const [, minor, patch, prerelease] = match;
  const v0Name = `v0.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
  const v0Tag = findTag(v0Name);
  if (v0Tag) {
    const note = `${value} is not a published tag; judged as ${v0Name}, the same code`;
    return known(releaseOfTag(v0Tag, 'scheme', [note]));
  }
  const version = kubernetesVersionOfTagName(value) ?? '';
  return resolveBeyondIndex(value, version) ?? unknown(`kubernetes/client-go has no tag ${value}`);
}

function resolveSemverTag(value: string): VersionResolution | null {
  const match = SEMVER_TAG.exec(value);
  if (!match) return null;
  const [, name = '', major = '', minor = '', patch = '', prerelease, incompatible] = match;
  const notes = incompatibleNotes(name, Number(major), incompatible !== undefined);
  const tag = findTag(name);
  if (tag) return known(releaseOfTag(tag, 'tag', notes));
  if (major !== '0') return unknown(missingOldTagReason(value, Number(major), Number(minor)));
  const version = `1.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
  const twin = findTag(`kubernetes-${version}`);
  if (twin) {
    return known(releaseOfTag(twin, 'scheme', [...notes, unpublishedV0Note(name, twin.name, Number(minor))]));
  }
  return (
    resolveBeyondIndex(value, version, notes) ??
    unknown(`${name} is not a client-go tag, and there is no kubernetes-${version} tag either`)
  );
}

function resolveBareCommit(value: string): VersionResolution | null {
  if (!HEX.test(value)) return null;
  if (value.length < 12) {
    return unknown(`"${value}" is too short to name a client-go commit; at least 12 hex digits are needed`);
  }
  const lookup = lookupCommit(value);
  if (!lookup.found) return unknown(lookup.reason);
  return known(releaseAtCommit(lookup.commit, 'commit', []));
}

// ---------------------------------------------------------------------------
// Notes and reasons.

function incompatibleNotes(name: string, major: number, incompatible: boolean): string[] {
  if (!incompatible) return [];
  if (major < 2) return [`+incompatible does not apply to a v${major} version; ignored`];
  // v12.0.0 has a go.mod (kubernetes/kubernetes#84372), so Go 1.13+ rejects v12.0.0+incompatible.
  if (major < 12) return [];
  return [`${name} has a go.mod, so Go 1.13 and later reject ${name}+incompatible; judged as ${name}`];
}

function missingOldTagReason(value: string, major: number, minor: number): string {
  if (major >= 13) {
    return `kubernetes/client-go has no tag ${value}: the vN.0.0 scheme ended with v12.0.0, later releases are v0.X.Y`;
  }
  if (major === 1 && minor >= 6) {
    return (
      `kubernetes/client-go has no tag ${value}; it reads like a Kubernetes version, which client-go ` +
      'publishes as kubernetes-1.X.Y tags (and v0.X.Y from 1.15.7 on)'
    );
  }
  return `kubernetes/client-go has no tag ${value}`;
}

function unpublishedV0Note(name: string, twinName: string, minor: number): string {
  const first = listTags().find(
    (t) => tagSchemeOf(t.name) === 'v0' && t.kubernetesLine === `1.${minor}` && isPublishedRelease(t),
  );
  const firstText = first ? ` (the first v0.${minor}.x tag is ${first.name})` : '';
  return (
    `${name} is not a published tag${firstText}; ` +
    `judged as ${twinName}, the same code by the v0.X.Y = kubernetes-1.X.Y scheme`
  );
}

/** Notes a tag's own story needs, whatever way it was reached. */
function tagNotes(tag: IndexedTag): string[] {
  if (tag.lineLabel === '(retraction-only)') {
    return [`${tag.name} is a retraction-only release (2021) that holds the old release-1.5 code`];
  }
  if (tag.lineLabel === '1.4*') return [`client-go ${tag.name} carries Kubernetes 1.4 features (client-go README)`];
  if (isInvalidTagName(tag.name)) {
    return [`${tag.name} is a withdrawn "-invalid" tag, judged by its own code (${tag.commit.commit})`];
  }
  return [];
}

// ---------------------------------------------------------------------------
// Beyond the index: v0.X.Y / kubernetes-1.X.Y newer than every tag the index knows.

/**
 * A release newer than the index cannot be looked up, but every client-go from Kubernetes 1.15.0 on
 * reloads, so a version past the newest tag of its line (or past every line) is judged by that rule.
 */
function resolveBeyondIndex(value: string, version: string, notes: string[] = []): VersionResolution | null {
  const line = kubernetesLineOf(version);
  if (!line || compareKubernetesVersions(version, FIRST_ALWAYS_RELOADING) < 0) return null;
  const newest = newestTaggedVersion(line);
  if (!newest || compareKubernetesVersions(version, newest.version) <= 0) return null;
  const { head } = indexSource();
  return known({
    kubernetes: version,
    kubernetesLine: line,
    reloadsToken: true,
    tokenFileReloads: true,
    mechanism: 'bearer-token-file',
    tag: null,
    commit: null,
    resolvedBy: 'scheme',
    note: [
      ...notes,
      `${value} is newer than the index (newest known tag ${newest.name}, client-go master ${head}); ` +
        `every client-go from Kubernetes ${FIRST_ALWAYS_RELOADING} on re-reads the token`,
    ].join('; '),
  });
}

/**
 * The Kubernetes version a version's name states when the index cannot judge the text itself: a
 * kubernetes-1.X.Y or v0.X.Y name (k8s.io/api and the other staging modules share the scheme), or the tag a
 * pseudo-version is based on (v0.30.1-0.… comes after v0.30.0). A vN.0.0 name counts only as the index knows
 * it (v10.0.0 is Kubernetes 1.13, older than v0.15.x); a v0.0.0-… pseudo-version states nothing.
 */
export function statedKubernetesVersion(raw: string): string | null {
  const value = raw.trim().replace(/\+incompatible$/, '');
  const name = isPseudoVersion(value) ? pseudoVersionBase(value) : value;
  if (name === null) return null;
  const stated = kubernetesVersionOfTagName(name);
  if (stated !== null) return stated;
  const tag = findTag(name);
  return tag ? kubernetesVersionOfTag(tag) : null;
}

/** A Go pseudo-version: code after the tag it is based on (if any), named by commit time and hash. */
export function isPseudoVersion(raw: string): boolean {
  const value = raw.trim();
  return PSEUDO_NO_BASE.test(value) || PSEUDO_WITH_BASE.test(value);
}

/** Form 2 vX.Y.(Z+1)-0.ts-hash is based on vX.Y.Z; form 3 vX.Y.Z-pre.0.ts-hash on vX.Y.Z-pre; form 1 on nothing. */
function pseudoVersionBase(value: string): string | null {
  const afterRelease = /^v(\d+)\.(\d+)\.(\d+)-0\.\d{14}-[0-9a-fA-F]{12}$/.exec(value);
  if (afterRelease) {
    const [, major, minor, patch] = afterRelease;
    return Number(patch) > 0 ? `v${major}.${minor}.${Number(patch) - 1}` : null;
  }
  const afterPrerelease = /^(v\d+\.\d+\.\d+-[0-9A-Za-z.-]+?)\.0\.\d{14}-[0-9a-fA-F]{12}$/.exec(value);
  return afterPrerelease?.[1] ?? null;
}

/**
 * Says so when version text names code newer than this index: a pseudo-version whose commit is not indexed
 * and is dated after every indexed commit, or a release past the newest indexed tag of its line. Null otherwise.
 * Such text is not judged a fork, and a fix must not move it to an older release.
 */
export function describeNewerThanIndex(raw: string): string | null {
  const value = raw.trim();
  const { head } = indexSource();
  const pseudo = PSEUDO_NO_BASE.exec(value) ?? PSEUDO_WITH_BASE.exec(value);
  if (pseudo) {
    const [, timestamp = '', hash = ''] = pseudo;
    const newest = newestCommitTimestamp();
    if (!lookupCommit(hash).found && timestamp > newest) {
      return (
        `${value} names commit ${hash.toLowerCase()} of ${dateOf(timestamp)}, newer than every commit in the commit index of ` +
        `this release of the gate (up to ${dateOf(newest)}, client-go master ${head})`
      );
    }
  }
  const stated = statedKubernetesVersion(value);
  const line = stated === null ? null : kubernetesLineOf(stated);
  const newestTag = line === null ? null : newestTaggedVersion(line);
  if (stated === null || !newestTag || compareKubernetesVersions(stated, newestTag.version) <= 0) return null;
  return `${value} (Kubernetes ${stated}) is newer than the commit index of this release of the gate (newest known tag ${newestTag.name}, client-go master ${head})`;
}

function newestCommitTimestamp(): string {
  return listCommits().at(-1)?.timestamp ?? indexSource().timestamp;
}

/** yyyymmddhhmmss → yyyy-mm-dd. */
function dateOf(timestamp: string): string {
  return `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`;
}

interface NewestTag {
  name: string;
  version: string;
}

let newestTags: { overall: NewestTag | null; byLine: Map<string, NewestTag> } | undefined;

/** Newest tagged Kubernetes version in the line, or in the whole index when the line has no tag yet. */
function newestTaggedVersion(line: string): NewestTag | null {
  newestTags ??= findNewestTags();
  return newestTags.byLine.get(line) ?? newestTags.overall;
}

function findNewestTags(): { overall: NewestTag | null; byLine: Map<string, NewestTag> } {
  let overall: NewestTag | null = null;
  const byLine = new Map<string, NewestTag>();
  const newer = (candidate: NewestTag, current: NewestTag | null | undefined): boolean =>
    !current || compareKubernetesVersions(candidate.version, current.version) > 0;
  for (const tag of listTags()) {
    const version = kubernetesVersionOfTagName(tag.name);
    if (!version) continue;
    const candidate = { name: tag.name, version };
    if (newer(candidate, overall)) overall = candidate;
    if (newer(candidate, byLine.get(tag.kubernetesLine))) byLine.set(tag.kubernetesLine, candidate);
  }
  return { overall, byLine };
}

// ---------------------------------------------------------------------------
// Building the release.

function known(release: ClientGoRelease): VersionResolution {
  return { known: true, release };
}

/** Judged by a tag the text named (or that the v0.X.Y scheme pointed to). */
function releaseOfTag(tag: IndexedTag, resolvedBy: ResolvedBy, notes: string[]): ClientGoRelease {
  // A version the text states wins over other tags on the same commit (kubernetes-1.8.5 is also 1.8.6).
  const stated = kubernetesVersionOfTagName(tag.name);
  // vN.0.0 names state no Kubernetes version, so the best tag on their commit names them (v11.0.0 → 1.14.0).
  const namesItself = stated !== null || isInvalidTagName(tag.name);
  const shown = namesItself ? kubernetesTwin(tag) : (canonicalTagAt(tag.commit) ?? tag);
  return buildRelease({
    commit: tag.commit,
    tag: shown,
    kubernetes: stated ?? kubernetesVersionOfTag(shown),
    resolvedBy,
    notes: [...notes, ...tagNotes(tag)],
  });
}

/** Judged by a commit (pseudo-version, bare hash, branch tip): described by the best tag on it, if any. */
function releaseAtCommit(commit: IndexedCommit, resolvedBy: ResolvedBy, notes: string[]): ClientGoRelease {
  const shown = canonicalTagAt(commit) ?? null;
  return buildRelease({
    commit,
    tag: shown,
    kubernetes: shown ? kubernetesVersionOfTag(shown) : null,
    resolvedBy,
    notes: shown ? [...notes, ...tagNotes(shown), ...sameCodeNote(commit, shown)] : notes,
  });
}

interface ReleaseParts {
  commit: IndexedCommit;
  /** The tag that names the code in the report; its line wins over the commit's lowest line. */
  tag: IndexedTag | null;
  kubernetes: string | null;
  resolvedBy: ResolvedBy;
  notes: string[];
}

function buildRelease({ commit, tag, kubernetes, resolvedBy, notes }: ReleaseParts): ClientGoRelease {
  const release: ClientGoRelease = {
    kubernetes,
    kubernetesLine: tag?.kubernetesLine ?? commit.kubernetesLine,
    reloadsToken: classReloads(commit.inCluster),
    tokenFileReloads: classReloads(commit.kubeconfig),
    mechanism: mechanismOf(commit.inCluster),
    tag: tag?.name ?? null,
    commit: commit.commit,
    resolvedBy,
  };
  if (notes.length > 0) release.note = notes.join('; ');
  return release;
}

/** The kubernetes-1.X.Y name of a v0.X.Y tag (same commit), which the model prefers; else the tag. */
function kubernetesTwin(tag: IndexedTag): IndexedTag {
  if (tagSchemeOf(tag.name) !== 'v0') return tag;
  const twin = findTag(tag.name.replace(/^v0\./, 'kubernetes-1.'));
  return twin && twin.commit === tag.commit ? twin : tag;
}

const SCHEME_PREFERENCE = { kubernetes: 0, v0: 1, 'semver-major': 2 } as const;

/**
 * The tag that best describes a commit: a release before a pre-release, kubernetes-1.X.Y before v0.X.Y
 * before vN.0.0, and the lowest version when one code was tagged as several patches (kubernetes-1.13.10
 * and 1.13.11): the release that first shipped the code, as domain.md names it; a note names the others.
 */
function canonicalTagAt(commit: IndexedCommit): IndexedTag | undefined {
  const candidates = tagsAtCommit(commit).filter((t) => !isInvalidTagName(t.name));
  return [...candidates].sort(
    (a, b) =>
      Number(isPublishedRelease(b)) - Number(isPublishedRelease(a)) ||
      SCHEME_PREFERENCE[tagSchemeOf(a.name)] - SCHEME_PREFERENCE[tagSchemeOf(b.name)] ||
      compareTagVersions(a, b),
  )[0];
}

function compareTagVersions(a: IndexedTag, b: IndexedTag): number {
  const [x, y] = [kubernetesVersionOfTagName(a.name), kubernetesVersionOfTagName(b.name)];
  return x && y ? compareKubernetesVersions(x, y) : 0;
}

function sameCodeNote(commit: IndexedCommit, shown: IndexedTag): string[] {
  if (tagSchemeOf(shown.name) !== 'kubernetes') return [];
  const others = tagsAtCommit(commit).filter(
    (t) => t !== shown && isPublishedRelease(t) && tagSchemeOf(t.name) === 'kubernetes',
  );
  if (others.length === 0) return [];
  return [`the same code is also tagged ${others.map((t) => t.name).join(', ')}`];
}
