import { chooseFixTarget, releasesThatPass, suggestFix, type FixContext } from '../../src/evaluate/fix.js';
import type { Floor } from '../../src/evaluate/policy.js';
import type { ClientGoReference, SiblingModule } from '../../src/model/reference.js';
import type { PolicyName } from '../../src/model/settings.js';
import type { SourceKind } from '../../src/model/source-kind.js';
import { resolveClientGoVersion } from '../../src/resolve/client-go-version.js';
import { listPublishedReleases } from '../../src/resolve/kubernetes-version.js';

const TOOL = { name: 'client-go-token-gate', version: '9.9.9-test' };

interface Written {
  declared: string;
  /** After a replace; the declared version when absent. */
  effective?: string;
  siblings?: SiblingModule[];
  source?: SourceKind;
  effectiveModule?: string;
}

function contextFor(written: Written, policy: PolicyName = 'strict', floor: Floor | null = null): FixContext {
  const effective = written.effective ?? written.declared;
  const reference: ClientGoReference = {
    source: written.source ?? 'go.mod',
    at: { file: 'go.mod', line: 5, column: 26, endLine: 5, endColumn: 40 },
    module: 'k8s.io/client-go',
    declared: written.declared,
    effective,
    effectiveModule: written.effectiveModule ?? 'k8s.io/client-go',
    indirect: false,
    inferred: false,
    related: [],
    siblings: written.siblings ?? [],
    notes: [],
  };
  const resolution = written.effectiveModule ? { known: false as const, reason: 'a fork' } : resolveClientGoVersion(effective);
  return { reference, current: resolution.known ? resolution.release : null, passing: releasesThatPass(listPublishedReleases(), policy, floor), tool: TOOL };
}

function targetTag(context: FixContext): string | null {
  const choice = chooseFixTarget(context);
  return choice.kind === 'release' ? choice.release.tag : choice.kind;
}

describe('chooseFixTarget: the one place that picks a fix target never goes below what the reference names', () => {
  it('a commit not in the index and dated after every indexed commit: update the gate, no target', () => {
    const context = contextFor({ declared: 'v0.0.0-20990101000000-abcdefabcdef' });
    expect(chooseFixTarget(context)).toMatchObject({ kind: 'newer-than-index', module: 'k8s.io/client-go' });
    const fix = suggestFix(context);
    expect(fix).toMatch(/^k8s\.io\/client-go v0\.0\.0-20990101000000-abcdefabcdef names commit abcdefabcdef of 2099-01-01, newer than every commit in the commit index of this release of the gate/);
    expect(fix).toContain(': update client-go-token-gate (this is 9.9.9-test) to a newer release, whose index can judge it; do not move k8s.io/client-go to an older release for this finding.');
    expect(fix).not.toMatch(/kubernetes-1\.14\.3|v0\.15\.7|go get/);
  });

  it('a pseudo-version based on a release newer than the index, dated after it: update the gate', () => {
    expect(targetTag(contextFor({ declared: 'v0.99.1-0.20990101000000-abcdefabcdef' }))).toBe('newer-than-index');
  });

  it('a kubernetes-1.X.Y release past the index that fails a floor: update the gate, never an older release', () => {
    const floor = { written: 'v0.100.0', kubernetes: '1.100.0' };
    const context = contextFor({ declared: 'kubernetes-1.99.0' }, 'strict', floor);
    expect(chooseFixTarget(context)).toMatchObject({ kind: 'newer-than-index' });
    expect(suggestFix(context)).toMatch(/^k8s\.io\/client-go kubernetes-1\.99\.0 \(Kubernetes 1\.99\.0\) is newer than the commit index of this release of the gate/);
  });

  it('a commit not in the index after v0.30.0: a release after v0.30.0, not kubernetes-1.14.3 and not v0.30.0 itself', () => {
    expect(targetTag(contextFor({ declared: 'v0.30.1-0.20240101000000-abcdefabcdef' }))).toBe('v0.30.1');
  });

  it('a replace below the require: the target stays at or above the require (v0.30.0), not kubernetes-1.14.3', () => {
    const context = contextFor({ declared: 'v0.30.0', effective: 'v11.0.0+incompatible' });
    expect(targetTag(context)).toBe('v0.30.0');
  });

  it('the k8s.io modules the command moves along are not moved down: k8s.io/api v0.30.0 keeps client-go at v0.30.0 or later', () => {
    const context = contextFor({ declared: 'v11.0.0+incompatible', siblings: [{ path: 'k8s.io/api', version: 'v0.30.0' }] });
    expect(targetTag(context)).toBe('v0.30.0');
    expect(suggestFix(context)).toMatch(/^Run `go get k8s\.io\/client-go@v0\.30\.0 k8s\.io\/api@v0\.30\.0 && go mod tidy`\./);
  });

  it('a k8s.io module newer than the index: update the gate, naming that module', () => {
    const context = contextFor({ declared: 'v11.0.0+incompatible', siblings: [{ path: 'k8s.io/api', version: 'v0.99.0' }] });
    expect(chooseFixTarget(context)).toMatchObject({ kind: 'newer-than-index', module: 'k8s.io/api' });
    expect(suggestFix(context)).toContain('do not move k8s.io/api to an older release');
  });

  it('semver trap: v10.0.0+incompatible is Kubernetes 1.13, older than v0.15.x, so it does not block kubernetes-1.14.3', () => {
    expect(targetTag(contextFor({ declared: 'v10.0.0+incompatible', effective: 'v11.0.0+incompatible' }))).toBe('kubernetes-1.14.3');
    expect(targetTag(contextFor({ declared: 'v10.0.1-0.20190101000000-abcdefabcdef+incompatible' }))).toBe('kubernetes-1.14.3');
  });

  it('semver trap: a v2.0.0-alpha.0-based pseudo-version says nothing about Kubernetes, so it sets no bound', () => {
    expect(targetTag(contextFor({ declared: 'v2.0.0-alpha.0.0.20190313235726-abcdefabcdef+incompatible' }))).toBe('kubernetes-1.14.3');
  });

  it('a fork named at v11.0.0 (Kubernetes 1.14.0) is not sent back to kubernetes-1.12.0 under reload', () => {
    expect(targetTag(contextFor({ declared: 'v11.0.0', effectiveModule: 'github.com/example-org/client-go', source: 'Gopkg.lock' }, 'reload'))).toBe('kubernetes-1.14.3');
  });

  it('a declared branch moves, so its tip sets no bound: the locked v11.0.0 commit goes to kubernetes-1.14.3', () => {
    expect(targetTag(contextFor({ declared: 'release-11.0', effective: '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f', source: 'Gopkg.lock' }))).toBe('kubernetes-1.14.3');
  });

  it('v10.0.0 under strict still gets the smallest upgrade, with the semantic-version alternative', () => {
    const context = contextFor({ declared: 'v10.0.0+incompatible' });
    expect(suggestFix(context)).toMatch(/^Run `go get k8s\.io\/client-go@kubernetes-1\.14\.3 && go mod tidy` \(or, with semantic-version tags, v0\.15\.7\)\. Until that is deployed/);
  });

  it('no indexed release passes at or above the version in use: says so, with the gate version, and never an older one', () => {
    const floor = { written: 'v0.100.0', kubernetes: '1.100.0' };
    const fix = suggestFix(contextFor({ declared: 'v0.30.0' }, 'strict', floor));
    expect(fix).toMatch(/^No client-go release in the commit index of client-go-token-gate 9\.9\.9-test passes this policy and minimum at or above the version in use; relax minimum-version, or update the action/);
  });
});
