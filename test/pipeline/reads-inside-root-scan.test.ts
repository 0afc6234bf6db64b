import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScanSettings } from '../../src/model/settings.js';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';

const TOOL = { name: 'client-go-token-gate', version: 'test' };
const TRANSPORT = 'vendor/k8s.io/client-go/rest/transport.go';
const CONFIG_GO =
  'package rest\n\nfunc InClusterConfig() (*Config, error) {\n\treturn &Config{\n\t\tBearerToken:     string(token),\n\t\tBearerTokenFile: tokenFile,\n\t}, nil\n}\n';
/** A transport.go that passes BearerTokenFile on: read, it would make the vendored copy pass. */
const GOOD_TRANSPORT_GO =
  'package rest\n\nfunc (c *Config) TransportConfig() (*transport.Config, error) {\n\treturn &transport.Config{\n\t\tBearerToken:     c.BearerToken,\n\t\tBearerTokenFile: c.BearerTokenFile,\n\t}, nil\n}\n';

const outside: string[] = [];
afterAll(() => {
  removeFixtureRepos();
  for (const directory of outside) rmSync(directory, { recursive: true, force: true });
});

function goMod(body: string): string {
  return `module example.com/app\n\ngo 1.13\n\n${body}\n`;
}

function vendoredTree(): string {
  return inlineRepo({ 'go.mod': goMod('require example.com/lib v1.0.0'), 'vendor/k8s.io/client-go/rest/config.go': CONFIG_GO });
}

function scan(root: string, extra: Partial<ScanSettings> = {}) {
  return scanRepository(scanSettingsFor(root, extra), TOOL);
}

async function vendoredVerdict(root: string) {
  const report = await scan(root);
  const finding = report.findings.find((item) => item.source === 'client-go-source');
  return { report, finding };
}

describe('a vendored rest/transport.go that is not a regular file inside the root', () => {
  it('is read when it is one: the vendored copy passes', async () => {
    const root = vendoredTree();
    writeFileSync(path.join(root, TRANSPORT), GOOD_TRANSPORT_GO);
    expect((await vendoredVerdict(root)).finding).toMatchObject({ verdict: 'ok', file: TRANSPORT });
  });

  it.each([
    ['/etc/passwd', () => '/etc/passwd', /^rest\/transport\.go resolves to \/etc\/passwd, outside the scanned root; not read; judged as if absent$/],
    ['/dev/zero', () => '/dev/zero', /^rest\/transport\.go resolves to \/dev\/zero, outside the scanned root; not read; judged as if absent$/],
    [
      'a file outside the root that would pass',
      () => {
        const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-outside-'));
        outside.push(directory);
        writeFileSync(path.join(directory, 'transport.go'), GOOD_TRANSPORT_GO);
        return path.join(directory, 'transport.go');
      },
      /^rest\/transport\.go resolves to .*transport\.go, outside the scanned root; not read; judged as if absent$/,
    ],
  ])('symlinked to %s: refused with a diagnostic, judged as if absent (outdated), and the scan finishes', async (_name, target, message) => {
    const root = vendoredTree();
    symlinkSync(target(), path.join(root, TRANSPORT));
    const { report, finding } = await vendoredVerdict(root);
    expect(report.diagnostics).toEqual([{ file: TRANSPORT, line: null, message: expect.stringMatching(message) as unknown as string }]);
    expect(finding).toMatchObject({ verdict: 'outdated', reloadsToken: false, file: 'vendor/k8s.io/client-go/rest/config.go', line: 6 });
    expect(finding?.message).toMatch(/there is no rest\/transport\.go/);
  });

  (process.platform === 'win32' ? it.skip : it)('a FIFO (or a symlink to one) is refused at once instead of waiting for a writer', async () => {
    const root = vendoredTree();
    const fifo = path.join(root, 'vendor/k8s.io/client-go/rest/pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    symlinkSync('pipe', path.join(root, TRANSPORT));
    const { report, finding } = await vendoredVerdict(root);
    expect(report.diagnostics).toEqual([{ file: TRANSPORT, line: null, message: 'rest/transport.go is a FIFO, not a regular file; not read; judged as if absent' }]);
    expect(finding).toMatchObject({ verdict: 'outdated' });
  }, 10_000);

  it('a rest/config.go symlinked out of the root gives no source finding; the go.mod is still judged', async () => {
    const root = inlineRepo({ 'go.mod': goMod('require k8s.io/client-go v0.15.7'), 'vendor/k8s.io/client-go/rest/transport.go': GOOD_TRANSPORT_GO });
    symlinkSync('/etc/passwd', path.join(root, 'vendor/k8s.io/client-go/rest/config.go'));
    const report = await scan(root);
    expect(report.findings.map((finding) => [finding.source, finding.verdict])).toEqual([['go.mod', 'ok']]);
    expect(report.diagnostics).toEqual([{ file: 'vendor/k8s.io/client-go/rest/config.go', line: null, message: 'symlink points outside the scanned root; not followed' }]);
  });
});

describe('a candidate that names a client but cannot be read in full is unknown, never a diagnostic alone', () => {
  it('one NUL byte in a go.mod comment: read as Go reads it, so the replace below it decides', async () => {
    const root = inlineRepo({});
    writeFileSync(path.join(root, 'go.mod'), goMod('require k8s.io/client-go v0.20.0\n\n// \u0000 hidden\nreplace k8s.io/client-go => k8s.io/client-go v11.0.0+incompatible'));
    const report = await scan(root);
    expect(report.findings.map((finding) => [finding.line, finding.verdict, finding.effective])).toEqual([[8, 'outdated', 'v11.0.0+incompatible']]);
    expect(report.result).toBe('fail');
  });

  it('a NUL byte outside a comment of a go.mod that names a client: Go refuses the file, so unknown, failing under fail-on: unknown', async () => {
    const root = inlineRepo({});
    writeFileSync(path.join(root, 'go.mod'), goMod('require k8s.io/client-go v0.20.0\n\u0000'));
    const report = await scan(root, { failOn: 'unknown' });
    expect(report.findings.map((finding) => [finding.file, finding.verdict])).toContainEqual(['go.mod', 'unknown']);
    expect(report.result).toBe('fail');
  });

  it('a binary file that names no client stays a diagnostic', async () => {
    const root = inlineRepo({});
    writeFileSync(path.join(root, 'Gopkg.lock'), '[[projects]]\n\u0000\u0000\n');
    const report = await scan(root, { failOn: 'unknown' });
    expect(report.findings).toEqual([]);
    expect(report.diagnostics).toEqual([{ file: 'Gopkg.lock', line: null, message: 'Gopkg.lock is binary (contains NUL bytes); skipped' }]);
    expect(report.result).toBe('pass');
  });

  it('a go.mod padded with comments past the 16 MiB default: unknown at the require line found by streaming, failing under fail-on: unknown', async () => {
    const root = inlineRepo({});
    const padding = '// padding padding padding padding padding padding padding padding padding\n';
    const lines = Math.ceil((17 * 1024 * 1024) / padding.length);
    writeFileSync(path.join(root, 'go.mod'), `module example.com/app\n${padding.repeat(lines)}require k8s.io/client-go v0.15.7\n`);
    const report = await scan(root, { failOn: 'unknown' });
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.verdict, finding.rule])).toEqual([['go.mod', lines + 2, 'unknown', 'unreadable-source']]);
    expect(report.findings[0]?.message).toMatch(/^Unknown: go\.mod is \d+ bytes, over the max-file-size cap of 16777216 bytes, so it was not read, although it names a Kubernetes client on line \d+;/);
    expect(report.findings[0]?.fix).toMatch(/^Raise max-file-size to at least 18m /);
    expect(report.result).toBe('fail');
    const raised = await scan(root, { failOn: 'unknown', maxFileBytes: 18 * 1024 * 1024 });
    expect(raised.findings.map((finding) => [finding.line, finding.verdict])).toEqual([[lines + 2, 'ok']]);
  });

  it('an oversized go.sum that names client-go is unknown but only inferred', async () => {
    const root = inlineRepo({ 'go.mod': goMod('require example.com/lib v1.0.0') });
    writeFileSync(path.join(root, 'go.sum'), `${'example.com/x v1.0.0 h1:abc=\n'.repeat(200)}k8s.io/client-go v0.15.7 h1:def=\n`);
    const report = await scan(root, { failOn: 'unknown', maxFileBytes: 1024 });
    expect(report.findings).toMatchObject([{ file: 'go.sum', line: 201, source: 'go.sum', verdict: 'unknown', inferred: true }]);
    expect(report.result).toBe('pass');
    expect((await scan(root, { failOn: 'unknown', failOnInferred: true, maxFileBytes: 1024 })).result).toBe('fail');
  });

  it('an oversized Dockerfile without a Kubernetes name stays a diagnostic', async () => {
    const root = inlineRepo({});
    writeFileSync(path.join(root, 'Dockerfile'), `FROM alpine\n${'RUN echo hello\n'.repeat(200)}`);
    const report = await scan(root, { failOn: 'unknown', maxFileBytes: 1024 });
    expect(report.findings).toEqual([]);
    expect(report.diagnostics).toEqual([{ file: 'Dockerfile', line: null, message: expect.stringMatching(/^Dockerfile is \d+ bytes, over the max-file-size cap of 1024 bytes; not read$/) as unknown as string }]);
  });
});
