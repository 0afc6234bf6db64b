import { gzipSync } from 'node:zlib';
import { parseImageReference, type ImageReference } from '../../src/registry/image-reference.js';
import type { Readable } from 'node:stream';
import { RegistryError, type RegistryErrorKind } from '../../src/registry/registry-error.js';
import { parseHostPattern, type HostPattern, type RegistryAccess } from '../../src/registry/registry-access.js';

export function hostPatterns(...entries: string[]): HostPattern[] {
  return entries.map((entry) => {
    const pattern = parseHostPattern(entry);
    if (pattern === null) throw new Error(`not a host pattern: ${entry}`);
    return pattern;
  });
}

/** The test registries listen on 127.0.0.1 over plain http: both must be allowed explicitly now. */
export const LOOPBACK_ACCESS: RegistryAccess = { allowed: hostPatterns('127.0.0.1'), insecure: hostPatterns('127.0.0.1') };

/** A layer is gzipped tar in real images; the registry only stores bytes, so gzipped text will do. */
export function layer(text: string): Buffer {
  return gzipSync(Buffer.from(text));
}

export function reference(text: string): ImageReference {
  const result = parseImageReference(text);
  if (!result.ok) throw new Error(result.reason);
  return result.reference;
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The RegistryError a promise rejects with; fails the test when it resolves or throws something else. */
export async function registryErrorOf(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw new Error(`expected a RegistryError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a RegistryError, but the call succeeded');
}

export async function expectRegistryError(promise: Promise<unknown>, kind: RegistryErrorKind, ...phrases: string[]): Promise<RegistryError> {
  const error = await registryErrorOf(promise);
  expect({ kind: error.kind, message: error.message }).toEqual({ kind, message: expect.stringContaining(phrases[0] ?? '') });
  for (const phrase of phrases.slice(1)) expect(error.message).toContain(phrase);
  return error;
}
