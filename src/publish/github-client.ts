import { getOctokit } from '@actions/github';
import { TOOL } from '../tool-identity.js';

/** The Octokit that @actions/github builds: REST routes, pagination, the runner's proxy settings. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** GITHUB_TOKEN or a PAT; must not be empty. */
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** Per request. A hung API must cost a sink its result, never the job its time limit. */
  timeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Nothing is sent until a sink makes a request. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const client = getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `${TOOL.name}/${TOOL.version}`,
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // Set per request rather than in the constructor: a constructor `request` option would replace
  // @actions/github's proxy-aware fetch. A `before` hook, because only the options object it is given
  // reaches the inner hooks (authentication) and the fetch.
  client.hook.before('request', (requestOptions) => {
    requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return client;
}

/** What went wrong with a request, as the API or the network said it. */
export interface ApiFailure {
  /** The HTTP status, or null when no response came back (network error, timeout). */
  status: number | null;
  /** One line, bounded, without the token or the request headers. */
  message: string;
}

const MAX_FAILURE_MESSAGE_LENGTH = 300;

/** Octokit throws a RequestError with `status` and, when the server answered, `response`. */
export function apiFailureOf(error: unknown): ApiFailure {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const answered = typeof record.status === 'number' && typeof record.response === 'object' && record.response !== null;
  const text = error instanceof Error ? error.message : String(error);
  return { status: answered ? (record.status as number) : null, message: oneLine(text) };
}

/** "HTTP 403: Resource not accessible by integration", or "no response: fetch failed". */
export function describeApiFailure(failure: ApiFailure): string {
  return failure.status === null ? `no response: ${failure.message}` : `HTTP ${failure.status}: ${failure.message}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FAILURE_MESSAGE_LENGTH ? `${flat.slice(0, MAX_FAILURE_MESSAGE_LENGTH - 1)}…` : flat;
}
