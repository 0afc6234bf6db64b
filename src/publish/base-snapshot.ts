import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listApiTree, readApiBlobs, type ApiRepository } from './api-tree-reader.js';
import { isSafeRelativePath, selectBaseFiles, type SnapshotLimits, type TreeFile } from './base-tree.js';
import { fetchCommit } from './git-commits.js';
import { OBJECT_ID } from './git-process.js';
import { copyGitBlob, gitPathPrefix, hasGitCommit, listGitTree, readGitBlobs } from './git-tree-reader.js';

export type { ApiRepository } from './api-tree-reader.js';
export type { SnapshotLimits } from './base-tree.js';

export interface BaseSnapshotRequest {
  /** The base commit (GitHubEventContext.baseSha). */
  baseSha: string;
  /** The checkout's git top level (CheckoutLayout.repositoryRoot); null when there is no git checkout. */
  repositoryRoot: string | null;
  /** The scanned directory relative to the repository root, POSIX ('' for all of it). */
  scannedRoot: string;
  /**
   * Try one `git fetch --depth=1 origin <base>` when the checkout lacks the base (default true): one
   * request instead of one per file through the API.
   */
  fetchFromRemote?: boolean;
  /** Where the GitHub API can supply the base when the checkout does not hold it; null: git only. */
  api: ApiRepository | null;
  /** Where the snapshot directory is created (RUNNER_TEMP); os.tmpdir() by default. */
  temporaryParent?: string;
  /** Overrides the default limits of whichever method is used. */
  limits?: Partial<SnapshotLimits>;
  /** Blobs fetched at once through the API. */
  apiConcurrency?: number;
  /** Paths (relative to the scanned directory) the scan reads beyond what discovery knows by name, e.g. dockerfiles globs. */
  alsoWanted?: (pathInScanRoot: string) => boolean;
}

/** git: the checkout held the base; git-fetch: one fetch brought it; api: the trees and blobs API. */
export type SnapshotMethod = 'git' | 'git-fetch' | 'api';

export type BaseSnapshot =
  | {
      ok: true;
      method: SnapshotMethod;
      /** The temporary directory; give it to removeBaseSnapshot when done. */
      directory: string;
      /** What to scan: the scanned directory inside the snapshot (scanRepository's root). */
      scanRoot: string;
      fileCount: number;
      /** Why the other method was not used, when git could not supply the base. */
      notes: string[];
    }
  /** The caller falls back to fail-on-scope all, and warns with the reason. */
  | { ok: false; reason: string };

export const DEFAULT_GIT_LIMITS: SnapshotLimits = { maxFiles: 20_000, maxTotalBytes: 512 * 1024 * 1024 };
/** Each file is one API request against the job's rate limit: at most 300 of GITHUB_TOKEN's 1,000 an hour. */
export const DEFAULT_API_LIMITS: SnapshotLimits = { maxFiles: 300, maxTotalBytes: 64 * 1024 * 1024 };
/** Larger git blobs go from git straight to their file, not through memory: the base may hold a file of any size. */
export const STREAMED_BLOB_BYTES = 4 * 1024 * 1024;
export const DEFAULT_API_CONCURRENCY = 8;

/**
 * Writes the base commit's candidate files into a temporary directory, at their repository paths, so
 * scanRepository can scan the base exactly as it scans the head. From the local repository when it
 * holds the commit; through the API when the checkout is shallow. Never throws for a git or API
 * failure: it returns the reason.
 */
export async function snapshotBaseCommit(request: BaseSnapshotRequest): Promise<BaseSnapshot> {
  const scannedRoot = normaliseScannedRoot(request.scannedRoot);
  if (scannedRoot === null) return { ok: false, reason: `the scanned directory "${request.scannedRoot}" is not inside the repository` };
  // It becomes a git argument: nothing but an object id may reach the command line.
  if (!OBJECT_ID.test(request.baseSha)) return { ok: false, reason: `the base commit "${request.baseSha}" is not a commit SHA` };
  const viaGit = await snapshotWithGit(request, scannedRoot);
  if (viaGit.ok || !request.api) return viaGit.ok ? viaGit : { ok: false, reason: `${viaGit.reason}; fetch the base with actions/checkout fetch-depth: 0` };
  const viaApi = await snapshotWithApi(request, request.api, scannedRoot);
  if (viaApi.ok) return { ...viaApi, notes: [viaGit.reason] };
  return { ok: false, reason: `${viaGit.reason}, and through the GitHub API: ${viaApi.reason}` };
}

export async function removeBaseSnapshot(snapshot: BaseSnapshot): Promise<void> {
  if (snapshot.ok) await rm(snapshot.directory, { recursive: true, force: true });
}

async function snapshotWithGit(request: BaseSnapshotRequest, scannedRoot: string): Promise<BaseSnapshot> {
  const repositoryRoot = request.repositoryRoot;
  if (repositoryRoot === null) return { ok: false, reason: 'the scanned directory is not in a git checkout' };
  // Asked first: it fails with git's own words when the checkout is no repository at all.
  const prefix = await gitPathPrefix(repositoryRoot);
  if (!prefix.ok) return { ok: false, reason: prefix.reason };
  const present = await presentOrFetched(request, repositoryRoot);
  if (!present.ok) return present;
  const listed = await listGitTree(repositoryRoot, request.baseSha);
  if (!listed.ok) return { ok: false, reason: listed.reason };
  const scanPrefix = [prefix.value, scannedRoot].filter((part) => part !== '').join('/');
  return writeSnapshot(request, present.method, listed.value, scanPrefix, { ...DEFAULT_GIT_LIMITS, ...request.limits }, {
    read: (shas, onBlob) => readGitBlobs(repositoryRoot, shas, onBlob),
    copy: (sha, target) => copyGitBlob(repositoryRoot, sha, target),
  });
}

/** The base commit in the local object store, fetched into it first when the clone is shallow. */
async function presentOrFetched(request: BaseSnapshotRequest, repositoryRoot: string): Promise<{ ok: true; method: 'git' | 'git-fetch' } | { ok: false; reason: string }> {
  const present = await hasGitCommit(repositoryRoot, request.baseSha);
  if (!present.ok) return { ok: false, reason: present.reason };
  if (present.value) return { ok: true, method: 'git' };
  const missing = `the base commit ${request.baseSha} is not in the checkout (a shallow clone)`;
  if (request.fetchFromRemote === false) return { ok: false, reason: missing };
  const fetched = await fetchCommit(repositoryRoot, request.baseSha);
  if (!fetched.ok) return { ok: false, reason: `${missing}, and ${fetched.reason}` };
  const now = await hasGitCommit(repositoryRoot, request.baseSha);
  return now.ok && now.value ? { ok: true, method: 'git-fetch' } : { ok: false, reason: `${missing}, and the fetch did not bring it` };
}

async function snapshotWithApi(request: BaseSnapshotRequest, api: ApiRepository, scannedRoot: string): Promise<BaseSnapshot> {
  const listed = await listApiTree(api, request.baseSha);
  if (!listed.ok) return { ok: false, reason: listed.reason };
  const limits = { ...DEFAULT_API_LIMITS, ...request.limits };
  const wanted = selectBaseFiles(listed.value.files, scannedRoot, { ...limits, maxFiles: Number.POSITIVE_INFINITY }, request.alsoWanted).files.length;
  const overBudget = apiBudgetRefusal(wanted, limits.maxFiles, listed.value.rateLimitRemaining);
  if (overBudget) return { ok: false, reason: overBudget };
  const concurrency = request.apiConcurrency ?? DEFAULT_API_CONCURRENCY;
  // The API's total is small enough to hold each blob in memory; it has no way to stream one.
  return writeSnapshot(request, 'api', listed.value.files, scannedRoot, limits, { read: (shas, onBlob) => readApiBlobs(api, shas, concurrency, onBlob), copy: null });
}

/** Requests kept back from the base snapshot for the check run, its annotation updates and the comment. */
export const API_REQUESTS_KEPT_FOR_SINKS = 50;

/**
 * Each file is one request, and GITHUB_TOKEN may make 1,000 an hour for the repository: a snapshot may
 * spend neither more than its budget nor what the sinks after it will need.
 */
export function apiBudgetRefusal(wantedFiles: number, budget: number, rateLimitRemaining: number | null): string | null {
  const left = rateLimitRemaining === null ? Number.POSITIVE_INFINITY : Math.max(0, rateLimitRemaining - API_REQUESTS_KEPT_FOR_SINKS);
  const allowed = Math.min(budget, left);
  if (wantedFiles <= allowed) return null;
  // The rate limit is named only when it is what binds: a budget of 300 needs no excuse.
  const rateLimit = left >= budget ? '' : ` (the token has ${rateLimitRemaining} requests left in this hour's rate limit, ${API_REQUESTS_KEPT_FOR_SINKS} of them kept for the check run and the comment)`;
  return (
    `reading the base commit through the API would take ${wantedFiles} requests, one per file, more than the ${allowed} allowed${rateLimit}; ` +
    'give actions/checkout fetch-depth: 0 (or let the gate fetch the base commit with git) instead'
  );
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

interface BlobReader {
  /** Hands each blob to `onBlob` whole. */
  read: (shas: readonly string[], onBlob: (sha: string, content: Buffer) => Promise<void>) => Promise<Outcome<number>>;
  /** Writes one blob into a new file without holding it; null when the source cannot. */
  copy: ((sha: string, target: string) => Promise<Outcome<number>>) | null;
}

async function writeSnapshot(
  request: BaseSnapshotRequest,
  method: SnapshotMethod,
  tree: readonly TreeFile[],
  scanPrefix: string,
  limits: SnapshotLimits,
  blobs: BlobReader,
): Promise<BaseSnapshot> {
  const selection = selectBaseFiles(tree, scanPrefix, limits, request.alsoWanted);
  if (selection.refusal) return { ok: false, reason: selection.refusal };
  const copy = blobs.copy;
  const streamed = new Set(copy === null ? [] : selection.files.filter((file) => file.size > STREAMED_BLOB_BYTES));
  // Identical files share one blob: each blob is written to every path that holds it.
  const pathsBySha = new Map<string, string[]>();
  for (const file of selection.files) {
    if (!streamed.has(file)) pathsBySha.set(file.sha, [...(pathsBySha.get(file.sha) ?? []), file.path]);
  }
  let directory: string;
  try {
    directory = await mkdtemp(path.join(request.temporaryParent ?? os.tmpdir(), 'client-go-token-gate-base-'));
  } catch (error) {
    return { ok: false, reason: `could not create the snapshot directory: ${error instanceof Error ? error.message : String(error)}` };
  }
  const scanRoot = path.join(directory, ...scanPrefix.split('/').filter((segment) => segment !== ''));
  try {
    await mkdir(scanRoot, { recursive: true });
    const read = await blobs.read([...pathsBySha.keys()], async (sha, content) => {
      for (const repositoryPath of pathsBySha.get(sha) ?? []) await writeInside(directory, repositoryPath, content);
    });
    if (!read.ok) throw new Error(read.reason);
    for (const file of streamed) {
      const copied = await copy?.(file.sha, await prepareInside(directory, file.path));
      if (copied?.ok === false) throw new Error(copied.reason);
    }
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, method, directory, scanRoot, fileCount: selection.files.length, notes: [] };
}

async function writeInside(directory: string, repositoryPath: string, content: Buffer): Promise<void> {
  await writeFile(await prepareInside(directory, repositoryPath), content, { flag: 'wx' });
}

/** The file's path under the snapshot directory, its parent made; throws for a path that would leave it. */
async function prepareInside(directory: string, repositoryPath: string): Promise<string> {
  const target = path.join(directory, ...repositoryPath.split('/'));
  if (!isSafeRelativePath(repositoryPath) || !target.startsWith(`${directory}${path.sep}`)) throw new Error(`refusing to write ${repositoryPath} outside the snapshot`);
  await mkdir(path.dirname(target), { recursive: true });
  return target;
}

/** '' for the repository itself; null for anything that climbs out of it. */
function normaliseScannedRoot(scannedRoot: string): string | null {
  const normal = path.posix.normalize(scannedRoot.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normal === '' || normal === '.') return '';
  if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) return null;
  return normal;
}
