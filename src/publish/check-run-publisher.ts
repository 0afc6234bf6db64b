import type { CheckRunAnnotation, CheckRunConclusion, CheckRunOutput } from '../report/check-run-output.js';
import { apiFailureOf, describeApiFailure } from './api-failure.js';
import type { GitHubClient } from './github-client.js';

/** The Checks API takes at most this many annotations per request; later ones are appended by updates. */
export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckRunTarget {
  owner: string;
  repo: string;
  /** The pull request head (GitHubEventContext.headSha), so the check shows on the pull request. */
  headSha: string;
  /** The `check-name` input. */
  name: string;
  /** The workflow run, linked from the check run. */
  detailsUrl?: string;
  /** Changes the advice when the API refuses: a fork's pull_request token is read-only whatever the permissions. */
  isFork?: boolean;
}

export interface CheckRunContent {
  conclusion: CheckRunConclusion;
  output: CheckRunOutput;
  annotations: readonly CheckRunAnnotation[];
}

export type CheckRunOutcome =
  /** Created; `problem` says what an update that failed left out (some annotations), null when nothing. */
  | { kind: 'published'; checkRunId: number; url: string | null; annotationsSent: number; problem: string | null }
  /** HTTP 403: emit workflow annotations instead and show `fallbackNotice` once. */
  | { kind: 'forbidden'; reason: string; fallbackNotice: string }
  /** Anything else (422, 404, network): warn with `reason`. */
  | { kind: 'failed'; reason: string };

/**
 * Creates a completed check run on the head commit with the verdict's conclusion and the first 50
 * annotations, then appends the rest 50 at a time. Created complete from the start: a job that dies
 * between two updates leaves a finished check with the right conclusion, never one stuck in progress.
 * Never throws for an API failure; the verdict of the step does not depend on this sink.
 */
export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  content: CheckRunContent,
  now: () => Date = () => new Date(),
): Promise<CheckRunOutcome> {
  const batches = inBatches(content.annotations, ANNOTATIONS_PER_REQUEST);
  let created: { id: number | bigint; html_url: string | null };
  try {
    const response = await client.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: content.conclusion,
      completed_at: now().toISOString(),
      ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
      output: { ...content.output, annotations: [...(batches[0] ?? [])] },
    });
    created = response.data;
  } catch (error) {
    return refusedCreation(target, error);
  }
  const appended = await appendAnnotations(client, target, created.id, content.output, batches.slice(1));
  return {
    kind: 'published',
    checkRunId: Number(created.id),
    url: created.html_url,
    annotationsSent: (batches[0]?.length ?? 0) + appended.sent,
    problem: appended.problem === null ? null : `${content.annotations.length - (batches[0]?.length ?? 0) - appended.sent} of ${content.annotations.length} annotations were not added: ${appended.problem}`,
  };
}

async function appendAnnotations(
  client: GitHubClient,
  target: CheckRunTarget,
  checkRunId: number | bigint,
  output: CheckRunOutput,
  batches: readonly CheckRunAnnotation[][],
): Promise<{ sent: number; problem: string | null }> {
  let sent = 0;
  for (const batch of batches) {
    try {
      // title and summary are required with every output update; text is sent again so no update can clear it.
      await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner: target.owner,
        repo: target.repo,
        check_run_id: Number(checkRunId),
        output: { ...output, annotations: batch },
      });
      sent += batch.length;
    } catch (error) {
      return { sent, problem: describeApiFailure(apiFailureOf(error)) };
    }
  }
  return { sent, problem: null };
}

function refusedCreation(target: CheckRunTarget, error: unknown): CheckRunOutcome {
  const failure = apiFailureOf(error);
  const reason = `Could not create the check run "${target.name}" (${describeApiFailure(failure)}).`;
  // A rate limit is no missing permission: advice to add `checks: write` would send the user the wrong way.
  if (failure.status === 403 && failure.rateLimit === null) return { kind: 'forbidden', reason, fallbackNotice: checkRunFallbackNotice(target.name, failure.message, target.isFork ?? false) };
  return { kind: 'failed', reason };
}

/**
 * The one notice shown when the check run is refused: the findings went to workflow annotations (at
 * most 10 per level), and this is how to get every annotation in a check run.
 */
export function checkRunFallbackNotice(checkName: string, apiMessage: string, isFork: boolean): string {
  const advice = isFork
    ? 'This pull request comes from a fork, and on pull_request events GitHub gives forks a read-only token whatever the workflow asks for. ' +
      'A pull_request_target workflow gets `checks: write`, but runs with write access next to untrusted code: use it with care, ' +
      'check out the pull request head only to scan it, and never build or run that code.'
    : 'Add `checks: write` to the `permissions:` of the workflow or the job (next to `contents: read`).';
  return (
    `The check run "${checkName}" could not be created (HTTP 403: ${apiMessage}), so the findings are shown as workflow annotations instead, ` +
    `at most 10 per level. To get a check run with every annotation: ${advice}`
  );
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
