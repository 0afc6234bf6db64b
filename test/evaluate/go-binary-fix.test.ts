import type { FixTarget } from '../../src/evaluate/fix-phrasing/fix-target.js';
import { goBinaryFix } from '../../src/evaluate/fix-phrasing/go-binary-fix.js';
import type { BuiltBinary, ClientGoReference } from '../../src/model/reference.js';
import { listPublishedReleases } from '../../src/resolve/kubernetes-version.js';

const release = listPublishedReleases().find((candidate) => candidate.tag === 'v0.15.7');
if (!release) throw new Error('v0.15.7 is not in the index');
const target: FixTarget = { release, tag: 'v0.15.7', semverAlternative: null };

function reference(builtBinary: BuiltBinary): ClientGoReference {
  return {
    source: 'go-binary',
    at: { file: 'Dockerfile', line: 4, column: 1, endLine: 4, endColumn: 1 },
    module: 'k8s.io/client-go',
    declared: 'v11.0.0+incompatible',
    effective: 'v11.0.0+incompatible',
    effectiveModule: 'k8s.io/client-go',
    indirect: false,
    inferred: false,
    related: [],
    siblings: [{ path: 'k8s.io/api', version: 'v0.15.0' }],
    notes: [],
    builtBinary,
  };
}

describe('goBinaryFix', () => {
  it('moves the siblings too, and names the image to rebuild for a binary inside one', () => {
    const binary: BuiltBinary = { path: '/manager', goVersion: 'go1.20.1', mainModule: 'example.com/operator', imageReference: 'ghcr.io/acme/operator:1.0', imageDigest: 'sha256:ab' };
    expect(goBinaryFix(reference(binary), target)).toBe(
      'In the main module example.com/operator, run `go get k8s.io/client-go@v0.15.7 k8s.io/api@v0.15.7 && go mod tidy`; then rebuild the binary /manager (built by go1.20.1) and the image ghcr.io/acme/operator:1.0@sha256:ab that holds it.',
    );
  });

  it('says where to change when the build info names no main module', () => {
    expect(goBinaryFix(reference({ path: 'bin/tool', goVersion: 'go1.21.0', mainModule: null }), target)).toBe(
      'In the module that builds it, run `go get k8s.io/client-go@v0.15.7 k8s.io/api@v0.15.7 && go mod tidy`; then rebuild the binary bin/tool (built by go1.21.0).',
    );
  });
});
