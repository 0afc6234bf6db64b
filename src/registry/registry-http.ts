import { nonGlobalKind } from './address-class.js';
import type { Deadline } from './deadline.js';
import { matchesHost, type RegistryAccess } from './registry-access.js';
import { RegistryError, targetText } from './registry-error.js';
import type { Transport } from './pinned-transport.js';

/** How one operation talks HTTP: its transport, which hosts it may reach, its deadline and its retry policy. */
export interface HttpContext {
  transport: Transport;
  access: RegistryAccess;
  deadline: Deadline;
  retries: number;
  backoffMs: number;
}

/** Who a request goes to, for the refusal's sentence; a redirect's target is named as such. */
export type Peer = 'registry' | 'token service';

const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 60_000;
const RETRYABLE_CONNECTION_CODES = new Set([
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * GETs a URL, following redirects and retrying with exponential back-off (or the server's Retry-After)
 * on 429, 5xx and dropped connections. Answers the last response, whatever its status, once retries run out;
 * throws a RegistryError when no response came at all.
 */
export async function getWithRetries(context: HttpContext, url: string, headers: Record<string, string>, what: string, peer: Peer = 'registry'): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    const lastAttempt = attempt >= context.retries;
    let response: Response;
    try {
      response = await getFollowingRedirects(context, url, headers, peer);
    } catch (error) {
      const failure = connectionError(context, error, url, what);
      if (lastAttempt || !isRetryableConnectionError(error)) throw failure;
      await context.deadline.pause(backoff(context, attempt), () => failure);
      continue;
    }
    if (!isRetryableStatus(response.status) || lastAttempt) return response;
    const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff(context, attempt);
    await discardBody(response);
    await context.deadline.pause(wait, () => statusGiveUpError(context, response.status, what, wait));
  }
}

/** Frees the connection of a response whose body is not wanted. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * Registries send blobs elsewhere (S3, a CDN) with a redirect whose URL is already signed. Every hop is
 * held to the rules of the first: https (http only to an insecure-registries host), an address that is
 * public or allowed; the registry's Authorization header never travels to another origin.
 */
async function getFollowingRedirects(context: HttpContext, url: string, headers: Record<string, string>, peer: Peer): Promise<Response> {
  let current = new URL(url);
  let currentHeaders = headers;
  let who = `${peer} ${current.host}`;
  for (let hop = 0; ; hop += 1) {
    refuseScheme(context, current, who);
    const checkAddress = addressCheck(context, current, who, hop === 0 ? (peer === 'registry' ? 'inspect it' : 'use it') : 'follow it');
    const response = await context.transport(current, { headers: currentHeaders, signal: context.deadline.signal, checkAddress });
    const location = response.headers.get('location');
    if (![301, 302, 303, 307, 308].includes(response.status) || location === null) return response;
    await discardBody(response);
    if (hop >= MAX_REDIRECTS) {
      throw new RegistryError('protocol', `${targetText(context.deadline.target)}: more than ${MAX_REDIRECTS} redirects from ${url}`);
    }
    const next = redirectTarget(context, location, current, who);
    if (next.origin !== current.origin) currentHeaders = withoutAuthorization(currentHeaders);
    who = `the redirect from ${current.host} to ${next.host}`;
    current = next;
  }
}

/** The Location header is the server's text: it is never quoted in a message. */
function redirectTarget(context: HttpContext, location: string, current: URL, who: string): URL {
  try {
    return new URL(location, current);
  } catch {
    throw new RegistryError('protocol', `${targetText(context.deadline.target)}: ${who} answered a redirect whose location is not a URL`);
  }
}

function refuseScheme(context: HttpContext, url: URL, who: string): void {
  if (url.protocol === 'https:') return;
  const target = targetText(context.deadline.target);
  if (url.protocol !== 'http:') {
    throw new RegistryError('refused', `${target}: ${who} is not http(s) (${url.protocol.replace(/:$/, '')}); only https is used`);
  }
  if (!matchesHost(context.access.insecure, url)) {
    throw new RegistryError('refused', `${target}: ${who} is plain http; only https is used unless ${url.host} is listed in insecure-registries`);
  }
}

/** Hosts in allowed-registries may resolve anywhere; every other host only to public addresses. */
function addressCheck(context: HttpContext, url: URL, who: string, purpose: string): (address: string) => RegistryError | null {
  if (matchesHost(context.access.allowed, url)) return () => null;
  return (address) => {
    const kind = nonGlobalKind(address);
    if (kind === null) return null;
    return new RegistryError('refused', `${targetText(context.deadline.target)}: ${who} resolves to ${kind} (${address}); add ${url.host} to allowed-registries to ${purpose}`);
  };
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

function backoff(context: HttpContext, attempt: number): number {
  return context.backoffMs * 2 ** attempt;
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header.trim());
  const milliseconds = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(milliseconds)) return null;
  return Math.min(Math.max(0, milliseconds), MAX_RETRY_AFTER_MS);
}

function statusGiveUpError(context: HttpContext, status: number, what: string, waitMs: number): RegistryError {
  const target = targetText(context.deadline.target);
  const seconds = Math.ceil(waitMs / 1000);
  if (status === 429) {
    return new RegistryError('rate-limited', `${target}: the registry rate-limited ${what} (HTTP 429) and asked to wait ${seconds} s, longer than the time left; ${RATE_LIMIT_ADVICE}`, { status });
  }
  return new RegistryError('server', `${target}: the registry failed ${what} (HTTP ${status}) and a retry would end after the timeout; try again later`, { status });
}

export const RATE_LIMIT_ADVICE = 'authenticate (registry-username/registry-password or a Docker config.json) to get a higher pull limit, or try again later';

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 4) return;
    const { code, cause, errors } = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** Only failures known to be passing (a reset, a refused connection while a registry restarts) are retried. */
function isRetryableConnectionError(error: unknown): boolean {
  return !(error instanceof RegistryError) && errorCodes(error).some((code) => RETRYABLE_CONNECTION_CODES.has(code));
}

/** fetch throws `TypeError: fetch failed`; what happened is in its cause (e.g. `bad port`). */
function innermostMessage(error: unknown): string {
  let current = error as { message?: unknown; cause?: unknown } | null;
  let message = String(error);
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    if (typeof current.message === 'string' && current.message !== '') message = current.message;
    current = current.cause as typeof current;
  }
  return message;
}

/** Turns what fetch threw into a RegistryError, or the caller's abort reason. */
export function connectionError(context: HttpContext, error: unknown, url: string, what: string): unknown {
  if (error instanceof RegistryError) return error;
  const aborted = context.deadline.abortError();
  if (aborted !== null) return aborted;
  const target = targetText(context.deadline.target);
  const host = new URL(url).host;
  const codes = errorCodes(error);
  const detail = codes[0] ?? innermostMessage(error);
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) {
    return new RegistryError('dns', `${target}: the registry host ${host} could not be resolved (${detail}) while ${what}; check the image name and the runner's DNS/network access`, { cause: error });
  }
  if (codes.some((code) => code.startsWith('ERR_SSL') || code.includes('CERT') || code.startsWith('ERR_TLS'))) {
    return new RegistryError('protocol', `${target}: TLS with ${host} failed (${detail}) while ${what}; a registry served over plain http must be listed in insecure-registries`, { cause: error });
  }
  return new RegistryError('server', `${target}: could not reach ${host} (${detail}) while ${what}; check that the registry is up and reachable from the runner`, { cause: error });
}
