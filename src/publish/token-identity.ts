import { apiFailureOf, describeApiFailure } from './api-failure.js';
import type { GitHubClient } from './github-client.js';

/** Who the token writes comments as, so the gate edits its own comment and nobody else's. */
export interface TokenIdentity {
  /** The login comments made with the token carry; null when it could not be told (then no comment is edited). */
  login: string | null;
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
    // Guessing the Actions bot would let this token overwrite the marker comments of any workflow that uses GITHUB_TOKEN.
    return { login: null, how: `GET /user failed (${describeApiFailure(apiFailureOf(error))}), so no earlier comment is edited: a new one is written` };
  }
}
