import { isSafeRevision } from '../settings/git-revision-name.js';
import { gitFailure, OBJECT_ID, runGit, type GitResult } from './git-process.js';

/** What the local repository says about commits: the checkout's top level and HEAD, merge bases, fetching one commit. */

/** The work tree's top level, as git prints it (its real path). */
export async function gitTopLevel(directory: string): Promise<GitResult<string>> {
  const run = await runGit(directory, ['rev-parse', '--show-toplevel']);
  if (run.code !== 0) return { ok: false, reason: gitFailure('git rev-parse --show-toplevel', run) };
  return { ok: true, value: run.stdout.toString('utf8').replace(/\n$/, '') };
}

export interface CommitParents {
  sha: string;
  /** In the order the commit lists them: the first parent of a merge commit is the branch merged into. */
  parents: string[];
}

/**
 * The commit and its parents from the commit object itself: a shallow clone (actions/checkout's default
 * fetch-depth: 1) holds the object, parent lines included, even though it lacks the parents.
 */
export async function readCommitParents(repositoryRoot: string, revision: string): Promise<GitResult<CommitParents>> {
  const resolved = await resolveCommit(repositoryRoot, revision);
  if (!resolved.ok) return resolved;
  const run = await runGit(repositoryRoot, ['cat-file', 'commit', resolved.value]);
  if (run.code !== 0) return { ok: false, reason: gitFailure(`git cat-file commit ${resolved.value}`, run) };
  return { ok: true, value: { sha: resolved.value, parents: parseParentLines(run.stdout.toString('utf8')) } };
}

/** The header of a raw commit object ends at its first empty line; parent lines sit between tree and author. */
export function parseParentLines(commitObject: string): string[] {
  const header = commitObject.split('\n\n', 1)[0] ?? '';
  return header.split('\n').flatMap((line) => {
    const match = /^parent ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
}

/**
 * A branch, tag or commit the user named (input base-ref, --base) to a commit id. A leading '-' would be
 * read as an option, so such names are refused before git sees them.
 */
export async function resolveCommit(repositoryRoot: string, revision: string): Promise<GitResult<string>> {
  if (!isSafeRevision(revision)) return { ok: false, reason: `"${revision}" is not a branch, tag or commit name` };
  const run = await runGit(repositoryRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  const sha = run.stdout.toString('utf8').trim();
  if (run.code !== 0 || !OBJECT_ID.test(sha)) return { ok: false, reason: `git has no commit "${revision}" in ${repositoryRoot}` };
  return { ok: true, value: sha };
}

/** null when the two commits share no history the checkout holds (a shallow clone, unrelated histories). */
export async function gitMergeBase(repositoryRoot: string, first: string, second: string): Promise<GitResult<string | null>> {
  if (!OBJECT_ID.test(first) || !OBJECT_ID.test(second)) return { ok: false, reason: 'merge-base takes commit ids only' };
  const run = await runGit(repositoryRoot, ['merge-base', first, second]);
  if (run.spawnError) return { ok: false, reason: gitFailure('git merge-base', run) };
  const sha = run.stdout.toString('utf8').trim();
  return { ok: true, value: run.code === 0 && OBJECT_ID.test(sha) ? sha : null };
}

/** Whether the repository is shallow: its missing history is then a fetch away, not absent. */
export async function isShallowRepository(repositoryRoot: string): Promise<boolean> {
  const run = await runGit(repositoryRoot, ['rev-parse', '--is-shallow-repository']);
  return run.code === 0 && run.stdout.toString('utf8').trim() === 'true';
}

const FETCH_TIMEOUT_MS = 60_000;

/**
 * One `git fetch --depth=1 origin <commit>` with the checkout's own remote and credentials (actions/checkout
 * leaves both): one request for the whole base commit, where the trees API needs one per file. Objects
 * only: no ref, no FETCH_HEAD, no change to the work tree or the index.
 */
export async function fetchCommit(repositoryRoot: string, commit: string, remote = 'origin'): Promise<GitResult<true>> {
  if (!OBJECT_ID.test(commit)) return { ok: false, reason: `"${commit}" is not a commit id` };
  const remotes = await runGit(repositoryRoot, ['remote']);
  if (!remotes.stdout.toString('utf8').split('\n').includes(remote)) return { ok: false, reason: `the checkout has no remote "${remote}" to fetch from` };
  const args = ['-c', 'protocol.version=2', 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', '--depth=1', remote, commit];
  const run = await runGit(repositoryRoot, args, FETCH_TIMEOUT_MS);
  if (run.code !== 0) return { ok: false, reason: gitFailure(`git fetch --depth=1 ${remote} ${commit}`, run) };
  return { ok: true, value: true };
}
