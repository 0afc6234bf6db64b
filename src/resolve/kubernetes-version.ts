/**
 * Kubernetes versions and lines as the index writes them: "1.14.0", "1.15.0-beta.0", "1.14" (a line)
 * and "1.37-dev" (unreleased master code of that line).
 */
import type { ClientGoRelease } from '../model/release.js';
import { classReloads, listTags, mechanismOf, tagsAtCommit, type IndexedTag } from './client-go-index.js';

export interface KubernetesVersion {
  major: number;
  minor: number;
  /** null for a bare line ("1.14") or a development line ("1.37-dev"). */
  patch: number | null;
  /** Pre-release identifiers ("beta", "0"); empty for a release. */
  prerelease: string[];
  /** "1.37-dev": code on master after the newest release branch. */
  dev: boolean;
}

const VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?|(-dev))?$/;

export function parseKubernetesVersion(text: string): KubernetesVersion | null {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, major = '', minor = '', patch, prerelease, dev] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: patch === undefined ? null : Number(patch),
    prerelease: prerelease ? prerelease.split('.') : [],
    dev: dev !== undefined,
  };
}

function requireVersion(text: string): KubernetesVersion {
  const parsed = parseKubernetesVersion(text);
  if (!parsed) throw new Error(`"${text}" is not a Kubernetes version or line`);
  return parsed;
}

/**
 * Orders versions and lines. A line is where it starts ("1.14" = "1.14.0"); a "-dev" line is older than
 * anything tagged in that line, because master code sits before the line's first release; pre-releases
 * come before their release (1.15.0-beta.0 < 1.15.0). Throws on text that is not a version.
 */
export function compareKubernetesVersions(a: string, b: string): number {
  const [x, y] = [requireVersion(a), requireVersion(b)];
  return (
    x.major - y.major ||
    x.minor - y.minor ||
    (x.patch ?? 0) - (y.patch ?? 0) ||
    stageRank(x) - stageRank(y) ||
    comparePrerelease(x.prerelease, y.prerelease)
  );
}

function stageRank(version: KubernetesVersion): number {
  if (version.dev) return 0;
  return version.prerelease.length > 0 ? 1 : 2;
}

/** Semver precedence of pre-release identifiers: numbers numerically, below words; words by ASCII. */
function comparePrerelease(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const [xNumber, yNumber] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (xNumber && yNumber && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    if (!xNumber && x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** "1.14.3" → "1.14"; "1.37-dev" stays as it is; null for text that is not a version. */
export function kubernetesLineOf(text: string): string | null {
  const parsed = parseKubernetesVersion(text);
  if (!parsed) return null;
  return `${parsed.major}.${parsed.minor}${parsed.dev ? '-dev' : ''}`;
}

export function isKubernetesPrerelease(text: string): boolean {
  const parsed = parseKubernetesVersion(text);
  return parsed !== null && (parsed.dev || parsed.prerelease.length > 0);
}

/** A tag re-made after a bad first tagging ("kubernetes-1.12.0-invalid"); its code is not the release. */
export function isInvalidTagName(name: string): boolean {
  return name.endsWith('-invalid');
}

/**
 * The Kubernetes version a tag name states: kubernetes-1.X.Y and v0.X.Y (same code, same version) give
 * "1.X.Y" with any pre-release suffix; old vN.0.0 names and "-invalid" tags state none.
 */
export function kubernetesVersionOfTagName(name: string): string | null {
  if (isInvalidTagName(name)) return null;
  const match = /^(?:kubernetes-1|v0)\.(\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(name);
  return match ? `1.${match[1]}` : null;
}

export type TagScheme = 'kubernetes' | 'v0' | 'semver-major';

export function tagSchemeOf(name: string): TagScheme {
  if (name.startsWith('kubernetes-')) return 'kubernetes';
  if (name.startsWith('v0.')) return 'v0';
  return 'semver-major';
}

/**
 * Kubernetes version of a tag's code: what the name states, or for vN.0.0 the kubernetes-1.X.Y
 * release tagged on the same commit (v11.0.0 → 1.14.0). v1.x–v4.0.0 have none.
 */
export function kubernetesVersionOfTag(tag: IndexedTag): string | null {
  const stated = kubernetesVersionOfTagName(tag.name);
  if (stated || tagSchemeOf(tag.name) !== 'semver-major' || isInvalidTagName(tag.name)) return stated;
  const twin = tagsAtCommit(tag.commit).find(
    (other) => tagSchemeOf(other.name) === 'kubernetes' && isPublishedRelease(other),
  );
  return twin ? kubernetesVersionOfTagName(twin.name) : null;
}

/** Not a pre-release and not an "-invalid" re-tag. */
export function isPublishedRelease(tag: IndexedTag): boolean {
  if (isInvalidTagName(tag.name)) return false;
  return !/^(?:kubernetes-|v)\d+\.\d+\.\d+-/.test(tag.name);
}

let publishedReleases: ClientGoRelease[] | undefined;

/**
 * Every published release (no pre-releases, no "-invalid" tags), ascending by Kubernetes version.
 * Tags that name the same version on the same commit (v0.20.4 + kubernetes-1.20.4, v11.0.0 +
 * kubernetes-1.14.0) make one entry, named by v0.X.Y when it exists, else kubernetes-1.X.Y, because
 * that is what a go.mod should ask for.
 */
export function listPublishedReleases(): ClientGoRelease[] {
  publishedReleases ??= buildPublishedReleases();
  return publishedReleases.map((release) => ({ ...release }));
}

const NAMING_PREFERENCE: Record<TagScheme, number> = { v0: 0, kubernetes: 1, 'semver-major': 2 };

function buildPublishedReleases(): ClientGoRelease[] {
  const chosen = new Map<string, IndexedTag>();
  for (const tag of listTags().filter(isPublishedRelease)) {
    const key = `${kubernetesVersionOfTag(tag) ?? tag.name}@${tag.commit.commit}`;
    const current = chosen.get(key);
    if (!current || NAMING_PREFERENCE[tagSchemeOf(tag.name)] < NAMING_PREFERENCE[tagSchemeOf(current.name)]) {
      chosen.set(key, tag);
    }
  }
  const listingOrder = new Map(listTags().map((tag, i) => [tag, i]));
  // Old tags without a Kubernetes patch version (v1.4.0 … v4.0.0) sort at the start of their line.
  const sortKey = (tag: IndexedTag): string => kubernetesVersionOfTag(tag) ?? tag.kubernetesLine;
  return [...chosen.values()]
    .sort(
      (a, b) =>
        compareKubernetesVersions(sortKey(a), sortKey(b)) || (listingOrder.get(a) ?? 0) - (listingOrder.get(b) ?? 0),
    )
    .map(publishedRelease);
}

function publishedRelease(tag: IndexedTag): ClientGoRelease {
  return {
    kubernetes: kubernetesVersionOfTag(tag),
    kubernetesLine: tag.kubernetesLine,
    reloadsToken: classReloads(tag.commit.inCluster),
    tokenFileReloads: classReloads(tag.commit.kubeconfig),
    mechanism: mechanismOf(tag.commit.inCluster),
    tag: tag.name,
    commit: tag.commit.commit,
    resolvedBy: 'tag',
  };
}
