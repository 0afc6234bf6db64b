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
