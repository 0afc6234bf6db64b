import { BASE_API_VERSION, findOperation, requestViolations, responseViolations, supportedApiVersions, type ApiRequest } from './github-openapi.js';
import { checkRun, errorBody, RESOURCE_TIME } from './github-resources.js';

/** The contract check on its own: requests and answers GitHub's REST API description accepts, and ones it does not. */

const HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': BASE_API_VERSION };
const HEAD_SHA = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

function checkRunPost(body: Record<string, unknown>, headers: ApiRequest['headers'] = HEADERS): ApiRequest {
  return { method: 'POST', path: '/repos/octo/repo/check-runs', query: {}, headers, body };
}

const VALID_CHECK_RUN = {
  name: 'client-go token gate',
  head_sha: HEAD_SHA,
  status: 'completed',
  conclusion: 'failure',
  completed_at: '2026-01-02T03:04:05.000Z',
  output: {
    title: '1 outdated',
    summary: 'summary',
    annotations: [{ path: 'go.mod', start_line: 5, end_line: 5, start_column: 19, end_column: 39, annotation_level: 'failure', message: 'outdated' }],
  },
};

describe('findOperation', () => {
  it('finds the template of a path, the most literal one first', () => {
    expect(findOperation('PATCH', '/repos/octo/repo/check-runs/12')).toEqual({
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      pathParameters: { owner: 'octo', repo: 'repo', check_run_id: '12' },
    });
    expect(findOperation('GET', '/repos/octo/repo/issues/comments/5')?.template).toBe('/repos/{owner}/{repo}/issues/comments/{comment_id}');
    expect(findOperation('GET', '/repos/octo/repo/compare/a...b')?.pathParameters.basehead).toBe('a...b');
    expect(findOperation('GET', '/repos/octo/repo/no-such-thing')).toBeNull();
  });
});

describe('requestViolations', () => {
  it('passes a valid check-run POST', () => {
    expect(requestViolations(checkRunPost(VALID_CHECK_RUN), { requireApiVersionHeader: true })).toEqual([]);
  });

  it('names the body field a check-run POST lacks, breaks or adds', () => {
    const { name: _name, ...withoutName } = VALID_CHECK_RUN;
    expect(requestViolations(checkRunPost(withoutName))).toEqual(["POST /repos/octo/repo/check-runs body / must have required property 'name'"]);
    const badLevel = { ...VALID_CHECK_RUN, output: { ...VALID_CHECK_RUN.output, annotations: [{ ...VALID_CHECK_RUN.output.annotations[0], annotation_level: 'error' }] } };
    expect(requestViolations(checkRunPost(badLevel))).toEqual([
      'POST /repos/octo/repo/check-runs body /output/annotations/0/annotation_level must be equal to one of the allowed values ["notice","warning","failure"]',
    ]);
    // GitHub would ignore a misspelt field; the contract check does not.
    expect(requestViolations(checkRunPost({ ...VALID_CHECK_RUN, detail_url: 'https://example.com' }))).toEqual([
      'POST /repos/octo/repo/check-runs body / must NOT have additional properties (detail_url)',
    ]);
  });

  it('keeps the limits the description states: 50 annotations a request, 65,535 characters of text', () => {
    const annotations = Array.from({ length: 51 }, () => VALID_CHECK_RUN.output.annotations[0]);
    expect(requestViolations(checkRunPost({ ...VALID_CHECK_RUN, output: { ...VALID_CHECK_RUN.output, annotations } }))).toEqual([
      'POST /repos/octo/repo/check-runs body /output/annotations must NOT have more than 50 items',
    ]);
    expect(requestViolations(checkRunPost({ ...VALID_CHECK_RUN, output: { ...VALID_CHECK_RUN.output, text: 'x'.repeat(65_536) } }))).toEqual([
      'POST /repos/octo/repo/check-runs body /output/text must NOT have more than 65535 characters',
    ]);
  });

  it('a property the description itself forbids is a violation too', () => {
    const request: ApiRequest = { method: 'PATCH', path: '/repos/octo/repo/hooks/1/config', query: {}, headers: HEADERS, body: { url: 'https://example.com', secrett: 'x' } };
    expect(requestViolations(request)).toEqual(['PATCH /repos/octo/repo/hooks/1/config body / must NOT have additional properties (secrett)']);
  });

  it('asks for X-GitHub-Api-Version when required, and checks any version sent against the description', () => {
    const withoutVersion = { accept: 'application/vnd.github+json' };
    expect(requestViolations(checkRunPost(VALID_CHECK_RUN, withoutVersion), { requireApiVersionHeader: true })).toEqual([
      expect.stringMatching(/^POST \/repos\/octo\/repo\/check-runs header x-github-api-version is missing; send one of 2022-11-28/),
    ]);
    expect(requestViolations(checkRunPost(VALID_CHECK_RUN, withoutVersion), { requireApiVersionHeader: false })).toEqual([]);
    expect(requestViolations(checkRunPost(VALID_CHECK_RUN, { ...HEADERS, 'x-github-api-version': '2021-01-01' }))).toEqual([
      expect.stringContaining('header x-github-api-version "2021-01-01" is not one of 2022-11-28'),
    ]);
    expect(supportedApiVersions()).toContain(BASE_API_VERSION);
  });

  it('asks for a documented media type in Accept', () => {
    expect(requestViolations(checkRunPost(VALID_CHECK_RUN, { 'x-github-api-version': BASE_API_VERSION }))).toEqual([expect.stringContaining('header accept is missing')]);
    expect(requestViolations(checkRunPost(VALID_CHECK_RUN, { ...HEADERS, accept: 'text/html' }))).toEqual([expect.stringContaining('header accept "text/html" names no documented media type')]);
    for (const accept of ['application/vnd.github.v3+json', 'application/json', 'application/vnd.github.raw+json'])
      expect(requestViolations(checkRunPost(VALID_CHECK_RUN, { ...HEADERS, accept }))).toEqual([]);
  });

  it('checks path and query parameters, and knows no route the description does not', () => {
    const get = (path: string, query: Record<string, string> = {}): ApiRequest => ({ method: 'GET', path, query, headers: HEADERS, body: null });
    expect(requestViolations(get('/repos/octo/repo/issues/7/comments', { per_page: '100', page: '2' }))).toEqual([]);
    expect(requestViolations(get('/repos/octo/repo/issues/7/comments', { page: 'two', perpage: '100' }))).toEqual([
      'GET /repos/octo/repo/issues/7/comments query / must NOT have additional properties (perpage)',
      'GET /repos/octo/repo/issues/7/comments query /page must be integer',
    ]);
    expect(requestViolations(get('/repos/octo/repo/issues/seven/comments'))).toEqual(['GET /repos/octo/repo/issues/seven/comments path parameters /issue_number must be integer']);
    expect(requestViolations(get('/repos/octo/repo/no-such-thing'))).toEqual(["GET /repos/octo/repo/no-such-thing: no operation in GitHub's REST API description"]);
  });

  it('a body on an operation that takes none, or none where one is required, is a violation', () => {
    expect(requestViolations({ method: 'GET', path: '/rate_limit', query: {}, headers: HEADERS, body: { x: 1 } })).toEqual(['GET /rate_limit body sent, but /rate_limit takes none']);
    expect(requestViolations({ method: 'POST', path: '/repos/octo/repo/issues/7/comments', query: {}, headers: HEADERS, body: null })).toEqual([
      'POST /repos/octo/repo/issues/7/comments body is missing; the operation requires one',
    ]);
  });
});

describe('responseViolations', () => {
  const run = checkRun({
    id: 5,
    repo: 'octo/repo',
    name: 'gate',
    headSha: HEAD_SHA,
    status: 'completed',
    conclusion: 'failure',
    detailsUrl: null,
    externalId: null,
    startedAt: null,
    completedAt: RESOURCE_TIME,
    output: { title: 't', summary: 's', text: null },
    annotationsCount: 1,
  });

  it('passes a complete check run and names what a partial one lacks', () => {
    expect(responseViolations('POST', '/repos/octo/repo/check-runs', 201, run)).toEqual([]);
    const { node_id: _nodeId, ...withoutNodeId } = run;
    expect(responseViolations('POST', '/repos/octo/repo/check-runs', 201, { ...withoutNodeId, status: 'done' })).toEqual([
      "POST /repos/octo/repo/check-runs → 201 body / must have required property 'node_id'",
      expect.stringMatching(/^POST \/repos\/octo\/repo\/check-runs → 201 body \/status must be equal to one of the allowed values \["queued","in_progress","completed"/),
    ]);
  });

  it('checks an error status the operation does not list against GitHub error shapes, and refuses an undocumented success', () => {
    expect(responseViolations('POST', '/repos/octo/repo/check-runs', 403, errorBody(403, 'Resource not accessible by integration'))).toEqual([]);
    expect(responseViolations('POST', '/repos/octo/repo/check-runs', 422, { message: 'Validation Failed' })).toEqual([
      "POST /repos/octo/repo/check-runs → 422 body / must have required property 'documentation_url'",
    ]);
    expect(responseViolations('POST', '/repos/octo/repo/check-runs', 200, run)).toEqual(['POST /repos/octo/repo/check-runs → 200: status not documented for /repos/{owner}/{repo}/check-runs']);
  });
});
