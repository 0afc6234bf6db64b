import type { TreeFile } from './base-tree.js';
import { apiFailureOf, describeApiFailure, headerNumber } from './api-failure.js';
import type { GitHubClient } from './github-client.js';

/** Reads a commit's files through the GitHub REST API, for checkouts that do not hold the commit. */

export type ApiResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface ApiRepository {
  client: GitHubClient;
  owner: string;
  repo: string;
}

const REGULAR_FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

export interface ApiTreeListing {
  files: TreeFile[];
  /** x-ratelimit-remaining of the answer: what the token may still spend this hour; null when not sent. */
  rateLimitRemaining: number | null;
}

/**
 * Listings already asked for, per client and commit: on a pull request whose base is not in the clone the
 * config file and the base snapshot both need the base's tree, and one listing is one request of the
 * token's hourly budget. Keyed by the client object, so each run (and each test's fake API) has its own.
 */
const listings = new WeakMap<GitHubClient, Map<string, Promise<ApiResult<ApiTreeListing>>>>();

/** GET /git/trees/{sha}?recursive=1; the API accepts a commit SHA and lists its root tree. Asked once per client and commit. */
export function listApiTree(repository: ApiRepository, commit: string): Promise<ApiResult<ApiTreeListing>> {
  const byCommit = listings.get(repository.client) ?? new Map<string, Promise<ApiResult<ApiTreeListing>>>();
  listings.set(repository.client, byCommit);
  const key = `${repository.owner}/${repository.repo}@${commit}`;
  const cached = byCommit.get(key);
  if (cached) return cached;
  const listing = requestApiTree(repository, commit);
  byCommit.set(key, listing);
  return listing;
}

async function requestApiTree(repository: ApiRepository, commit: string): Promise<ApiResult<ApiTreeListing>> {
  try {
    const { data, headers } = await repository.client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: repository.owner,
      repo: repository.repo,
      tree_sha: commit,
      recursive: '1',
    });
    if (data.truncated) {
      return { ok: false, reason: `the trees API truncated the listing of ${commit} (too many files); fetch the history instead (actions/checkout fetch-depth: 0)` };
    }
    const files = data.tree.flatMap((entry) =>
      entry.type === 'blob' && REGULAR_FILE_MODES.has(entry.mode ?? '') && entry.path && entry.sha
        ? [{ path: entry.path, sha: entry.sha, size: entry.size ?? 0 }]
        : [],
    );
    return { ok: true, value: { files, rateLimitRemaining: headerNumber(headers['x-ratelimit-remaining']) } };
  } catch (error) {
    return { ok: false, reason: `GET git/trees/${commit}: ${describeApiFailure(apiFailureOf(error))}` };
  }
}

/**
 * GET /git/blobs/{sha} for each SHA, at most `concurrency` at a time, handing each blob to `onBlob`.
 * Stops at the first failure: a snapshot missing a file would make its findings look new.
 */
export async function readApiBlobs(
  repository: ApiRepository,
  shas: readonly string[],
  concurrency: number,
  onBlob: (sha: string, content: Buffer) => Promise<void>,
): Promise<ApiResult<number>> {
  const queue = [...shas];
  let failure: string | null = null;
  let received = 0;
  const worker = async (): Promise<void> => {
    for (let sha = queue.shift(); sha !== undefined && failure === null; sha = queue.shift()) {
      const blob = await fetchBlob(repository, sha);
      if (!blob.ok) {
        failure = blob.reason;
        return;
      }
      await onBlob(sha, blob.value);
      received += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, shas.length)) }, worker));
  return failure === null ? { ok: true, value: received } : { ok: false, reason: failure };
}

async function fetchBlob(repository: ApiRepository, sha: string): Promise<ApiResult<Buffer>> {
  try {
    const { data } = await repository.client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      owner: repository.owner,
      repo: repository.repo,
      file_sha: sha,
    });
    const content = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
    if (typeof data.size === 'number' && data.size !== content.length) {
      return { ok: false, reason: `GET git/blobs/${sha}: expected ${data.size} bytes, decoded ${content.length}` };
    }
    return { ok: true, value: content };
  } catch (error) {
    return { ok: false, reason: `GET git/blobs/${sha}: ${describeApiFailure(apiFailureOf(error))}` };
  }
}
