import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/model/finding.js';
import type { PolicyName, ScanSettings } from '../../src/model/settings.js';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';

const TOOL = { name: 'client-go-token-gate', version: 'test' };

function settingsFor(root: string, policy: PolicyName = 'strict', extra: Partial<ScanSettings> = {}): ScanSettings {
  return scanSettingsFor(root, { policy, ...extra });
}

async function scan(files: Record<string, string>, policy: PolicyName = 'strict', extra: Partial<ScanSettings> = {}) {
  return scanRepository(settingsFor(inlineRepo(files), policy, extra), TOOL);
}

function goMod(body: string): string {
  return `module example.com/app\n\ngo 1.13\n\n${body}\n`;
}

afterAll(removeFixtureRepos);

const pick = (finding: Finding) => ({
  file: finding.file,
  line: finding.line,
  column: finding.column,
  verdict: finding.verdict,
  kubernetes: finding.kubernetes,
  reloadsToken: finding.reloadsToken,
});

describe('v10.0.0+incompatible (Kubernetes 1.13.0, reloads through a wrapped transport)', () => {
  const files = { 'go.mod': goMod('require k8s.io/client-go v10.0.0+incompatible') };

  it('is one outdated finding at the version under strict, and the run fails', async () => {
    const report = await scan(files);
    expect(report.findings.map(pick)).toEqual([
      { file: 'go.mod', line: 5, column: 26, verdict: 'outdated', kubernetes: '1.13.0', reloadsToken: true },
    ]);
    expect(report.findings[0]?.message).toMatch(/below the documented minimum .*although this release re-reads the token/);
    expect(report.result).toBe('fail');
  });

  it('is outdated under documented and ok under reload', async () => {
    expect((await scan(files, 'documented')).findings[0]?.verdict).toBe('outdated');
    const reload = await scan(files, 'reload');
    expect(reload.findings[0]?.verdict).toBe('ok');
    expect(reload.result).toBe('pass');
  });

  it('names the smallest passing upgrade as a command, aligned with the other k8s.io modules, with the stop-gap', async () => {
    const report = await scan({
      'go.mod': goMod('require (\n\tk8s.io/api v0.0.0-20181204000039-89a74a8d264d\n\tk8s.io/client-go v10.0.0+incompatible\n)'),
    });
    expect(report.findings[0]?.fix).toMatch(/go get k8s\.io\/client-go@kubernetes-1\.14\.3 k8s\.io\/api@kubernetes-1\.14\.3/);
    expect(report.findings[0]?.fix).toMatch(/v0\.15\.7/);
    expect(report.findings[0]?.fix).toMatch(/restart running pods.*not a fix/);
  });
});

describe('v11.0.0+incompatible (Kubernetes 1.14.0, the #77613 regression)', () => {
  const files = { 'go.mod': goMod('require k8s.io/client-go v11.0.0+incompatible // indirect') };

  it('is outdated under strict, naming the bug and its fix releases', async () => {
    const [finding] = (await scan(files)).findings;
    expect(finding).toMatchObject({ verdict: 'outdated', rule: 'in-cluster-reload', kubernetes: '1.14.0', reloadsToken: false, indirect: true });
    expect(finding?.message).toMatch(/kubernetes\/kubernetes#77613/);
    expect(finding?.message).toMatch(/1\.14\.3/);
  });

  it('is ok under documented, with the disagreement said', async () => {
    const [finding] = (await scan(files, 'documented')).findings;
    expect(finding?.verdict).toBe('ok');
    expect(finding?.message).toMatch(/strict policy fails it/);
  });
});

describe('pseudo-versions are judged by their commit, not their date or semver order', () => {
  it.each([
    ['v0.0.0-20190620085101-78d2af792bab', 'ok', '1.15.0'],
    ['v2.0.0-alpha.0.0.20190313235726-6ee68ca5fd83+incompatible', 'outdated', '1.14.0'],
  ])('%s is %s (Kubernetes %s)', async (version, verdict, kubernetes) => {
    const [finding] = (await scan({ 'go.mod': goMod(`require k8s.io/client-go ${version}`) })).findings;
    expect(finding).toMatchObject({ verdict, kubernetes, line: 5, column: 26 });
  });
});

describe('replace', () => {
  it('points at the replace that decided, with the require line related', async () => {
    const report = await scan({
      'go.mod': goMod('require k8s.io/client-go v10.0.0+incompatible\n\nreplace k8s.io/client-go => k8s.io/client-go v0.0.0-20190817222206-ee6c071a42cf'),
    });
    expect(report.findings.map(pick)).toEqual([
      { file: 'go.mod', line: 7, column: 46, verdict: 'outdated', kubernetes: '1.13.10', reloadsToken: true },
    ]);
    expect(report.findings[0]?.related).toEqual([{ file: 'go.mod', line: 5, column: 26, label: 'require' }]);
    expect(report.findings[0]).toMatchObject({ declared: 'v10.0.0+incompatible', effective: 'v0.0.0-20190817222206-ee6c071a42cf', kubernetesLine: '1.13' });
  });

  it('to a local directory holding client-go source is judged from that source', async () => {
    const report = await scan({
      'go.mod': goMod('require k8s.io/client-go v0.0.0\n\nreplace k8s.io/client-go => ./staging/client-go'),
      'staging/client-go/rest/config.go':
        'package rest\n\nfunc InClusterConfig() (*Config, error) {\n\treturn &Config{\n\t\tBearerToken:     string(token),\n\t\tBearerTokenFile: tokenFile,\n\t}, nil\n}\n',
      'staging/client-go/rest/transport.go':
        'package rest\n\nfunc (c *Config) TransportConfig() (*transport.Config, error) {\n\treturn &transport.Config{\n\t\tBearerToken:     c.BearerToken,\n\t\tBearerTokenFile: c.BearerTokenFile,\n\t}, nil\n}\n',
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ verdict: 'ok', reloadsToken: true, line: 7, column: 29 });
  });

  it('to a local directory whose source drops BearerTokenFile is outdated', async () => {
    const report = await scan({
      'go.mod': goMod('require k8s.io/client-go v0.0.0\n\nreplace k8s.io/client-go => ./staging/client-go'),
      'staging/client-go/rest/config.go':
        'package rest\n\nfunc InClusterConfig() (*Config, error) {\n\treturn &Config{\n\t\tBearerToken:     string(token),\n\t\tBearerTokenFile: tokenFile,\n\t}, nil\n}\n',
      'staging/client-go/rest/transport.go':
        'package rest\n\nfunc (c *Config) TransportConfig() (*transport.Config, error) {\n\treturn &transport.Config{\n\t\tBearerToken: c.BearerToken,\n\t}, nil\n}\n',
    });
    expect(report.findings[0]).toMatchObject({ verdict: 'outdated', reloadsToken: false });
  });

  it('to a local directory without source is unknown, not outdated', async () => {
    const report = await scan({ 'go.mod': goMod('require k8s.io/client-go v0.0.0\n\nreplace k8s.io/client-go => ../client-go') });
    expect(report.findings[0]).toMatchObject({ verdict: 'unknown', reloadsToken: null, kubernetes: null });
    expect(report.result).toBe('pass');
    expect((await scan({ 'go.mod': goMod('require k8s.io/client-go v0.0.0\n\nreplace k8s.io/client-go => ../client-go') }, 'strict', { failOn: 'unknown' })).result).toBe('fail');
  });

  it('to a fork is unknown with the fork named', async () => {
    const report = await scan({
      'go.mod': goMod('require k8s.io/client-go v0.0.0-00010101000000-000000000000\n\nreplace k8s.io/client-go => github.com/someone/client-go v2.0.0-alpha.0.0.20190101000000-abcdefabcdef+incompatible'),
    });
    expect(report.findings[0]).toMatchObject({ verdict: 'unknown' });
    expect(report.findings[0]?.message).toMatch(/github\.com\/someone\/client-go/);
  });
});

describe('go.work and vendor', () => {
  it('a go.work replace overrides the module replace', async () => {
    const report = await scan({
      'go.work': 'go 1.21\n\nuse ./app\n\nreplace k8s.io/client-go => k8s.io/client-go v0.28.4\n',
      'app/go.mod': goMod('require k8s.io/client-go v11.0.0+incompatible\n\nreplace k8s.io/client-go => k8s.io/client-go v11.0.0+incompatible'),
    });
    expect(report.findings.map(pick)).toEqual([
      { file: 'go.work', line: 5, column: 46, verdict: 'ok', kubernetes: '1.28.4', reloadsToken: true },
    ]);
    expect(report.findings[0]?.source).toBe('go.work');
  });

  it('vendor/modules.txt and the vendored source are both findings', async () => {
    const report = await scan({
      'go.mod': goMod('require k8s.io/client-go v11.0.0+incompatible'),
      'vendor/modules.txt': '# k8s.io/client-go v11.0.0+incompatible\nk8s.io/client-go/rest\n',
      'vendor/k8s.io/client-go/rest/config.go':
        'package rest\n\nfunc InClusterConfig() (*Config, error) {\n\treturn &Config{\n\t\tBearerToken:     string(token),\n\t\tBearerTokenFile: tokenFile,\n\t}, nil\n}\n',
      'vendor/k8s.io/client-go/rest/transport.go':
        'package rest\n\nfunc (c *Config) TransportConfig() (*transport.Config, error) {\n\treturn &transport.Config{\n\t\tBearerToken: c.BearerToken,\n\t}, nil\n}\n',
    });
    expect(report.findings.map((finding) => [finding.source, finding.file, finding.line, finding.verdict])).toEqual([
      ['go.mod', 'go.mod', 5, 'outdated'],
      ['client-go-source', 'vendor/k8s.io/client-go/rest/transport.go', 5, 'outdated'],
      ['vendor/modules.txt', 'vendor/modules.txt', 1, 'outdated'],
    ]);
  });

  it('go.sum is read only for a go.mod without client-go, as an inferred warning that does not fail', async () => {
    const report = await scan({
      'go.mod': goMod('require example.com/operator-lib v1.0.0'),
      'go.sum': 'k8s.io/client-go v10.0.0+incompatible/go.mod h1:abc=\nk8s.io/client-go v11.0.0+incompatible h1:def=\nk8s.io/client-go v11.0.0+incompatible/go.mod h1:ghi=\n',
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ source: 'go.sum', line: 2, column: 18, inferred: true, severity: 'warning', verdict: 'outdated' });
    expect(report.result).toBe('pass');
    expect((await scan({ 'go.mod': goMod('require example.com/operator-lib v1.0.0'), 'go.sum': 'k8s.io/client-go v11.0.0+incompatible h1:def=\n' }, 'strict', { failOnInferred: true })).result).toBe('fail');
  });
});

describe('minimum-version', () => {
  it('adds a floor on top of the policy', async () => {
    const files = { 'go.mod': goMod('require k8s.io/client-go v0.15.7') };
    expect((await scan(files)).findings[0]?.verdict).toBe('ok');
    const [finding] = (await scan(files, 'strict', { minimumVersion: 'v0.18.0' })).findings;
    expect(finding).toMatchObject({ verdict: 'outdated', rule: 'minimum-version' });
    expect(finding?.fix).toMatch(/go get k8s\.io\/client-go@v0\.18\.0/);
  });

  it('refuses a floor it cannot resolve', async () => {
    await expect(scan({ 'go.mod': goMod('') }, 'strict', { minimumVersion: 'v99.0.0' })).rejects.toThrow(/minimum-version: "v99.0.0" is not valid/);
  });
});

describe('bad input never hides other results', () => {
  it('a garbage go.mod line is a diagnostic, and an unknown finding when the file names client-go; the good go.mod is still reported', async () => {
    const report = await scan({
      'bad/go.mod': 'module x\n\nrequire (\n\tthis is not valid at all (\n)\n\x00\x01\x02',
      'junk/go.mod': 'garbage ((( \n require k8s.io/client-go\n',
      'good/go.mod': goMod('require k8s.io/client-go v10.0.0+incompatible'),
    });
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.verdict])).toEqual([
      ['good/go.mod', 5, 'outdated'],
      ['junk/go.mod', 1, 'unknown'],
    ]);
    expect(report.findings[1]?.message).toContain('Go refuses this go.mod: line 1: unknown block type: garbage');
    expect(report.diagnostics.length).toBeGreaterThan(0);
    expect(report.diagnostics.every((diagnostic) => diagnostic.file === 'bad/go.mod' || diagnostic.file === 'junk/go.mod')).toBe(true);
  });
});

describe('Go\'s reading decides, not the gate\'s', () => {
  it('a control byte in a trailing comment does not hide the replace: Go builds v11, so it is outdated', async () => {
    const replace = 'replace k8s.io/client-go => k8s.io/client-go v11.0.0+incompatible // \x01';
    const report = await scan({
      'app/go.mod': goMod(`require k8s.io/client-go v0.20.0\n${replace}`),
      'work/go.work': `go 1.19\nuse ./m\n${replace}\n`,
      'work/m/go.mod': 'module example.com/m\n\ngo 1.19\n\nrequire k8s.io/client-go v0.20.0\n',
    });
    expect(report.findings.map((finding) => [finding.file, finding.verdict, finding.effective])).toEqual([
      ['app/go.mod', 'outdated', 'v11.0.0+incompatible'],
      ['work/go.work', 'outdated', 'v11.0.0+incompatible'],
    ]);
    expect(report.diagnostics).toEqual([]);
  });

  it('a go.mod Go refuses fails closed under fail-on: unknown', async () => {
    const root = inlineRepo({ 'go.mod': goMod('require k8s.io/client-go v0.20.0\nreplace k8s.io/client-go => k8s.io/client-go v11.0.0+incompatible \x01') });
    const report = await scanRepository(settingsFor(root, 'strict', { failOn: 'unknown' }), TOOL);
    expect(report.findings.map((finding) => [finding.line, finding.verdict])).toContainEqual([6, 'unknown']);
    expect(report.result).toBe('fail');
  });
});

describe('hostile trees', () => {
  it('a go.mod naming client-go 1,200 times: the first 1,000 are judged, and one unknown at the first line left out fails closed', async () => {
    const requires = Array.from({ length: 1200 }, () => 'require k8s.io/client-go v0.20.0').join('\n');
    const root = inlineRepo({ 'go.mod': goMod(requires) });
    const report = await scanRepository(settingsFor(root, 'strict', { failOn: 'unknown' }), TOOL);
    const unknown = report.findings.filter((finding) => finding.verdict === 'unknown');
    expect(report.findings.filter((finding) => finding.verdict === 'ok')).toHaveLength(1000);
    expect(unknown.map((finding) => finding.line)).toEqual([1005]);
    expect(unknown[0]?.message).toMatch(/names k8s\.io\/client-go more than 1,000 times: the gate read the first 1,000 and left out 200 from line 1005 on/);
    expect(report.result).toBe('fail');
  });

  it('a go.work of many uses of directories without a go.mod still maps the module it uses', async () => {
    const noise = Array.from({ length: 2000 }, (_, index) => `\t./missing-${index}`).join('\n');
    const report = await scan({
      'go.work': `go 1.21\n\nuse (\n${noise}\n\t./app\n)\n\nreplace k8s.io/client-go => k8s.io/client-go v0.28.4\n`,
      'app/go.mod': goMod('require k8s.io/client-go v11.0.0+incompatible'),
    });
    expect(report.findings.map(pick)).toEqual([{ file: 'go.work', line: 2007, column: 46, verdict: 'ok', kubernetes: '1.28.4', reloadsToken: true }]);
  });

  it('a 50 MB go.mod, a symlink loop and a link out of the root become diagnostics; other results stay', async () => {
    const root = inlineRepo({ 'good/go.mod': goMod('require k8s.io/client-go v11.0.0+incompatible'), 'huge/README': 'x\n' });
    writeFileSync(path.join(root, 'huge', 'go.mod'), '');
    truncateSync(path.join(root, 'huge', 'go.mod'), 50 * 1024 * 1024); // sparse: costs no disk
    symlinkSync('..', path.join(root, 'good', 'loop'));
    symlinkSync('/etc', path.join(root, 'outside'));
    const report = await scanRepository(settingsFor(root), TOOL);
    expect(report.findings.map((finding) => [finding.file, finding.verdict])).toEqual([['good/go.mod', 'outdated']]);
    const byFile = Object.fromEntries(report.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.message]));
    expect(byFile['huge/go.mod']).toMatch(/52428800|50(\.0)? ?MiB|MB/);
    expect(byFile['outside']).toMatch(/outside/);
    expect(byFile['good/loop']).toBeDefined();
  });
});

describe('vendored source decides what a version cannot', () => {
  it('a fork replace is judged from the vendored client-go instead of unknown', async () => {
    const report = await scan({
      'go.mod': goMod('require k8s.io/client-go v0.0.0-00010101000000-000000000000\n\nreplace k8s.io/client-go => github.com/acme/client-go v0.0.0-20200101000000-0123456789ab'),
      'vendor/modules.txt': '# k8s.io/client-go v0.0.0-00010101000000-000000000000 => github.com/acme/client-go v0.0.0-20200101000000-0123456789ab\n## explicit\nk8s.io/client-go/rest\n',
      'vendor/k8s.io/client-go/rest/config.go':
        'package rest\n\nfunc InClusterConfig() (*Config, error) {\n\treturn &Config{\n\t\tBearerToken:     string(token),\n\t\tBearerTokenFile: tokenFile,\n\t}, nil\n}\n',
      'vendor/k8s.io/client-go/rest/transport.go':
        'package rest\n\nfunc (c *Config) TransportConfig() (*transport.Config, error) {\n\treturn &transport.Config{\n\t\tBearerToken:     c.BearerToken,\n\t\tBearerTokenFile: c.BearerTokenFile,\n\t}, nil\n}\n',
    });
    expect(report.findings.map((finding) => [finding.source, finding.verdict, finding.reloadsToken])).toEqual([
      ['go.mod', 'ok', true],
      ['client-go-source', 'ok', true],
      ['vendor/modules.txt', 'ok', true],
    ]);
    expect(report.findings[0]?.message).toMatch(/judged from the vendored source in vendor\/k8s\.io\/client-go/);
  });
});
