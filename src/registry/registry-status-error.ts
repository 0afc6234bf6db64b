import { discardBody, RATE_LIMIT_ADVICE } from './registry-http.js';
import { RegistryError, targetText, type RegistryTarget } from './registry-error.js';

export const CREDENTIALS_ADVICE =
  'set the registry-username and registry-password inputs, or provide a Docker config.json (DOCKER_CONFIG or ~/.docker/config.json, e.g. after docker/login-action)';

/**
 * The RegistryError for a response that is not the success the caller needed: the status and a fixed
 * reason. The body is dropped unread: behind a registry name may sit any internal service, and what it
 * says must not reach the summary, the outputs, the SARIF or the log of a pull request's run.
 */
export async function statusError(target: RegistryTarget, response: Response, what: string, hasCredentials: boolean): Promise<RegistryError> {
  await discardBody(response);
  const status = response.status;
  const name = targetText(target);
  if (status === 401 || status === 403) {
    const advice = hasCredentials
      ? `the credentials for ${target.registry} were refused; check them and that they may pull ${target.repository}`
      : `if the image is private, ${CREDENTIALS_ADVICE}; if it is public, check the repository name`;
    return new RegistryError('unauthorized', `${name}: access denied while ${what} (HTTP ${status}); ${advice}`, { status });
  }
  if (status === 404) {
    return new RegistryError('not-found', `${name}: not found while ${what} (HTTP 404); check the repository name, tag or digest`, { status });
  }
  if (status === 429) return new RegistryError('rate-limited', `${name}: rate-limited while ${what} (HTTP 429); ${RATE_LIMIT_ADVICE}`, { status });
  if (status >= 500) return new RegistryError('server', `${name}: the registry failed while ${what} (HTTP ${status}) after retries; try again later`, { status });
  return new RegistryError('protocol', `${name}: unexpected answer while ${what} (HTTP ${status})`, { status });
}

/** Reads at most `limit` bytes of a body and drops the rest. */
export async function readLimitedBytes(response: Response, limit: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: Buffer.alloc(0), truncated: false };
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(chunks, length), truncated: false };
    chunks.push(Buffer.from(value));
    length += value.length;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      return { bytes: Buffer.concat(chunks, length).subarray(0, limit), truncated: true };
    }
  }
}

