import type { ApiRepository, ApiResult } from './api-tree-reader.js';
import { apiFailureOf, describeApiFailure } from './api-failure.js';

/** Commit facts through the GitHub REST API, for checkouts whose history does not hold them. */

/** GET /git/commits/{sha}: the parents, first parent first. */
export async function apiCommitParents(repository: ApiRepository, commit: string): Promise<ApiResult<string[]>> {
  try {
    const { data } = await repository.client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner: repository.owner, repo: repository.repo, commit_sha: commit });
    return { ok: true, value: data.parents.map((parent) => parent.sha) };
  } catch (error) {
    return { ok: false, reason: `GET git/commits/${commit}: ${describeApiFailure(apiFailureOf(error))}` };
  }
}

/** GET /compare/{base}...{head}: the commit a three-dot diff starts from. */
export async function apiMergeBase(repository: ApiRepository, base: string, head: string): Promise<ApiResult<string>> {
  try {
    const { data } = await repository.client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: repository.owner,
      repo: repository.repo,
      basehead: `${base}...${head}`,
      // Only the merge base is wanted: one commit and no file list keep the answer small.
      per_page: 1,
    });
    return { ok: true, value: data.merge_base_commit.sha };
  } catch (error) {
    return { ok: false, reason: `GET compare/${base}...${head}: ${describeApiFailure(apiFailureOf(error))}` };
  }
}
