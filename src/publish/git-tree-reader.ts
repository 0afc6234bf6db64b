import { spawn } from 'node:child_process';
import { open, type FileHandle } from 'node:fs/promises';
import type { TreeFile } from './base-tree.js';
import { exitOf, GIT_TIMEOUT_MS, gitFailure, gitTimeout, runGit, type GitResult } from './git-process.js';

/** Reads a commit's files from the local repository with git plumbing; never changes the work tree or the index. */

const REGULAR_FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

/** Whether the commit is in the local object store; false in a shallow clone that stops after it. */
export async function hasGitCommit(repositoryRoot: string, commit: string): Promise<GitResult<boolean>> {
  const run = await runGit(repositoryRoot, ['cat-file', '-e', `${commit}^{commit}`]);
  if (run.spawnError) return { ok: false, reason: `git could not run: ${run.spawnError.message}` };
  return { ok: true, value: run.code === 0 };
}

/** The repository directory's path inside its work tree ('' at the top), as `--full-tree` paths start there. */
export async function gitPathPrefix(repositoryRoot: string): Promise<GitResult<string>> {
  const run = await runGit(repositoryRoot, ['rev-parse', '--show-prefix']);
  if (run.code !== 0) return { ok: false, reason: gitFailure('git rev-parse --show-prefix', run) };
  return { ok: true, value: run.stdout.toString('utf8').trim().replace(/\/+$/, '') };
}

/** Every regular file of the commit: symbolic links and submodules are left out, as the scan never follows them out. */
export async function listGitTree(repositoryRoot: string, commit: string): Promise<GitResult<TreeFile[]>> {
  const run = await runGit(repositoryRoot, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
  if (run.code !== 0) return { ok: false, reason: gitFailure(`git ls-tree ${commit}`, run) };
  return { ok: true, value: parseLsTree(run.stdout.toString('utf8')) };
}

/** One `git ls-tree -l` record; `size` is 0 for entries without one (trees, submodules print `-`). */
export interface LsTreeEntry {
  mode: string;
  type: string;
  sha: string;
  size: number;
  path: string;
}

/** `<mode> SP <type> SP <object> SP <size, right-aligned> TAB <path>`, records ending in NUL. */
export function parseLsTreeEntries(output: string): LsTreeEntry[] {
  const entries: LsTreeEntry[] = [];
  for (const record of output.split('\u0000')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.+)$/s.exec(record);
    if (match) entries.push({ mode: match[1] ?? '', type: match[2] ?? '', sha: match[3] ?? '', size: Number(match[4]) || 0, path: match[5] ?? '' });
  }
  return entries;
}

/** Whether an entry is a regular file: symbolic links (120000), submodules and trees are not. */
export function isRegularBlob(entry: Pick<LsTreeEntry, 'mode' | 'type'>): boolean {
  return entry.type === 'blob' && REGULAR_FILE_MODES.has(entry.mode);
}

export function parseLsTree(output: string): TreeFile[] {
  return parseLsTreeEntries(output)
    .filter(isRegularBlob)
    .map(({ path, sha, size }) => ({ path, sha, size }));
}

/**
 * Streams the blobs through one `git cat-file --batch`, handing each to `onBlob` as it arrives, so
 * memory holds one blob at a time whatever the total.
 */
export async function readGitBlobs(
  repositoryRoot: string,
  shas: readonly string[],
  onBlob: (sha: string, content: Buffer) => Promise<void>,
): Promise<GitResult<number>> {
  if (shas.length === 0) return { ok: true, value: 0 };
  const child = spawn('git', ['cat-file', '--batch'], { cwd: repositoryRoot, ...gitTimeout(GIT_TIMEOUT_MS), stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = exitOf(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // A failed spawn also errors stdin; the exit promise reports it.
  child.stdin.on('error', () => undefined);
  child.stdin.end(`${shas.join('\n')}\n`);
  let received = 0;
  try {
    for await (const object of batchObjects(child.stdout)) {
      if (object.missing) {
        child.kill();
        return { ok: false, reason: `git cat-file: object ${object.sha} is missing (partial or shallow clone)` };
      }
      await onBlob(object.sha, object.content);
      received += 1;
    }
  } catch (error) {
    child.kill();
    return { ok: false, reason: `git cat-file --batch: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { code, spawnError } = await exited;
  if (spawnError || code !== 0 || received !== shas.length) {
    return { ok: false, reason: gitFailure('git cat-file --batch', { code, stderr, spawnError, stdout: Buffer.alloc(0) }) };
  }
  return { ok: true, value: received };
}

type BatchObject = { sha: string; missing: false; content: Buffer } | { sha: string; missing: true };

/** Parses `<sha> <type> <size>\n<content>\n` records (or `<name> missing\n`) across chunk boundaries. */
async function* batchObjects(stdout: AsyncIterable<Buffer>): AsyncGenerator<BatchObject> {
  const queue = new ByteQueue();
  let pending: { sha: string; size: number } | null = null;
  for await (const chunk of stdout) {
    queue.push(chunk);
    for (;;) {
      if (pending === null) {
        const newline = queue.indexOf(0x0a);
        if (newline < 0) break;
        const header = queue.take(newline + 1).toString('utf8').trimEnd();
        const parsed = /^(\S+) (\S+)(?: (\d+))?$/.exec(header);
        if (!parsed || parsed[3] === undefined) {
          yield { sha: header.split(' ')[0] ?? header, missing: true };
          continue;
        }
        pending = { sha: parsed[1] ?? '', size: Number(parsed[3]) };
      }
      if (queue.length < pending.size + 1) break;
      const content = queue.take(pending.size);
      queue.take(1);
      yield { sha: pending.sha, missing: false, content };
      pending = null;
    }
  }
  if (pending !== null) throw new Error(`output ended inside object ${pending.sha}`);
}

/** Chunks kept as they came; bytes are copied once, when taken. */
class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  indexOf(byte: number): number {
    let offset = 0;
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(byte);
      if (at >= 0) return offset + at;
      offset += chunk.length;
    }
    return -1;
  }

  take(count: number): Buffer {
    const taken: Buffer[] = [];
    let remaining = count;
    while (remaining > 0) {
      const chunk = this.chunks[0];
      if (!chunk) break;
      if (chunk.length <= remaining) {
        taken.push(chunk);
        this.chunks.shift();
        remaining -= chunk.length;
      } else {
        taken.push(chunk.subarray(0, remaining));
        this.chunks[0] = chunk.subarray(remaining);
        remaining = 0;
      }
    }
    this.length -= count - remaining;
    return taken.length === 1 ? (taken[0] as Buffer) : Buffer.concat(taken);
  }
}

/**
 * Writes one blob straight from `git cat-file blob` into a new file at `target`, so a blob of any size
 * costs no memory. `target` must not exist yet.
 */
export async function copyGitBlob(repositoryRoot: string, sha: string, target: string): Promise<GitResult<number>> {
  let handle: FileHandle;
  try {
    handle = await open(target, 'wx', 0o600);
  } catch (error) {
    return { ok: false, reason: `could not create ${target}: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const child = spawn('git', ['cat-file', 'blob', sha], { cwd: repositoryRoot, ...gitTimeout(GIT_TIMEOUT_MS), stdio: ['ignore', handle.fd, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const { code, spawnError } = await exitOf(child);
    if (spawnError || code !== 0) return { ok: false, reason: gitFailure(`git cat-file blob ${sha}`, { code, stderr, spawnError, stdout: Buffer.alloc(0) }) };
    return { ok: true, value: (await handle.stat()).size };
  } finally {
    await handle.close();
  }
}
