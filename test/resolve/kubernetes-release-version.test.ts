import { clientGoTagOfKubernetesVersion, resolveKubernetesRef, resolveKubernetesRelease } from '../../src/resolve/kubernetes-release-version.js';

const facts = (text: string, resolve = resolveKubernetesRelease) => {
  const resolution = resolve(text);
  return resolution.known
    ? { tag: resolution.release.tag, kubernetes: resolution.release.kubernetes, reloads: resolution.release.reloadsToken }
    : { unknown: resolution.reason };
};

describe('a Kubernetes release is judged by the client-go of that release', () => {
  it.each([
    ['v1.13.6', { tag: 'kubernetes-1.13.6', kubernetes: '1.13.6', reloads: false }],
    ['1.14.1', { tag: 'kubernetes-1.14.1', kubernetes: '1.14.1', reloads: false }],
    ['v1.14.3', { tag: 'kubernetes-1.14.3', kubernetes: '1.14.3', reloads: true }],
    ['v1.13.0', { tag: 'kubernetes-1.13.0', kubernetes: '1.13.0', reloads: true }],
    ['v1.30.0', { tag: 'kubernetes-1.30.0', kubernetes: '1.30.0', reloads: true }],
    ['v1.15.0-beta.0', { tag: 'kubernetes-1.15.0-beta.0', kubernetes: '1.15.0-beta.0', reloads: false }],
  ])('%s', (version, expected) => {
    expect(facts(version)).toEqual(expected);
  });

  it('a release older than client-go\'s kubernetes-1.X.Y tags is judged by its line, which never reloads', () => {
    const resolution = resolveKubernetesRelease('v1.7.3');
    expect(resolution).toMatchObject({ known: true, release: { tag: 'v4.0.0', kubernetes: '1.7.3', reloadsToken: false } });
    expect(resolution.known && resolution.release.note).toMatch(/no kubernetes-1\.7\.3 tag; every client-go of the 1\.7 line reads the token once/);
  });

  it('a release newer than the index reloads, as every release from 1.15.0 on', () => {
    expect(facts('v1.99.0')).toEqual({ tag: null, kubernetes: '1.99.0', reloads: true });
  });

  it('refuses what is not a release version', () => {
    expect(facts('v2.0.0')).toEqual({ unknown: '"v2.0.0" is not a Kubernetes release version (v1.X.Y)' });
    expect(clientGoTagOfKubernetesVersion('latest')).toBeNull();
    expect(clientGoTagOfKubernetesVersion('v1.13.6')).toBe('kubernetes-1.13.6');
  });
});

describe('kubernetes/kubernetes git refs', () => {
  it('maps tags, release branches (release-1.13 is client-go release-10.0) and master', () => {
    expect(facts('v1.13.6', resolveKubernetesRef)).toEqual({ tag: 'kubernetes-1.13.6', kubernetes: '1.13.6', reloads: false });
    expect(resolveKubernetesRef('release-1.13')).toMatchObject({ known: true, release: { kubernetesLine: '1.13', resolvedBy: 'branch', reloadsToken: true } });
    expect(resolveKubernetesRef('release-1.20')).toMatchObject({ known: true, release: { kubernetesLine: '1.20', resolvedBy: 'branch' } });
    expect(resolveKubernetesRef('master')).toMatchObject({ known: true, release: { resolvedBy: 'branch', reloadsToken: true } });
  });

  it('a kubernetes/kubernetes commit cannot be looked up in the client-go index', () => {
    expect(facts('abcdef1234567', resolveKubernetesRef)).toEqual({
      unknown: 'abcdef1234567 is a kubernetes/kubernetes commit, and the index holds client-go commits only; check out a release tag (v1.X.Y)',
    });
  });
});
