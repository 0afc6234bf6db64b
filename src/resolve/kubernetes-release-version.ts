/**
 * Kubernetes programs (kubectl, kube-controller-manager, hyperkube…) are built from the client-go of
 * their own release: Kubernetes v1.13.6 carries client-go kubernetes-1.13.6. These turn a Kubernetes
 * version or a kubernetes/kubernetes git ref into that client-go release, through the same version model.
 */
import type { VersionResolution } from '../model/release.js';
import { resolveClientGoVersion } from './client-go-version.js';
import { compareKubernetesVersions, kubernetesLineOf, listPublishedReleases } from './kubernetes-version.js';

const RELEASE_VERSION = /^v?(1\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/** Lines before this one have no in-cluster reload in any release (domain.md §1.2). */
const FIRST_RELOADING_LINE = '1.12';
/** kubernetes/kubernetes release-1.X ↔ client-go release-(X-3).0 up to 1.17; the same name from 1.18 on. */
const FIRST_SHARED_BRANCH_MINOR = 18;
const FIRST_NUMBERED_BRANCH_MINOR = 5;

/** The client-go tag a Kubernetes release version names ("v1.13.6" → "kubernetes-1.13.6"), or null. */
export function clientGoTagOfKubernetesVersion(text: string): string | null {
  const match = RELEASE_VERSION.exec(text.trim());
  return match ? `kubernetes-${match[1]}` : null;
}

export function resolveKubernetesRelease(text: string): VersionResolution {
  const tag = clientGoTagOfKubernetesVersion(text);
  if (!tag) return { known: false, reason: `"${text}" is not a Kubernetes release version (v1.X.Y)` };
  const resolution = resolveClientGoVersion(tag);
  if (resolution.known) return resolution;
  return readOnceLine(tag.slice('kubernetes-'.length)) ?? resolution;
}

/**
 * Releases before client-go's kubernetes-1.X.Y tags (1.4 … 1.7.5) are still judged: every client-go of
 * a line older than 1.12 reads the token once, so the line's first published release stands for them.
 */
function readOnceLine(version: string): VersionResolution | null {
  const line = kubernetesLineOf(version);
  if (!line || compareKubernetesVersions(line, FIRST_RELOADING_LINE) >= 0) return null;
  const release = listPublishedReleases().find((candidate) => candidate.kubernetesLine === line);
  if (!release) return null;
  const note = `client-go has no kubernetes-${version} tag; every client-go of the ${line} line reads the token once, judged as ${release.tag ?? line}`;
  return { known: true, release: { ...release, kubernetes: version, resolvedBy: 'scheme', note } };
}

/** The client-go version text a kubernetes/kubernetes ref stands for, or a reason it has none. */
export function clientGoVersionOfKubernetesRef(ref: string): { version: string } | { reason: string } {
  const tag = clientGoTagOfKubernetesVersion(ref);
  if (tag) return { version: tag };
  if (ref === 'master' || ref === 'main') return { version: 'master' };
  const branch = /^release-1\.(\d+)$/.exec(ref);
  if (branch) {
    const minor = Number(branch[1]);
    if (minor >= FIRST_SHARED_BRANCH_MINOR) return { version: ref };
    if (minor >= FIRST_NUMBERED_BRANCH_MINOR) return { version: `release-${minor - 3}.0` };
  }
  if (/^[0-9a-fA-F]{7,40}$/.test(ref)) {
    return { reason: `${ref} is a kubernetes/kubernetes commit, and the index holds client-go commits only; check out a release tag (v1.X.Y)` };
  }
  return { reason: `"${ref}" is not a kubernetes/kubernetes release tag or branch` };
}

export function resolveKubernetesRef(ref: string): VersionResolution {
  const target = clientGoVersionOfKubernetesRef(ref);
  if ('reason' in target) return { known: false, reason: target.reason };
  return target.version.startsWith('kubernetes-') ? resolveKubernetesRelease(ref) : resolveClientGoVersion(target.version);
}
