import { apiFailureOf, describeApiFailure } from './api-failure.js';
import type { GitHubClient } from './github-client.js';

/** Who the token writes comments as, so the gate edits its own comment and nobody else's. */
export interface TokenIdentity {
  /** The login comments made with the token carry. */
  login: string;
  /** Why this login, for the log. */
  how: string;
}

/** GITHUB_TOKEN comments as the Actions app's bot, on github.com and GitHub Enterprise Server alike. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * An installation token (GITHUB_TOKEN is one: `ghs_…`) belongs to no user and may not ask `GET /user`;
 * any other token (a personal access token, an OAuth or user-to-server token) is its user, as `GET /user`
 * says. One request at most, and only when a comment is to be looked for.
 */
export async function identifyToken(client: GitHubClient, token: string): Promise<TokenIdentity> {
  if (token.startsWith('ghs_')) return { login: ACTIONS_BOT_LOGIN, how: 'an installation token (GITHUB_TOKEN) comments as the Actions bot' };
  try {
    const { data } = await client.request('GET /user');
    return { login: data.login, how: `GET /user names the token's user ${data.login}` };
  } catch (error) {
    return { login: ACTIONS_BOT_LOGIN, how: `GET /user failed (${describeApiFailure(apiFailureOf(error))}), so the token is taken for GITHUB_TOKEN` };
  }
}
