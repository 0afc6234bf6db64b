/** What went wrong talking to a registry, so callers can tell a missing image from a network failure. */
export type RegistryErrorKind = 'dns' | 'unauthorized' | 'not-found' | 'rate-limited' | 'server' | 'timeout' | 'corrupt' | 'protocol' | 'refused';

/**
 * The one error the registry client throws; its message is shown to users as the reason for `unknown`.
 * `refused`: the request was not made (an address or scheme the access rules do not allow). A message
 * never quotes what a server sent: an internal service's error page must not reach a pull request's report.
 */
export class RegistryError extends Error {
  readonly kind: RegistryErrorKind;
  /** The HTTP status behind the error, when there was one. */
  readonly status: number | null;

  constructor(kind: RegistryErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistryError';
    this.kind = kind;
    this.status = options.status ?? null;
  }
}

/** Names the image in every message: `registry/repository`. */
export interface RegistryTarget {
  registry: string;
  repository: string;
}

export function targetText(target: RegistryTarget): string {
  return `${target.registry}/${target.repository}`;
}

/** Streams are destroyed with an Error; an abort reason may be anything. */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
