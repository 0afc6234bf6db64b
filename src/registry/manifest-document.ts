import { isVerifiableDigest } from './content-digest.js';
import type { Platform } from './platform.js';

export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

/** Every manifest kind the client reads; schema 1 is left out on purpose (deprecated, unsigned digests). */
export const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList, MEDIA_TYPES.dockerManifest, MEDIA_TYPES.ociManifest].join(', ');

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const IMAGE_TYPES = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
}

export type ManifestDocument =
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] }
  | { kind: 'image'; mediaType: string; config: Descriptor; layers: Descriptor[] };

export type ManifestDocumentResult = { ok: true; document: ManifestDocument } | { ok: false; reason: string };

/**
 * Reads a manifest or index. The media type comes from the document, else from Content-Type; an OCI
 * document may carry neither, and then its shape (manifests vs. config and layers) decides.
 */
export function parseManifestDocument(bytes: Uint8Array, contentType: string | null): ManifestDocumentResult {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { ok: false, reason: 'the manifest is not valid JSON' };
  }
  if (!isObject(json)) return { ok: false, reason: 'the manifest is not a JSON object' };
  const headerType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const mediaType = typeof json['mediaType'] === 'string' && json['mediaType'] !== '' ? json['mediaType'] : headerType;
  if (json['schemaVersion'] === 1 || mediaType.startsWith('application/vnd.docker.distribution.manifest.v1')) {
    return { ok: false, reason: 'it is a Docker schema 1 manifest, which is deprecated and not supported; push the image again with a current Docker' };
  }
  if (INDEX_TYPES.has(mediaType)) return readIndex(json, mediaType);
  if (IMAGE_TYPES.has(mediaType)) return readImage(json, mediaType);
  if (Array.isArray(json['manifests'])) return readIndex(json, MEDIA_TYPES.ociIndex);
  if (Array.isArray(json['layers']) && isObject(json['config'])) return readImage(json, MEDIA_TYPES.ociManifest);
  return { ok: false, reason: `media type ${mediaTypeText(mediaType)} is neither an image manifest nor an index` };
}

/** A media type is quoted only when it looks like one (type/subtype, short); anything else the server sent is not. */
function mediaTypeText(mediaType: string): string {
  if (mediaType === '') return 'none';
  return /^[\w.+-]{1,64}\/[\w.+-]{1,100}$/.test(mediaType) ? `"${mediaType}"` : '(not a media type)';
}

function readIndex(json: Record<string, unknown>, mediaType: string): ManifestDocumentResult {
  const entries = json['manifests'];
  if (!Array.isArray(entries)) return { ok: false, reason: 'the index has no "manifests" list' };
  const manifests: Descriptor[] = [];
  for (const [index, entry] of entries.entries()) {
    const descriptor = readDescriptor(entry);
    if (typeof descriptor === 'string') return { ok: false, reason: `manifests[${index}]: ${descriptor}` };
    manifests.push(descriptor);
  }
  return { ok: true, document: { kind: 'index', mediaType, manifests } };
}

function readImage(json: Record<string, unknown>, mediaType: string): ManifestDocumentResult {
  const config = readDescriptor(json['config']);
  if (typeof config === 'string') return { ok: false, reason: `config: ${config}` };
  const entries = json['layers'];
  if (!Array.isArray(entries)) return { ok: false, reason: 'the manifest has no "layers" list' };
  const layers: Descriptor[] = [];
  for (const [index, entry] of entries.entries()) {
    const descriptor = readDescriptor(entry);
    if (typeof descriptor === 'string') return { ok: false, reason: `layers[${index}]: ${descriptor}` };
    layers.push(descriptor);
  }
  return { ok: true, document: { kind: 'image', mediaType, config, layers } };
}

function readDescriptor(value: unknown): Descriptor | string {
  if (!isObject(value)) return 'not a descriptor object';
  const { mediaType, digest, size, platform } = value;
  // The values are the server's text: a message names what is wrong, never quotes them.
  if (typeof digest !== 'string' || !isVerifiableDigest(digest)) return 'its digest is not a sha256/sha384/sha512 digest';
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return 'its size is not a byte count';
  const descriptor: Descriptor = { mediaType: typeof mediaType === 'string' ? mediaType : '', digest, size };
  const readPlatform = platformOf(platform);
  if (readPlatform) descriptor.platform = readPlatform;
  return descriptor;
}

/** The platform of an index entry or an image config: `os`, `architecture` and an optional `variant`. */
export function platformOf(value: unknown): Platform | null {
  if (!isObject(value)) return null;
  const { os, architecture, variant } = value;
  if (typeof os !== 'string' || typeof architecture !== 'string') return null;
  return typeof variant === 'string' && variant !== '' ? { os, architecture, variant } : { os, architecture };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
