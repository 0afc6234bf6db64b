import { dockerfileFix } from '../../src/evaluate/fix-phrasing/dockerfile-fix.js';
import type { FixTarget } from '../../src/evaluate/fix-phrasing/fix-target.js';
import type { ClientGoReference } from '../../src/model/reference.js';
import type { VersionSite } from '../../src/model/version-site.js';
import { listPublishedReleases } from '../../src/resolve/kubernetes-version.js';

const release = listPublishedReleases().find((candidate) => candidate.tag === 'kubernetes-1.14.3');
if (!release) throw new Error('kubernetes-1.14.3 is not in the index');
const target: FixTarget = { release, tag: 'kubernetes-1.14.3', semverAlternative: 'v0.15.7' };

function reference(site: VersionSite, module = 'kubectl'): ClientGoReference {
  return {
    source: 'Dockerfile',
    at: { file: 'Dockerfile', line: 2, column: 1, endLine: 2, endColumn: 2 },
    module,
    declared: site.version,
    effective: null,
    effectiveModule: 'k8s.io/client-go',
    indirect: false,
    inferred: false,
    related: [],
    siblings: [],
    notes: [],
    versionSite: site,
  };
}

const url = 'https://dl.k8s.io/release/v1.13.6/bin/linux/amd64/kubectl';
const urlSite: VersionSite = { carrier: 'release-url', scheme: 'kubernetes', line: 6, context: url, version: 'v1.13.6' };

describe('dockerfileFix', () => {
  it('names the ARG, keeping the literal text around the variable (v${KUBE_VERSION})', () => {
    const site: VersionSite = { ...urlSite, variable: { keyword: 'ARG', name: 'KUBE_VERSION', line: 2, holds: { start: 1, end: 7 } } };
    expect(dockerfileFix(reference(site), target)).toBe('Set ARG KUBE_VERSION on line 2 to 1.14.3 or later; it sets the version used on line 6.');
  });

  it('names the build arg when one supplied the version', () => {
    const site: VersionSite = { ...urlSite, buildArg: 'KUBECTL_VERSION', variable: { keyword: 'ARG', name: 'KUBECTL_VERSION', line: 2, holds: { start: 0, end: 7 } } };
    expect(dockerfileFix(reference(site), target)).toBe('Pass KUBECTL_VERSION=v1.14.3 or later as the build arg (docker-build-args here, --build-arg to docker build); it sets the version used on line 6.');
  });

  it('rewrites the URL and the image at their use', () => {
    expect(dockerfileFix(reference(urlSite), target)).toBe('Download `https://dl.k8s.io/release/v1.14.3/bin/linux/amd64/kubectl` or a later release instead (line 6).');
    const image: VersionSite = { carrier: 'image-tag', scheme: 'kubernetes', line: 1, context: 'k8s.gcr.io/kube-proxy:v1.13.6', version: 'v1.13.6' };
    expect(dockerfileFix(reference(image, 'k8s.gcr.io/kube-proxy'), target)).toBe(
      'Use registry.k8s.io/kube-proxy:v1.14.3 or later on line 1 (registry.k8s.io serves the images k8s.gcr.io and gcr.io/google-containers froze).',
    );
  });

  it('a client-go module version keeps its package path and offers the semantic-version tag', () => {
    const site: VersionSite = { carrier: 'module-version', scheme: 'client-go', line: 4, context: 'k8s.io/client-go/kubernetes@v10.0.0', version: 'v10.0.0' };
    expect(dockerfileFix(reference(site, 'k8s.io/client-go'), target)).toBe(
      'Change `k8s.io/client-go/kubernetes@v10.0.0` on line 4 to `k8s.io/client-go/kubernetes@kubernetes-1.14.3` (or, with semantic-version tags, v0.15.7).',
    );
  });
});
