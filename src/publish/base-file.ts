import { listApiTree, readApiBlobs, type ApiRepository } from './api-tree-reader.js';
import { isSafeRelativePath } from './base-tree.js';
import { fetchCommit } from './git-commits.js';
import { gitFailure, OBJECT_ID, runGit } from './git-process.js';
import { hasGitCommit, isRegularBlob, parseLsTreeEntries, type LsTreeEntry } from './git-tree-reader.js';

/** One file of the base commit (the config file), read without touching the work tree or the index. */

export interface BaseFileRequest {
  /** The base commit's object id. */
  sha: string;
  /** POSIX, relative to the repository root. */
  repositoryPath: string;
  /** The checkout's top level; null without git. */
  repositoryRoot: string | null;
  api: ApiRepository | null;
  /** A larger file is refused: nobody writes a config file that size. */
  maxBytes: number;
}

export type BaseFile =
  /** `text` null: the base commit has no such file. `fetched`: one git fetch brought the commit into the checkout. */
  | { ok: true; text: string | null; fetched: boolean }
  | { ok: false; reason: string };

type Read = { ok: true; text: string | null } | { ok: false; reason: string };

/** git when the checkout holds the commit or one fetch brings it; the trees and blobs API otherwise. */
export async function readBaseFile(request: BaseFileRequest): Promise<BaseFile> {
  if (!OBJECT_ID.test(request.sha)) return { ok: false, reason: `the base commit "${request.sha}" is not a commit SHA` };
  if (!isSafeRelativePath(request.repositoryPath)) return { ok: false, reason: `"${request.repositoryPath}" is not a path inside the repository` };
  const viaGit = request.repositoryRoot === null ? { ok: false as const, reason: 'the checkout is no git repository', fetched: false } : await readWithGit(request, request.repositoryRoot);
  if (viaGit.ok) return viaGit;
  if (request.api === null) return { ok: false, reason: viaGit.reason };
  const viaApi = await readWithApi(request, request.api);
  if (viaApi.ok) return { ...viaApi, fetched: false };
  return { ok: false, reason: `${viaGit.reason}, and through the GitHub API: ${viaApi.reason}` };
}

async function readWithGit(request: BaseFileRequest, repositoryRoot: string): Promise<BaseFile> {
  const present = await hasGitCommit(repositoryRoot, request.sha);
  if (!present.ok) return { ok: false, reason: present.reason };
  let fetched = false;
  if (!present.value) {
    const fetch = await fetchCommit(repositoryRoot, request.sha);
    if (!fetch.ok) return { ok: false, reason: `the base commit ${request.sha} is not in the checkout, and ${fetch.reason}` };
    fetched = true;
  }
  // --literal-pathspecs: a `*` or `:` in the configured path is a character, not a pattern.
  const listed = await runGit(repositoryRoot, ['--literal-pathspecs', 'ls-tree', '-z', '-l', '--full-tree', request.sha, '--', request.repositoryPath]);
  if (listed.code !== 0) return { ok: false, reason: gitFailure(`git ls-tree ${request.sha}`, listed) };
  const entry = parseLsTreeEntries(listed.stdout.toString('utf8')).find((candidate) => candidate.path === request.repositoryPath) ?? null;
  const read = await readEntry(entry, request, async (blob) => {
    const run = await runGit(repositoryRoot, ['cat-file', 'blob', blob]);
    return run.code === 0 ? { ok: true, content: run.stdout } : { ok: false, reason: gitFailure(`git cat-file blob ${blob}`, run) };
  });
  return read.ok ? { ...read, fetched } : read;
}

async function readWithApi(request: BaseFileRequest, api: ApiRepository): Promise<Read> {
  const listed = await listApiTree(api, request.sha);
  if (!listed.ok) return listed;
  // The listing has regular files only: anything else at the path is no config file.
  const file = listed.value.files.find((candidate) => candidate.path === request.repositoryPath);
  const entry: TreeEntry | null = file ? { mode: '100644', type: 'blob', sha: file.sha, size: file.size } : null;
  return readEntry(entry, request, async (blob) => {
    let content: Buffer | null = null;
    const read = await readApiBlobs(api, [blob], 1, async (_sha, bytes) => {
      content = bytes;
    });
    return read.ok && content !== null ? { ok: true, content } : { ok: false, reason: read.ok ? `GET git/blobs/${blob} returned nothing` : read.reason };
  });
}

type TreeEntry = Omit<LsTreeEntry, 'path'>;

async function readEntry(
  entry: TreeEntry | null,
  request: BaseFileRequest,
  readBlob: (sha: string) => Promise<{ ok: true; content: Buffer } | { ok: false; reason: string }>,
): Promise<Read> {
  if (entry === null) return { ok: true, text: null };
  // A symbolic link would name a file the base owner never reviewed as config; a directory is no file.
  if (!isRegularBlob(entry)) return { ok: false, reason: `${request.repositoryPath} is not a regular file at the base commit (mode ${entry.mode})` };
  if (entry.size > request.maxBytes) return { ok: false, reason: `${request.repositoryPath} is ${entry.size} bytes at the base commit, over ${request.maxBytes}` };
  const blob = await readBlob(entry.sha);
  if (!blob.ok) return blob;
  return { ok: true, text: blob.content.toString('utf8') };
}
