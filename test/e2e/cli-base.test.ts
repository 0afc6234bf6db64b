import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { NODE_BINARIES, runCliBundle } from '../helpers/run-bundle.js';
import { commitAll, git, goMod, temporaryParent, writeFiles } from '../publish/git-fixture.js';

/** dist/cli.js with --base: a local run judges a branch the way the action judges its pull request. */

const parent = temporaryParent();
afterAll(() => parent.remove());

function branchRepository(): string {
  const root = mkdtempSync(path.join(parent.path, 'repo-'));
  git(root, 'init', '--quiet', '--initial-branch=main');
  writeFiles(root, { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') });
  commitAll(root, 'main already has an outdated client-go');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  writeFiles(root, { 'README.md': 'documented\n' });
  commitAll(root, 'docs only');
  return root;
}

describe.each(NODE_BINARIES)('dist/cli.js --base on %s', (_label, node) => {
  it('passes a branch that adds nothing outdated, fails it without --base', () => {
    const root = branchRepository();
    const compared = runCliBundle(node, ['scan', root, '--base', 'main']);
    expect(compared.status).toBe(0);
    expect(compared.stderr).toMatch(/merge base of HEAD and base-ref main, was read from the local git history/);
    expect(runCliBundle(node, ['scan', root]).status).toBe(1);
    const json = runCliBundle(node, ['scan', root, '--base', 'main', '--format', 'json']);
    const report = JSON.parse(json.stdout) as { baseline: { scope: string }; findings: Array<{ baseline: string; failsCheck: boolean }>; result: string };
    expect(report).toMatchObject({ baseline: { scope: 'new' }, result: 'pass', findings: [{ baseline: 'existing', failsCheck: false }] });
  });

  it('fails a branch that adds an outdated client-go', () => {
    const root = branchRepository();
    writeFiles(root, { 'tools/go.mod': goMod('example.com/tools', 'v11.0.0+incompatible') });
    commitAll(root, 'adds a tool');
    expect(runCliBundle(node, ['scan', root, '--base', 'main']).status).toBe(1);
  });

  it('says why when the ref is unknown, and judges every finding instead', () => {
    const run = runCliBundle(node, ['scan', branchRepository(), '--base', 'no-such-branch', '--config-from', 'head']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the base commit could not be read \(git has no commit "no-such-branch"/);
    // --config-from base (the default with --base) fails closed: no base, no config to judge with.
    const closed = runCliBundle(node, ['scan', branchRepository(), '--base', 'no-such-branch']);
    expect(closed.status).toBe(2);
    expect(closed.stderr).toMatch(/config-from: base: the config file .* could not be read from the base commit \(git has no commit "no-such-branch"/);
  });

  it("names a line of the merge base's config file with its commit, and lists the config file and suppressions in the JSON", () => {
    const root = mkdtempSync(path.join(parent.path, 'repo-'));
    git(root, 'init', '--quiet', '--initial-branch=main');
    const entries =
      '  - path: legacy/**\n    reason: retired in Q1\n' +
      '  - path: old/**\n    reason: gone soon\n    expires: 2020-01-01\n';
    writeFiles(root, { '.github/client-go-token-gate.yml': `ignore:\n${entries}`, 'legacy/go.mod': goMod('example.com/legacy', 'v10.0.0+incompatible') });
    const baseSha = commitAll(root, 'main ignores legacy/');
    git(root, 'checkout', '--quiet', '-b', 'feature');
    // The checkout keeps the first entry two lines lower and drops the expired one.
    writeFiles(root, { '.github/client-go-token-gate.yml': 'fail-on: outdated\n\nignore:\n  - path: legacy/**\n    reason: retired in Q1\n' });
    commitAll(root, 'feature drops the expired entry');
    const run = runCliBundle(node, ['scan', root, '--base', 'main', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`warning: The ignore entry at .github/client-go-token-gate.yml:4 (base ${baseSha.slice(0, 7)}) for "old/**" expired on 2020-01-01`);
    expect(run.stderr).toContain('suppressed legacy/go.mod:5 (outdated) by the ignore entry at .github/client-go-token-gate.yml:4: retired in Q1');
    const report = JSON.parse(run.stdout) as { config: unknown; suppressions: Array<{ finding: { file: string }; ignoreEntry: unknown }> };
    expect(report.config).toEqual({ from: 'base', file: '.github/client-go-token-gate.yml', commit: baseSha, found: true });
    expect(report.suppressions.map(({ finding, ignoreEntry }) => [finding.file, ignoreEntry])).toEqual([
      ['legacy/go.mod', { file: '.github/client-go-token-gate.yml', commit: baseSha, line: 2, path: 'legacy/**', version: null, reason: 'retired in Q1', expires: null }],
    ]);
  });

  it('refuses a ref that git would read as an option', () => {
    const run = runCliBundle(node, ['scan', branchRepository(), '--base=--upload-pack=touch']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--base: "--upload-pack=touch" is not valid');
  });

  it('warns about an empty scan, and fails it with --fail-on-empty', () => {
    const empty = mkdtempSync(path.join(parent.path, 'empty-'));
    const warned = runCliBundle(node, ['scan', empty]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/warning: No file the gate reads .* was found under/);
    expect(runCliBundle(node, ['scan', empty, '--fail-on-empty']).status).toBe(1);
  });
});
