import { createGitHubClient } from '../../src/publish/github-client.js';
import {
  FAKE_BOT_USER,
  FAKE_INSTALLATION_TOKEN,
  FAKE_PAT_USER,
  FAKE_PERSONAL_TOKEN,
  gitBlobSha,
  useFakeGitHubApi,
} from './fake-github-api.js';
import { BASE_API_VERSION } from './github-openapi.js';

/**
 * The fake GitHub API on its own: its answers validate against GitHub's description (the afterEach of
 * useFakeGitHubApi fails any test here whose traffic does not), it tells tokens apart, and its fault
 * modes answer as GitHub does.
 */

const api = useFakeGitHubApi();
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const MERGE_BASE = 'c'.repeat(40);

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** A request as a well-behaved client sends it; `headers` replaces the defaults it names. */
async function call(method: string, path: string, options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const token = options.token === undefined ? FAKE_INSTALLATION_TOKEN : options.token;
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': BASE_API_VERSION,
      ...(token === null ? {} : { authorization: `token ${token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

describe('the fake GitHub API answers schema-valid bodies on every route it serves', () => {
  it('check runs, comments, trees, blobs, commits, comparisons, pull requests, the user and the rate limit', async () => {
    const client = createGitHubClient({ token: FAKE_PERSONAL_TOKEN, apiUrl: api.url });
    const repo = { owner: 'octo', repo: 'repo' };
    api.addCommitTree(BASE, { 'go.mod': 'module x\n', 'services/api/go.mod': 'module y\n' });
    api.addCommit(HEAD, { parents: [BASE] });
    api.setMergeBase(BASE, HEAD, MERGE_BASE);
    api.addPullRequest({ number: 7, headSha: HEAD, baseSha: BASE, headRepo: 'someone/repo', mergeCommitSha: MERGE_BASE });

    const created = await client.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'gate', head_sha: HEAD, status: 'in_progress' });
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'success',
      output: { title: 't', summary: 's', annotations: [{ path: 'go.mod', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' }] },
    });
    const comment = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, body: 'hello' });
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: comment.data.id, body: 'edited' });
    const comments = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, per_page: 100 });
    const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: BASE, recursive: '1' });
    await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: gitBlobSha(Buffer.from('module x\n')) });
    const gitCommit = await client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repo, commit_sha: HEAD });
    const baseCommit = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: BASE });
    const comparison = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: `${BASE}...${HEAD}` });
    const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: 7 });
    const user = await client.request('GET /user');
    await client.request('GET /rate_limit');

    expect(api.checkRuns.get(Number(created.data.id))).toMatchObject({ status: 'completed', conclusion: 'success', annotations: [expect.objectContaining({ path: 'go.mod' })] });
    expect(comments.data.map((item) => [item.body, item.user?.login, item.user?.type])).toEqual([['edited', FAKE_PAT_USER.login, 'User']]);
    expect(tree.data.tree.map((entry) => entry.path)).toEqual(['go.mod', 'services', 'services/api', 'services/api/go.mod']);
    expect(gitCommit.data.parents.map((parent) => parent.sha)).toEqual([BASE]);
    // A commit registered with its tree has no parents unless addCommit gives them.
    expect(baseCommit.data.parents).toEqual([]);
    expect(comparison.data.merge_base_commit.sha).toBe(MERGE_BASE);
    expect(pull.data).toMatchObject({ number: 7, merge_commit_sha: MERGE_BASE, head: { sha: HEAD, repo: { full_name: 'someone/repo' } }, base: { sha: BASE, repo: { full_name: 'octo/repo' } } });
    expect(user.data).toMatchObject({ login: FAKE_PAT_USER.login, type: 'User' });
    expect(api.requests).toHaveLength(13);
    expect(api.violations).toEqual([]);
  });

  it('answers the errors GitHub answers: unknown commits, comparisons and pull requests', async () => {
    expect((await call('GET', `/repos/octo/repo/git/commits/${HEAD}`)).status).toBe(404);
    expect(await call('GET', `/repos/octo/repo/commits/${HEAD}`)).toMatchObject({ status: 422, body: { message: `No commit found for SHA: ${HEAD}` } });
    expect((await call('GET', `/repos/octo/repo/compare/${BASE}...${HEAD}`)).status).toBe(404);
    expect(await call('GET', '/repos/octo/repo/pulls/8')).toMatchObject({ status: 404, body: { message: 'Not Found', documentation_url: expect.any(String) as string } });
  });
});

describe('tokens', () => {
  it('an installation token (ghs_) is no user: /user is refused, and its comments are github-actions[bot]', async () => {
    expect(await call('GET', '/user')).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const comment = await call('POST', '/repos/octo/repo/issues/7/comments', { body: { body: 'hi' } });
    expect(comment.body.user).toMatchObject({ login: FAKE_BOT_USER.login, type: 'Bot' });
  });

  it('any other token, test-token included, is the personal access token of octocat-pat', async () => {
    for (const token of [FAKE_PERSONAL_TOKEN, 'test-token']) {
      expect(await call('GET', '/user', { token })).toMatchObject({ status: 200, body: { login: FAKE_PAT_USER.login, type: 'User' } });
      expect((await call('POST', '/repos/octo/repo/issues/7/comments', { token, body: { body: 'hi' } })).body.user).toMatchObject({ login: FAKE_PAT_USER.login, type: 'User' });
    }
  });

  it('no token: /user and writes need authentication', async () => {
    expect((await call('GET', '/user', { token: null })).status).toBe(401);
    expect((await call('POST', '/repos/octo/repo/issues/7/comments', { token: null, body: { body: 'hi' } })).status).toBe(401);
  });
});

describe('contract violations', () => {
  it('records what a request breaks, and answers an unknown route 404', async () => {
    await call('POST', '/repos/octo/repo/check-runs', { body: { head_sha: HEAD }, headers: { accept: 'text/html' } });
    const unknown = await call('GET', '/repos/octo/repo/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(api.takeViolations()).toEqual([
      expect.stringMatching(/^request: POST \/repos\/octo\/repo\/check-runs header accept "text\/html"/),
      "request: POST /repos/octo/repo/check-runs body / must have required property 'name'",
      "request: GET /repos/octo/repo/no-such-thing: no operation in GitHub's REST API description",
    ]);
  });

  it('a validly shaped request for a route the fake does not serve is a schema-valid 404, not a violation', async () => {
    expect(await call('GET', '/repos/octo/repo/releases/latest')).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    expect(api.violations).toEqual([]);
  });
});

describe('fault modes', () => {
  it('times: only the first N matching requests fail, then the route serves normally', async () => {
    api.addCommitTree(BASE, { 'go.mod': 'module x\n' });
    const blob = `/repos/octo/repo/git/blobs/${gitBlobSha(Buffer.from('module x\n'))}`;
    api.failRoute('GET', blob, 502, 'Server Error', { times: 1 });
    expect((await call('GET', blob)).status).toBe(502);
    expect(await call('GET', blob)).toMatchObject({ status: 200, body: { encoding: 'base64' } });
  });

  it('keeps the old signature: a failed route fails every time, with the message given', async () => {
    api.failRoute('POST', /\/check-runs$/, 403);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await call('POST', '/repos/octo/repo/check-runs', { body: { name: 'gate', head_sha: HEAD } })).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    }
  });

  it('headers are sent with the error', async () => {
    api.failRoute('GET', '/rate_limit', 503, 'Service Unavailable', { headers: { 'retry-after': '7' } });
    const answer = await call('GET', '/rate_limit');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('7');
  });

  it('primary rate limit: 403 with remaining 0, a reset time and the installation named', async () => {
    api.rateLimitRoute('GET', /\/git\/trees\//, { kind: 'primary', resetInSeconds: 120, times: 1 });
    api.addCommitTree(BASE, { 'go.mod': 'module x\n' });
    const limited = await call('GET', `/repos/octo/repo/git/trees/${BASE}`);
    expect(limited.status).toBe(403);
    expect(limited.body.message).toMatch(/^API rate limit exceeded for installation ID \d+/);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-limit')).toBe(limited.headers.get('x-ratelimit-used'));
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect((await call('GET', `/repos/octo/repo/git/trees/${BASE}`)).status).toBe(200);
  });

  it('secondary rate limit: 403 (or 429) with retry-after', async () => {
    api.rateLimitRoute('POST', /\/check-runs$/, { kind: 'secondary', retryAfterSeconds: 30, times: 1 });
    api.rateLimitRoute('PATCH', /\/check-runs\/\d+$/, { kind: 'secondary', status: 429 });
    const limited = await call('POST', '/repos/octo/repo/check-runs', { body: { name: 'gate', head_sha: HEAD } });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/);
    const created = await call('POST', '/repos/octo/repo/check-runs', { body: { name: 'gate', head_sha: HEAD } });
    expect(created.status).toBe(201);
    expect((await call('PATCH', `/repos/octo/repo/check-runs/${String(created.body.id)}`, { body: { conclusion: 'success' } })).status).toBe(429);
  });

  it('every answer carries the rate-limit headers; the budget is settable, spent per request, and refused when gone', async () => {
    api.setRateLimitRemaining(2);
    const first = await call('GET', '/repos/octo/repo/pulls/1');
    expect(['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource'].map((name) => first.headers.get(name) !== null)).toEqual([true, true, true, true, true]);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(first.headers.get('x-ratelimit-resource')).toBe('core');
    // GET /rate_limit is free, as on GitHub.
    expect(await call('GET', '/rate_limit')).toMatchObject({ status: 200, body: { resources: { core: { remaining: 1 } } } });
    expect((await call('GET', '/repos/octo/repo/pulls/1')).headers.get('x-ratelimit-remaining')).toBe('0');
    const refused = await call('GET', '/repos/octo/repo/pulls/1');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^API rate limit exceeded/);
  });

  it('a hung route never answers', async () => {
    api.hangRoute('GET', '/rate_limit');
    await expect(fetch(`${api.url}/rate_limit`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    // The hung request had no headers a client must send; that is this test's doing, not the fake's.
    api.takeViolations();
  });
});
