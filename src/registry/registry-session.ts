import type { CredentialsLookup, RegistryAuth } from './docker-config-credentials.js';
import { credentialsMayGoTo } from './credential-scope.js';
import { discardBody, getWithRetries, type HttpContext } from './registry-http.js';
import { RegistryError, targetText, type RegistryTarget } from './registry-error.js';
import { CREDENTIALS_ADVICE, readLimitedBytes, statusError } from './registry-status-error.js';
import { parseWwwAuthenticate, type AuthChallenge } from './www-authenticate.js';

/** Tokens live 60 s when the token service does not say (distribution's token spec). */
const DEFAULT_TOKEN_SECONDS = 60;
/** Renew a little early so a token does not expire between the check and the request. */
const EXPIRY_MARGIN_MS = 5_000;
const TOKEN_BODY_LIMIT = 1024 * 1024;

interface CachedAuthorization {
  header: string;
  expiresAt: number;
}

/**
 * What one client knows across requests: the credentials lookup and the Authorization headers already
 * earned, per registry and scope, so a token is fetched once per repository rather than once per request.
 */
export class RegistrySession {
  private readonly authorizations = new Map<string, CachedAuthorization>();

  constructor(readonly credentialsFor: CredentialsLookup) {}

  cached(registry: string, scope: string): string | null {
    const entry = this.authorizations.get(cacheKey(registry, scope));
    return entry && entry.expiresAt > Date.now() ? entry.header : null;
  }

  store(registry: string, scope: string, header: string, lifetimeSeconds: number): void {
    this.authorizations.set(cacheKey(registry, scope), { header, expiresAt: Date.now() + lifetimeSeconds * 1000 - EXPIRY_MARGIN_MS });
  }

  forget(registry: string, scope: string): void {
    this.authorizations.delete(cacheKey(registry, scope));
  }
}

function cacheKey(registry: string, scope: string): string {
  return `${registry} ${scope}`;
}

/** The token scope for pulling from a repository. */
export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}

/**
 * GETs a registry URL with the session's authorization; on a 401 it answers the challenge (a bearer
 * token, or Basic credentials) and tries once more. Answers the response, whatever its status.
 */
export async function authorizedGet(
  context: HttpContext,
  session: RegistrySession,
  target: RegistryTarget,
  url: string,
  headers: Record<string, string>,
  what: string,
): Promise<Response> {
  const scope = pullScope(target.repository);
  const cached = session.cached(target.registry, scope);
  const first = await getWithRetries(context, url, withAuthorization(headers, cached), what);
  if (first.status !== 401) return first;
  session.forget(target.registry, scope);
  const challenges = parseWwwAuthenticate(first.headers.get('www-authenticate') ?? '');
  await discardBody(first);
  const authorization = await answerChallenge(context, session, target, challenges, scope, what);
  return getWithRetries(context, url, withAuthorization(headers, authorization), what);
}

function withAuthorization(headers: Record<string, string>, authorization: string | null): Record<string, string> {
  return authorization === null ? headers : { ...headers, authorization };
}

async function answerChallenge(
  context: HttpContext,
  session: RegistrySession,
  target: RegistryTarget,
  challenges: AuthChallenge[],
  scope: string,
  what: string,
): Promise<string> {
  const credentials = session.credentialsFor(target.registry);
  const bearer = challenges.find((challenge) => challenge.scheme === 'bearer' && challenge.parameters['realm']);
  if (bearer) {
    const { token, lifetimeSeconds } = await fetchBearerToken(context, target, bearer, scope, credentials, what);
    const header = `Bearer ${token}`;
    session.store(target.registry, scope, header, lifetimeSeconds);
    return header;
  }
  if (challenges.some((challenge) => challenge.scheme === 'basic')) {
    if (!credentials) {
      throw new RegistryError('unauthorized', `${targetText(target)}: the registry requires a user name and password (HTTP 401, Basic) while ${what}; ${CREDENTIALS_ADVICE}`, { status: 401 });
    }
    const header = basicAuthorization(credentials);
    session.store(target.registry, scope, header, Number.POSITIVE_INFINITY);
    return header;
  }
  // Scheme names are tokens (no spaces or quotes); a few short ones say enough.
  const offered = challenges.slice(0, 4).map((challenge) => challenge.scheme.slice(0, 20)).join(', ') || 'none';
  throw new RegistryError('unauthorized', `${targetText(target)}: the registry refused access (HTTP 401) while ${what} and offered no usable authentication (challenges: ${offered}); ${CREDENTIALS_ADVICE}`, { status: 401 });
}

function basicAuthorization(credentials: RegistryAuth): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}

/**
 * The anonymous (or credentialed) token flow of distribution's token authentication spec. The realm is
 * the server's word: the credentials go there only when credentialsMayGoTo says so; otherwise the token is
 * asked for anonymously (still under the address and scheme rules), as a public image needs no more.
 */
async function fetchBearerToken(
  context: HttpContext,
  target: RegistryTarget,
  challenge: AuthChallenge,
  scope: string,
  configured: RegistryAuth | null,
  what: string,
): Promise<{ token: string; lifetimeSeconds: number }> {
  let url: URL;
  try {
    url = new URL(challenge.parameters['realm'] ?? '');
  } catch {
    throw new RegistryError('protocol', `${targetText(target)}: the registry's token realm is not a URL`);
  }
  const service = challenge.parameters['service'];
  if (service) url.searchParams.set('service', service);
  url.searchParams.set('scope', challenge.parameters['scope'] || scope);
  const credentials = configured && credentialsMayGoTo(target.registry, url, context.access) ? configured : null;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credentials) headers['authorization'] = basicAuthorization(credentials);
  const tokenWhat = `getting a pull token from ${url.host} for ${what}`;
  const response = await getWithRetries(context, url.toString(), headers, tokenWhat, 'token service');
  if (response.status !== 200) {
    if (configured && !credentials && (response.status === 401 || response.status === 403)) throw await withheldCredentialsError(target, response, url);
    throw await statusError(target, response, tokenWhat, credentials !== null);
  }
  const { bytes } = await readLimitedBytes(response, TOKEN_BODY_LIMIT);
  let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
  try {
    body = JSON.parse(bytes.toString('utf8')) as typeof body;
  } catch {
    throw new RegistryError('protocol', `${targetText(target)}: the token service ${url.host} answered something other than JSON`);
  }
  const token = typeof body.token === 'string' && body.token !== '' ? body.token : body.access_token;
  if (typeof token !== 'string' || token === '') throw new RegistryError('protocol', `${targetText(target)}: the token service ${url.host} answered no token`);
  const lifetimeSeconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS;
  return { token, lifetimeSeconds };
}

async function withheldCredentialsError(target: RegistryTarget, response: Response, realm: URL): Promise<RegistryError> {
  await discardBody(response);
  return new RegistryError(
    'unauthorized',
    `${targetText(target)}: the token service ${realm.host} refused an anonymous token (HTTP ${response.status}); the credentials for ${target.registry} were not sent to it: credentials go only over https to ${target.registry} or a host of its own domain`,
    { status: response.status },
  );
}
