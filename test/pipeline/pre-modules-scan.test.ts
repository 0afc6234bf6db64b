import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

interface ScanOptions {
  minimum?: string;
  maxFileSize?: string;
}

/** Settings as the CLI makes them, so every default (of every ecosystem) is the one users get. */
function settingsFor(root: string, policy: PolicyName, options: ScanOptions = {}): ScanSettings {
  const argv = ['scan', root, '--policy', policy];
  if (options.minimum) argv.push('--minimum-version', options.minimum);
  if (options.maxFileSize) argv.push('--max-file-size', options.maxFileSize);
  const command = parseCliArguments(argv, root);
  if (command.kind !== 'scan') throw new Error(`not a scan: ${command.kind}`);
  return command.scan;
}

async function scan(files: Record<string, string>, policy: PolicyName = 'strict', options: ScanOptions = {}) {
  return scanRepository(settingsFor(inlineRepo(files), policy, options), TOOL);
}

async function onlyFinding(files: Record<string, string>, policy: PolicyName = 'strict'): Promise<Finding> {
  const { findings } = await scan(files, policy);
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

afterAll(removeFixtureRepos);

describe('acceptance', () => {
  it('Gopkg.lock revision 6ee68ca5… on branch release-11.0 is Kubernetes 1.14.0, outdated under strict, on the revision line', async () => {
    const finding = await onlyFinding({ 'Gopkg.lock': fixture('lock-revision-with-release-branch.gopkg-lock.txt') });
    expect(finding).toMatchObject({
      file: 'Gopkg.lock',
      line: 33,
      column: 15,
      endLine: 33,
      endColumn: 55,
      source: 'Gopkg.lock',
      declared: 'release-11.0',
      kubernetes: '1.14.0',
      reloadsToken: false,
      verdict: 'outdated',
      severity: 'error',
      rule: 'in-cluster-reload',
    });
  });

  it('a glide.lock pinning the kubernetes-1.14.1 commit is outdated under strict and ok under documented', async () => {
    const files = { 'glide.lock': fixture('imports-bare-commit-1.14.1.glide-lock.txt') };
    expect(await onlyFinding(files, 'strict')).toMatchObject({ verdict: 'outdated', kubernetes: '1.14.1', line: 11, column: 12 });
    expect(await onlyFinding(files, 'documented')).toMatchObject({ verdict: 'ok', kubernetes: '1.14.1' });
  });

  it.each(POLICIES)('a glide.lock pinning the kubernetes-1.15.0 commit is ok under %s', async (policy) => {
    const finding = await onlyFinding({ 'glide.lock': fixture('imports-bare-commit-1.15.0.glide-lock.txt') }, policy);
    expect(finding).toMatchObject({ verdict: 'ok', kubernetes: '1.15.0', reloadsToken: true });
  });

  it.each(POLICIES)('version = "~0.17" in Gopkg.toml is ok under %s', async (policy) => {
    expect(await onlyFinding({ 'Gopkg.toml': fixture('manifest-tilde-range.gopkg-toml.txt') }, policy)).toMatchObject({ verdict: 'ok', line: 18, column: 14, kubernetes: '1.17.0' });
  });

  it('version = "^10.0.0" in Gopkg.toml is outdated under strict (and ok under reload: v10.0.0 reloads)', async () => {
    const files = { 'Gopkg.toml': fixture('manifest-caret-range.gopkg-toml.txt') };
    expect(await onlyFinding(files, 'strict')).toMatchObject({ verdict: 'outdated', severity: 'error', rule: 'documented-minimum', kubernetes: '1.13.0' });
    expect(await onlyFinding(files, 'reload')).toMatchObject({ verdict: 'ok' });
  });

  it('Godeps.json with 40 client-go packages gives one finding, at the first client-go entry (its Rev)', async () => {
    const finding = await onlyFinding({ 'Godeps/Godeps.json': fixture('forty-client-go-packages-with-comment.godeps-json.txt') });
    expect(finding).toMatchObject({ file: 'Godeps/Godeps.json', line: 31, column: 12, declared: 'v8.0.0', kubernetes: '1.11.0', verdict: 'outdated' });
    expect(finding.message).toContain('40 client-go packages listed, all at this revision');
  });
});

describe('ranges that partly pass', () => {
  it('are a warning that names the first passing release, and do not fail the check', async () => {
    const report = await scan({ 'Gopkg.toml': fixture('manifest-range-across-the-fix.gopkg-toml.txt') });
    expect(report.findings[0]).toMatchObject({ verdict: 'outdated', severity: 'warning', kubernetes: '1.13.0' });
    expect(report.findings[0]?.message).toContain('Warning only: >=10.0.0 also admits releases that pass, the first being v12.0.0');
    expect(report.result).toBe('pass');
  });

  it('follow the policy: under reload, >=10.0.0 admits v11.0.0, which fails, so it is still a warning', async () => {
    const finding = await onlyFinding({ 'Gopkg.toml': fixture('manifest-range-across-the-fix.gopkg-toml.txt') }, 'reload');
    expect(finding).toMatchObject({ severity: 'warning', kubernetes: '1.14.0' });
    expect(finding.message).toContain('the first being v10.0.0');
  });

  it('fail entirely when no admitted release passes: >= 9.0.0, < 11.0.0 under strict', async () => {
    const finding = await onlyFinding({ 'Gopkg.toml': fixture('manifest-comparison-range.gopkg-toml.txt') });
    expect(finding).toMatchObject({ verdict: 'outdated', severity: 'error', kubernetes: '1.13.0' });
    expect(finding.message).toContain('no release >= 9.0.0, < 11.0.0 admits passes the strict policy (2 releases, v9.0.0 to v10.0.0)');
  });

  it('count the minimum-version floor as part of passing', async () => {
    const report = await scan({ 'Gopkg.toml': fixture('manifest-tilde-range.gopkg-toml.txt') }, 'strict', { minimum: 'v0.17.5' });
    expect(report.findings[0]).toMatchObject({ verdict: 'outdated', severity: 'warning' });
    expect(report.findings[0]?.message).toContain('the first being v0.17.5');
  });
});

describe('the fix for pre-modules files', () => {
  it('gives the migration to Go modules, aligned with the other k8s.io repositories, then the smallest lock change', async () => {
    const finding = await onlyFinding({ 'services/legacy/Gopkg.lock': fixture('lock-revision-with-release-branch.gopkg-lock.txt') });
    expect(finding.fix).toContain(
      'Migrate services/legacy to Go modules: `go mod init <import path>`, then `go get k8s.io/client-go@kubernetes-1.14.3 k8s.io/api@kubernetes-1.14.3 && go mod tidy` (or, with semantic-version tags, v0.15.7), and remove Gopkg.toml and Gopkg.lock.',
    );
    expect(finding.fix).toContain(
      'If you cannot migrate yet: in Gopkg.toml set `version = "kubernetes-1.14.3"` in the [[constraint]] for k8s.io/client-go (an [[override]] if a dependency constrains it too), with the same tag for k8s.io/api, then run `dep ensure -update k8s.io/client-go`; Gopkg.lock then pins commit b8faab9c5193 (kubernetes-1.14.3).',
    );
  });

  it.each([
    ['glide.lock', fixture('imports-bare-commit-1.14.1.glide-lock.txt'), 'in glide.yaml set `version: kubernetes-1.14.3` for k8s.io/client-go, with the same tag for k8s.io/api, then run `glide update`'],
    ['Godeps/Godeps.json', fixture('forty-client-go-packages-with-comment.godeps-json.txt'), 'check out kubernetes-1.14.3 (commit b8faab9c5193) in $GOPATH/src/k8s.io/client-go'],
    ['vendor/vendor.json', fixture('with-version.govendor-json.txt'), 'run `govendor fetch k8s.io/client-go/...@kubernetes-1.14.3`; vendor.json then pins commit b8faab9c5193 (kubernetes-1.14.3)'],
  ])('words the lock change for %s in that tool', async (file, text, words) => {
    const finding = await onlyFinding({ [file]: text });
    expect(finding.fix).toContain(words);
    expect(finding.fix).toMatch(/Migrate the repository root to Go modules/);
  });

  it('writes a v0.X.Y target as its kubernetes-1.X.Y twin in the lock', async () => {
    const report = await scan({ 'glide.lock': fixture('imports-bare-commit-1.14.1.glide-lock.txt') }, 'strict', { minimum: 'v0.17.0' });
    expect(report.findings[0]?.fix).toContain('go get k8s.io/client-go@v0.17.0 k8s.io/api@v0.17.0');
    expect(report.findings[0]?.fix).toContain('set `version: kubernetes-1.17.0`');
    expect(report.findings[0]?.fix).toContain('pins commit c68b62b1efa1 (kubernetes-1.17.0)');
  });
});

describe('bad input', () => {
  it('reports invalid TOML, YAML and JSON with file and line, and still reports the other files', async () => {
    const report = await scan({
      'a/Gopkg.lock': fixture('lock-invalid-toml.gopkg-lock.txt'),
      'b/glide.yaml': fixture('import-invalid-yaml.glide-yaml.txt'),
      'c/Godeps/Godeps.json': '{"Deps": [{"ImportPath": "k8s.io/client-go/rest", "Rev": }]}',
      'd/glide.lock': fixture('imports-bare-commit-1.15.0.glide-lock.txt'),
    });
    expect(report.diagnostics).toEqual([
      { file: 'a/Gopkg.lock', line: 4, message: "invalid TOML: Can't redefine existing key" },
      { file: 'b/glide.yaml', line: 5, message: 'invalid YAML: Map keys must be unique' },
      { file: 'b/glide.yaml', line: 6, message: '"package" is not a single value' },
      { file: 'b/glide.yaml', line: 7, message: expect.stringMatching(/^invalid YAML: Flow sequence/) as unknown as string },
      { file: 'c/Godeps/Godeps.json', line: 1, message: 'invalid JSON: expected a value' },
    ]);
    expect(report.findings.map((finding) => [finding.file, finding.verdict])).toEqual([
      ['b/glide.yaml', 'outdated'],
      ['d/glide.lock', 'ok'],
    ]);
  });

  it('makes nothing of manifests without client-go: no finding, no diagnostic', async () => {
    const report = await scan({
      'Gopkg.lock': '[[projects]]\n  name = "github.com/golang/glog"\n  revision = "23def4e6c14b4da8ac2ed8007337bc5eb5007998"\n',
      'Godeps/Godeps.json': '{"Deps": []}',
      'glide.yaml': 'package: x\nimport: []\n',
    });
    expect(report.findings).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });

  it('reports a client-go project listed twice and judges the first', async () => {
    const report = await scan({ 'Gopkg.lock': fixture('lock-client-go-listed-twice.gopkg-lock.txt') });
    expect(report.findings.map((finding) => finding.kubernetes)).toEqual(['1.14.1']);
    expect(report.diagnostics).toEqual([{ file: 'Gopkg.lock', line: 5, message: '[[projects]] k8s.io/client-go is listed again (first on line 1); the first entry is judged' }]);
  });

  it('makes a 30 MB lock file that names client-go unknown at that line and judges the rest; with a larger limit it is judged', async () => {
    const root = inlineRepo({ 'small/glide.lock': fixture('imports-bare-commit-1.15.0.glide-lock.txt') });
    const lock = hugeLock(30 * 1024 * 1024);
    writeFileSync(path.join(root, 'Gopkg.lock'), lock);
    const limited = await scanRepository(settingsFor(root, 'strict'), TOOL);
    const clientGoLine = lock.slice(0, lock.indexOf('client-go')).split('\n').length;
    expect(limited.findings.map((finding) => [finding.file, finding.line, finding.verdict, finding.rule])).toEqual([
      ['Gopkg.lock', clientGoLine, 'unknown', 'unreadable-source'],
      ['small/glide.lock', 5, 'ok', 'passes'],
    ]);
    expect(limited.findings[0]?.message).toMatch(/^Unknown: Gopkg\.lock is \d+ bytes, over the max-file-size cap of 16777216 bytes, so it was not read, although it names a Kubernetes client on line \d+;/);
    expect(limited.findings[0]?.fix).toMatch(/^Raise max-file-size to at least 31m \(the file is \d+ bytes\)/);
    expect(limited.diagnostics).toEqual([]);
    const unlimited = await scanRepository(settingsFor(root, 'strict', { maxFileSize: '64m' }), TOOL);
    expect(unlimited.findings.map((finding) => [finding.file, finding.kubernetes, finding.verdict])).toEqual([
      ['Gopkg.lock', '1.14.0', 'outdated'],
      ['small/glide.lock', '1.15.0', 'ok'],
    ]);
  });
});

/** A dep lock of many unrelated projects with client-go last, at least `bytes` long. */
function hugeLock(bytes: number): string {
  const project = (i: number) => `[[projects]]\n  digest = "1:0c31f7b1c3ef"\n  name = "github.com/example/project${i}"\n  packages = ["."]\n  pruneopts = "UT"\n  revision = "23def4e6c14b4da8ac2ed8007337bc5eb5007998"\n  version = "v1.0.0"\n\n`;
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const next = project(i);
    parts.push(next);
    length += next.length;
  }
  parts.push('[[projects]]\n  name = "k8s.io/client-go"\n  revision = "6ee68ca5fd8355d024d02f9db0b3b667e8357a0f"\n');
  return parts.join('');
}

describe('every shape of domain.md §4.5–4.8 in one repository', () => {
  it('matches the golden JSON report under strict', async () => {
    const report = await scanRepository(settingsFor(fixtureRepo('pre-modules-every-shape'), 'strict'), TOOL);
    expectGolden('pre-modules-every-shape.strict.json', renderJson(report), GOLDEN);
  });

  it('matches the golden JSON report under reload', async () => {
    const report = await scanRepository(settingsFor(fixtureRepo('pre-modules-every-shape'), 'reload'), TOOL);
    expectGolden('pre-modules-every-shape.reload.json', renderJson(report), GOLDEN);
  });
});
