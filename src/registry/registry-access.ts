/**
 * Which registry hosts the runner's owner opened up beyond the default (public addresses over https):
 * allowed-registries may resolve to private, loopback or link-local addresses; insecure-registries are
 * reached over plain http. Both come from the action's inputs or the CLI's flags, never from the
 * scanned repository.
 */
export interface RegistryAccess {
  allowed: readonly HostPattern[];
  insecure: readonly HostPattern[];
}

/**
 * One entry: a host glob (`*` matches any run of characters inside the host, nothing else is special)
 * and an optional port. Without a port it matches the host on any port. picomatch is not used: its
 * character classes would take `[::1]` for a class.
 */
export interface HostPattern {
  text: string;
  host: RegExp;
  port: string | null;
}

export const NO_EXTRA_ACCESS: RegistryAccess = { allowed: [], insecure: [] };

/** host[:port] with `*` in the host; an IPv6 host in brackets; an http(s):// prefix and trailing slashes are tolerated. */
const ENTRY = /^(?:https?:\/\/)?((?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9*](?:[A-Za-z0-9.*-]*[A-Za-z0-9*])?))(?::(\d{1,5}))?\/*$/;

/** The pattern of one entry, or null when it is not host[:port] (a path, a scheme other than http(s), a space). */
export function parseHostPattern(entry: string): HostPattern | null {
  const text = entry.trim();
  const match = ENTRY.exec(text);
  if (!match?.[1]) return null;
  const host = canonicalHost(match[1]);
  if (host === null) return null;
  const source = host
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^:/]*');
  return { text, host: new RegExp(`^${source}$`), port: match[2] === undefined ? null : String(Number(match[2])) };
}

/** Lower case; a literal address as the URL parser writes it (so `[0:0::1]` is `[::1]`, `2130706433` is `127.0.0.1`). */
function canonicalHost(host: string): string | null {
  if (host.includes('*')) return host.toLowerCase();
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** Whether a URL's host (and port, the scheme's default when none is written) is one the patterns name. */
export function matchesHost(patterns: readonly HostPattern[], url: URL): boolean {
  const port = url.port !== '' ? url.port : url.protocol === 'http:' ? '80' : '443';
  return patterns.some((pattern) => pattern.host.test(url.hostname) && (pattern.port === null || pattern.port === port));
}

/** The registry's API base: https, or http for a registry listed in insecure-registries. */
export function registryBaseUrl(registry: string, access: RegistryAccess): string {
  const insecure = matchesHost(access.insecure, new URL(`http://${registry}/`));
  return `${insecure ? 'http' : 'https'}://${registry}`;
}
