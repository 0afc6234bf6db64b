import { readFileSync } from 'node:fs';
import type { ResolvedReference } from '../../src/evaluate/evaluate-findings.js';
import { extractGlideLock } from '../../src/extract/glide-lock.js';
import { extractGlideYaml } from '../../src/extract/glide-yaml.js';
import { extractGodepsJson } from '../../src/extract/godeps-json.js';
import { extractGopkgLock } from '../../src/extract/gopkg-lock.js';
import { extractGopkgToml } from '../../src/extract/gopkg-toml.js';
import { extractGovendorJson } from '../../src/extract/govendor-json.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { emptyPreModulesInputs, resolvePreModulesReferences, type PreModulesInputs } from '../../src/resolve/pre-modules-references.js';

const fixture = (name: string): string => readFileSync(new URL(`../extract/fixtures/${name}`, import.meta.url), 'utf8');

function resolve(fill: (inputs: PreModulesInputs) => void): { resolved: ResolvedReference[]; diagnostics: Diagnostic[] } {
  const inputs = emptyPreModulesInputs();
  fill(inputs);
  const diagnostics: Diagnostic[] = [];
  return { resolved: resolvePreModulesReferences(inputs, diagnostics), diagnostics };
}

function only(fill: (inputs: PreModulesInputs) => void): ResolvedReference {
  const { resolved } = resolve(fill);
  expect(resolved).toHaveLength(1);
  return resolved[0] as ResolvedReference;
}

function kubernetesOf(item: ResolvedReference): string | null {
  if (!item.resolution.known) throw new Error(item.resolution.reason);
  return item.resolution.release.kubernetes;
}

describe('Gopkg.lock', () => {
  it('judges the revision by commit and places the reference on it; the branch is what was declared', () => {
    const item = only((inputs) => inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock(fixture('lock-revision-with-release-branch.gopkg-lock.txt')) }));
    expect(item.reference).toMatchObject({
      source: 'Gopkg.lock',
      at: { file: 'Gopkg.lock', line: 33, column: 15, endColumn: 55 },
      module: 'k8s.io/client-go',
      declared: 'release-11.0',
      effective: '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f',
      siblings: [{ path: 'k8s.io/api', version: 'kubernetes-1.14.0' }],
    });
    expect(item.resolution).toMatchObject({ known: true, release: { kubernetes: '1.14.0', resolvedBy: 'commit', reloadsToken: false } });
  });

  it('judges tag text written into revision as that tag', () => {
    const item = only((inputs) => inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock(fixture('lock-tag-text-in-revision.gopkg-lock.txt')) }));
    expect(kubernetesOf(item)).toBe('1.13.3');
    expect(item.reference.notes).toContain('the revision field holds tag text (kubernetes-1.13.3), not a commit');
  });

  it('falls back to the version when the revision is not a client-go commit, and says so', () => {
    const text = '[[projects]]\n  name = "k8s.io/client-go"\n  revision = "fedcba9876543210fedcba9876543210fedcba98"\n  version = "kubernetes-1.15.0"\n';
    const item = only((inputs) => inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock(text) }));
    expect(item.reference.at.line).toBe(4);
    expect(kubernetesOf(item)).toBe('1.15.0');
    expect(item.reference.notes[0]).toMatch(/^revision fedcba98.* cannot be judged \(commit .* is not in kubernetes\/client-go.*\), so its version kubernetes-1\.15\.0 decides$/);
  });

  it('never falls back for a fork: its commit is not upstream, so the release is unknown and the fork named', () => {
    const item = only((inputs) => inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock(fixture('lock-fork-source.gopkg-lock.txt')) }));
    expect(item.reference.effectiveModule).toBe('github.com/example-org/client-go');
    expect(item.resolution).toEqual({
      known: false,
      reason: 'client-go comes from the fork github.com/example-org/client-go at 0123456789abcdef0123456789abcdef01234567, which is not an upstream client-go commit',
    });
  });

  it('notes a version tag whose commit is not the revision', () => {
    const text = '[[projects]]\n  name = "k8s.io/client-go"\n  revision = "78d2af792babf2dd937ba2e2a8d99c753a5eda89"\n  version = "kubernetes-1.14.0"\n';
    const item = only((inputs) => inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock(text) }));
    expect(kubernetesOf(item)).toBe('1.15.0');
    expect(item.reference.notes).toContain('version kubernetes-1.14.0 is commit 6ee68ca5fd83, but the revision is 78d2af792babf2dd937ba2e2a8d99c753a5eda89: dep checks out the revision');
  });

  it('judges the first of two client-go projects and reports the second', () => {
    const { resolved, diagnostics } = resolve((inputs) => inputs.gopkgLocks.push({ path: 'x/Gopkg.lock', records: extractGopkgLock(fixture('lock-client-go-listed-twice.gopkg-lock.txt')) }));
    expect(resolved.map(kubernetesOf)).toEqual(['1.14.1']);
    expect(diagnostics).toEqual([{ file: 'x/Gopkg.lock', line: 5, message: '[[projects]] k8s.io/client-go is listed again (first on line 1); the first entry is judged' }]);
  });

  it('makes nothing of a lock without client-go', () => {
    const { resolved, diagnostics } = resolve((inputs) => inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock('[[projects]]\n  name = "github.com/a/b"\n  revision = "abc"\n') }));
    expect(resolved).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe('Gopkg.toml', () => {
  const toml = (name: string) => (inputs: PreModulesInputs) => inputs.gopkgTomls.push({ path: 'Gopkg.toml', records: extractGopkgToml(fixture(name)) });

  it('hands a range to the evaluate stage with every release it admits', () => {
    const item = only(toml('manifest-tilde-range.gopkg-toml.txt'));
    expect(item.reference).toMatchObject({ at: { line: 18, column: 14 }, declared: '~0.17', effective: '~0.17' });
    expect(item.admitted?.map((release) => release.tag)).toHaveLength(17);
  });

  it('says how dep reads a bare version', () => {
    const item = only(toml('manifest-bare-version.gopkg-toml.txt'));
    expect(item.admitted?.map((release) => release.tag)).toEqual(['v11.0.0']);
    expect(item.reference.notes).toContain('dep reads version "v11.0.0" as "^v11.0.0"');
  });

  it('lets [[override]] win over [[constraint]], relating the overridden constraint', () => {
    const item = only(toml('manifest-override-wins.gopkg-toml.txt'));
    expect(item.reference.at.line).toBe(7);
    expect(kubernetesOf(item)).toBe('1.15.0');
    expect(item.reference.related).toEqual([{ file: 'Gopkg.toml', line: 1, label: '[[constraint]], overridden' }]);
    expect(item.reference.notes).toContain('[[override]] on line 5 wins over the [[constraint]] on line 1');
  });

  it('judges a branch at its tip and a revision by commit', () => {
    expect(only(toml('manifest-branch.gopkg-toml.txt')).resolution).toMatchObject({ known: true, release: { kubernetesLine: '1.14', resolvedBy: 'branch' } });
    expect(kubernetesOf(only(toml('manifest-revision.gopkg-toml.txt')))).toBe('1.14.1');
  });

  it('judges a tag that is not semver (a pre-release kubernetes-1.X.Y tag) as that tag, not as a range', () => {
    const item = only(toml('manifest-prerelease-tag.gopkg-toml.txt'));
    expect(item.admitted).toBeUndefined();
    expect(kubernetesOf(item)).toBe('1.13.0-alpha.1');
  });

  it('judges a fork as unknown, naming it, whatever its version says', () => {
    const item = only(toml('manifest-fork-source.gopkg-toml.txt'));
    expect(item.admitted).toBeUndefined();
    expect(item.resolution).toEqual({ known: false, reason: 'client-go comes from the fork github.com/example-org/client-go at v11.0.0, which is not an upstream client-go commit' });
  });

  it('relates the constraint to the lock beside it, and the lock back', () => {
    const { resolved } = resolve((inputs) => {
      inputs.gopkgLocks.push({ path: 'svc/Gopkg.lock', records: extractGopkgLock(fixture('lock-revision-with-release-branch.gopkg-lock.txt')) });
      inputs.gopkgTomls.push({ path: 'svc/Gopkg.toml', records: extractGopkgToml(fixture('manifest-caret-range.gopkg-toml.txt')) });
    });
    const [lock, constraint] = resolved;
    expect(constraint?.reference.related).toEqual([{ file: 'svc/Gopkg.lock', line: 33, column: 15, label: 'Gopkg.lock: what is built' }]);
    expect(lock?.reference.related).toEqual([{ file: 'svc/Gopkg.toml', line: 3, column: 14, label: 'Gopkg.toml [[constraint]]' }]);
    expect(constraint?.reference.siblings).toEqual([{ path: 'k8s.io/api', version: 'kubernetes-1.14.0' }]);
  });

  it('leaves a constraint without a version to the lock, and calls it unknown without one', () => {
    const bare = '[[constraint]]\n  name = "k8s.io/client-go"\n';
    const withLock = resolve((inputs) => {
      inputs.gopkgLocks.push({ path: 'Gopkg.lock', records: extractGopkgLock(fixture('lock-version-tag.gopkg-lock.txt')) });
      inputs.gopkgTomls.push({ path: 'Gopkg.toml', records: extractGopkgToml(bare) });
    });
    expect(withLock.resolved.map((item) => item.reference.source)).toEqual(['Gopkg.lock']);
    const alone = only((inputs) => inputs.gopkgTomls.push({ path: 'Gopkg.toml', records: extractGopkgToml(bare) }));
    expect(alone.resolution).toEqual({ known: false, reason: 'the [[constraint]] gives no version, branch or revision, and no Gopkg.lock beside it pins one' });
  });

  it('reports a rule with more than one of version, branch and revision, and judges the revision', () => {
    const text = '[[constraint]]\n  name = "k8s.io/client-go"\n  version = "v10.0.0"\n  revision = "78d2af792babf2dd937ba2e2a8d99c753a5eda89"\n';
    const { resolved, diagnostics } = resolve((inputs) => inputs.gopkgTomls.push({ path: 'Gopkg.toml', records: extractGopkgToml(text) }));
    expect(resolved.map(kubernetesOf)).toEqual(['1.15.0']);
    expect(diagnostics).toEqual([{ file: 'Gopkg.toml', line: 1, message: 'dep allows only one of version, branch and revision in a [[constraint]]; the revision is judged' }]);
  });
});

describe('glide', () => {
  it('judges a glide.lock commit exactly, and relates glide.yaml to it', () => {
    const { resolved } = resolve((inputs) => {
      inputs.glideLocks.push({ path: 'glide.lock', records: extractGlideLock(fixture('imports-bare-commit-1.14.1.glide-lock.txt')) });
      inputs.glideYamls.push({ path: 'glide.yaml', records: extractGlideYaml(fixture('import-tag.glide-yaml.txt')) });
    });
    const [lock, manifest] = resolved;
    expect(lock?.reference.at).toMatchObject({ file: 'glide.lock', line: 11, column: 12 });
    expect(lock && kubernetesOf(lock)).toBe('1.14.1');
    expect(manifest && kubernetesOf(manifest)).toBe('1.13.1');
    expect(manifest?.reference.related).toEqual([{ file: 'glide.lock', line: 11, column: 12, label: 'glide.lock: what is built' }]);
    expect(manifest?.reference.siblings).toEqual([{ path: 'k8s.io/api', version: '6db15a15d2d3874a6c3ddb2140ac9f3bc7058428' }]);
  });

  it('reads glide.yaml versions as a branch, a range (bare = exact) or a fork', () => {
    const yaml = (name: string) => (inputs: PreModulesInputs) => inputs.glideYamls.push({ path: 'glide.yaml', records: extractGlideYaml(fixture(name)) });
    expect(only(yaml('import-branch.glide-yaml.txt')).resolution).toMatchObject({ known: true, release: { kubernetesLine: '1.6', resolvedBy: 'branch' } });
    expect(only(yaml('import-range.glide-yaml.txt')).admitted?.map((release) => release.tag)).toEqual(['v9.0.0', 'v10.0.0']);
    expect(only(yaml('import-fork-repo.glide-yaml.txt')).resolution).toMatchObject({ known: false, reason: expect.stringContaining('github.com/example-org/client-go') as unknown as string });
  });

  it('caps a client-go that only tests import at a warning', () => {
    const text = 'package: x\ntestImport:\n- package: k8s.io/client-go\n  version: v6.0.0\n';
    const item = only((inputs) => inputs.glideYamls.push({ path: 'glide.yaml', records: extractGlideYaml(text) }));
    expect(item.reference.warningOnly).toBe('only tests import it (testImport); the program does not build it');
  });
});

describe('Godeps.json and vendor.json: one finding per file', () => {
  it('makes one reference for 40 client-go packages, on the Rev of the first entry', () => {
    const item = only((inputs) => inputs.godeps.push({ path: 'Godeps/Godeps.json', records: extractGodepsJson(fixture('forty-client-go-packages-with-comment.godeps-json.txt')) }));
    expect(item.reference).toMatchObject({
      source: 'Godeps.json',
      at: { file: 'Godeps/Godeps.json', line: 31, column: 12 },
      module: 'k8s.io/client-go',
      declared: 'v8.0.0',
      effective: '7d04d0e2a0a1a4d4a1cd6baa432a2301492e4e65',
      siblings: [
        { path: 'k8s.io/api', version: 'kubernetes-1.11.0' },
        { path: 'k8s.io/apimachinery', version: 'kubernetes-1.11.0' },
      ],
    });
    expect(item.reference.notes).toEqual(['40 client-go packages listed, all at this revision']);
    expect(kubernetesOf(item)).toBe('1.11.0');
  });

  it('uses the Comment as a hint only: a describe suffix is noted, an unknown Rev keeps the Comment in its reason', () => {
    const godeps = (rev: string, comment: string) =>
      JSON.stringify({ Deps: [{ ImportPath: 'k8s.io/client-go/rest', Comment: comment, Rev: rev }] }, null, 1);
    const described = only((inputs) => inputs.godeps.push({ path: 'Godeps/Godeps.json', records: extractGodepsJson(godeps('1a26190bd76a9017e289958b9fba936430aa3704', 'v11.0.0-14-g1a26190')) }));
    expect(kubernetesOf(described)).toBe('1.14.1');
    expect(described.reference.notes).toContain('its Comment v11.0.0-14-g1a26190 (git describe output) is only a hint; the Rev decides');
    const unknown = only((inputs) => inputs.godeps.push({ path: 'Godeps/Godeps.json', records: extractGodepsJson(godeps('fedcba9876543210fedcba9876543210fedcba98', 'v12.0.0')) }));
    expect(unknown.resolution).toMatchObject({ known: false, reason: expect.stringMatching(/its Comment says v12\.0\.0 \(git describe output\), which the gate does not judge by$/) as unknown as string });
  });

  it('lets the rest package decide when the packages are at different revisions', () => {
    const text = JSON.stringify({
      Deps: [
        { ImportPath: 'k8s.io/client-go/discovery', Rev: '78d2af792babf2dd937ba2e2a8d99c753a5eda89' },
        { ImportPath: 'k8s.io/client-go/rest', Rev: '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f' },
        { ImportPath: 'k8s.io/client-go/rest', Rev: '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f' },
      ],
    });
    const { resolved, diagnostics } = resolve((inputs) => inputs.godeps.push({ path: 'Godeps/Godeps.json', records: extractGodepsJson(text) }));
    expect(resolved.map(kubernetesOf)).toEqual(['1.14.0']);
    expect(resolved[0]?.reference.notes).toEqual(['2 client-go packages listed at 2 different revisions; judged by k8s.io/client-go/rest, the package that reads the token']);
    expect(diagnostics).toEqual([{ file: 'Godeps/Godeps.json', line: 1, message: 'k8s.io/client-go/rest is listed again (first on line 1); the first entry is judged' }]);
  });

  it('judges govendor by revision, with versionExact as what was declared', () => {
    const withVersion = only((inputs) => inputs.govendors.push({ path: 'vendor/vendor.json', records: extractGovendorJson(fixture('with-version.govendor-json.txt')) }));
    expect(withVersion.reference).toMatchObject({ at: { line: 8, column: 17 }, declared: 'release-7.0', effective: '36368dede29baa5ecd253416d70ddc0c76bde69b' });
    expect(kubernetesOf(withVersion)).toBe('1.10.13');
    const without = only((inputs) => inputs.govendors.push({ path: 'vendor/vendor.json', records: extractGovendorJson(fixture('without-version.govendor-json.txt')) }));
    expect(without.reference).toMatchObject({ at: { line: 14, column: 17 }, declared: 'e64494209f554a6723674bd494d69445fb76a1d4', effective: 'e64494209f554a6723674bd494d69445fb76a1d4' });
    expect(kubernetesOf(without)).toBe('1.13.0');
  });

  it('treats a govendor origin outside client-go as a copy whose revision belongs to another repository', () => {
    const text = JSON.stringify({ package: [{ path: 'k8s.io/client-go/rest', origin: 'github.com/example/app/vendor/k8s.io/client-go/rest', revision: 'fedcba9876543210fedcba9876543210fedcba98', versionExact: 'v12.0.0' }] });
    const item = only((inputs) => inputs.govendors.push({ path: 'vendor/vendor.json', records: extractGovendorJson(text) }));
    expect(item.resolution).toMatchObject({ known: false, reason: expect.stringContaining('github.com/example/app/vendor/k8s.io/client-go/rest') as unknown as string });
  });
});
