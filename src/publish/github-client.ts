import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { TOOL } from '../tool-identity.js';
import { octokitLog } from './action-log.js';

/**
 * The Octokit that @actions/github builds (REST routes, pagination, the runner's proxy settings), with
 * @octokit/plugin-retry (5xx and dropped connections are tried again) and @octokit/plugin-throttling
 * (writes spaced out, rate-limit answers waited out when the wait is short).
 */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** GITHUB_TOKEN or a PAT; must not be empty. */
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** Per request. A hung API must cost a sink its result, never the job its time limit. */
  timeoutMs?: number;
  /** Tries after the first for a 5xx or a dropped connection. */
  retries?: number;
  /** A rate limit whose wait is longer than this is not waited for: the sink reports it instead. */
  maxRateLimitWaitSeconds?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 2;
/** Below the request timeout: the timeout covers the wait and the request tried again. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 20;

/** The REST API version the requests are written for, as GitHub asks clients to pin it. */
export const GITHUB_API_VERSION = '2022-11-28';
const GITHUB_MEDIA_TYPE = 'application/vnd.github+json';

/** Nothing is sent until a sink makes a request. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  // One wait, and only a short one: a job that sleeps until the hourly budget resets helps nobody.
  const waitOnce = (retryAfterSeconds: number, _request: unknown, _octokit: unknown, retryCount: number): boolean => retryCount < 1 && retryAfterSeconds <= maxWait;
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: `${TOOL.name}/${TOOL.version}`,
      retry: { retries: options.retries ?? DEFAULT_RETRIES },
      throttle: { onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
      log: octokitLog,
    },
    retry,
    throttling,
  );
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // Set per request rather than in the constructor: a constructor `request` option would replace
  // @actions/github's proxy-aware fetch. A `before` hook, because only the options object it is given
  // reaches the inner hooks (authentication) and the fetch.
  client.hook.before('request', (requestOptions) => {
    requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) };
    requestOptions.headers = { ...requestOptions.headers, accept: GITHUB_MEDIA_TYPE, 'x-github-api-version': GITHUB_API_VERSION };
  });
  return client;
}
