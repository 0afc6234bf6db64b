/** A failed GitHub API request, described without Octokit, so the sinks can judge one without loading it. */

/** What went wrong with a request, as the API or the network said it. */
export interface ApiFailure {
  /** The HTTP status, or null when no response came back (network error, timeout). */
  status: number | null;
  /** One line, bounded, without the token or the request headers. */
  message: string;
  /**
   * Set when GitHub refused for its rate limit, not for a permission: a 403 or 429 that says so in its
   * headers or message. Advice to add a permission would then be wrong.
   */
  rateLimit: RateLimitRefusal | null;
}

export interface RateLimitRefusal {
  /** primary: the hourly budget is spent (x-ratelimit-remaining: 0); secondary: too many requests too fast. */
  kind: 'primary' | 'secondary';
  /** When the hourly budget comes back (x-ratelimit-reset), ISO 8601; null when not sent. */
  resetsAt: string | null;
  /** retry-after, in seconds; null when not sent. */
  retryAfterSeconds: number | null;
}

const MAX_FAILURE_MESSAGE_LENGTH = 300;

/** Octokit throws a RequestError with `status` and, when the server answered, `response`. */
export function apiFailureOf(error: unknown): ApiFailure {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const response = typeof record.response === 'object' && record.response !== null ? (record.response as Record<string, unknown>) : null;
  const status = typeof record.status === 'number' && response !== null ? record.status : null;
  const text = error instanceof Error ? error.message : String(error);
  const headers = typeof response?.headers === 'object' && response.headers !== null ? (response.headers as Record<string, unknown>) : {};
  return { status, message: oneLine(text), rateLimit: status === null ? null : rateLimitOf(status, headers, text) };
}

/** As GitHub documents its rate limit answers: 403 or 429, with x-ratelimit-remaining 0, retry-after, or the words. */
export function rateLimitOf(status: number, headers: Readonly<Record<string, unknown>>, message: string): RateLimitRefusal | null {
  if (status !== 403 && status !== 429) return null;
  const remaining = headerText(headers['x-ratelimit-remaining']);
  const retryAfter = headerNumber(headers['retry-after']);
  const secondary = /secondary rate limit/i.test(message);
  const primary = remaining === '0' || /\bAPI rate limit exceeded\b/i.test(message);
  if (!secondary && !primary && retryAfter === null && status !== 429) return null;
  const reset = headerNumber(headers['x-ratelimit-reset']);
  return {
    kind: secondary || !primary ? 'secondary' : 'primary',
    resetsAt: reset === null ? null : new Date(reset * 1000).toISOString(),
    retryAfterSeconds: retryAfter,
  };
}

/** "HTTP 403: Resource not accessible by integration", or "no response: fetch failed". */
export function describeApiFailure(failure: ApiFailure): string {
  if (failure.status === null) return `no response: ${failure.message}`;
  const limit = failure.rateLimit === null ? '' : ` (${describeRateLimit(failure.rateLimit)})`;
  return `HTTP ${failure.status}: ${failure.message}${limit}`;
}

/** "rate limited: the token's hourly API budget is spent until 2026-12-03T09:00:00Z" and the like; no repository text. */
export function describeRateLimit(limit: RateLimitRefusal): string {
  if (limit.kind === 'secondary') {
    const wait = limit.retryAfterSeconds === null ? '' : `, retry after ${limit.retryAfterSeconds} s`;
    return `rate limited: GitHub's secondary rate limit for too many requests at once${wait}`;
  }
  return `rate limited: the token's hourly API budget is spent${limit.resetsAt === null ? '' : ` until ${limit.resetsAt.replace(/\.\d{3}Z$/, 'Z')}`}`;
}

function headerText(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : null;
}

/** A whole-number response header (x-ratelimit-remaining, retry-after); null when absent or not a number. */
export function headerNumber(value: unknown): number | null {
  const text = headerText(value);
  if (text === null || !/^\d+$/.test(text)) return null;
  return Number(text);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FAILURE_MESSAGE_LENGTH ? `${flat.slice(0, MAX_FAILURE_MESSAGE_LENGTH - 1)}…` : flat;
}
