import { extractDockerfile } from '../../src/extract/dockerfile.js';
import type { ClientGoReference } from '../../src/model/reference.js';
import type { VersionResolution } from '../../src/model/release.js';
import type { KubectlSeverity } from '../../src/model/settings.js';
import { relateBuiltModules } from '../../src/resolve/dockerfile-built-modules.js';
import { resolveDockerfileReferences } from '../../src/resolve/dockerfile-references.js';

function resolve(text: string, kubectlSeverity: KubectlSeverity = 'warning', file = 'Dockerfile') {
  return resolveDockerfileReferences(file, extractDockerfile(text, { buildArgs: new Map() }), kubectlSeverity);
}

const known = (resolution: VersionResolution) => (resolution.known ? resolution.release.tag : `unknown: ${resolution.reason}`);

describe('resolveDockerfileReferences', () => {
  it('keeps client-go among the modules of a go command, with the staging modules as siblings', () => {
    const [only, ...rest] = resolve('FROM golang\nRUN go get k8s.io/api@v0.15.7 k8s.io/client-go@v0.15.7 k8s.io/klog@v1.0.0 sigs.k8s.io/yaml@v1.1.0\nRUN go install k8s.io/code-generator/cmd/client-gen@v0.15.7\n');
    expect(rest).toEqual([]);
    expect(only?.reference).toMatchObject({ source: 'Dockerfile', module: 'k8s.io/client-go', declared: 'v0.15.7', effective: 'v0.15.7', siblings: [{ path: 'k8s.io/api', version: 'v0.15.7' }] });
    expect(known(only?.resolution as VersionResolution)).toBe('kubernetes-1.15.7');
  });

  it('judges a Kubernetes program by the client-go of its release, written as kubernetes-1.X.Y', () => {
    const [image] = resolve('FROM registry.k8s.io/kube-scheduler:v1.14.3\n');
    expect(image?.reference).toMatchObject({ module: 'registry.k8s.io/kube-scheduler', declared: 'v1.14.3', effective: 'kubernetes-1.14.3' });
    expect(image?.reference.versionSite).toEqual({ carrier: 'image-tag', scheme: 'kubernetes', line: 1, context: 'registry.k8s.io/kube-scheduler:v1.14.3', version: 'v1.14.3' });
    expect(known(image?.resolution as VersionResolution)).toBe('kubernetes-1.14.3');
  });

  it('caps a short-lived kubectl at warning level, unless kubectl-severity is error or the image keeps kubectl running', () => {
    const download = 'FROM alpine\nRUN curl -LO https://dl.k8s.io/release/v1.13.6/bin/linux/amd64/kubectl\n';
    expect(resolve(download)[0]?.reference.warningOnly).toMatch(/^kubectl is a short-lived command that reads the token file at every start/);
    expect(resolve(download, 'error')[0]?.reference.warningOnly).toBeUndefined();
    const proxy = resolve(`${download}CMD kubectl proxy --port=8001\n`)[0]?.reference as ClientGoReference;
    expect(proxy.warningOnly).toBeUndefined();
    expect(proxy.notes).toContain('the image runs `kubectl proxy` (line 3), which keeps running with the token it read at start, so it is judged like any long-running program');
    // Only kubectl is short-lived: a controller manager is judged like any program.
    expect(resolve('FROM registry.k8s.io/kube-controller-manager:v1.14.1\n')[0]?.reference.warningOnly).toBeUndefined();
  });

  it('a client-go tarball is kubectl too', () => {
    const [tarball] = resolve('FROM alpine\nRUN curl -L https://dl.k8s.io/v1.13.6/kubernetes-client-linux-amd64.tar.gz | tar xz\n');
    expect(tarball?.reference).toMatchObject({ module: 'kubectl', warningOnly: expect.stringMatching(/short-lived/) });
  });

  it.each([
    ['RUN go mod download k8s.io/client-go@latest', 'unknown: @latest takes whatever client-go is newest when the image builds; pin a version'],
    ['RUN go mod edit -replace=k8s.io/client-go=../client-go', 'unknown: client-go is replaced by the directory ../client-go inside the image, which the gate cannot read'],
    ['RUN go mod edit -replace=k8s.io/client-go=github.com/fork/client-go@v0.0.0-20190620085101-78d2af792bab', 'kubernetes-1.15.0'],
    ['RUN git clone -b feature-x https://github.com/kubernetes/kubernetes', 'unknown: "feature-x" is not a kubernetes/kubernetes release tag or branch'],
    ['RUN git clone https://github.com/kubernetes/kubernetes && git checkout 0123456789abcdef', 'unknown: 0123456789abcdef is a kubernetes/kubernetes commit, and the index holds client-go commits only; check out a release tag (v1.X.Y)'],
    ['ARG V\nRUN go get k8s.io/client-go@${V}', 'unknown: ARG V (line 2) has no default and no build arg sets it; pass V=… in docker-build-args (CLI: --build-arg V=…)'],
  ])('%s → %s', (instruction, expected) => {
    const [only] = resolve(`FROM golang\n${instruction}\n`);
    expect(known(only?.resolution as VersionResolution)).toBe(expected);
  });

  it('a fork replace keeps the fork as the effective module', () => {
    const [fork] = resolve('FROM golang\nRUN go mod edit -replace k8s.io/client-go=github.com/fork/client-go@v1.2.3\n');
    expect(fork?.reference).toMatchObject({ module: 'k8s.io/client-go', effective: 'v1.2.3', effectiveModule: 'github.com/fork/client-go' });
  });
});

describe('relateBuiltModules', () => {
  const goModFinding = (file: string): { reference: ClientGoReference; resolution: VersionResolution } => ({
    reference: {
      source: 'go.mod',
      at: { file, line: 5, column: 26, endLine: 5, endColumn: 46 },
      module: 'k8s.io/client-go',
      declared: 'v11.0.0+incompatible',
      effective: 'v11.0.0+incompatible',
      effectiveModule: 'k8s.io/client-go',
      indirect: false,
      inferred: false,
      related: [],
      siblings: [],
      notes: [],
    },
    resolution: { known: false, reason: 'test' },
  });
  const stages = (text: string) => extractDockerfile(text, { buildArgs: new Map() }).goBuildStages;

  it('matches COPY go.* under the Dockerfile\'s directory first, then the root, and keeps the go.mod\'s resolution', () => {
    const earlier = [goModFinding('svc/go.mod'), goModFinding('go.mod')];
    const related = relateBuiltModules('svc/Dockerfile', stages('FROM golang\nCOPY go.* ./\nRUN go build ./...\n'), earlier);
    expect(related.map((item) => [item.reference.related[0]?.file, item.reference.at.line, item.reference.versionSite?.builtModule])).toEqual([
      ['svc/go.mod', 3, 'svc/go.mod'],
      ['go.mod', 3, 'go.mod'],
    ]);
    expect(related[0]?.resolution).toBe(earlier[0]?.resolution);
    expect(related[0]?.reference.warningOnly).toMatch(/^the finding at svc\/go\.mod:5 already fails the check/);
  });

  it('needs both a copy of the module and a go build in the same stage; paths above the root are ignored', () => {
    const earlier = [goModFinding('go.mod')];
    expect(relateBuiltModules('Dockerfile', stages('FROM golang\nCOPY go.mod ./\nFROM golang\nRUN go build ./...\n'), earlier)).toEqual([]);
    expect(relateBuiltModules('Dockerfile', stages('FROM golang\nCOPY ../go.mod ./\nRUN go build ./...\n'), earlier)).toEqual([]);
    expect(relateBuiltModules('Dockerfile', stages('FROM golang\nRUN --mount=type=bind,target=/src cd /src && go build ./...\n'), earlier)).toHaveLength(1);
  });
});
