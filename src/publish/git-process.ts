import { spawn } from 'node:child_process';

/** Runs git plumbing in a checkout: one place for the child process, its time limit and its failure text. */

export const GIT_TIMEOUT_MS = 120_000;

export type GitResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface GitRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  spawnError: Error | null;
}

/**
 * Never prompts: a fetch that needs credentials the checkout did not leave must fail at once, not wait
 * for a terminal that the runner does not have.
 */
const NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '' };

export function runGit(directory: string, args: readonly string[], timeoutMs = GIT_TIMEOUT_MS): Promise<GitRun> {
  const child = spawn('git', [...args], { cwd: directory, ...gitTimeout(timeoutMs), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...NON_INTERACTIVE } });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return exitOf(child).then(({ code, spawnError }) => ({ code, stdout: Buffer.concat(stdout), stderr, spawnError }));
}

/**
 * An abort signal rather than spawn's `timeout`: spawn's timer is only cleared when the child exits, and a
 * child that never started (a missing working directory) never does, so the timer would hold the process
 * open for its whole length after the run is over. AbortSignal.timeout's timer does not.
 */
export function gitTimeout(timeoutMs: number): { signal: AbortSignal; killSignal: NodeJS.Signals } {
  return { signal: AbortSignal.timeout(timeoutMs), killSignal: 'SIGKILL' };
}

export function exitOf(child: ReturnType<typeof spawn>): Promise<{ code: number | null; spawnError: Error | null }> {
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ code: null, spawnError: error }));
    child.once('close', (code) => resolve({ code, spawnError: null }));
  });
}

/** One line naming the command, its exit status and the end of what git said. */
export function gitFailure(command: string, run: GitRun): string {
  if (run.spawnError) return `${command} could not run: ${run.spawnError.message}`;
  const detail = run.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
  return `${command} exited with ${run.code ?? 'a signal'}${detail ? `: ${detail}` : ''}`;
}

/** SHA-1 or SHA-256 object ids: the only thing from an event payload that may become a git argument. */
export const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
