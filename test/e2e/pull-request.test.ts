import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FAKE_INSTALLATION_TOKEN, useFakeGitHubApi } from '../helpers/fake-github-api.js';
import { pullRequestEvent } from '../helpers/github-event-payloads.js';
import { NODE_BINARIES, runActionWithEvent, type ActionRun } from '../helpers/run-bundle.js';
import { commitAll, git, goMod, regularFilesAt, temporaryParent, writeFiles } from '../publish/git-fixture.js';

/**
 * dist/index.js on pull request events against a loopback stand-in for the GitHub REST API, on
 * repositories the tests build with git: what fails, what the check run and the comment carry, and
 * what happens when the token may not write (a fork) or the checkout has no history (shallow).
 */

const api = useFakeGitHubApi();
const parent = temporaryParent();
afterAll(() => parent.remove());

const MERGE_SHA = 'fedcba9876543210fedcba9876543210fedcba98';

interface PullRequest {
  root: string;
  baseSha: string;
  headSha: string;
}

/** A repository whose main branch holds `base`, and a branch feature that writes `head` over it. */
function pullRequestRepository(base: Record<string, string>, head: Record<string, string>): PullRequest {
  const root = path.join(parent.path, `repo-${Math.random().toString(36).slice(2)}`);
  git(parent.path, 'init', '--quiet', root);
  writeFiles(root, base);
  const baseSha = commitAll(root, 'base');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  writeFiles(root, head);
  const headSha = commitAll(root, 'head');
  return { root, baseSha, headSha };
}

function runOnPullRequest(node: string, workspace: string, pr: Pick<PullRequest, 'baseSha' | 'headSha'>, inputs: Record<string, string> = {}, options: { fork?: boolean } = {}): Promise<ActionRun> {
  // GITHUB_TOKEN: the comments it writes are github-actions[bot]'s, which is how the action finds its own again.
  return runActionWithEvent(node, workspace, { 'github-token': FAKE_INSTALLATION_TOKEN, 'check-name': 'client-go token gate', ...inputs }, {
    name: 'pull_request',
    payload: pullRequestEvent({ number: 7, headSha: pr.headSha, baseSha: pr.baseSha, headRepo: options.fork ? 'someone/repo' : 'octo/repo', mergeCommitSha: MERGE_SHA }),
    sha: MERGE_SHA,
    env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: '4242' },
  });
}

interface ConfigReport {
  config: unknown;
  exclusions: unknown[];
  suppressions: unknown[];
}

const readReport = (run: ActionRun): ConfigReport => JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as ConfigReport;

const annotationLines = (run: ActionRun, level: string) => run.stdout.split('\n').filter((line) => line.startsWith(`::${level} `) || line.startsWith(`::${level}::`));

describe.each(NODE_BINARIES)('dist/index.js on pull requests, %s', (_label, node) => {
  it('a pull request that adds client-go v10.0.0+incompatible fails with a new finding, in a check run on the head commit', async () => {
    const pr = pullRequestRepository({ 'README.md': 'service\n', 'go.mod': 'module example.com/app\n\ngo 1.21\n' }, { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') });
    const run = await runOnPullRequest(node, pr.root, pr);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::1 new or made-older client-go reference\(s\) fail the strict policy/m);
    const [checkRun, ...others] = [...api.checkRuns.values()];
    expect(others).toEqual([]);
    expect(checkRun).toMatchObject({ head_sha: pr.headSha, name: 'client-go token gate', status: 'completed', conclusion: 'failure' });
    expect(checkRun?.annotations).toEqual([expect.objectContaining({ path: 'go.mod', start_line: 5, annotation_level: 'failure', title: expect.stringContaining('(new)') })]);
    // The check run carries the annotations; workflow annotations would only repeat them.
    expect(annotationLines(run, 'error').filter((line) => line.includes('file='))).toEqual([]);
    expect(run.summary).toContain('### New or made older by this change');
    expect(run.summary).toContain('1 new, 0 made older, 0 already on the base branch');
    expect(run.summary).toContain('read from the local git history');
    expect(api.commentsOn(7)).toEqual([expect.objectContaining({ body: expect.stringContaining('client-go token gate: fail') })]);
  });

  it('a pull request that adds exclude: ["**"] to the config file is still judged with the base\'s config, and says so', async () => {
    const pr = pullRequestRepository(
      { 'README.md': 'service\n', 'go.mod': 'module example.com/app\n\ngo 1.21\n' },
      { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible'), '.github/client-go-token-gate.yml': 'exclude: ["**"]\n' },
    );
    const run = await runOnPullRequest(node, pr.root, pr);
    expect(run.status).toBe(1);
    expect(run.outputs['new-outdated-count']).toBe('1');
    const summary = run.summary.replace(/\\/g, '');
    expect(summary).toContain("### This pull request changes the gate's configuration");
    expect(summary).toContain('is added: the base commit has none, so the inputs and the defaults judged this run');
    expect(summary).toContain('- `exclude` adds `**`');
    expect(summary).not.toContain('### Skipped by `exclude` globs');
    const [comment] = api.commentsOn(7);
    expect(comment?.body).toContain("This pull request changes the gate's configuration");
    expect(comment?.body).toContain('- `exclude` adds `**`');
    expect(annotationLines(run, 'notice')).toEqual([expect.stringContaining("this pull request changes the gate's configuration")]);
  });

  it('fail-on: never and policy: documented added to an existing config apply only once merged; config-from: head applies them now', async () => {
    const baseConfig = 'fail-on: outdated\nignore:\n  - path: legacy/**\n    reason: Retired in Q1.\n';
    const headConfig = 'fail-on: never\npolicy: documented\nexclude: [services/**]\n';
    const pr = pullRequestRepository(
      { '.github/client-go-token-gate.yml': baseConfig, 'go.mod': 'module example.com/app\n\ngo 1.21\n', 'legacy/go.mod': goMod('example.com/legacy', 'v11.0.0+incompatible') },
      { '.github/client-go-token-gate.yml': headConfig, 'go.mod': goMod('example.com/app', 'v11.0.0+incompatible'), 'services/api/go.mod': goMod('example.com/api', 'v11.0.0+incompatible') },
    );
    const run = await runOnPullRequest(node, pr.root, pr);
    expect(run.status).toBe(1);
    const summary = run.summary.replace(/\\/g, '');
    expect(summary).toContain('Policy strict');
    expect(summary).toContain('- `fail-on`: `outdated` → `never`');
    expect(summary).toContain('- `policy`: (not set) → `documented`');
    expect(summary).toContain('- `exclude` adds `services/**`');
    expect(summary).toContain('- `ignore` removes `legacy/**: Retired in Q1.`');
    // The base's ignore entry still applies, and is listed with the entry that suppressed it.
    expect(summary).toMatch(/`legacy\/go\.mod:\d+` `v11\.0\.0\+incompatible` \*\*outdated\*\*, ignored by `legacy\/\*\*`: Retired in Q1\./);
    expect(api.commentsOn(7)[0]?.body).toContain('#### Suppressed by the config file (1)');
    // The JSON report names the base's file and commit, and the suppression with its entry.
    const report = readReport(run);
    expect(report.config).toEqual({ from: 'base', file: '.github/client-go-token-gate.yml', commit: pr.baseSha, found: true });
    expect(report.suppressions).toEqual([
      {
        finding: expect.objectContaining({ file: 'legacy/go.mod', declared: 'v11.0.0+incompatible', verdict: 'outdated', failsCheck: false }),
        ignoreEntry: { file: '.github/client-go-token-gate.yml', commit: pr.baseSha, line: 3, path: 'legacy/**', version: null, reason: 'Retired in Q1.', expires: null },
      },
    ]);
    expect(report.exclusions).toEqual([]);

    api.reset();
    const head = await runOnPullRequest(node, pr.root, pr, { 'config-from': 'head' });
    expect(head.status).toBe(0);
    expect(head.summary).not.toContain("changes the gate's configuration");
    expect(head.summary.replace(/\\/g, '')).toContain('- `services/**` skipped 1 path: `services/`');
    const headReport = readReport(head);
    expect(headReport.config).toEqual({ from: 'head', file: '.github/client-go-token-gate.yml', commit: null, found: true });
    expect(headReport.exclusions).toEqual([{ pattern: 'services/**', count: 1, firstPaths: ['services/'] }]);
    expect(headReport.suppressions).toEqual([]);
  });

  it('config-from: a bad value fails the step quoting it; a base that cannot be read fails closed', async () => {
    const pr = pullRequestRepository({ 'go.mod': 'module example.com/app\n\ngo 1.21\n' }, { '.github/client-go-token-gate.yml': 'fail-on: never\n' });
    const bad = await runOnPullRequest(node, pr.root, pr, { 'config-from': 'merge' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('config-from: "merge" is not valid; expected base or head');

    const unknownBase = await runOnPullRequest(node, pr.root, { baseSha: '0'.repeat(40), headSha: pr.headSha });
    expect(unknownBase.status).toBe(2);
    expect(unknownBase.stdout).toMatch(/::error::config-from: base: the config file \.github\/client-go-token-gate\.yml could not be read from the base commit/);
  });

  it('a pull request that only edits a README passes; the outdated client-go the base already has is a warning', async () => {
    const pr = pullRequestRepository({ 'README.md': 'service\n', 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') }, { 'README.md': 'service, documented\n' });
    const run = await runOnPullRequest(node, pr.root, pr);
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('pass');
    const [checkRun] = [...api.checkRuns.values()];
    expect(checkRun).toMatchObject({ head_sha: pr.headSha, conclusion: 'neutral' });
    expect(checkRun?.annotations).toEqual([expect.objectContaining({ annotation_level: 'warning', title: expect.stringContaining('(already on the base branch)') })]);
    expect(run.summary).toContain('### Already on the base branch');
    // on-failure: a pull request that never failed gets no comment.
    expect(api.commentsOn(7)).toEqual([]);
    expect(api.requestsTo('POST', /\/issues\/7\/comments$/)).toEqual([]);
  });

  it('the same pull request under fail-on-scope all fails, and without a check run the workflow annotation says it is not new', async () => {
    const pr = pullRequestRepository({ 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') }, { 'README.md': 'documented\n' });
    const all = await runOnPullRequest(node, pr.root, pr, { 'fail-on-scope': 'all' });
    expect(all.status).toBe(1);
    const noCheckRun = await runOnPullRequest(node, pr.root, pr, { 'check-name': '' });
    expect(noCheckRun.status).toBe(0);
    expect(annotationLines(noCheckRun, 'warning')).toEqual([expect.stringMatching(/^::warning title=[^,]*\(already on the base branch\),file=go\.mod,line=5/)]);
  });

  it('120 findings: the check run carries all 120 annotations, 50 per request', async () => {
    const services = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`services/s${String(index).padStart(3, '0')}/go.mod`, goMod(`example.com/s${index}`, 'v10.0.0+incompatible')]));
    const pr = pullRequestRepository({ 'README.md': 'monorepo\n' }, services);
    const run = await runOnPullRequest(node, pr.root, pr);
    expect(run.status).toBe(1);
    const [checkRun] = [...api.checkRuns.values()];
    expect(checkRun?.annotations).toHaveLength(120);
    expect(new Set(checkRun?.annotations.map((annotation) => annotation.path)).size).toBe(120);
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(api.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(2);
  });

  it('a fork pull request (403 everywhere) still fails on its new finding, with workflow annotations and one notice', async () => {
    const pr = pullRequestRepository({ 'go.mod': 'module example.com/app\n\ngo 1.21\n' }, { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') });
    api.failRoute('POST', /\/check-runs$/, 403, 'Resource not accessible by integration');
    api.failRoute('GET', /\/issues\/\d+\/comments$/, 403, 'Resource not accessible by integration');
    api.failRoute('POST', /\/issues\/\d+\/comments$/, 403, 'Resource not accessible by integration');
    const run = await runOnPullRequest(node, pr.root, pr, {}, { fork: true });
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(annotationLines(run, 'error')).toEqual([
      expect.stringMatching(/^::error title=[^,]*\(new\),file=go\.mod,line=5/),
      expect.stringMatching(/^::error::1 new or made-older client-go reference/),
    ]);
    const notices = annotationLines(run, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('could not be created (HTTP 403');
    expect(notices[0]).toContain('comes from a fork');
    expect(annotationLines(run, 'warning')).toEqual([expect.stringContaining('Could not read the comments of pull request #7')]);
  });

  it('the comment is created once, updated on the next push, and says fixed after the fix', async () => {
    const pr = pullRequestRepository({ 'go.mod': 'module example.com/app\n\ngo 1.21\n' }, { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') });
    await runOnPullRequest(node, pr.root, pr);
    expect(api.commentsOn(7)).toHaveLength(1);
    const firstBody = api.commentsOn(7)[0]?.body ?? '';
    expect(firstBody).toContain(pr.headSha);

    writeFiles(pr.root, { 'api/go.mod': goMod('example.com/api', 'v11.0.0+incompatible') });
    const secondHead = commitAll(pr.root, 'second push');
    const second = await runOnPullRequest(node, pr.root, { baseSha: pr.baseSha, headSha: secondHead });
    expect(second.status).toBe(1);
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]?.body).toContain(secondHead);
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);

    writeFiles(pr.root, { 'go.mod': goMod('example.com/app', 'v0.28.4'), 'api/go.mod': goMod('example.com/api', 'v0.28.4') });
    const fixedHead = commitAll(pr.root, 'fix');
    const fixed = await runOnPullRequest(node, pr.root, { baseSha: pr.baseSha, headSha: fixedHead });
    expect(fixed.status).toBe(0);
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]?.body).toContain('client-go token gate: fixed');
    expect(api.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
  });

  it('a shallow head checkout finds the merge base through the compare API and fetches the base with one git fetch', async () => {
    const origin = pullRequestRepository({ 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible'), 'README.md': 'x\n' }, { 'README.md': 'y\n', 'tools/go.mod': goMod('example.com/tools', 'v11.0.0+incompatible') });
    const clone = path.join(parent.path, `shallow-${Math.random().toString(36).slice(2)}`);
    git(parent.path, 'clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${origin.root}`, clone);
    api.setMergeBase(origin.baseSha, origin.headSha, origin.baseSha);
    const run = await runOnPullRequest(node, clone, origin);
    expect(run.status).toBe(1);
    expect(api.requestsTo('GET', /\/compare\//)).toHaveLength(1);
    expect(api.requestsTo('GET', /\/git\/(trees|blobs)\//)).toEqual([]);
    expect(run.summary.replace(/\\/g, '')).toContain("with one git fetch from the checkout's remote (the checkout is shallow)");
    const [checkRun] = [...api.checkRuns.values()];
    expect(checkRun?.annotations.map((annotation) => [annotation.path, annotation.annotation_level])).toEqual([
      ['go.mod', 'warning'],
      ['tools/go.mod', 'failure'],
    ]);
  });

  it('a shallow checkout that cannot fetch reads the base commit through the API and says so', async () => {
    const origin = pullRequestRepository({ 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible'), 'README.md': 'x\n' }, { 'README.md': 'y\n', 'tools/go.mod': goMod('example.com/tools', 'v11.0.0+incompatible') });
    const clone = path.join(parent.path, `shallow-${Math.random().toString(36).slice(2)}`);
    git(parent.path, 'clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${origin.root}`, clone);
    // As after actions/checkout with persist-credentials: false on a private repository: no fetch is possible.
    git(clone, 'remote', 'remove', 'origin');
    api.setMergeBase(origin.baseSha, origin.headSha, origin.baseSha);
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    const run = await runOnPullRequest(node, clone, origin);
    expect(run.status).toBe(1);
    // The config file (config-from: base) and the base snapshot share one listing of the base's tree.
    expect(api.requestsTo('GET', new RegExp(`/git/trees/${origin.baseSha}$`))).toHaveLength(1);
    // The summary escapes markdown: compare its text without the backslashes.
    expect(run.summary.replace(/\\/g, '')).toContain('through the GitHub API (the checkout is shallow)');
    const [checkRun] = [...api.checkRuns.values()];
    expect(checkRun?.annotations.map((annotation) => [annotation.path, annotation.annotation_level])).toEqual([
      ['go.mod', 'warning'],
      ['tools/go.mod', 'failure'],
    ]);
  });

  it('without a base commit to read, fail-on-scope new falls back to all and warns', async () => {
    const pr = pullRequestRepository({ 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') }, { 'README.md': 'y\n' });
    const run = await runOnPullRequest(node, pr.root, { baseSha: 'ab'.repeat(20), headSha: pr.headSha }, { 'github-token': '', 'config-from': 'head' });
    expect(run.status).toBe(1);
    expect(annotationLines(run, 'warning')).toEqual([expect.stringContaining('the base commit could not be read')]);
    // config-from: base (the default) fails closed: without the base there is no config to judge with.
    const closed = await runOnPullRequest(node, pr.root, { baseSha: 'ab'.repeat(20), headSha: pr.headSha }, { 'github-token': '' });
    expect(closed.status).toBe(2);
    expect(annotationLines(closed, 'error')).toEqual([expect.stringContaining('config-from: base: the config file .github/client-go-token-gate.yml could not be read from the base commit')]);
  });

  it('an ignore entry suppresses with its reason; an expired one suppresses nothing and warns naming it', async () => {
    const config = (expires: string) =>
      `ignore:\n  - path: legacy/**\n    version: v10.0.0+incompatible\n    reason: legacy worker, replaced in Q1\n    expires: ${expires}\n`;
    const pr = pullRequestRepository({ 'README.md': 'x\n' }, { 'legacy/go.mod': goMod('example.com/legacy', 'v10.0.0+incompatible') });
    writeFiles(pr.root, { '.github/client-go-token-gate.yml': config('2999-01-01') });
    // The file is only in the work tree: config-from head reads it (the base commit has none).
    const active = await runOnPullRequest(node, pr.root, pr, { 'config-from': 'head' });
    expect(active.status).toBe(0);
    expect(active.summary).toContain('### Suppressed by the config file');
    expect(active.summary).toContain('legacy worker, replaced in Q1');

    writeFiles(pr.root, { '.github/client-go-token-gate.yml': config('2020-01-01') });
    const expired = await runOnPullRequest(node, pr.root, pr, { 'config-from': 'head' });
    expect(expired.status).toBe(1);
    expect(annotationLines(expired, 'warning')).toEqual([
      expect.stringMatching(/^::warning title=Expired ignore entry,file=\.github\/client-go-token-gate\.yml,line=2::The ignore entry .*expired on 2020-01-01/),
    ]);
  });

  it("an expired entry of the base's config file is annotated on the checkout's file only where the checkout holds it; otherwise it is named with the base commit", async () => {
    const entry = '  - path: legacy/**\n    version: v10.0.0+incompatible\n    reason: legacy worker, replaced in Q1\n    expires: 2020-01-01\n';
    const legacy = { 'legacy/go.mod': goMod('example.com/legacy', 'v10.0.0+incompatible') };
    // The checkout moves the same entry down to line 5: the warning points at that line of the checkout's file.
    const kept = pullRequestRepository({ '.github/client-go-token-gate.yml': `ignore:\n${entry}`, ...legacy }, { '.github/client-go-token-gate.yml': `fail-on: outdated\n\n\nignore:\n${entry}` });
    const moved = await runOnPullRequest(node, kept.root, kept);
    expect(annotationLines(moved, 'warning')).toEqual([
      expect.stringMatching(/^::warning title=Expired ignore entry,file=\.github\/client-go-token-gate\.yml,line=5::The ignore entry at \.github\/client-go-token-gate\.yml:5 for "legacy\/\*\*" .*expired on 2020-01-01/),
    ]);

    // The checkout drops the entry (line 2 of its file is other text): no file or line, the base's file named with its commit.
    api.reset();
    const dropped = pullRequestRepository({ '.github/client-go-token-gate.yml': `ignore:\n${entry}`, ...legacy }, { '.github/client-go-token-gate.yml': 'fail-on: outdated\npolicy: strict\n' });
    const named = await runOnPullRequest(node, dropped.root, dropped);
    const short = dropped.baseSha.slice(0, 7);
    expect(annotationLines(named, 'warning')).toEqual([
      `::warning title=Expired ignore entry::The ignore entry at .github/client-go-token-gate.yml:2 (base ${short}) for "legacy/**" v10.0.0+incompatible expired on 2020-01-01 and no longer suppresses anything (reason was: legacy worker, replaced in Q1).`,
    ]);
  });

  it('a config error fails the step once, quoting the value and the expected form', async () => {
    const pr = pullRequestRepository({ 'README.md': 'x\n' }, { '.github/client-go-token-gate.yml': 'ignore:\n  - path: legacy/**\n' });
    const run = await runOnPullRequest(node, pr.root, pr);
    expect(run.status).toBe(2);
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(run.stdout).toContain('.github/client-go-token-gate.yml:2: ignore reason');
    expect(run.stdout).toContain('reason is required');
    expect(api.requests).toEqual([]);
  });

  it('writes a SARIF file and names it in the outputs', async () => {
    const pr = pullRequestRepository({ 'README.md': 'x\n' }, { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') });
    const run = await runOnPullRequest(node, pr.root, pr, { comment: 'never' });
    const sarifPath = run.outputs['sarif-path'] ?? '';
    expect(existsSync(sarifPath)).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toHaveLength(1);
    expect(api.requestsTo('GET', /\/comments$/)).toEqual([]);
  });

  it('tells new from existing in the SARIF file, report.json and the outputs: one new and one existing outdated reference', async () => {
    const pr = pullRequestRepository({ 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') }, { 'api/go.mod': goMod('example.com/api', 'v11.0.0+incompatible') });
    const run = await runOnPullRequest(node, pr.root, pr, { comment: 'never' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'outdated-count': '2', 'new-outdated-count': '1' });

    interface SarifResult { level: string; kind: string; baselineState?: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-path'] ?? '', 'utf8')) as { runs: Array<{ results: SarifResult[] }> };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((result) => [result.locations[0]?.physicalLocation.artifactLocation.uri, result.kind, result.level, result.baselineState])).toEqual([
      ['api/go.mod', 'fail', 'error', 'new'],
      ['go.mod', 'fail', 'warning', 'unchanged'],
    ]);

    interface ContractFinding { file: string; severity: string; baseline: string | null; failsCheck: boolean }
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { schemaVersion: number; baseline: unknown; findings: ContractFinding[]; fixed: unknown[] };
    expect(report.schemaVersion).toBe(3);
    expect(report.baseline).toEqual({ scope: 'new', counts: { new: 1, worsened: 0, existing: 1, fixed: 0 } });
    const judged = (findings: ContractFinding[]) => findings.map(({ file, severity, baseline, failsCheck }) => [file, severity, baseline, failsCheck]);
    expect(judged(report.findings)).toEqual([
      ['api/go.mod', 'error', 'new', true],
      ['go.mod', 'error', 'existing', false],
    ]);
    expect(report.fixed).toEqual([]);
    // The findings output carries the same judgement, what fails the check first.
    expect(judged(JSON.parse(run.outputs.findings ?? '[]') as ContractFinding[])).toEqual(judged(report.findings));
  });
});