import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseGitHubEventContext, readGitHubEventContext } from '../../src/publish/github-event-context.js';

const MERGE_SHA = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const HEAD_SHA = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const BASE_SHA = 'cccccccccccccccccccccccccccccccccccccccc';

function env(eventName: string, extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'octo/repo', GITHUB_SHA: MERGE_SHA, ...extra };
}

function pullRequestPayload(headRepository: string | null = 'octo/repo'): unknown {
  return {
    number: 42,
    pull_request: {
      number: 42,
      head: { sha: HEAD_SHA, repo: headRepository === null ? null : { full_name: headRepository } },
      base: { sha: BASE_SHA, repo: { full_name: 'octo/repo' } },
    },
  };
}

describe('parseGitHubEventContext', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: the head is the pull request head, not the merge commit; scope new', (eventName) => {
    const context = parseGitHubEventContext(env(eventName), pullRequestPayload());
    expect(context).toMatchObject({
      kind: eventName,
      owner: 'octo',
      repo: 'repo',
      pullRequestNumber: 42,
      headSha: HEAD_SHA,
      baseSha: BASE_SHA,
      sha: MERGE_SHA,
      isFork: false,
      defaultFailOnScope: 'new',
      problems: [],
    });
  });

  it('a pull request from another repository, or from a deleted fork, is a fork', () => {
    expect(parseGitHubEventContext(env('pull_request'), pullRequestPayload('someone/repo')).isFork).toBe(true);
    expect(parseGitHubEventContext(env('pull_request'), pullRequestPayload(null)).isFork).toBe(true);
    expect(parseGitHubEventContext(env('pull_request'), pullRequestPayload('OCTO/Repo')).isFork).toBe(false);
  });

  it('merge_group: head_sha and base_sha, no pull request number, scope new', () => {
    const context = parseGitHubEventContext(env('merge_group'), { merge_group: { head_sha: HEAD_SHA, base_sha: BASE_SHA } });
    expect(context).toMatchObject({ kind: 'merge_group', headSha: HEAD_SHA, baseSha: BASE_SHA, pullRequestNumber: null, defaultFailOnScope: 'new', problems: [] });
  });

  it('push: the base is the commit the push replaced, unless the push created the branch; scope all', () => {
    const pushed = parseGitHubEventContext(env('push'), { before: BASE_SHA, after: HEAD_SHA });
    expect(pushed).toMatchObject({ kind: 'push', headSha: HEAD_SHA, baseSha: BASE_SHA, defaultFailOnScope: 'all' });
    const created = parseGitHubEventContext(env('push'), { before: '0'.repeat(40), after: HEAD_SHA });
    expect(created.baseSha).toBeNull();
  });

  it.each(['schedule', 'workflow_dispatch'])('%s: GITHUB_SHA, no base, scope all', (eventName) => {
    expect(parseGitHubEventContext(env(eventName), {})).toMatchObject({ kind: eventName, headSha: MERGE_SHA, baseSha: null, defaultFailOnScope: 'all' });
  });

  it('any other event is "other", with its name kept', () => {
    expect(parseGitHubEventContext(env('issue_comment'), {})).toMatchObject({ kind: 'other', eventName: 'issue_comment', defaultFailOnScope: 'all' });
  });

  it('takes the repository from the payload when GITHUB_REPOSITORY is unset, and says when neither has it', () => {
    const fromPayload = parseGitHubEventContext({ GITHUB_EVENT_NAME: 'push' }, { repository: { full_name: 'acme/tool' } });
    expect(fromPayload).toMatchObject({ owner: 'acme', repo: 'tool', problems: [] });
    const nowhere = parseGitHubEventContext({ GITHUB_EVENT_NAME: 'push' }, {});
    expect(nowhere.owner).toBeNull();
    expect(nowhere.problems).toEqual([expect.stringContaining('GITHUB_REPOSITORY')]);
  });

  it('says when a pull request payload has no number', () => {
    expect(parseGitHubEventContext(env('pull_request'), { pull_request: {} }).problems).toEqual([expect.stringContaining('pull_request.number')]);
  });

  it('defaults the API and server URLs and trims a trailing slash (GitHub Enterprise Server)', () => {
    expect(parseGitHubEventContext(env('push'), {})).toMatchObject({ apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' });
    const enterprise = parseGitHubEventContext(env('push', { GITHUB_API_URL: 'https://ghe.example/api/v3/', GITHUB_SERVER_URL: 'https://ghe.example/' }), {});
    expect(enterprise).toMatchObject({ apiUrl: 'https://ghe.example/api/v3', serverUrl: 'https://ghe.example' });
  });

  it('ignores payload values of the wrong type', () => {
    const context = parseGitHubEventContext(env('pull_request'), { pull_request: { number: '42', head: { sha: 7 }, base: [] } });
    expect(context).toMatchObject({ pullRequestNumber: null, headSha: MERGE_SHA, baseSha: null });
  });
});

describe('readGitHubEventContext', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-event-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads the payload from GITHUB_EVENT_PATH', () => {
    const file = path.join(directory, 'event.json');
    writeFileSync(file, JSON.stringify(pullRequestPayload()));
    expect(readGitHubEventContext(env('pull_request', { GITHUB_EVENT_PATH: file }))).toMatchObject({ pullRequestNumber: 42, headSha: HEAD_SHA });
  });

  it('reports a missing or unreadable payload as a problem, never throws', () => {
    const missing = readGitHubEventContext(env('pull_request', { GITHUB_EVENT_PATH: path.join(directory, 'absent.json') }));
    expect(missing).toMatchObject({ kind: 'pull_request', pullRequestNumber: null, headSha: MERGE_SHA });
    expect(missing.problems).toEqual([expect.stringContaining('could not read the event payload')]);
    const broken = path.join(directory, 'broken.json');
    writeFileSync(broken, '{not json');
    expect(readGitHubEventContext(env('push', { GITHUB_EVENT_PATH: broken })).problems).toHaveLength(1);
    expect(readGitHubEventContext(env('push')).problems).toEqual(['GITHUB_EVENT_PATH is not set']);
  });
});
