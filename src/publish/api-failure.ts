/** A failed GitHub API request, described without Octokit, so the sinks can judge one without loading it. */

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
