import { RATE_LIMIT_ADVICE } from './registry-http.js';
import { RegistryError, targetText, type RegistryTarget } from './registry-error.js';

const ERROR_BODY_LIMIT = 16 * 1024;

export const CREDENTIALS_ADVICE =
  'set the registry-username and registry-password inputs, or provide a Docker config.json (DOCKER_CONFIG or ~/.docker/config.json, e.g. after docker/login-action)';

/** The RegistryError for a response that is not the success the caller needed. */
export async function statusError(target: RegistryTarget, response: Response, what: string, hasCredentials: boolean): Promise<RegistryError> {
  const status = response.status;
  const detail = await registryErrorDetail(response);
  const said = detail ? `: ${detail}` : '';
  const name = targetText(target);
  if (status === 401 || status === 403) {
    const advice = hasCredentials
      ? `the credentials for ${target.registry} were refused; check them and that they may pull ${target.repository}`
      : `if the image is private, ${CREDENTIALS_ADVICE}; if it is public, check the repository name`;
    return new RegistryError('unauthorized', `${name}: access denied while ${what} (HTTP ${status}${said}); ${advice}`, { status });
  }
  if (status === 404) {
    return new RegistryError('not-found', `${name}: not found while ${what} (HTTP 404${said}); check the repository name, tag or digest`, { status });
  }
  if (status === 429) return new RegistryError('rate-limited', `${name}: rate-limited while ${what} (HTTP 429${said}); ${RATE_LIMIT_ADVICE}`, { status });
  if (status >= 500) return new RegistryError('server', `${name}: the registry failed while ${what} (HTTP ${status}${said}) after retries; try again later`, { status });
  return new RegistryError('protocol', `${name}: unexpected answer while ${what} (HTTP ${status}${said})`, { status });
}

/** The first error of a registry's JSON error body ({"errors":[{"code","message"}]}), if it sent one. */
async function registryErrorDetail(response: Response): Promise<string | null> {
  let text: string;
  try {
    text = (await readLimitedText(response, ERROR_BODY_LIMIT)).trim();
  } catch {
    return null;
  }
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }>; details?: unknown; message?: unknown; error?: unknown };
    const first = body.errors?.[0];
    if (first) return [first.code, first.message].filter((part) => typeof part === 'string' && part !== '').join(' ');
    // Token services answer {"details": …} (Docker Hub) or {"error": …} / {"message": …}.
    const said = [body.details, body.error, body.message].find((part) => typeof part === 'string' && part !== '');
    if (typeof said === 'string') return said;
  } catch {
    // Not JSON: a proxy's or CDN's page; a short one still says something.
  }
  return text !== '' && text.length <= 200 && !text.includes('<') ? text : null;
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

async function readLimitedText(response: Response, limit: number): Promise<string> {
  return (await readLimitedBytes(response, limit)).bytes.toString('utf8');
}
