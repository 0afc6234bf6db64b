import { isGateComment } from '../report/pr-comment.js';
import { apiFailureOf, describeApiFailure } from './api-failure.js';
import type { GitHubClient } from './github-client.js';

import type { CommentMode } from '../settings/action-settings.js';

export type { CommentMode };

export interface PrCommentTarget {
  owner: string;
  repo: string;
  pullRequestNumber: number;
  /** Who the token comments as (identifyToken): only that author's comments can be this job's; null: unknown, edit none. */
  authorLogin: string | null;
  /** commentMarker of this job: another job's comment (a matrix over paths) is not touched. */
  marker?: string;
}

export interface PrCommentContent {
  /** The gate failed this run. */
  failing: boolean;
  /** The run passed, but reviewers must see the comment anyway (the pull request changes the gate's config): on-failure writes it too. */
  reviewNeeded?: boolean;
  /** renderPrComment of this run. */
  body: string;
  /** renderFixedPrComment of this run: what an earlier failing comment becomes once the run passes. */
  fixedBody: string;
}

export type PrCommentOutcome =
  /** `note`: something to warn about though the comment was written (the search for the earlier one stopped at its cap). */
  | { action: 'created' | 'updated' | 'marked-fixed' | 'unchanged'; commentId: number; url: string | null; note?: string }
  | { action: 'skipped'; why: string }
  /** Warn with `reason`; a comment that could not be written never changes the verdict. */
  | { action: 'failed'; reason: string };

interface ExistingComment {
  id: number;
  body: string;
  url: string | null;
}

/**
 * One comment per pull request, edited in place. `on-failure` writes it when the run fails and, once
 * a later run passes, edits it to say fixed (a passing pull request that never failed gets no
 * comment); `always` writes the current state every run; `never` makes no request at all.
 */
export async function publishPrComment(
  client: GitHubClient,
  target: PrCommentTarget,
  mode: CommentMode,
  content: PrCommentContent,
): Promise<PrCommentOutcome> {
  if (mode === 'never') return { action: 'skipped', why: 'comment: never' };
  let search: CommentSearch;
  try {
    search = await findGateComment(client, target);
  } catch (error) {
    return failed('read the comments of', target, error);
  }
  const existing = search.comment;
  const outcome = await (mode === 'on-failure' && !content.failing && !content.reviewNeeded
    ? existing
      ? writeComment(client, target, existing, content.fixedBody, 'marked-fixed')
      : Promise.resolve<PrCommentOutcome>({ action: 'skipped', why: 'the run passed and there is no earlier comment to update' })
    : writeComment(client, target, existing, content.body, existing ? 'updated' : 'created'));
  if (!search.capped || outcome.action === 'failed' || outcome.action === 'skipped') return outcome;
  return { ...outcome, note: `Pull request #${target.pullRequestNumber} has more than ${MAX_COMMENT_PAGES * COMMENTS_PER_PAGE} comments; the gate looked for its earlier comment in the first ${MAX_COMMENT_PAGES * COMMENTS_PER_PAGE} only, so it wrote a new one.` };
}

/** Pages of comments read at most when looking for the gate's earlier comment: 3,000 comments, 30 requests. */
export const MAX_COMMENT_PAGES = 30;
const COMMENTS_PER_PAGE = 100;

interface CommentSearch {
  comment: ExistingComment | null;
  /** The search stopped at MAX_COMMENT_PAGES with more pages left. */
  capped: boolean;
}

async function writeComment(
  client: GitHubClient,
  target: PrCommentTarget,
  existing: ExistingComment | null,
  body: string,
  action: 'created' | 'updated' | 'marked-fixed',
): Promise<PrCommentOutcome> {
  if (existing && existing.body === body) return { action: 'unchanged', commentId: existing.id, url: existing.url };
  try {
    const { data } = existing
      ? await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: existing.id, body })
      : await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.pullRequestNumber, body });
    return { action, commentId: Number(data.id), url: data.html_url ?? null };
  } catch (error) {
    return failed(existing ? 'update the comment on' : 'comment on', target, error);
  }
}

/**
 * The first comment that starts with this job's marker and was written by the token's own identity.
 * Anyone can paste the marker into a comment of their own, and any bot can write one; checking the
 * author keeps this run from overwriting someone else's words.
 */
async function findGateComment(client: GitHubClient, target: PrCommentTarget): Promise<CommentSearch> {
  // A token whose identity could not be told edits nothing: a new comment beats overwriting someone else's.
  if (target.authorLogin === null) return { comment: null, capped: false };
  const authorLogin = target.authorLogin;
  let pages = 0;
  let capped = false;
  const found = await client.paginate(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.pullRequestNumber, per_page: COMMENTS_PER_PAGE },
    (response, done) => {
      pages += 1;
      const match = response.data.find((comment) => isGateComment(comment.body ?? '', target.marker) && isOwnAuthor(comment.user, authorLogin));
      if (match) done();
      else if (pages >= MAX_COMMENT_PAGES && response.data.length === COMMENTS_PER_PAGE) {
        capped = true;
        done();
      }
      return match ? [match] : [];
    },
  );
  const [comment] = found;
  return { comment: comment ? { id: Number(comment.id), body: comment.body ?? '', url: comment.html_url ?? null } : null, capped };
}

/**
 * The login, and the account type its suffix implies: `…[bot]` logins are apps' and no user can register one,
 * so a comment by a User named like the bot (or a Bot named like a user) is nobody this token writes as.
 */
function isOwnAuthor(user: { login: string; type?: string } | null | undefined, authorLogin: string): boolean {
  if (user === null || user === undefined || user.login.toLowerCase() !== authorLogin.toLowerCase()) return false;
  return user.type === undefined || (user.type === 'Bot') === authorLogin.toLowerCase().endsWith('[bot]');
}

function failed(what: string, target: PrCommentTarget, error: unknown): PrCommentOutcome {
  const failure = apiFailureOf(error);
  const advice =
    failure.status === 403 && failure.rateLimit === null
      ? ' Give the job `pull-requests: write` in its `permissions:` to let it comment; on pull requests from forks the token is read-only whatever the workflow asks for.'
      : '';
  return { action: 'failed', reason: `Could not ${what} pull request #${target.pullRequestNumber} (${describeApiFailure(failure)}).${advice}` };
}
