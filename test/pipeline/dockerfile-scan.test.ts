import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/model/finding.js';
import type { PolicyName, ScanSettings } from '../../src/model/settings.js';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { renderJson } from '../../src/report/json.js';
import { parseCliArguments } from '../../src/settings/cli-settings.js';
import { fixtureRepo, inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { expectGolden } from '../report/golden.js';

const TOOL = { name: 'client-go-token-gate', version: 'test' };
const GOLDEN = new URL('./golden/', import.meta.url);
const POLICIES: PolicyName[] = ['strict', 'documented', 'reload'];

const fixture = (name: string): string => readFileSync(new URL(`../extract/fixtures/${name}`, import.meta.url), 'utf8');

/** Settings as the CLI makes them from these flags, so every other default is the one users get. */
function settingsFor(root: string, flags: string[] = []): ScanSettings {
  const command = parseCliArguments(['scan', root, ...flags], root);
  if (command.kind !== 'scan') throw new Error(`not a scan: ${command.kind}`);
  return command.scan;
}

async function scanFiles(files: Record<string, string>, flags: string[] = []) {
  return scanRepository(settingsFor(inlineRepo(files), flags), TOOL);
}

async function onlyFinding(files: Record<string, string>, flags: string[] = []): Promise<Finding> {
  const report = await scanFiles(files, flags);
  expect(report.findings).toHaveLength(1);
  return report.findings[0] as Finding;
}

afterAll(removeFixtureRepos);

describe('acceptance', () => {
  it('ARG CLIENT_GO_VERSION=v10.0.0 then go get k8s.io/client-go@${CLIENT_GO_VERSION}: one finding at the ARG line, the use related, outdated under strict', async () => {
    const finding = await onlyFinding({ Dockerfile: fixture('arg-default-go-get.dockerfile.txt') });
    expect(finding).toMatchObject({
      file: 'Dockerfile',
      line: 1,
      column: 23,
      endLine: 1,
      endColumn: 30,
      source: 'Dockerfile',
      module: 'k8s.io/client-go',
      declared: 'v10.0.0',
      kubernetes: '1.13.0',
      verdict: 'outdated',
      severity: 'error',
      rule: 'documented-minimum',
    });
    expect(finding.related).toEqual([
      { file: 'Dockerfile', line: 4, column: 29, label: '${CLIENT_GO_VERSION} in RUN' },
      { file: 'Dockerfile', line: 3, column: 5, label: 'ARG CLIENT_GO_VERSION' },
    ]);
    expect(finding.fix).toMatch(/^Set ARG CLIENT_GO_VERSION on line 1 to kubernetes-1\.14\.3 \(or, with semantic-version tags, v0\.15\.7\); it sets the version used on line 4\./);
  });

  it.each(POLICIES)('curl -LO https://dl.k8s.io/release/v1.13.6/bin/linux/amd64/kubectl: Kubernetes 1.13.6, outdated at warning level under %s', async (policy) => {
    const report = await scanFiles({ Dockerfile: 'FROM debian:bookworm\nRUN curl -LO https://dl.k8s.io/release/v1.13.6/bin/linux/amd64/kubectl\n' }, ['--policy', policy]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ line: 2, column: 40, module: 'kubectl', kubernetes: '1.13.6', verdict: 'outdated', severity: 'warning' });
    expect(report.findings[0]?.message).toMatch(/Warning only: kubectl is a short-lived command that reads the token file at every start/);
    expect(report.findings[0]?.fix).toMatch(/^Download `https:\/\/dl\.k8s\.io\/release\/v1\.1[34]\.\d+\/bin\/linux\/amd64\/kubectl` or a later release instead \(line 2\)/);
    expect(report.result).toBe('pass');
  });

  it('kubectl-severity error raises kubectl to an error that fails the check', async () => {
    const report = await scanFiles({ Dockerfile: 'FROM debian:bookworm\nRUN curl -LO https://dl.k8s.io/release/v1.13.6/bin/linux/amd64/kubectl\n' }, ['--kubectl-severity', 'error']);
    expect(report.findings[0]).toMatchObject({ verdict: 'outdated', severity: 'error' });
    expect(report.findings[0]?.message).toMatch(/kubectl-severity: error judges kubectl like any other program/);
    expect(report.result).toBe('fail');
  });

  it('FROM registry.k8s.io/kube-controller-manager:v1.14.1 is outdated under strict and ok under documented', async () => {
    const files = { Dockerfile: 'FROM registry.k8s.io/kube-controller-manager:v1.14.1\n' };
    const strict = await onlyFinding(files);
    expect(strict).toMatchObject({ line: 1, column: 46, endColumn: 53, module: 'registry.k8s.io/kube-controller-manager', kubernetes: '1.14.1', verdict: 'outdated', severity: 'error', rule: 'in-cluster-reload' });
    expect(strict.fix).toMatch(/^Use registry\.k8s\.io\/kube-controller-manager:v1\.14\.3 or later on line 1\./);
    expect(await onlyFinding(files, ['--policy', 'documented'])).toMatchObject({ verdict: 'ok', severity: 'notice' });
  });

  it('FROM golang:${GO_VERSION} without a default: no client-go finding and no error', async () => {
    const report = await scanFiles({ Dockerfile: 'ARG GO_VERSION\nFROM golang:${GO_VERSION}\nRUN go build ./...\n', 'Dockerfile.template': 'FROM BASEIMAGE\n' });
    expect(report.findings).toEqual([]);
    expect(report.diagnostics).toEqual([]);
    expect(report.result).toBe('pass');
  });
});

describe('a build stage that builds a go.mod of the repository', () => {
  it('mirrors the go.mod finding at the go build, related to it, as a warning: the go.mod finding fails the check', async () => {
    const report = await scanRepository(settingsFor(fixtureRepo('dockerfiles-acceptance')), TOOL);
    const goMod = report.findings.find((finding) => finding.file === 'services/billing/go.mod');
    const built = report.findings.find((finding) => finding.file === 'Dockerfile' && finding.line === 8);
    expect(goMod).toMatchObject({ line: 5, verdict: 'outdated', severity: 'error' });
    expect(built).toMatchObject({ column: 19, endColumn: 27, source: 'Dockerfile', declared: 'v10.0.0+incompatible', verdict: 'outdated', severity: 'warning' });
    expect(built?.related).toEqual([
      { file: 'services/billing/go.mod', line: 5, column: 26, label: 'the go.mod finding this image builds' },
      { file: 'Dockerfile', line: 5, label: 'COPY of services/billing/go.mod' },
      { file: 'Dockerfile', line: 2, label: 'build stage build' },
    ]);
    expect(built?.message).toMatch(/Warning only: the finding at services\/billing\/go\.mod:5 already fails the check/);
    expect(built?.fix).toMatch(/^This image builds services\/billing\/go\.mod: fix client-go there, then rebuild the image\. Run `go get k8s\.io\/client-go@kubernetes-1\.14\.3/);
  });

  it('relates through the Dockerfile\'s own directory as the build context, and not at all when the go.mod has no client-go', async () => {
    const report = await scanFiles({
      'svc/Dockerfile': 'FROM golang:1.20\nCOPY go.* ./\nRUN go build ./...\n',
      'svc/go.mod': 'module example.com/svc\n\ngo 1.20\n\nrequire k8s.io/client-go v0.28.4\n',
      'other/Dockerfile': 'FROM golang:1.20\nCOPY . .\nRUN go build ./...\n',
      'other/go.mod': 'module example.com/other\n\ngo 1.20\n',
    });
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.verdict, finding.severity])).toEqual([
      ['svc/Dockerfile', 3, 'ok', 'notice'],
      ['svc/go.mod', 5, 'ok', 'notice'],
    ]);
  });
});

describe('settings', () => {
  it('docker-build-args fill an ARG without default; without them the version is unknown, naming the ARG', async () => {
    const root = fixtureRepo('dockerfiles-acceptance');
    const pinned = (report: { findings: Finding[] }) => report.findings.find((finding) => finding.file === 'images/pinned/Dockerfile');
    const without = pinned(await scanRepository(settingsFor(root), TOOL));
    expect(without).toMatchObject({ line: 3, column: 74, verdict: 'unknown', severity: 'warning', declared: '${OPERATOR_CLIENT_GO}' });
    expect(without?.message).toMatch(/pass OPERATOR_CLIENT_GO=… in docker-build-args \(CLI: --build-arg OPERATOR_CLIENT_GO=…\)/);
    expect(without?.fix).toMatch(/^Give ARG OPERATOR_CLIENT_GO on line 2 the value kubernetes-1\.14\.3/);
    const withArg = pinned(await scanRepository(settingsFor(root, ['--build-arg', 'OPERATOR_CLIENT_GO=v0.15.7']), TOOL));
    expect(withArg).toMatchObject({ line: 2, column: 5, verdict: 'ok', declared: 'v0.15.7' });
    expect(withArg?.message).toMatch(/the version comes from the build arg OPERATOR_CLIENT_GO/);
  });

  it('the dockerfiles globs add files discovery does not know; a kubectl that watches is judged like any program', async () => {
    const root = fixtureRepo('dockerfiles-acceptance');
    const files = (report: { findings: Finding[] }) => [...new Set(report.findings.map((finding) => finding.file))];
    expect(files(await scanRepository(settingsFor(root), TOOL))).not.toContain('build/watcher.docker');
    const report = await scanRepository(settingsFor(root, ['--dockerfile', 'build/*.docker']), TOOL);
    const watcher = report.findings.find((finding) => finding.file === 'build/watcher.docker');
    expect(watcher).toMatchObject({ line: 2, column: 62, kubernetes: '1.14.0', verdict: 'outdated', severity: 'error' });
    expect(watcher?.message).toMatch(/the image runs `kubectl get --watch` \(line 3\)/);
  });

  it('a dockerfiles glob that reaches above the root reads nothing', async () => {
    const report = await scanFiles({ 'a/x.docker': 'FROM registry.k8s.io/kube-proxy:v1.13.6\n' }, ['--dockerfile', '../*.docker', '--dockerfile', '**/*.docker']);
    expect(report.findings.map((finding) => finding.file)).toEqual(['a/x.docker']);
  });
});

describe('bad input', () => {
  it('an unterminated heredoc and an ARG cycle are diagnostics with file and line; every other file is still reported', async () => {
    const report = await scanRepository(settingsFor(fixtureRepo('dockerfiles-acceptance')), TOOL);
    expect(report.diagnostics).toEqual([
      { file: 'broken/Dockerfile.cycle', line: 1, message: 'ARG A (line 1) uses ${B} before it is defined on line 2; docker build reads it as empty, the gate as unknown' },
      { file: 'broken/Dockerfile.cycle', line: 2, message: 'ARG B (line 2) depends on itself (an ARG/ENV cycle); its value stays unknown' },
      { file: 'broken/Dockerfile.heredoc', line: 2, message: 'the heredoc <<EOT is never closed: the rest of the file is its body (docker build fails here)' },
    ]);
    expect([...new Set(report.findings.map((finding) => finding.file))]).toEqual([
      'Dockerfile',
      'broken/Dockerfile.cycle',
      'broken/Dockerfile.heredoc',
      'images/controller-manager/Dockerfile.plugin',
      'images/pinned/Dockerfile',
      'services/billing/go.mod',
    ]);
  });

  it('a Dockerfile that names nothing of Kubernetes and builds no Go is not parsed, unless a build arg names Kubernetes', async () => {
    const files = { Dockerfile: 'this is not a Dockerfile\nARG IMAGE\nFROM ${IMAGE}\n' };
    expect(await scanFiles(files)).toMatchObject({ findings: [], diagnostics: [] });
    const withArg = await scanFiles(files, ['--build-arg', 'IMAGE=registry.k8s.io/kube-proxy:v1.13.6']);
    expect(withArg.findings.map((finding) => [finding.line, finding.column, finding.kubernetes, finding.verdict])).toEqual([[2, 5, '1.13.6', 'outdated']]);
    expect(withArg.diagnostics).toEqual([{ file: 'Dockerfile', line: 1, message: '"this" is not a Dockerfile instruction (docker build stops here); line skipped' }]);
  });

  it('a binary Dockerfile is refused with a diagnostic', async () => {
    const report = await scanFiles({ Dockerfile: 'FROM \u0000\u0001 binary' });
    expect(report.diagnostics).toEqual([{ file: 'Dockerfile', line: null, message: 'Dockerfile is binary (contains NUL bytes); skipped' }]);
  });
});

describe('golden reports', () => {
  it('the acceptance repository, with build args and the dockerfiles glob, under strict', async () => {
    const root = fixtureRepo('dockerfiles-acceptance');
    const report = await scanRepository(settingsFor(root, ['--build-arg', 'OPERATOR_CLIENT_GO=v0.15.7', '--dockerfile', 'build/*.docker']), TOOL);
    expectGolden('dockerfiles-acceptance.strict.json', renderJson(report), GOLDEN);
  });

  it.each(['strict', 'reload'] as const)('every extractor scenario as its own Dockerfile, under %s', async (policy) => {
    const scenarios = [
      'arg-default-go-get', 'continuations-comments-heredoc', 'escape-directive-crlf', 'multi-stage-platform', 'variable-forms',
      'go-mod-edit-and-download', 'git-sources', 'release-downloads', 'component-images', 'go-build-stage', 'kubectl-long-running',
      'unterminated-heredoc', 'truncated-continuation', 'arg-cycle', 'garbage',
    ];
    const files: Record<string, string> = Object.fromEntries(scenarios.map((name) => [`${name}/Dockerfile`, fixture(`${name}.dockerfile.txt`)]));
    files['go-build-stage/go.mod'] = 'module example.com/app\n\ngo 1.20\n\nrequire k8s.io/client-go v11.0.0+incompatible\n';
    files['go-build-stage/tools/go.mod'] = 'module example.com/tools\n\ngo 1.20\n\nrequire k8s.io/client-go v0.30.0\n';
    const report = await scanFiles(files, ['--policy', policy]);
    expectGolden(`dockerfiles-every-shape.${policy}.json`, renderJson(report), GOLDEN);
  });
});
