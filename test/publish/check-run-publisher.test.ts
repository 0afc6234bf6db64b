import type { ScanReport } from '../../src/model/report.js';
import { ANNOTATIONS_PER_REQUEST, publishCheckRun, type CheckRunTarget } from '../../src/publish/check-run-publisher.js';
import { createGitHubClient } from '../../src/publish/github-client.js';
import { checkRunConclusion, renderCheckRunAnnotations, renderCheckRunOutput } from '../../src/report/check-run-output.js';
import { useFakeGitHubApi } from '../helpers/fake-github-api.js';
import { largeReport, passingReport } from '../report/sample-reports.js';

const api = useFakeGitHubApi();
const HEAD_SHA = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const TARGET: CheckRunTarget = { owner: 'octo', repo: 'repo', headSha: HEAD_SHA, name: 'client-go token gate' };
const FIXED_TIME = () => new Date('2026-01-02T03:04:05Z');

function client(timeoutMs?: number) {
  return createGitHubClient({ token: 'test-token', apiUrl: api.url, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
}

function contentOf(report: ScanReport) {
  const annotations = renderCheckRunAnnotations(report);
  return { conclusion: checkRunConclusion(report), output: renderCheckRunOutput(report, { annotationCount: annotations.length }), annotations };
}

/** 180 findings cycling outdated, unknown, ok: 120 need an annotation. */
function reportWith120Problems(): ScanReport {
  const report = largeReport(180, 180);
  report.result = 'fail';
  return report;
}

describe('publishCheckRun against a local GitHub API', () => {
  it('creates a completed check run on the head commit and sends all 120 annotations, 50 per request', async () => {
    const content = contentOf(reportWith120Problems());
    expect(content.annotations).toHaveLength(120);

    const outcome = await publishCheckRun(client(), { ...TARGET, detailsUrl: 'https://github.com/octo/repo/actions/runs/7' }, content, FIXED_TIME);

    expect(outcome).toMatchObject({ kind: 'published', annotationsSent: 120, problem: null });
    const creates = api.requestsTo('POST', '/repos/octo/repo/check-runs');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.authorization).toBe('token test-token');
    expect(creates[0]?.body).toMatchObject({
      name: 'client-go token gate',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      completed_at: '2026-01-02T03:04:05.000Z',
      details_url: 'https://github.com/octo/repo/actions/runs/7',
    });
    const updates = api.requestsTo('PATCH', /^\/repos\/octo\/repo\/check-runs\/\d+$/);
    const batchSizes = [creates[0], ...updates].map((request) => ((request?.body as { output: { annotations: unknown[] } }).output.annotations).length);
    expect(batchSizes).toEqual([50, 50, 20]);
    for (const update of updates) expect((update.body as { output: object }).output).toMatchObject({ title: content.output.title, summary: content.output.summary, text: content.output.text });

    const [run] = [...api.checkRuns.values()];
    expect(run?.annotations).toEqual(content.annotations);
    expect(run?.conclusion).toBe('failure');
    expect(outcome.kind === 'published' && outcome.checkRunId).toBe(run?.id);
  });

  it('sends a passing run as one request with its conclusion and no annotations', async () => {
    const outcome = await publishCheckRun(client(), TARGET, contentOf(passingReport()));
    expect(outcome).toMatchObject({ kind: 'published', annotationsSent: 0, problem: null });
    expect(api.requests.map((request) => request.method)).toEqual(['POST']);
    expect([...api.checkRuns.values()][0]).toMatchObject({ conclusion: 'success', annotations: [] });
  });

  it('on 403 asks for the fallback: workflow annotations and one notice naming `checks: write`', async () => {
    api.failRoute('POST', '/repos/octo/repo/check-runs', 403);
    const outcome = await publishCheckRun(client(), TARGET, contentOf(reportWith120Problems()));
    expect(outcome.kind).toBe('forbidden');
    if (outcome.kind !== 'forbidden') return;
    expect(outcome.reason).toContain('HTTP 403');
    expect(outcome.fallbackNotice).toContain('`checks: write`');
    expect(outcome.fallbackNotice).toContain('Resource not accessible by integration');
    expect(api.requests).toHaveLength(1);
  });

  it('on 403 for a fork, explains the read-only token and pull_request_target with care', async () => {
    api.failRoute('POST', '/repos/octo/repo/check-runs', 403);
    const outcome = await publishCheckRun(client(), { ...TARGET, isFork: true }, contentOf(reportWith120Problems()));
    expect(outcome.kind === 'forbidden' && outcome.fallbackNotice).toMatch(/fork.*read-only.*pull_request_target.*never build or run/s);
  });

  it('on 422 returns a reason and no fallback', async () => {
    api.failRoute('POST', '/repos/octo/repo/check-runs', 422);
    const outcome = await publishCheckRun(client(), TARGET, contentOf(passingReport()));
    expect(outcome).toEqual({ kind: 'failed', reason: expect.stringContaining('HTTP 422') as string });
  });

  it('keeps the created check run when an update fails, saying how many annotations were lost', async () => {
    api.failRoute('PATCH', /\/check-runs\/\d+$/, 422);
    const outcome = await publishCheckRun(client(), TARGET, contentOf(reportWith120Problems()));
    expect(outcome).toMatchObject({ kind: 'published', annotationsSent: ANNOTATIONS_PER_REQUEST });
    expect(outcome.kind === 'published' && outcome.problem).toMatch(/^70 of 120 annotations were not added: HTTP 422/);
    expect(api.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(1);
  });

  it('gives up on an API that does not answer, with a reason', async () => {
    api.hangRoute('POST', '/repos/octo/repo/check-runs');
    const outcome = await publishCheckRun(client(200), TARGET, contentOf(passingReport()));
    expect(outcome).toEqual({ kind: 'failed', reason: expect.stringContaining('no response') as string });
  });
});
