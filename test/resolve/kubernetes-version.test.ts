import {
  compareKubernetesVersions,
  isKubernetesPrerelease,
  kubernetesLineOf,
  kubernetesVersionOfTagName,
  listPublishedReleases,
  parseKubernetesVersion,
} from '../../src/resolve/kubernetes-version.js';

describe('parseKubernetesVersion', () => {
  it('reads versions, lines, pre-releases and development lines', () => {
    expect(parseKubernetesVersion('1.14.0')).toEqual({ major: 1, minor: 14, patch: 0, prerelease: [], dev: false });
    expect(parseKubernetesVersion('v1.14')).toEqual({ major: 1, minor: 14, patch: null, prerelease: [], dev: false });
    expect(parseKubernetesVersion('1.37-dev')).toEqual({ major: 1, minor: 37, patch: null, prerelease: [], dev: true });
    expect(parseKubernetesVersion('1.15.0-beta.0')).toMatchObject({ patch: 0, prerelease: ['beta', '0'] });
  });

  it('refuses what is not a version', () => {
    for (const text of ['', '1', '1.x', 'kubernetes-1.14.0', '1.14.0.1', '1.14-beta']) {
      expect(parseKubernetesVersion(text)).toBeNull();
    }
  });
});

describe('compareKubernetesVersions', () => {
  const ascending = [
    '1.9.9',
    '1.14',
    '1.14.0',
    '1.14.2',
    '1.15-dev',
    '1.15.0-alpha.0',
    '1.15.0-alpha.3',
    '1.15.0-beta.0',
    '1.15.0-rc.1',
    '1.15.0',
    '1.15.7',
    '1.37-dev',
    '1.37.0-beta.0',
    '1.37.0',
  ];

  it('orders numerically, pre-releases before their release, -dev before the line is tagged', () => {
    for (let i = 1; i < ascending.length; i += 1) {
      expect(compareKubernetesVersions(ascending[i - 1]!, ascending[i]!)).toBeLessThanOrEqual(0);
      expect(compareKubernetesVersions(ascending[i]!, ascending[i - 1]!)).toBeGreaterThanOrEqual(0);
    }
  });

  it('counts a line as its first release', () => {
    expect(compareKubernetesVersions('1.14', '1.14.0')).toBe(0);
    expect(compareKubernetesVersions('1.14.3', '1.14')).toBeGreaterThan(0);
  });

  it('throws on text that is not a version', () => {
    expect(() => compareKubernetesVersions('1.14', 'soon')).toThrow('"soon"');
  });
});

describe('small helpers', () => {
  it('finds the line of a version', () => {
    expect(kubernetesLineOf('1.14.3')).toBe('1.14');
    expect(kubernetesLineOf('1.15.0-beta.0')).toBe('1.15');
    expect(kubernetesLineOf('1.37-dev')).toBe('1.37-dev');
    expect(kubernetesLineOf('garbage')).toBeNull();
  });

  it('tells pre-releases apart', () => {
    expect(isKubernetesPrerelease('1.15.0-rc.1')).toBe(true);
    expect(isKubernetesPrerelease('1.37-dev')).toBe(true);
    expect(isKubernetesPrerelease('1.15.0')).toBe(false);
  });

  it('reads the Kubernetes version a tag name states', () => {
    expect(kubernetesVersionOfTagName('kubernetes-1.14.3')).toBe('1.14.3');
    expect(kubernetesVersionOfTagName('v0.20.4')).toBe('1.20.4');
    expect(kubernetesVersionOfTagName('v0.37.0-beta.0')).toBe('1.37.0-beta.0');
    expect(kubernetesVersionOfTagName('v11.0.0')).toBeNull();
    expect(kubernetesVersionOfTagName('kubernetes-1.12.0-invalid')).toBeNull();
  });
});

describe('listPublishedReleases', () => {
  const releases = listPublishedReleases();
  const tags = releases.map((r) => r.tag);

  it('is sorted ascending by Kubernetes version', () => {
    for (let i = 1; i < releases.length; i += 1) {
      const [previous, current] = [releases[i - 1]!, releases[i]!];
      const order = compareKubernetesVersions(
        previous.kubernetes ?? previous.kubernetesLine!,
        current.kubernetes ?? current.kubernetesLine!,
      );
      expect(order).toBeLessThanOrEqual(0);
    }
  });

  it('has no pre-releases and no -invalid tags', () => {
    expect(tags.filter((tag) => tag === null || /-(alpha|beta|rc|invalid)/.test(tag))).toEqual([]);
  });

  it('makes one entry per version and commit, named v0.X.Y when that tag exists', () => {
    expect(tags).toContain('v0.20.4');
    expect(tags).not.toContain('kubernetes-1.20.4');
    expect(releases.filter((r) => r.kubernetes === '1.20.4')).toHaveLength(1);
    expect(tags).toContain('kubernetes-1.14.0');
    expect(tags).not.toContain('v11.0.0');
    expect(tags).not.toContain('v12.0.0');
  });

  it('keeps old tags without a Kubernetes patch version at their line', () => {
    expect(releases[0]).toMatchObject({ tag: 'v1.4.0', kubernetes: null, kubernetesLine: '1.4' });
    expect(releases.find((r) => r.tag === 'v4.0.0')).toMatchObject({ kubernetes: null, kubernetesLine: '1.7' });
  });

  it('tells the smallest reloading upgrades apart', () => {
    const firstReloading = (line: string) => releases.find((r) => r.kubernetesLine === line && r.reloadsToken)?.tag;
    expect(firstReloading('1.12')).toBe('kubernetes-1.12.0');
    expect(firstReloading('1.14')).toBe('kubernetes-1.14.3');
    expect(releases.find((r) => r.tag === 'kubernetes-1.13.1')).toMatchObject({ reloadsToken: false });
    expect(releases.find((r) => r.tag?.startsWith('v0.15.'))).toMatchObject({ tag: 'v0.15.7', kubernetes: '1.15.7' });
  });

  it('every release from Kubernetes 1.15.0 on reloads', () => {
    const late = releases.filter((r) => r.kubernetes && compareKubernetesVersions(r.kubernetes, '1.15.0') >= 0);
    expect(late.length).toBeGreaterThan(300);
    expect(late.filter((r) => !r.reloadsToken || !r.tokenFileReloads)).toEqual([]);
  });

  it('hands out copies', () => {
    listPublishedReleases()[0]!.reloadsToken = true;
    expect(listPublishedReleases()[0]!.reloadsToken).toBe(false);
  });
});
