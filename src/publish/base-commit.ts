import { apiCommitParents, apiMergeBase } from './api-commits.js';
import type { ApiRepository } from './api-tree-reader.js';
import type { CommitParents } from './git-commits.js';
import { gitMergeBase, resolveCommit } from './git-commits.js';
import type { GitHubEventContext } from './github-event-context.js';
import { OBJECT_ID } from './git-process.js';

/**
 * Which commit a change is judged against. The tree scanned is what is checked out, so the base is
 * derived from the checkout, not copied from the payload: on pull_request the checkout is the merge
 * commit, whose first parent is the base branch as it was merged into, while pull_request.base.sha is
 * wherever the base branch stood when the pull request last changed. A default branch that moved on
 * (a new go.mod after the branch point) would otherwise look like the pull request's doing.
 */
export type BasePlan =
  | { kind: 'commit'; sha: string; how: string }
  /** The commit a three-dot diff starts from: `git merge-base head other`. */
  | { kind: 'merge-base'; head: string; other: string; how: string }
  /** input base-ref: a name the local repository (or the API) resolves first. */
  | { kind: 'merge-base-with-ref'; head: string; ref: string; how: string }
  /** No checkout to read: the merge commit's parents come from the API. */
  | { kind: 'first-parent-via-api'; merge: string; pullRequestHead: string; fallback: string | null; how: string }
  | { kind: 'none'; why: string };

export type BaseEvent = Pick<GitHubEventContext, 'kind' | 'baseSha' | 'headSha' | 'sha'>;

/** Pure: the event, what is checked out, and the base-ref input (null when not set). */
export function planBaseCommit(event: BaseEvent, head: CommitParents | null, baseRef: string | null): BasePlan {
  if (baseRef !== null) {
    if (head === null) return { kind: 'none', why: `base-ref "${baseRef}" needs a git checkout to compare with` };
    return { kind: 'merge-base-with-ref', head: head.sha, ref: baseRef, how: `the merge base of HEAD and base-ref ${baseRef}` };
  }
  if (event.kind === 'pull_request' || event.kind === 'pull_request_target') return planForPullRequest(event, head);
  if (event.baseSha === null) return { kind: 'none', why: 'this event names no base commit to compare with' };
  if (event.kind === 'merge_group') return { kind: 'commit', sha: event.baseSha, how: 'the merge group\'s base commit' };
  return { kind: 'commit', sha: event.baseSha, how: 'the commit the push replaced' };
}

function planForPullRequest(event: BaseEvent, head: CommitParents | null): BasePlan {
  const pullRequestHead = event.headSha;
  const base = event.baseSha;
  if (head === null) {
    if (event.kind === 'pull_request' && event.sha !== null && pullRequestHead !== null && event.sha !== pullRequestHead) {
      return { kind: 'first-parent-via-api', merge: event.sha, pullRequestHead, fallback: base, how: 'the first parent of the merge commit' };
    }
    return base === null ? { kind: 'none', why: 'the pull request payload names no base commit' } : { kind: 'commit', sha: base, how: 'the pull request\'s base commit (no git checkout to derive it from)' };
  }
  const [firstParent, secondParent] = head.parents;
  const isMergeCheckout = firstParent !== undefined && secondParent !== undefined && (head.sha === event.sha || secondParent === pullRequestHead);
  if (isMergeCheckout) return { kind: 'commit', sha: firstParent, how: 'the first parent of the merge commit that is checked out' };
  if (base === null) return { kind: 'none', why: 'the pull request payload names no base commit' };
  const how = head.sha === pullRequestHead ? 'the merge base of the pull request head and its base branch' : 'the merge base of the checked-out commit and the pull request\'s base branch';
  return { kind: 'merge-base', head: head.sha, other: base, how };
}

export type BaseCommit = { ok: true; sha: string; how: string; notes: string[] } | { ok: false; reason: string };

export interface BaseLookup {
  /** The checkout's top level; null without git. */
  repositoryRoot: string | null;
  api: ApiRepository | null;
}

/** Carries the plan out: git first, the API when the checkout's history is too shallow to answer. */
export async function findBaseCommit(plan: BasePlan, lookup: BaseLookup): Promise<BaseCommit> {
  switch (plan.kind) {
    case 'none':
      return { ok: false, reason: plan.why };
    case 'commit':
      return { ok: true, sha: plan.sha, how: plan.how, notes: [] };
    case 'merge-base':
      return mergeBase(plan.head, plan.other, plan.how, lookup);
    case 'merge-base-with-ref':
      return mergeBaseWithRef(plan, lookup);
    case 'first-parent-via-api':
      return firstParentViaApi(plan, lookup.api);
  }
}

async function mergeBase(head: string, other: string, how: string, lookup: BaseLookup): Promise<BaseCommit> {
  if (lookup.repositoryRoot !== null) {
    const local = await gitMergeBase(lookup.repositoryRoot, head, other);
    if (local.ok && local.value !== null) return { ok: true, sha: local.value, how, notes: [] };
  }
  if (lookup.api === null) return { ok: false, reason: `the checkout's history does not reach ${how}; fetch it with actions/checkout fetch-depth: 0, or give github-token` };
  const remote = await apiMergeBase(lookup.api, other, head);
  if (!remote.ok) return { ok: false, reason: `${how} could not be found: the checkout's history is shallow, and through the API: ${remote.reason}` };
  return { ok: true, sha: remote.value, how, notes: ['the merge base was found through the GitHub API (the checkout\'s history is shallow)'] };
}

async function mergeBaseWithRef(plan: Extract<BasePlan, { kind: 'merge-base-with-ref' }>, lookup: BaseLookup): Promise<BaseCommit> {
  const local = lookup.repositoryRoot === null ? null : await resolveCommit(lookup.repositoryRoot, plan.ref);
  if (local?.ok) return mergeBase(plan.head, local.value, plan.how, lookup);
  if (lookup.api === null) return { ok: false, reason: `${local?.reason ?? `base-ref "${plan.ref}" cannot be resolved`}; fetch it (actions/checkout fetch-depth: 0) or give github-token` };
  // The compare API resolves branch and tag names itself.
  const remote = await apiMergeBase(lookup.api, plan.ref, plan.head);
  if (!remote.ok) return { ok: false, reason: `base-ref "${plan.ref}" is not in the checkout, and through the API: ${remote.reason}` };
  return { ok: true, sha: remote.value, how: plan.how, notes: [`base-ref ${plan.ref} was resolved through the GitHub API (the checkout does not hold it)`] };
}

async function firstParentViaApi(plan: Extract<BasePlan, { kind: 'first-parent-via-api' }>, api: ApiRepository | null): Promise<BaseCommit> {
  const fallback = (why: string): BaseCommit =>
    plan.fallback === null ? { ok: false, reason: why } : { ok: true, sha: plan.fallback, how: 'the pull request\'s base commit', notes: [`${why}, so the payload's base commit is used`] };
  if (api === null) return fallback('without a git checkout or a token the merge commit\'s parents cannot be read');
  const parents = await apiCommitParents(api, plan.merge);
  if (!parents.ok) return fallback(parents.reason);
  const [first, second] = parents.value;
  if (first === undefined || second !== plan.pullRequestHead || !OBJECT_ID.test(first)) return fallback(`${plan.merge} is not the merge commit of the pull request head`);
  return { ok: true, sha: first, how: plan.how, notes: ['the merge commit\'s parents were read through the GitHub API (no git checkout)'] };
}
