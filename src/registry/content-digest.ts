import { createHash, type Hash } from 'node:crypto';

const ALGORITHMS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Whether text is a digest this client can verify: sha256/384/512 with lowercase hex of the right length. */
export function isVerifiableDigest(text: string): boolean {
  const [algorithm = '', encoded = '', extra] = text.split(':');
  const length = ALGORITHMS[algorithm];
  return extra === undefined && length !== undefined && encoded.length === length && /^[a-f0-9]+$/.test(encoded);
}

/** A running hash in the digest's own algorithm. */
export function digestHasher(digest: string): { hash: Hash; digestNow: () => string } {
  const algorithm = digest.split(':')[0] ?? 'sha256';
  const hash = createHash(algorithm);
  return { hash, digestNow: () => `${algorithm}:${hash.digest('hex')}` };
}

export function digestOf(bytes: Uint8Array, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}
