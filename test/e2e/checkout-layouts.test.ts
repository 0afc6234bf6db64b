import { FAKE_INSTALLATION_TOKEN, FAKE_PAT_USER, FAKE_PERSONAL_TOKEN, useFakeGitHubApi } from '../helpers/fake-github-api.js';
import { checkoutLikeActions, pullRequestOrigin, type CheckoutOptions, type PullRequestFiles, type PullRequestOrigin } from '../helpers/checkout-shaped-clone.js';
import { pullRequestEvent } from '../helpers/github-event-payloads.js';
import { NODE_BINARIES, runActionWithEvent, type ActionRun } from '../helpers/run-bundle.js';
import { git, goMod, regularFilesAt, temporaryParent } from '../publish/git-fixture.js';

/**
 * dist/index.js on pull requests laid out as GitHub and actions/checkout lay them out: a merge commit
 * GitHub made, cloned with fetch-depth 1 or 0, into the workspace or a `path:` below it, judged against a
 * loopback API that holds every request and answer to GitHub's OpenAPI description.
 */

const api = useFakeGitHubApi();
const parent = temporaryParent();
afterAll(() => parent.remove());

interface Run {
  origin: PullRequestOrigin;
  inputs?: Record<string, string>;
  token?: string;
  fork?: boolean;
}

/** pull_request as GitHub sends it: GITHUB_SHA is the merge commit; pull_request.base.sha where main stood at the branch point. */
function runOnPullRequest(node: string, workspace: string, run: Run): Promise<ActionRun> {
  const { origin } = run;
  return runActionWithEvent(node, workspace, { 'github-token': run.token ?? FAKE_INSTALLATION_TOKEN, ...run.inputs }, {
    name: 'pull_request',
    payload: pullRequestEvent({ number: origin.number, headSha: origin.headSha, baseSha: origin.branchPointSha, headRepo: run.fork ? 'someone/repo' : 'octo/repo', mergeCommitSha: origin.mergeSha }),
    sha: origin.mergeSha,
    env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: '4242' },
  });
}

function layout(files: PullRequestFiles, checkout: CheckoutOptions): { origin: PullRequestOrigin; workspace: string; root: string } {
  const origin = pullRequestOrigin(parent.path, files);
  return { origin, ...checkoutLikeActions(parent.path, origin, checkout) };
}

const OUTDATED_BASE: PullRequestFiles = { base: { 'README.md': 'service\n', 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') }, head: { 'README.md': 'service, documented\n' } };
const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'));
const warningLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
const baseReads = () => api.requests.filter((request) => /\/(git\/trees|git\/blobs|compare|git\/commits)\//.test(request.path));

describe.each(NODE_BINARIES)('pull requests in real checkout layouts, %s', (_label, node) => {
  it.each([0, 1] as const)('checkout path: app (fetch-depth %i), base already outdated, README-only change: passes, the finding is existing, paths are the repository\'s', async (fetchDepth) => {
    const { origin, workspace } = layout(OUTDATED_BASE, { ref: 'merge', fetchDepth, path: 'app' });
    const run = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'app' } });
    expect(run.status).toBe(0);
    expect(baseReads()).toEqual([]);
    const [checkRun, ...others] = [...api.checkRuns.values()];
    expect(others).toEqual([]);
    expect(checkRun).toMatchObject({ name: 'client-go token gate', head_sha: origin.headSha, conclusion: 'neutral' });
    expect(checkRun?.annotations).toEqual([expect.objectContaining({ path: 'go.mod', annotation_level: 'warning', title: expect.stringContaining('(already on the base branch)') })]);
    const report = JSON.parse(run.outputs.findings ?? '[]') as Array<{ file: string; baseline: string; failsCheck: boolean }>;
    expect(report).toEqual([expect.objectContaining({ file: 'go.mod', baseline: 'existing', failsCheck: false })]);
    expect(run.summary.replace(/\\/g, '')).toContain(fetchDepth === 0 ? 'read from the local git history' : "with one git fetch from the checkout's remote");
    const sarif = JSON.parse(await import('node:fs').then(({ readFileSync }) => readFileSync(run.outputs['sarif-path'] ?? '', 'utf8'))) as { runs: Array<{ results: Array<{ baselineState: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.runs[0]?.results.map((result) => [result.locations[0]?.physicalLocation.artifactLocation.uri, result.baselineState])).toEqual([['go.mod', 'unchanged']]);
  });

  it('without a check run, workflow annotations name workspace paths (app/go.mod)', async () => {
    const { origin, workspace } = layout(OUTDATED_BASE, { ref: 'merge', fetchDepth: 1, path: 'app' });
    const run = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'app', 'check-name': '' } });
    expect(run.status).toBe(0);
    expect(warningLines(run)).toEqual([expect.stringMatching(/^::warning title=[^,]*\(already on the base branch\),file=app\/go\.mod,line=5/)]);
  });

  it('the default branch gained an outdated go.mod after the branch point: a README-only pull request passes', async () => {
    const { origin, workspace } = layout(
      { base: { 'README.md': 'service\n' }, head: { 'README.md': 'service, documented\n' }, mainAfterBranchPoint: { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') } },
      { ref: 'merge', fetchDepth: 1 },
    );
    const run = await runOnPullRequest(node, workspace, { origin });
    expect(run.status).toBe(0);
    expect(run.outputs['new-outdated-count']).toBe('0');
    expect(run.summary).toContain('the first parent of the merge commit that is checked out');
  });

  it('a matrix over two paths, one failing: two check runs by name, two comments, the failing one still says fail', async () => {
    const { origin, workspace } = layout(
      { base: { 'services/a/go.mod': goMod('example.com/a', 'v0.28.4'), 'services/b/go.mod': goMod('example.com/b', 'v0.28.4') }, head: { 'services/a/go.mod': goMod('example.com/a', 'v10.0.0+incompatible') } },
      { ref: 'merge', fetchDepth: 1 },
    );
    const failing = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'services/a', comment: 'always' } });
    const passing = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'services/b', comment: 'always' } });
    expect([failing.status, passing.status]).toEqual([1, 0]);
    expect([...api.checkRuns.values()].map((run) => [run.name, run.conclusion])).toEqual([
      ['client-go token gate (services/a)', 'failure'],
      ['client-go token gate (services/b)', 'success'],
    ]);
    // A second run of the passing job edits its own comment only.
    await runOnPullRequest(node, workspace, { origin, inputs: { path: 'services/b', comment: 'always' } });
    const bodies = api.commentsOn(origin.number).map((comment) => comment.body.split('\n').slice(0, 2).join('\n'));
    expect(bodies).toEqual([
      expect.stringMatching(/path=services%2Fa -->\n### ❌ client-go token gate \\\(services\/a\\\): fail$/),
      expect.stringMatching(/path=services%2Fb -->\n### ✅ client-go token gate \\\(services\/b\\\): pass$/),
    ]);
  });

  it('a personal access token, two runs: one comment, found by the token\'s own login', async () => {
    const { origin, workspace } = layout({ base: { 'README.md': 'x\n' }, head: { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') } }, { ref: 'merge', fetchDepth: 1 });
    await runOnPullRequest(node, workspace, { origin, token: FAKE_PERSONAL_TOKEN });
    await runOnPullRequest(node, workspace, { origin, token: FAKE_PERSONAL_TOKEN, inputs: { comment: 'always' } });
    expect(api.commentsOn(origin.number)).toEqual([expect.objectContaining({ user: expect.objectContaining({ login: FAKE_PAT_USER.login }) })]);
    expect(api.requestsTo('GET', '/user')).toHaveLength(2);
  });

  it('120 failing findings on a fork: the step\'s failure message is among the 10 errors the runner keeps', async () => {
    const services = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`services/s${String(index).padStart(3, '0')}/go.mod`, goMod(`example.com/s${index}`, 'v10.0.0+incompatible')]));
    const { origin, workspace } = layout({ base: { 'README.md': 'monorepo\n' }, head: services }, { ref: 'merge', fetchDepth: 1 });
    api.failRoute('POST', /\/check-runs$/, 403, 'Resource not accessible by integration');
    api.failRoute('GET', /\/issues\/\d+\/comments$/, 403, 'Resource not accessible by integration');
    const run = await runOnPullRequest(node, workspace, { origin, fork: true });
    expect(run.status).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toMatch(/^::error::120 new or made-older client-go reference\(s\) fail the strict policy/);
  });

  it('a rate-limited 403 on the check run says rate limit, not permission', async () => {
    const { origin, workspace } = layout({ base: { 'README.md': 'x\n' }, head: { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') } }, { ref: 'merge', fetchDepth: 1 });
    api.rateLimitRoute('POST', /\/check-runs$/, { kind: 'primary', resetInSeconds: 3600 });
    const run = await runOnPullRequest(node, workspace, { origin, inputs: { comment: 'never' } });
    expect(run.status).toBe(1);
    const warnings = warningLines(run).join('\n');
    expect(warnings).toContain("rate limited: the token's hourly API budget is spent until");
    expect(run.stdout).not.toContain('checks: write');
    // Not waited for an hour, not retried.
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
  });

  it('a secondary rate limit with a short retry-after is waited out once, and the check run is made', async () => {
    const { origin, workspace } = layout({ base: { 'README.md': 'x\n' }, head: { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') } }, { ref: 'merge', fetchDepth: 1 });
    api.rateLimitRoute('POST', /\/check-runs$/, { kind: 'secondary', retryAfterSeconds: 1, times: 1 });
    const run = await runOnPullRequest(node, workspace, { origin, inputs: { comment: 'never' } });
    expect(run.status).toBe(1);
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(2);
    expect([...api.checkRuns.values()]).toHaveLength(1);
  });

  it('one 502 on a blob is retried and the baseline holds', async () => {
    const { origin, workspace } = layout(OUTDATED_BASE, { ref: 'merge', fetchDepth: 1 });
    // No fetch possible (as with persist-credentials: false): the base comes through the trees API.
    git(workspace, 'remote', 'remove', 'origin');
    api.addCommitTree(origin.baseTipSha, regularFilesAt(origin.root, origin.baseTipSha));
    api.failRoute('GET', /\/git\/blobs\//, 502, 'Bad Gateway', { times: 1 });
    const run = await runOnPullRequest(node, workspace, { origin });
    expect(run.status).toBe(0);
    expect(api.requestsTo('GET', /\/git\/blobs\//)).toHaveLength(2);
    expect(run.summary.replace(/\\/g, '')).toContain('through the GitHub API');
    expect(warningLines(run).filter((line) => line.includes('could not be read'))).toEqual([]);
  });

  it('a path with nothing to read warns that nothing was scanned, fails with fail-on-empty; a missing path fails the step', async () => {
    const { origin, workspace } = layout({ ...OUTDATED_BASE, head: { 'docs/index.md': 'docs\n' } }, { ref: 'merge', fetchDepth: 1 });
    const warned = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'docs', comment: 'never' } });
    expect(warned.status).toBe(0);
    expect(warningLines(warned)).toEqual([expect.stringMatching(/^::warning title=Nothing scanned::No file the gate reads .* under "docs"/)]);
    const failed = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'docs', comment: 'never', 'fail-on-empty': 'true' } });
    expect(failed.status).toBe(1);
    expect(errorLines(failed)).toEqual([expect.stringMatching(/^::error::No file the gate reads .*\(fail-on-empty is true, so the check fails\)/)]);
    const missing = await runOnPullRequest(node, workspace, { origin, inputs: { path: 'servcies', comment: 'never' } });
    expect(missing.status).toBe(2);
    expect(errorLines(missing)).toEqual([expect.stringContaining('servcies: it does not exist')]);
  });
});
