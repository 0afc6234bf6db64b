import type { ScanReport } from '../../src/model/report.js';
import { createGitHubClient } from '../../src/publish/github-client.js';
import { publishPrComment, type CommentMode, type PrCommentTarget } from '../../src/publish/pr-comment-publisher.js';
import { commentMarker, PR_COMMENT_MARKER, renderFixedPrComment, renderPrComment } from '../../src/report/pr-comment.js';
import { FAKE_BOT_USER, FAKE_INSTALLATION_TOKEN, FAKE_PAT_USER, FAKE_PERSONAL_TOKEN, useFakeGitHubApi } from '../helpers/fake-github-api.js';
import { mixedReport, passingReport } from '../report/sample-reports.js';

const api = useFakeGitHubApi();
const TARGET: PrCommentTarget = { owner: 'octo', repo: 'repo', pullRequestNumber: 42, authorLogin: FAKE_BOT_USER.login };
const COMMENTS_PATH = '/repos/octo/repo/issues/42/comments';
const CONTEXT = { serverUrl: 'https://github.com', repository: 'octo/repo', sha: '0123456789abcdef0123456789abcdef01234567' };

/** GITHUB_TOKEN: its comments are github-actions[bot]'s, which is how the publisher finds its own by default. */
function client(token = FAKE_INSTALLATION_TOKEN) {
  return createGitHubClient({ token, apiUrl: api.url });
}

function run(report: ScanReport, mode: CommentMode = 'on-failure') {
  return publishPrComment(client(), TARGET, mode, {
    failing: report.result === 'fail',
    body: renderPrComment(report, { context: CONTEXT }),
    fixedBody: renderFixedPrComment(report, { context: CONTEXT }),
  });
}

describe('publishPrComment against a local GitHub API', () => {
  it('creates one comment, updates it in place on the next run, then edits it to say fixed', async () => {
    const first = await run(mixedReport());
    expect(first).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42)).toHaveLength(1);
    expect(api.commentsOn(42)[0]?.body.startsWith(PR_COMMENT_MARKER)).toBe(true);

    const changed = mixedReport();
    changed.findings.splice(0, 1);
    const second = await run(changed);
    expect(second).toMatchObject({ action: 'updated', commentId: first.action === 'created' ? first.commentId : -1 });
    expect(api.requestsTo('POST', COMMENTS_PATH)).toHaveLength(1);
    expect(api.requestsTo('PATCH', /^\/repos\/octo\/repo\/issues\/comments\/\d+$/)).toHaveLength(1);

    const third = await run(passingReport());
    expect(third).toMatchObject({ action: 'marked-fixed' });
    expect(api.commentsOn(42)).toHaveLength(1);
    expect(api.commentsOn(42)[0]?.body).toContain('client-go token gate: fixed');
  });

  it('on-failure: a passing pull request that never failed gets no comment', async () => {
    expect(await run(passingReport())).toMatchObject({ action: 'skipped' });
    expect(api.requestsTo('POST', COMMENTS_PATH)).toHaveLength(0);
  });

  it('always: posts a passing result too', async () => {
    expect(await run(passingReport(), 'always')).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42)[0]?.body).toContain('client-go token gate: pass');
  });

  it('never: makes no request at all', async () => {
    expect(await run(mixedReport(), 'never')).toEqual({ action: 'skipped', why: 'comment: never' });
    expect(api.requests).toEqual([]);
  });

  it('does not send an edit when the comment already says the same', async () => {
    await run(mixedReport());
    expect(await run(mixedReport())).toMatchObject({ action: 'unchanged' });
    expect(api.requestsTo('PATCH', /comments\/\d+$/)).toHaveLength(0);
  });

  it('finds its comment past the first page of comments', async () => {
    for (let index = 0; index < 130; index += 1) api.addComment(42, `comment ${index}`);
    const ours = api.addComment(42, `${PR_COMMENT_MARKER}\nold`, { ...FAKE_BOT_USER });
    expect(await run(mixedReport())).toMatchObject({ action: 'updated', commentId: ours.id });
    expect(api.requestsTo('GET', COMMENTS_PATH).map((request) => request.query.page ?? '1')).toEqual(['1', '2']);
  });

  it("never edits a person's comment that carries the marker", async () => {
    const quoted = api.addComment(42, `${PR_COMMENT_MARKER}\nI copied the bot's comment`, { login: 'mallory', type: 'User' });
    expect(await run(mixedReport())).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42).find((comment) => comment.id === quoted.id)?.body).toBe(`${PR_COMMENT_MARKER}\nI copied the bot's comment`);
  });

  it("never edits another bot's comment that carries the marker", async () => {
    const other = api.addComment(42, `${PR_COMMENT_MARKER}\nfrom another app`, { login: 'renovate[bot]', type: 'Bot' });
    expect(await run(mixedReport())).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42).find((comment) => comment.id === other.id)?.body).toBe(`${PR_COMMENT_MARKER}\nfrom another app`);
  });

  it("keeps one comment per job: another job's marker is not this job's, even as a prefix", async () => {
    const services = commentMarker({ checkName: 'gate', scannedRoot: 'services/a' }, 'client-go token gate');
    const longer = commentMarker({ checkName: 'gate', scannedRoot: 'services/ab' }, 'client-go token gate');
    const theirs = api.addComment(42, `${longer}\nother job`, { ...FAKE_BOT_USER });
    const outcome = await publishPrComment(client(), { ...TARGET, marker: services }, 'always', { failing: true, body: `${services}\nthis job`, fixedBody: '' });
    expect(outcome).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42).find((comment) => comment.id === theirs.id)?.body).toBe(`${longer}\nother job`);
    expect(await publishPrComment(client(), { ...TARGET, marker: services }, 'always', { failing: true, body: `${services}\nagain`, fixedBody: '' })).toMatchObject({ action: 'updated' });
    expect(api.commentsOn(42)).toHaveLength(2);
  });

  it('with a personal token, finds the comment by its author instead', async () => {
    const ours = api.addComment(42, `${PR_COMMENT_MARKER}\nold`, { ...FAKE_PAT_USER });
    const outcome = await publishPrComment(client(FAKE_PERSONAL_TOKEN), { ...TARGET, authorLogin: FAKE_PAT_USER.login }, 'always', {
      failing: true,
      body: renderPrComment(mixedReport()),
      fixedBody: '',
    });
    expect(outcome).toMatchObject({ action: 'updated', commentId: ours.id });
  });

  it('a token whose identity could not be told edits no comment, not even the Actions bot\'s: it writes a new one', async () => {
    const bots = api.addComment(42, `${PR_COMMENT_MARKER}\nfrom a GITHUB_TOKEN workflow`, { ...FAKE_BOT_USER });
    const outcome = await publishPrComment(client(FAKE_PERSONAL_TOKEN), { ...TARGET, authorLogin: null }, 'always', { failing: true, body: `${PR_COMMENT_MARKER}\nnew`, fixedBody: '' });
    expect(outcome).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42).find((comment) => comment.id === bots.id)?.body).toBe(`${PR_COMMENT_MARKER}\nfrom a GITHUB_TOKEN workflow`);
    expect(api.requestsTo('GET', COMMENTS_PATH)).toHaveLength(0);
  });

  it('a comment whose account type does not fit the login is not the bot\'s', async () => {
    const lookalike = api.addComment(42, `${PR_COMMENT_MARKER}\nlookalike`, { login: FAKE_BOT_USER.login, type: 'User' });
    expect(await run(mixedReport())).toMatchObject({ action: 'created' });
    expect(api.commentsOn(42).find((comment) => comment.id === lookalike.id)?.body).toBe(`${PR_COMMENT_MARKER}\nlookalike`);
  });

  it('reads at most 30 pages of comments, then writes a new comment and says why', async () => {
    for (let index = 0; index < 3_050; index += 1) api.addComment(42, `comment ${index}`);
    api.addComment(42, `${PR_COMMENT_MARKER}\nold, past the cap`, { ...FAKE_BOT_USER });
    const outcome = await run(mixedReport());
    expect(outcome).toMatchObject({ action: 'created', note: expect.stringContaining('more than 3000 comments') as string });
    expect(api.requestsTo('GET', COMMENTS_PATH)).toHaveLength(30);
  });

  it('403 on reading or writing comments is a warning reason naming the permission, never a throw', async () => {
    api.failRoute('POST', COMMENTS_PATH, 403);
    const outcome = await run(mixedReport());
    expect(outcome.action).toBe('failed');
    expect(outcome.action === 'failed' && outcome.reason).toMatch(/HTTP 403.*`pull-requests: write`/);

    api.reset();
    api.failRoute('GET', COMMENTS_PATH, 403);
    expect(await run(mixedReport())).toMatchObject({ action: 'failed', reason: expect.stringContaining('Could not read the comments of pull request #42') as string });
  });
});
