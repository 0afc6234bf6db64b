import net from 'node:net';

/**
 * Which addresses a registry request may reach without being listed in allowed-registries: globally
 * routable unicast only. A Dockerfile's FROM is written by whoever opens the pull request; without this,
 * it could make the runner call the cloud metadata service, a database on the private network or a
 * service on loopback.
 */

/** Why an address is not a public one, as a phrase: "a private address", "a loopback address". */
export type NonGlobalKind =
  | 'an unspecified address'
  | 'a loopback address'
  | 'a private address'
  | 'a shared (carrier-grade NAT) address'
  | 'a link-local address'
  | 'a unique-local address'
  | 'a multicast address'
  | 'a broadcast address'
  | 'a documentation address'
  | 'a benchmarking address'
  | 'a reserved address';

interface Range {
  bytes: number[];
  prefix: number;
  kind: NonGlobalKind;
}

function v4(text: string, prefix: number, kind: NonGlobalKind): Range {
  return { bytes: text.split('.').map(Number), prefix, kind };
}

/** IANA's IPv4 special-purpose registry, minus the few entries that are globally reachable. */
const IPV4_RANGES: readonly Range[] = [
  v4('0.0.0.0', 8, 'an unspecified address'),
  v4('10.0.0.0', 8, 'a private address'),
  v4('100.64.0.0', 10, 'a shared (carrier-grade NAT) address'),
  v4('127.0.0.0', 8, 'a loopback address'),
  v4('169.254.0.0', 16, 'a link-local address'),
  v4('172.16.0.0', 12, 'a private address'),
  v4('192.0.0.0', 24, 'a reserved address'),
  v4('192.0.2.0', 24, 'a documentation address'),
  v4('192.88.99.0', 24, 'a reserved address'),
  v4('192.168.0.0', 16, 'a private address'),
  v4('198.18.0.0', 15, 'a benchmarking address'),
  v4('198.51.100.0', 24, 'a documentation address'),
  v4('203.0.113.0', 24, 'a documentation address'),
  v4('224.0.0.0', 4, 'a multicast address'),
  v4('255.255.255.255', 32, 'a broadcast address'),
  v4('240.0.0.0', 4, 'a reserved address'),
];

function v6(text: string, prefix: number, kind: NonGlobalKind): Range {
  return { bytes: [...(ipv6Bytes(text) ?? [])], prefix, kind };
}

/**
 * Checked in order, after the forms that carry an IPv4 address (mapped, NAT64, 6to4), which are judged by
 * that address. Only 2000::/3 is global unicast; inside it, the IETF and documentation blocks are not.
 */
const IPV6_RANGES: readonly Range[] = [
  v6('::', 128, 'an unspecified address'),
  v6('::1', 128, 'a loopback address'),
  v6('fc00::', 7, 'a unique-local address'),
  v6('fe80::', 10, 'a link-local address'),
  v6('fec0::', 10, 'a reserved address'),
  v6('ff00::', 8, 'a multicast address'),
  v6('2001::', 23, 'a reserved address'),
  v6('2001:db8::', 32, 'a documentation address'),
  v6('3fff::', 20, 'a documentation address'),
];
const GLOBAL_UNICAST = v6('2000::', 3, 'a reserved address');
const IPV4_MAPPED = v6('::ffff:0:0', 96, 'a reserved address');
const IPV4_COMPATIBLE = v6('::', 96, 'a reserved address');
const NAT64 = v6('64:ff9b::', 96, 'a reserved address');
const SIX_TO_FOUR = v6('2002::', 16, 'a reserved address');

/** null for a globally routable address; otherwise what kind of address it is. Text that is no IP address is reserved. */
export function nonGlobalKind(address: string): NonGlobalKind | null {
  const family = net.isIP(address);
  if (family === 4) return ipv4Kind(address.split('.').map(Number));
  if (family !== 6) return 'a reserved address';
  const bytes = ipv6Bytes(address);
  if (bytes === null) return 'a reserved address';
  if (inRange(bytes, IPV4_MAPPED) || inRange(bytes, NAT64)) return ipv4Kind(bytes.slice(12));
  if (inRange(bytes, SIX_TO_FOUR)) return ipv4Kind(bytes.slice(2, 6)) ?? rangeKind(bytes, IPV6_RANGES);
  // ::a.b.c.d (deprecated "IPv4-compatible"); :: and ::1 are in the same block and keep their own names.
  if (inRange(bytes, IPV4_COMPATIBLE) && !bytes.slice(0, 15).every((byte) => byte === 0)) return ipv4Kind(bytes.slice(12)) ?? 'a reserved address';
  const listed = rangeKind(bytes, IPV6_RANGES);
  if (listed !== null) return listed;
  return inRange(bytes, GLOBAL_UNICAST) ? null : 'a reserved address';
}

function ipv4Kind(bytes: readonly number[]): NonGlobalKind | null {
  return rangeKind(bytes, IPV4_RANGES);
}

function rangeKind(bytes: readonly number[], ranges: readonly Range[]): NonGlobalKind | null {
  return ranges.find((range) => inRange(bytes, range))?.kind ?? null;
}

function inRange(bytes: readonly number[], range: Range): boolean {
  if (bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit += 1) {
    const mask = 0x80 >> (bit % 8);
    const index = Math.floor(bit / 8);
    if (((bytes[index] ?? 0) & mask) !== ((range.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** The 16 bytes of an IPv6 address (with `::` and a trailing dotted IPv4 part), or null. A zone (`%eth0`) is dropped. */
export function ipv6Bytes(text: string): number[] | null {
  let address = text.replace(/%.*$/, '');
  if (net.isIPv6(address) === false) return null;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted?.[1] !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    address = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const missing = 8 - front.length - back.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...front, ...Array<string>(missing).fill('0'), ...back];
  return groups.flatMap((group) => {
    const value = Number.parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}
