import type { ClientGoRelease, VersionResolution } from '../../src/model/release.js';
import { describeNewerThanIndex, isPseudoVersion, resolveClientGoVersion, statedKubernetesVersion } from '../../src/resolve/client-go-version.js';

function release(raw: string): ClientGoRelease {
  const resolution = resolveClientGoVersion(raw);
  if (!resolution.known) throw new Error(`${raw} did not resolve: ${resolution.reason}`);
  return resolution.release;
}

function reason(raw: string): string {
  const resolution: VersionResolution = resolveClientGoVersion(raw);
  if (resolution.known) throw new Error(`${raw} resolved unexpectedly to ${JSON.stringify(resolution.release)}`);
  return resolution.reason;
}

describe('old-scheme tags (vN.0.0, go.mod writes +incompatible)', () => {
  it('v10.0.0+incompatible is Kubernetes 1.13.0 and reloads through the wrapped transport', () => {
    expect(release('v10.0.0+incompatible')).toEqual({
      kubernetes: '1.13.0',
      kubernetesLine: '1.13',
      reloadsToken: true,
      tokenFileReloads: true,
      mechanism: 'wrap-transport',
      tag: 'kubernetes-1.13.0',
      commit: 'e64494209f55',
      resolvedBy: 'tag',
    });
  });

  it('v11.0.0+incompatible is Kubernetes 1.14.0 and does NOT reload (BearerTokenFile dropped)', () => {
    expect(release('v11.0.0+incompatible')).toMatchObject({
      kubernetes: '1.14.0',
      kubernetesLine: '1.14',
      reloadsToken: false,
      tokenFileReloads: false,
      mechanism: 'bearer-token-file-dropped',
      commit: '6ee68ca5fd83',
    });
  });

  it('v9.0.0 is Kubernetes 1.12.0 and reloads in-cluster, not from a kubeconfig tokenFile', () => {
    expect(release('v9.0.0')).toMatchObject({
      kubernetes: '1.12.0',
      reloadsToken: true,
      tokenFileReloads: false,
      mechanism: 'wrap-transport',
      commit: '1638f8970cef',
    });
  });

  it('v12.0.0 is Kubernetes 1.15.0 and reloads', () => {
    expect(release('v12.0.0')).toMatchObject({
      kubernetes: '1.15.0',
      reloadsToken: true,
      mechanism: 'bearer-token-file',
      tag: 'kubernetes-1.15.0',
    });
  });

  it('notes that v12.0.0+incompatible is not valid for modern Go but still judges it', () => {
    expect(release('v12.0.0+incompatible')).toMatchObject({ kubernetes: '1.15.0', note: expect.stringContaining('go.mod') });
  });

  it('judges v9.0.0-invalid by its own (different) commit, without a Kubernetes release', () => {
    expect(release('v9.0.0-invalid')).toMatchObject({
      kubernetes: null,
      kubernetesLine: '1.12',
      reloadsToken: true,
      commit: 'fc239b820367',
      tag: 'v9.0.0-invalid',
      note: expect.stringContaining('withdrawn'),
    });
  });

  it('has no patch-level Kubernetes version for v1.x to v4.0.0', () => {
    expect(release('v1.4.0')).toMatchObject({ kubernetes: null, kubernetesLine: '1.4', mechanism: 'pre-1.6-layout' });
    expect(release('v1.5.1')).toMatchObject({ kubernetes: null, kubernetesLine: '1.4', note: expect.stringContaining('1.4 features') });
    expect(release('v1.5.2')).toMatchObject({ kubernetesLine: '1.4', note: expect.stringContaining('retraction-only') });
    expect(release('v2.0.0')).toMatchObject({ kubernetes: null, kubernetesLine: '1.5', mechanism: 'read-once' });
    expect(release('v4.0.0+incompatible')).toMatchObject({ kubernetes: null, kubernetesLine: '1.7', tag: 'v4.0.0' });
  });

  it('maps the remaining vN.0.0 to their kubernetes-1.X.0 twins', () => {
    expect(release('v5.0.1').kubernetes).toBe('1.8.1');
    expect(release('v6.0.0').kubernetes).toBe('1.9.0');
    expect(release('v7.0.0').kubernetes).toBe('1.10.0');
    expect(release('v8.0.0').kubernetes).toBe('1.11.0');
  });

  it('does not invent tags that never existed', () => {
    expect(reason('v1.12.0')).toContain('no tag v1.12.0');
    expect(reason('v13.0.0')).toContain('no tag v13.0.0');
    expect(reason('v11.0.1+incompatible')).toContain('no tag');
    expect(reason('v2.0.0-alpha.0')).toContain('no tag');
  });
});

describe('Go pseudo-versions resolve by hash only', () => {
  it('v0.0.0-20190620085101-78d2af792bab is kubernetes-1.15.0 and reloads', () => {
    expect(release('v0.0.0-20190620085101-78d2af792bab')).toMatchObject({
      kubernetes: '1.15.0',
      tag: 'kubernetes-1.15.0',
      reloadsToken: true,
      resolvedBy: 'commit',
    });
  });

  it('a v2.0.0-alpha.0 based pseudo-version of v11.0.0 is 1.14.0 and does not reload', () => {
    expect(release('v2.0.0-alpha.0.0.20190313235726-6ee68ca5fd83+incompatible')).toMatchObject({
      kubernetes: '1.14.0',
      reloadsToken: false,
      resolvedBy: 'commit',
    });
  });

  it('a vX.Y.(Z+1)-0 pseudo-version on the release-3.0 tip is the 1.6 line', () => {
    expect(release('v3.0.1-0.20170829130306-a95edf803628+incompatible')).toMatchObject({
      kubernetes: null,
      kubernetesLine: '1.6',
      reloadsToken: false,
      commit: 'a95edf803628',
    });
  });

  it('a release-7.0 commit is the 1.10 line whatever its v0.0.0 base says', () => {
    expect(release('v0.0.0-20180817174322-745ca8300397')).toMatchObject({ kubernetesLine: '1.10', reloadsToken: false });
  });

  it('a master commit between #71713 and #77613 does not reload, one after does', () => {
    expect(release('v0.0.0-20181204230332-77c598ed240d')).toMatchObject({ reloadsToken: false, mechanism: 'bearer-token-file-dropped' });
    expect(release('v0.0.0-20190515063710-7b18d6600f6b')).toMatchObject({ reloadsToken: true, mechanism: 'bearer-token-file' });
  });

  it('judges by the hash and notes it when the timestamp does not match the commit', () => {
    const judged = release('v0.0.0-20200101000000-78d2af792bab');
    expect(judged).toMatchObject({ kubernetes: '1.15.0', reloadsToken: true });
    expect(judged.note).toContain('20190620085101');
  });

  it('puts no note on a pseudo-version whose timestamp matches', () => {
    expect(release('v0.0.0-20190620085101-78d2af792bab').note).toBeUndefined();
  });

  it('says a hash outside client-go may be a fork', () => {
    expect(reason('v0.0.0-20190101000000-0123456789ab')).toContain('commit 0123456789ab is not in kubernetes/client-go (a fork?)');
    expect(reason('v2.0.0-alpha.0.0.20190101000000-abcdefabcdef+incompatible')).toContain('(a fork?)');
  });

  it('leaves the zero placeholder to the replace directive', () => {
    const text = reason('v0.0.0-00010101000000-000000000000');
    expect(text).toContain('placeholder');
    expect(text).toContain('replace');
  });
});

describe('bare commits', () => {
  it('ee6c071a42cf is the 1.13 line (kubernetes-1.13.10, also tagged 1.13.11) and reloads', () => {
    expect(release('ee6c071a42cf')).toMatchObject({
      kubernetesLine: '1.13',
      kubernetes: '1.13.10',
      tag: 'kubernetes-1.13.10',
      reloadsToken: true,
      resolvedBy: 'commit',
      note: 'the same code is also tagged kubernetes-1.13.11',
    });
  });

  it('accepts 40 hex digits', () => {
    expect(release('6ee68ca5fd8355d024d02f9db0b3b667e8357a0f')).toMatchObject({ commit: '6ee68ca5fd83', kubernetes: '1.14.0' });
  });

  it('refuses fewer than 12 hex digits', () => {
    expect(reason('ee6c071')).toContain('at least 12');
  });
});

describe('kubernetes-1.X.Y tags', () => {
  it('the 1.13.7 backport of #77613 reloads, 1.13.6 does not', () => {
    expect(release('kubernetes-1.13.7')).toMatchObject({ kubernetes: '1.13.7', reloadsToken: true, resolvedBy: 'tag' });
    expect(release('kubernetes-1.13.6')).toMatchObject({ kubernetes: '1.13.6', reloadsToken: false });
  });

  it('kubernetes-1.14.3 reloads', () => {
    expect(release('kubernetes-1.14.3')).toMatchObject({ kubernetes: '1.14.3', kubernetesLine: '1.14', reloadsToken: true });
  });

  it('parses pre-releases and keeps their version', () => {
    expect(release('kubernetes-1.15.0-beta.0')).toMatchObject({
      kubernetes: '1.15.0-beta.0',
      kubernetesLine: '1.15',
      reloadsToken: false,
    });
  });

  it('keeps the version the text names when one commit carries several patch tags', () => {
    expect(release('kubernetes-1.13.11')).toMatchObject({ kubernetes: '1.13.11', commit: 'ee6c071a42cf' });
  });

  it('judges kubernetes-1.12.0-invalid by its own code', () => {
    expect(release('kubernetes-1.12.0-invalid')).toMatchObject({ kubernetes: null, commit: 'fc239b820367' });
  });

  it('treats a kubernetes-1.X.Y newer than the index like a new v0.X.Y', () => {
    expect(release('kubernetes-1.40.0')).toMatchObject({ kubernetes: '1.40.0', reloadsToken: true, resolvedBy: 'scheme' });
  });
});

describe('new-scheme v0.X.Y', () => {
  it('v0.15.7 is the first real v0.15 tag and reloads', () => {
    expect(release('v0.15.7')).toMatchObject({
      kubernetes: '1.15.7',
      kubernetesLine: '1.15',
      reloadsToken: true,
      resolvedBy: 'tag',
      tag: 'kubernetes-1.15.7',
    });
  });

  it('v0.15.0 is not published: judged as kubernetes-1.15.0 by the scheme, with a note', () => {
    const judged = release('v0.15.0');
    expect(judged).toMatchObject({ kubernetes: '1.15.0', reloadsToken: true, resolvedBy: 'scheme', commit: '78d2af792bab' });
    expect(judged.note).toContain('not a published tag');
    expect(judged.note).toContain('v0.15.7');
  });

  it('v0.14.0 follows the scheme to kubernetes-1.14.0, which does not reload', () => {
    expect(release('v0.14.0')).toMatchObject({ kubernetes: '1.14.0', reloadsToken: false, resolvedBy: 'scheme' });
  });

  it('v0.99.0 is newer than the index: Kubernetes 1.99.0, reloads', () => {
    const judged = release('v0.99.0');
    expect(judged).toMatchObject({
      kubernetes: '1.99.0',
      kubernetesLine: '1.99',
      reloadsToken: true,
      tokenFileReloads: true,
      commit: null,
      tag: null,
      resolvedBy: 'scheme',
    });
    expect(judged.note).toContain('newer than the index');
  });

  it('a patch past the newest tag of a known line is newer than the index too', () => {
    expect(release('v0.36.4').note).toContain('newer than the index');
  });

  it('does not guess a v0.X.Y below the newest tag that has no twin', () => {
    expect(reason('v0.36.0-rc.9')).toContain('no kubernetes-1.36.0-rc.9 tag');
    expect(reason('v0.3.0')).toContain('v0.3.0');
  });
});

describe('branches', () => {
  it('judges release-11.0 at its tip and says so', () => {
    const judged = release('release-11.0');
    expect(judged).toMatchObject({
      kubernetes: '1.14.9',
      kubernetesLine: '1.14',
      resolvedBy: 'branch',
      commit: '8e4128053008',
      reloadsToken: true,
    });
    expect(judged.note).toContain('tip');
  });

  it('judges master as the development line', () => {
    expect(release('master')).toMatchObject({ kubernetes: null, kubernetesLine: '1.37-dev', reloadsToken: true, resolvedBy: 'branch' });
  });

  it('knows release-1.4 and release-14.0', () => {
    expect(release('release-1.4')).toMatchObject({ kubernetesLine: '1.4', reloadsToken: false });
    expect(release('release-14.0')).toMatchObject({ kubernetesLine: '1.17', reloadsToken: true });
  });

  it('refuses branches that do not exist', () => {
    expect(reason('release-1.16')).toContain('no branch release-1.16');
  });
});

describe('text that is no version', () => {
  it.each(['', '   ', 'latest', 'v1', '1.15', 'not a version', 'v0.15.7; rm -rf /'])('refuses %j and quotes it', (raw) => {
    const text = reason(raw);
    if (raw.trim() !== '') expect(text).toContain(raw);
  });
});

describe('what a version name states when the index cannot judge it', () => {
  it.each([
    ['kubernetes-1.99.0', '1.99.0'],
    ['v0.99.0', '1.99.0'],
    ['v0.30.1-0.20240101000000-abcdefabcdef', '1.30.0'],
    ['v0.31.0-beta.0.0.20240101000000-abcdefabcdef', '1.31.0-beta.0'],
    // Semver traps: vN.0.0 counts as the index knows it (v10.0.0 is 1.13.0), a gone base or no base states nothing.
    ['v10.0.0+incompatible', '1.13.0'],
    ['v10.0.1-0.20190101000000-abcdefabcdef+incompatible', '1.13.0'],
    ['v2.0.0-alpha.0.0.20190313235726-abcdefabcdef+incompatible', null],
    ['v0.0.0-20990101000000-abcdefabcdef', null],
    ['v13.0.0', null],
    ['release-1.14', null],
  ])('%s states %j', (text, stated) => {
    expect(statedKubernetesVersion(text)).toBe(stated);
  });

  it('tells pseudo-versions from tags', () => {
    expect(['v0.0.0-20990101000000-abcdefabcdef', 'v0.30.1-0.20240101000000-abcdefabcdef', 'v2.0.0-alpha.0.0.20190313235726-6ee68ca5fd83+incompatible'].map(isPseudoVersion)).toEqual([true, true, true]);
    expect(['v0.30.0', 'kubernetes-1.14.3', 'v11.0.0+incompatible', '6ee68ca5fd83'].map(isPseudoVersion)).toEqual([false, false, false, false]);
  });
});

describe('versions newer than the commit index', () => {
  it('a commit not in the index, dated after every indexed commit, is newer than the index, not a fork', () => {
    for (const text of ['v0.0.0-20990101000000-abcdefabcdef', 'v0.99.1-0.20990101000000-abcdefabcdef']) {
      expect(describeNewerThanIndex(text)).toMatch(new RegExp(`^${text.replace(/[.+]/g, '\\$&')} names commit abcdefabcdef of 2099-01-01, newer than every commit in the commit index of this release of the gate \\(up to \\d{4}-\\d{2}-\\d{2}, client-go master [0-9a-f]{12}\\)$`));
      expect(reason(text)).toBe(describeNewerThanIndex(text));
    }
  });

  it('a release past the newest indexed tag of its line is newer than the index', () => {
    expect(describeNewerThanIndex('kubernetes-1.99.0')).toMatch(/^kubernetes-1\.99\.0 \(Kubernetes 1\.99\.0\) is newer than the commit index of this release of the gate \(newest known tag kubernetes-1\.\d+\.\d+/);
    expect(describeNewerThanIndex('v0.99.0')).not.toBeNull();
  });

  it('indexed code, an older fork commit and a vN.0.0 name are not', () => {
    for (const text of ['v0.30.0', 'v10.0.0+incompatible', 'v0.0.0-20190620085101-78d2af792bab', 'v0.0.0-20240101000000-abcdefabcdef', 'master', 'v12.0.0']) {
      expect({ text, newer: describeNewerThanIndex(text) }).toEqual({ text, newer: null });
    }
    expect(reason('v0.0.0-20240101000000-abcdefabcdef')).toContain('is not in kubernetes/client-go (a fork?)');
  });
});
