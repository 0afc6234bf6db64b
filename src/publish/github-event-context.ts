import { readFileSync } from 'node:fs';
import type { FailOnScope } from '../settings/config-file.js';

export type GitHubEventKind =
  | 'pull_request'
  | 'pull_request_target'
  | 'merge_group'
  | 'push'
  | 'schedule'
  | 'workflow_dispatch'
  | 'other';

/** What the sinks need to know about the run, from the runner's variables and the event payload. */
export interface GitHubEventContext {
  kind: GitHubEventKind;
  /** GITHUB_EVENT_NAME as given ('' when unset). */
  eventName: string;
  owner: string | null;
  repo: string | null;
  pullRequestNumber: number | null;
  /**
   * The commit a check run belongs to: the pull request's head (pull_request.head.sha), not the merge
   * commit GITHUB_SHA names on pull_request; merge_group.head_sha; otherwise GITHUB_SHA.
   */
  headSha: string | null;
  /** The commit to compare against: the pull request's base, the merge group's base, or the commit a push replaced. */
  baseSha: string | null;
  /** GITHUB_SHA: the commit that was checked out by default. */
  sha: string | null;
  /** The pull request comes from another repository; GITHUB_TOKEN is then read-only on pull_request. */
  isFork: boolean;
  /** `new` where there is a base to compare with (pull requests, merge queues), `all` otherwise. */
  defaultFailOnScope: FailOnScope;
  /** GITHUB_API_URL, https://api.github.com when unset. */
  apiUrl: string;
  /** GITHUB_SERVER_URL, https://github.com when unset. */
  serverUrl: string;
  /** Why something above is missing (unreadable event file, no pull request in the payload); empty when nothing is. */
  problems: string[];
}

export type RunnerEnvironment = Readonly<Record<string, string | undefined>>;

const KNOWN_KINDS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push', 'schedule', 'workflow_dispatch']);
const PULL_REQUEST_KINDS: ReadonlySet<GitHubEventKind> = new Set(['pull_request', 'pull_request_target']);
const COMPARED_KINDS: ReadonlySet<GitHubEventKind> = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** A push that created a branch has no previous commit; GitHub writes `before` as forty zeros. */
const NO_COMMIT = /^0+$/;

/** Reads GITHUB_EVENT_PATH (the only file read) and interprets it with the other variables. */
export function readGitHubEventContext(env: RunnerEnvironment): GitHubEventContext {
  const eventPath = env.GITHUB_EVENT_PATH ?? '';
  if (eventPath === '') return parseGitHubEventContext(env, null, ['GITHUB_EVENT_PATH is not set']);
  try {
    return parseGitHubEventContext(env, JSON.parse(readFileSync(eventPath, 'utf8')) as unknown);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return parseGitHubEventContext(env, null, [`could not read the event payload ${eventPath}: ${why}`]);
  }
}

/** The same from an already parsed payload; pure. */
export function parseGitHubEventContext(env: RunnerEnvironment, payload: unknown, problems: string[] = []): GitHubEventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const kind: GitHubEventKind = KNOWN_KINDS.has(eventName) ? (eventName as GitHubEventKind) : 'other';
  const found: string[] = [...problems];
  const { owner, repo } = repositoryOf(env.GITHUB_REPOSITORY, payload);
  if (owner === null) found.push('GITHUB_REPOSITORY is not set and the payload names no repository');
  const sha = nonEmpty(env.GITHUB_SHA);
  const commits = commitsOf(kind, payload, sha);
  if (PULL_REQUEST_KINDS.has(kind) && commits.pullRequestNumber === null && payload !== null) {
    found.push(`the ${kind} payload has no pull_request.number`);
  }
  return {
    kind,
    eventName,
    owner,
    repo,
    ...commits,
    sha,
    defaultFailOnScope: COMPARED_KINDS.has(kind) ? 'new' : 'all',
    apiUrl: (nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
    problems: found,
  };
}

interface EventCommits {
  pullRequestNumber: number | null;
  headSha: string | null;
  baseSha: string | null;
  isFork: boolean;
}

function commitsOf(kind: GitHubEventKind, payload: unknown, sha: string | null): EventCommits {
  if (PULL_REQUEST_KINDS.has(kind)) {
    const pullRequest = at(payload, 'pull_request');
    const number = at(pullRequest, 'number') ?? at(payload, 'number');
    return {
      pullRequestNumber: typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null,
      headSha: text(at(pullRequest, 'head', 'sha')) ?? sha,
      baseSha: text(at(pullRequest, 'base', 'sha')),
      isFork: isForkPullRequest(pullRequest),
    };
  }
  if (kind === 'merge_group') {
    return {
      pullRequestNumber: null,
      headSha: text(at(payload, 'merge_group', 'head_sha')) ?? sha,
      baseSha: text(at(payload, 'merge_group', 'base_sha')),
      isFork: false,
    };
  }
  return {
    pullRequestNumber: null,
    headSha: (kind === 'push' ? commitText(at(payload, 'after')) : null) ?? sha,
    baseSha: kind === 'push' ? commitText(at(payload, 'before')) : null,
    isFork: false,
  };
}

function commitText(value: unknown): string | null {
  const commit = text(value);
  return commit !== null && !NO_COMMIT.test(commit) ? commit : null;
}

/** A head repository that is gone (a deleted fork) is null in the payload: it was not this repository either. */
function isForkPullRequest(pullRequest: unknown): boolean {
  const head = text(at(pullRequest, 'head', 'repo', 'full_name'));
  const base = text(at(pullRequest, 'base', 'repo', 'full_name'));
  if (base === null) return false;
  return head === null || head.toLowerCase() !== base.toLowerCase();
}

function repositoryOf(variable: string | undefined, payload: unknown): { owner: string | null; repo: string | null } {
  const fullName = nonEmpty(variable) ?? text(at(payload, 'repository', 'full_name'));
  const match = fullName === null ? null : /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
  return match ? { owner: match[1] ?? null, repo: match[2] ?? null } : { owner: null, repo: null };
}

/** Walks a parsed JSON value; undefined wherever a step is missing or not an object. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? nonEmpty(value) : null;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
