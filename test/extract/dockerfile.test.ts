import { extractDockerfile } from '../../src/extract/dockerfile.js';
import type { DockerfileRecords, DockerfileReferenceRecord } from '../../src/extract/dockerfile-records.js';
import { fixtureText, spanAt } from './fixture-text.js';

function extract(name: string, buildArgs: Record<string, string> = {}): DockerfileRecords {
  return extractDockerfile(fixtureText(name), { buildArgs: new Map(Object.entries(buildArgs)) });
}

/** The facts a test usually checks: what, which version, where. */
const brief = (record: DockerfileReferenceRecord) => ({
  carrier: record.carrier,
  subject: record.subject,
  version: record.version.value,
  at: `${record.version.at.line}:${record.version.at.column}-${record.version.at.endLine}:${record.version.at.endColumn}`,
});

describe('ARG defaults', () => {
  it('reports go get k8s.io/client-go@${CLIENT_GO_VERSION} at the ARG default, with the use and the stage ARG related', () => {
    const records = extract('arg-default-go-get.dockerfile.txt');
    expect(records.references).toHaveLength(1);
    const [record] = records.references as [DockerfileReferenceRecord];
    expect(brief(record)).toEqual({ carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v10.0.0', at: '1:23-1:30' });
    expect(record.version).toMatchObject({
      written: '${CLIENT_GO_VERSION}',
      variable: { keyword: 'ARG', name: 'CLIENT_GO_VERSION', line: 1, holds: { start: 0, end: 7 } },
      buildArg: null,
      unknownReason: null,
    });
    expect(record.version.related).toEqual([
      { line: 4, column: 29, label: '${CLIENT_GO_VERSION} in RUN' },
      { line: 3, column: 5, label: 'ARG CLIENT_GO_VERSION' },
    ]);
    expect(record.line).toBe(4);
    expect(records.skipped).toEqual([]);
  });

  it('a build arg overrides the default and is reported at the stage ARG that receives it', () => {
    const [record] = extract('arg-default-go-get.dockerfile.txt', { CLIENT_GO_VERSION: 'v0.15.7' }).references as [DockerfileReferenceRecord];
    expect(record.version).toMatchObject({ value: 'v0.15.7', buildArg: 'CLIENT_GO_VERSION', at: spanAt(3, 5, 17) });
  });
});

describe('the parser, the way docker build reads the file', () => {
  it('joins continuations, drops comment and blank lines inside them, reads heredocs and both instruction forms', () => {
    const records = extract('continuations-comments-heredoc.dockerfile.txt');
    expect(records.references.map(brief)).toEqual([
      { carrier: 'module-version', subject: 'k8s.io/apimachinery', version: 'kubernetes-1.14.0', at: '8:27-8:44' },
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'kubernetes-1.14.0', at: '9:24-9:41' },
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v11.0.0+incompatible', at: '12:34-12:54' },
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v0.17.0', at: '14:82-14:89' },
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v12.0.0', at: '15:50-15:57' },
    ]);
    const goGet = records.references[1] as DockerfileReferenceRecord;
    expect(goGet.siblings).toEqual([{ path: 'k8s.io/apimachinery', version: 'kubernetes-1.14.0' }]);
    expect(goGet.line).toBe(3);
    // A go get inside a single-quoted echo is text, not a command.
    expect(records.references.some((record) => record.version.value === 'v9.0.0')).toBe(false);
    expect(records.skipped).toEqual([]);
  });

  it('honours the escape directive (a backtick continues, a backslash is text) and CRLF line ends', () => {
    const records = extract('escape-directive-crlf.dockerfile.txt');
    expect(records.references.map(brief)).toEqual([
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v9.0.0', at: '4:22-4:28' },
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'kubernetes-1.12.5', at: '5:46-5:63' },
    ]);
  });

  it('scopes variables per stage: FROM --platform, global ARGs in FROM only, ENV inherited through FROM <stage>', () => {
    const records = extract('multi-stage-platform.dockerfile.txt');
    expect(records.references.map(brief)).toEqual([
      { carrier: 'image-tag', subject: 'registry.k8s.io/kube-scheduler', version: 'v1.14.1', at: '2:17-2:24' },
      { carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v0.15.7', at: '4:15-4:22' },
      { carrier: 'release-url', subject: 'kubectl', version: null, at: '9:52-9:66' },
    ]);
    const [image, goGet, kubectl] = records.references as [DockerfileReferenceRecord, DockerfileReferenceRecord, DockerfileReferenceRecord];
    expect(image.version.related).toEqual([{ line: 7, column: 64, label: '${K8S_VERSION} in FROM' }]);
    expect(goGet.version.variable).toMatchObject({ keyword: 'ENV', name: 'CLIENT_GO', line: 4 });
    // A global ARG is not seen inside a stage that does not declare it again.
    expect(kubectl.version.unknownReason).toMatch(/K8S_VERSION is not declared by an ARG or ENV of this stage .*declared again after FROM/);
    expect(records.skipped).toEqual([]);
  });
});

describe('positions across continuations', () => {
  it('a version split by a line continuation spans both lines', () => {
    const records = extractDockerfile('FROM golang\nRUN go get k8s.io/client-go@v10.\\\n0.0\n', { buildArgs: new Map() });
    expect(records.references[0]?.version).toMatchObject({ value: 'v10.0.0', at: { line: 2, column: 29, endLine: 3, endColumn: 4 } });
  });

  it('quoted repository text in notes is cut', () => {
    const tag = `v1.13.6-${'x'.repeat(500)}`;
    const [record] = extractDockerfile(`FROM registry.k8s.io/kube-proxy:${tag}\n`, { buildArgs: new Map() }).references;
    expect(record?.notes[0]?.length).toBeLessThan(200);
  });
});

describe('variable forms', () => {
  const records = extract('variable-forms.dockerfile.txt');
  const byLine = (line: number) => records.references.filter((record) => record.line === line);

  it('v${KUBE_VERSION}: the version is reported at the ARG, which holds the part after the v', () => {
    const [kubectl] = byLine(6) as [DockerfileReferenceRecord];
    expect(brief(kubectl)).toEqual({ carrier: 'release-url', subject: 'kubectl', version: 'v1.13.6', at: '2:18-2:24' });
    expect(kubectl.version.variable).toEqual({ keyword: 'ARG', name: 'KUBE_VERSION', line: 2, holds: { start: 1, end: 7 } });
    expect(kubectl.version.related).toEqual([{ line: 6, column: 42, label: '${KUBE_VERSION} in RUN' }]);
  });

  it('${VAR:-default} takes the default when the ARG has no value; $VAR without braces', () => {
    const [goGet] = byLine(7) as [DockerfileReferenceRecord];
    expect(brief(goGet)).toEqual({ carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v11.0.0', at: '5:29-5:36' });
    expect(goGet.version.written).toBe('$CG');
  });

  it('${VAR:+x} on an ARG without value is unknown, naming the ARG to pass', () => {
    const [goGet] = byLine(8) as [DockerfileReferenceRecord];
    expect(goGet.version.value).toBeNull();
    expect(goGet.version.unknownReason).toBe('ARG SUFFIX (line 4) has no default and no build arg sets it; pass SUFFIX=… in docker-build-args (CLI: --build-arg SUFFIX=…)');
    // SUFFIX is only part of the version, so it is not named as the variable to set to a whole version.
    expect(goGet.version.variable).toBeNull();
  });

  it('${VAR:+x} with a value, and a shell variable set earlier in the same RUN from ${VAR#v}', () => {
    const withSuffix = extract('variable-forms.dockerfile.txt', { SUFFIX: '1' }).references.find((record) => record.line === 8);
    expect(withSuffix?.version.value).toBe('v0.16.4-rc.0');
    const [proxy] = byLine(9) as [DockerfileReferenceRecord];
    expect(brief(proxy)).toEqual({ carrier: 'release-url', subject: 'kube-proxy', version: 'v1.13.6', at: '2:18-2:24' });
    expect(proxy.version.related.map((related) => related.label)).toEqual(['$KV in RUN', '${KUBE_VERSION#v} in shell KV']);
  });

  it('single quotes stop the shell from expanding: the version is the text as written', () => {
    const [quoted] = byLine(10) as [DockerfileReferenceRecord];
    expect(quoted.version.value).toBe('${CLIENT_GO_VERSION}');
  });
});

describe('go commands', () => {
  it('reads go mod edit -require= and -replace= (inline and spaced, to a module, a fork, a directory) and go mod download', () => {
    const records = extract('go-mod-edit-and-download.dockerfile.txt');
    expect(records.references.map((record) => [record.carrier, record.subject, record.version.value, record.replacement ?? null])).toEqual([
      ['module-version', 'k8s.io/client-go', 'v0.14.1', null],
      ['module-replace', 'k8s.io/client-go', 'kubernetes-1.13.4', { module: 'k8s.io/client-go', directory: null }],
      ['module-replace', 'k8s.io/client-go', 'v1.2.3', { module: 'github.com/acme/client-go', directory: null }],
      ['module-replace', 'k8s.io/client-go', './third_party/client-go', { module: null, directory: './third_party/client-go' }],
      ['module-version', 'k8s.io/client-go', 'latest', null],
      ['module-version', 'k8s.io/code-generator', 'v0.15.7', null],
    ]);
    expect(records.references[1]?.version.at).toEqual(spanAt(5, 60, 17));
  });
});

describe('git', () => {
  it('reads clone --branch, a later checkout in the same RUN, -b of kubernetes/kubernetes, ADD of a git URL and a clone without ref', () => {
    const records = extract('git-sources.dockerfile.txt');
    expect(records.references.map((record) => [record.scheme, record.subject, record.version.value, record.line])).toEqual([
      ['client-go', 'kubernetes/client-go', 'v11.0.0', 2],
      ['kubernetes', 'kubernetes/kubernetes', 'v1.13.6', 5],
      ['kubernetes', 'kubernetes/kubernetes', 'release-1.13', 10],
      ['client-go', 'kubernetes/client-go', 'kubernetes-1.14.3', 12],
      ['client-go', 'kubernetes/client-go', 'master', 13],
    ]);
    const checkout = records.references[1] as DockerfileReferenceRecord;
    expect(checkout.version.at).toEqual(spanAt(4, 13, 7));
    expect(checkout.version.related).toContainEqual({ line: 5, column: 15, label: 'git clone' });
    expect(checkout.notes).toContain('checked out tags/v1.13.6 on line 5');
    expect(records.references[4]?.version.written).toBe('(default branch)');
  });
});

describe('Kubernetes release downloads', () => {
  it('finds dl.k8s.io, the kubernetes-release bucket, GitHub releases and archives; skips checksums; a $(…) version is unknown', () => {
    const records = extract('release-downloads.dockerfile.txt');
    expect(records.references.map(brief)).toEqual([
      { carrier: 'release-url', subject: 'kubectl', version: 'v1.13.6', at: '2:40-2:47' },
      { carrier: 'release-url', subject: 'kube-apiserver', version: 'v1.11.2', at: '4:71-4:78' },
      { carrier: 'release-url', subject: 'kubernetes-server', version: 'v1.16.0', at: '5:64-5:71' },
      { carrier: 'release-url', subject: 'kubernetes-node', version: 'v1.15.3', at: '6:45-6:52' },
      { carrier: 'release-url', subject: 'kubectl', version: null, at: '7:41-7:91' },
      { carrier: 'release-url', subject: 'kubernetes', version: 'v1.14.2', at: '8:75-8:82' },
      { carrier: 'release-url', subject: 'kubectl', version: 'v1.30.0', at: '9:40-9:47' },
    ]);
    expect(records.references[4]?.version.unknownReason).toMatch(/computed while the image builds/);
    expect(records.references[0]?.context).toBe('https://dl.k8s.io/release/v1.13.6/bin/linux/amd64/kubectl');
  });
});

describe('Kubernetes component images', () => {
  it('FROM and COPY --from of registry.k8s.io, k8s.gcr.io and gcr.io/google_containers images; placeholders, stages and other images are not findings', () => {
    const records = extract('component-images.dockerfile.txt');
    expect(records.references.map(brief)).toEqual([
      { carrier: 'image-tag', subject: 'registry.k8s.io/kube-controller-manager', version: 'v1.14.1', at: '4:46-4:53' },
      { carrier: 'image-tag', subject: 'k8s.gcr.io/kube-proxy', version: 'v1.13.6', at: '5:35-5:42' },
      { carrier: 'image-tag', subject: 'gcr.io/google_containers/hyperkube-amd64', version: 'v1.12.10', at: '7:47-7:55' },
      { carrier: 'image-tag', subject: 'registry.k8s.io/kube-apiserver', version: null, at: '8:6-8:108' },
      { carrier: 'image-tag', subject: 'registry.k8s.io/kubectl', version: 'v1.28.0', at: '10:30-10:37' },
    ]);
    expect(records.references[3]?.version.unknownReason).toMatch(/pinned by digest only/);
    expect(records.references.map((record) => record.component)).toEqual(['kube-controller-manager', 'kube-proxy', 'hyperkube', 'kube-apiserver', 'kubectl']);
    // FROM BASEIMAGE and FROM golang:${GO_VERSION} (no default) are neither findings nor errors.
    expect(records.skipped).toEqual([]);
  });
});

describe('build stages', () => {
  it('records the context paths a stage copies or bind-mounts and its first go build; go install pkg@version is not a build of the copied module', () => {
    const records = extract('go-build-stage.dockerfile.txt');
    expect(records.goBuildStages).toEqual([
      { stageLine: 1, stageName: 'build', copies: [{ source: 'go.*', line: 3 }, { source: '.', line: 5 }], build: { at: spanAt(6, 19, 8), command: 'go build' } },
      { stageLine: 7, stageName: 'tool', copies: [{ source: 'tools', line: 8 }], build: { at: spanAt(8, 71, 10), command: 'go install' } },
    ]);
    expect(records.references).toEqual([]);
  });
});

describe('kubectl that keeps running', () => {
  it('sees ENTRYPOINT ["kubectl", "proxy"]', () => {
    const records = extract('kubectl-long-running.dockerfile.txt');
    expect(records.longRunningKubectl).toEqual([{ line: 4, use: 'kubectl proxy' }]);
    expect(records.references.map(brief)).toEqual([{ carrier: 'release-url', subject: 'kubectl', version: 'v1.13.6', at: '2:21-2:28' }]);
  });
});

describe('bad input becomes skipped lines, never an exception', () => {
  it('an unterminated heredoc: said once, its body still read', () => {
    const records = extract('unterminated-heredoc.dockerfile.txt');
    expect(records.skipped).toEqual([{ line: 2, reason: 'the heredoc <<EOT is never closed: the rest of the file is its body (docker build fails here)' }]);
    expect(records.references.map(brief)).toEqual([{ carrier: 'module-version', subject: 'k8s.io/client-go', version: 'v10.0.0', at: '3:25-3:32' }]);
  });

  it('a file truncated inside a continuation', () => {
    const records = extract('truncated-continuation.dockerfile.txt');
    expect(records.skipped).toEqual([{ line: 3, reason: 'the file ends inside a line continuation (truncated?); the last instruction is read as it stands' }]);
    expect(records.references.map((record) => record.version.value)).toEqual(['v10.0.0', 'v1.13.6']);
  });

  it('an ARG cycle: both ARGs said, the version unknown with the reason', () => {
    const records = extract('arg-cycle.dockerfile.txt');
    expect(records.skipped).toEqual([
      { line: 1, reason: 'ARG A (line 1) uses ${B} before it is defined on line 2; docker build reads it as empty, the gate as unknown' },
      { line: 2, reason: 'ARG B (line 2) depends on itself (an ARG/ENV cycle); its value stays unknown' },
    ]);
    expect(records.references[0]?.version.value).toBeNull();
    expect(records.references[0]?.version.unknownReason).toBe('ARG A (line 1) uses ${B} before B is defined (line 2); docker build reads it as empty');
  });

  it('garbage lines and an unterminated quote', () => {
    const records = extract('garbage.dockerfile.txt');
    expect(records.skipped).toEqual([
      { line: 1, reason: '"this" is not a Dockerfile instruction (docker build stops here); line skipped' },
      { line: 2, reason: '"{" is not a Dockerfile instruction (docker build stops here); line skipped' },
      { line: 4, reason: 'RUN: unterminated double quote; the rest of the instruction is read as one word' },
    ]);
  });

  it('a binary-looking or empty text yields nothing', () => {
    expect(extractDockerfile('', { buildArgs: new Map() })).toEqual({ references: [], images: [], goBuildStages: [], longRunningKubectl: [], skipped: [] });
    expect(extractDockerfile('\uFEFF\u0001\u0002FROM\r\r\r', { buildArgs: new Map() }).references).toEqual([]);
  });

  it('a 10,000-line file is read in full, and its one broken heredoc is said', () => {
    const lines = ['ARG V=v10.0.0', 'FROM golang:1.12', 'ARG V'];
    // client-go every tenth RUN: the file stays under the per-file cap on versions (tested below).
    const module = (i: number): string => (i % 20 === 0 ? 'k8s.io/client-go' : `example.com/m${i}`);
    for (let i = 0; i < 9_995; i += 1) lines.push(i % 2 === 0 ? `RUN go get ${module(i)}@v0.${i % 30}.0 && echo ${i}` : `ENV E${i}=\${V}`);
    lines.push('RUN <<EOT', 'go get k8s.io/client-go@${V}');
    const started = Date.now();
    const records = extractDockerfile(lines.join('\n'), { buildArgs: new Map() });
    // Linear, not quadratic: about a second on Node, a few under jest's transform.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(records.references).toHaveLength(501);
    expect(records.references.find((record) => record.line === 9_999)?.version).toMatchObject({ value: 'v10.0.0', at: spanAt(1, 7, 7) });
    expect(records.skipped).toEqual([{ line: 9_999, reason: 'the heredoc <<EOT is never closed: the rest of the file is its body (docker build fails here)' }]);
  });

  it('judges the first 1,000 versions of a file and stops there with one unknown saying where', () => {
    const lines = ['FROM golang:1.21'];
    for (let i = 0; i < 1_500; i += 1) lines.push(`RUN go get k8s.io/client-go@v0.${i % 30}.0`);
    const { references } = extractDockerfile(lines.join('\n'), { buildArgs: new Map() });
    expect(references).toHaveLength(1_001);
    expect(references[999]).toMatchObject({ line: 1_001, version: { value: 'v0.9.0' } });
    expect(references[1_000]).toMatchObject({
      subject: 'k8s.io/client-go',
      line: 1_002,
      version: {
        value: null,
        at: spanAt(1_002, 29, 7),
        unknownReason: 'this Dockerfile names more than 1,000 Kubernetes client versions: the gate judged the first 1,000, and stopped reading at line 1002, so nothing from there on is judged',
      },
    });
  });
});

describe('images a Dockerfile pulls in', () => {
  it('lists FROM and COPY --from images with their place, expanded, but not stages or scratch', () => {
    const text = [
      'ARG REGISTRY=127.0.0.1:5000',
      'ARG TAG',
      'FROM --platform=linux/arm64 ${REGISTRY}/team/controller:v1 AS base',
      'FROM golang:1.22 AS build',
      'COPY --from=base /bin/x /x',
      'COPY --from=${REGISTRY}/tools/kubectl:v1.28.0 /kubectl /kubectl',
      'FROM scratch',
      'FROM example.com/app:${TAG}',
    ].join('\n');
    const { images } = extractDockerfile(text, { buildArgs: new Map() });
    expect(images.map(({ keyword, line, reference, platform, unresolved }) => ({ keyword, line, reference, platform, unresolved: unresolved !== null }))).toEqual([
      { keyword: 'FROM', line: 3, reference: '127.0.0.1:5000/team/controller:v1', platform: 'linux/arm64', unresolved: false },
      { keyword: 'FROM', line: 4, reference: 'golang:1.22', platform: null, unresolved: false },
      // A global ARG is seen by FROM lines only; inside a stage it needs its own `ARG REGISTRY`, as docker build does.
      { keyword: 'COPY', line: 6, reference: '${REGISTRY}/tools/kubectl:v1.28.0', platform: null, unresolved: true },
      { keyword: 'FROM', line: 8, reference: 'example.com/app:${TAG}', platform: null, unresolved: true },
    ]);
    // The span starts where the reference's first character comes from: here the ARG default on line 1.
    expect(images[1]?.at).toEqual({ line: 4, column: 6, endLine: 4, endColumn: 17 });
  });
});
