import { fixtureRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { NODE_BINARIES, runCliBundle } from '../helpers/run-bundle.js';

afterAll(removeFixtureRepos);

describe.each(NODE_BINARIES)('dist/cli.js on %s', (_label, node) => {
  it('exits 1 with a text report when the policy fails', () => {
    const run = runCliBundle(node, ['scan', fixtureRepo('outdated-and-current-services')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('services/billing/go.mod');
    expect(run.stdout).not.toContain('node_modules');
    expect(run.stdout).not.toContain('third/party');
  });

  it('exits 0 and prints the JSON contract when it passes', () => {
    const run = runCliBundle(node, ['scan', fixtureRepo('all-current'), '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'policy', 'baseline', 'findings', 'fixed', 'diagnostics', 'summary', 'result', 'config', 'exclusions', 'suppressions']);
  });

  it('prints SARIF 2.1.0', () => {
    const run = runCliBundle(node, ['scan', fixtureRepo('outdated-and-current-services'), '--format', 'sarif']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '2.1.0' });
  });

  it('exits 2 on bad usage and on a missing directory', () => {
    expect(runCliBundle(node, ['scan', '--format', 'xml']).status).toBe(2);
    const missing = runCliBundle(node, ['scan', '/no/such/directory']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no\/such\/directory/);
  });

  it('prints help with exit 0', () => {
    const run = runCliBundle(node, ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: client-go-token-gate scan/);
  });

  it('takes --minimum-version and its alias --minimum; both with different values is a usage error quoting both', () => {
    const verdicts = (argv: string[]) => (JSON.parse(runCliBundle(node, ['scan', fixtureRepo('outdated-and-current-services'), '--format', 'json', ...argv]).stdout) as { findings: { verdict: string; rule: string }[] }).findings.map((finding) => `${finding.verdict} ${finding.rule}`);
    const expected = ['outdated documented-minimum', 'outdated in-cluster-reload', 'outdated minimum-version'];
    expect(verdicts(['--minimum-version', 'v0.29.0'])).toEqual(expected);
    expect(verdicts(['--minimum', 'v0.29.0'])).toEqual(expected);
    const conflict = runCliBundle(node, ['scan', '--minimum', 'v0.29.0', '--minimum-version', 'v0.15.7']);
    expect(conflict.status).toBe(2);
    expect(conflict.stderr).toContain('--minimum-version: "v0.15.7" is not valid; expected the same value as its alias --minimum ("v0.29.0"), or only one of the two');
  });

  it('an error names the flag as typed: --platform or --image-platform, never the input image-platform', () => {
    for (const flag of ['--platform', '--image-platform']) {
      const run = runCliBundle(node, ['scan', fixtureRepo('all-current'), flag, 'amd64']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`client-go-token-gate: ${flag}: "amd64" is not valid; expected os/architecture[/variant]`);
    }
    expect(runCliBundle(node, ['scan', '--minimum', 'v99.0.0']).stderr).toContain('client-go-token-gate: --minimum: "v99.0.0" is not valid');
  });

  it('the documented policy passes v11.0.0 but not v10.0.0', () => {
    const run = runCliBundle(node, ['scan', fixtureRepo('outdated-and-current-services'), '--policy', 'documented', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: { file: string; verdict: string }[] };
    expect(report.findings.map((finding) => finding.verdict)).toEqual(['outdated', 'ok', 'ok']);
  });
});

describe.each(NODE_BINARIES)('dist/cli.js with a config file, on %s', (_label, node) => {
  it('applies the config file: its policy, and its ignore entries (said on standard error)', () => {
    const run = runCliBundle(node, ['scan', fixtureRepo('config-file-suppressions'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as { policy: { name: string }; findings: Array<{ file: string; verdict: string }> };
    expect(report.policy.name).toBe('documented');
    // documented passes v11.0.0; the legacy v10.0.0 is suppressed.
    expect(report.findings.map((finding) => [finding.file, finding.verdict])).toEqual([['services/inventory/go.mod', 'ok']]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('suppressed services/legacy/go.mod:5 (outdated) by the ignore entry at .github/client-go-token-gate.yml:3: Retired with the old warehouse');
  });

  it('a flag wins over the config file, and --no-config ignores it', () => {
    expect(runCliBundle(node, ['scan', fixtureRepo('config-file-suppressions'), '--policy', 'strict']).status).toBe(1);
    const without = runCliBundle(node, ['scan', fixtureRepo('config-file-suppressions'), '--no-config', '--policy', 'documented', '--format', 'json']);
    expect(without.status).toBe(1);
    expect(without.stderr).toBe('');
  });
});
