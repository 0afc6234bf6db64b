import type { Readable } from 'node:stream';
import { digestOf, isVerifiableDigest } from './content-digest.js';
import { Deadline } from './deadline.js';
import type { CredentialsLookup } from './docker-config-credentials.js';
import { manifestReferenceOf, type ImageReference } from './image-reference.js';
import { MANIFEST_ACCEPT, parseManifestDocument, platformOf, type Descriptor, type ManifestDocument } from './manifest-document.js';
import { DEFAULT_PLATFORM, platformMatches, platformText, type Platform } from './platform.js';
import { asError, RegistryError, targetText, type RegistryTarget } from './registry-error.js';
import { NO_EXTRA_ACCESS, registryBaseUrl, type RegistryAccess } from './registry-access.js';
import { connectionError, type HttpContext } from './registry-http.js';
import { createPinnedTransport, type Transport } from './pinned-transport.js';
import { authorizedGet, RegistrySession } from './registry-session.js';
import { readLimitedBytes, statusError } from './registry-status-error.js';
import { VerifiedBlobStream } from './verified-blob-stream.js';

export type { Platform } from './platform.js';
export type { CredentialsLookup, RegistryAuth } from './docker-config-credentials.js';
export { parsePlatform, DEFAULT_PLATFORM } from './platform.js';
export { readDockerConfigCredentials, credentialsLookup, dockerConfigFilePath } from './docker-config-credentials.js';
export { RegistryError, type RegistryErrorKind } from './registry-error.js';
export { RegistrySession } from './registry-session.js';
export { NO_EXTRA_ACCESS, parseHostPattern, type RegistryAccess } from './registry-access.js';

export interface RegistryClientOptions {
  /** Credentials per registry host; none means anonymous pulls. */
  credentialsFor?: CredentialsLookup;
  /** The platform picked from a multi-platform index; linux/amd64 by default. */
  platform?: Platform;
  signal?: AbortSignal;
  /**
   * Bounds each call: all of resolveImage, and openBlob from its request to the stream's last byte
   * (default 60 s). Pass `signal` for one deadline over several calls.
   */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx and dropped connections (default 3). */
  retries?: number;
  /** The first back-off pause, doubled on each retry (default 500 ms); a Retry-After header wins. */
  backoffMs?: number;
  /**
   * Hosts that may resolve to non-public addresses, and hosts reached over plain http. Without it only
   * public addresses over https are reached.
   */
  access?: RegistryAccess;
  /** Shares tokens between calls; resolveImage makes one and openBlob reuses the image's. */
  session?: RegistrySession;
  /** How requests are made; tests wrap the default one to watch them. */
  transport?: Transport;
}

export interface ResolvedLayer {
  digest: string;
  mediaType: string;
  size: number;
}

export interface ResolvedImage {
  reference: ImageReference;
  /** The digest of the chosen platform's image manifest. */
  digest: string;
  /** The digest of the index (manifest list) the image was chosen from, if there was one. */
  indexDigest: string | null;
  platform: Platform;
  layers: ResolvedLayer[];
  /** The image manifest's media type (Docker schema 2 or OCI). */
  mediaType: string;
  config: ResolvedLayer;
  /** The tokens earned while resolving, reused by openBlob. */
  session?: RegistrySession;
}

const DEFAULTS = { timeoutMs: 60_000, retries: 3, backoffMs: 500 };
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const CONFIG_LIMIT = 8 * 1024 * 1024;
/** An index may point at another index; deeper nesting is refused rather than followed forever. */
const MAX_INDEX_DEPTH = 2;

/** Finds the image manifest a reference means for the wanted platform, and its layers. */
export async function resolveImage(reference: ImageReference, options: RegistryClientOptions = {}): Promise<ResolvedImage> {
  const session = options.session ?? new RegistrySession(options.credentialsFor ?? (() => null));
  const call = startCall(reference, options, session);
  try {
    return await resolveWithin(call, reference, options.platform ?? DEFAULT_PLATFORM);
  } catch (error) {
    // A body cut off half way surfaces as fetch's own error; it is a connection failure like any other.
    throw connectionError(call.http, error, call.baseUrl, `resolving ${reference.text}`);
  } finally {
    call.http.deadline.finish();
  }
}

/**
 * Streams a blob of a resolved image, verifying its digest as it goes: the stream fails with a
 * RegistryError of kind 'corrupt' at its end when the bytes do not match.
 */
export async function openBlob(image: ResolvedImage, digest: string, options: RegistryClientOptions = {}): Promise<Readable> {
  const target = { registry: image.reference.registry, repository: image.reference.repository };
  if (!isVerifiableDigest(digest)) throw new RegistryError('protocol', `${targetText(target)}: "${digest}" is not a sha256/sha384/sha512 digest`);
  const session = options.session ?? image.session ?? new RegistrySession(options.credentialsFor ?? (() => null));
  const call = startCall(image.reference, options, session);
  const what = `downloading blob ${digest}`;
  const url = `${call.baseUrl}/v2/${target.repository}/blobs/${digest}`;
  let response: Response;
  try {
    response = await authorizedGet(call.http, session, target, url, {}, what);
    if (response.status !== 200) throw await statusError(target, response, what, session.credentialsFor(target.registry) !== null);
  } catch (error) {
    call.http.deadline.finish();
    throw connectionError(call.http, error, url, what);
  }
  const known = [...image.layers, image.config].find((layer) => layer.digest === digest);
  const stream = new VerifiedBlobStream({
    target,
    digest,
    expectedSize: known ? known.size : null,
    body: response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() }),
    readError: (error) => connectionError(call.http, error, url, what),
    onClose: () => call.http.deadline.finish(),
  });
  call.http.deadline.signal.addEventListener('abort', () => stream.destroy(asError(call.http.deadline.abortError())), { once: true });
  return stream;
}

interface Call {
  http: HttpContext;
  session: RegistrySession;
  target: RegistryTarget;
  baseUrl: string;
}

/** One transport (and so one pool of keep-alive sockets) per access policy. */
const transports = new WeakMap<RegistryAccess, Transport>();

function transportFor(access: RegistryAccess): Transport {
  let transport = transports.get(access);
  if (!transport) {
    transport = createPinnedTransport();
    transports.set(access, transport);
  }
  return transport;
}

function startCall(reference: ImageReference, options: RegistryClientOptions, session: RegistrySession): Call {
  const target = { registry: reference.registry, repository: reference.repository };
  const access = options.access ?? NO_EXTRA_ACCESS;
  return {
    http: {
      transport: options.transport ?? transportFor(access),
      access,
      deadline: new Deadline(target, options.timeoutMs ?? DEFAULTS.timeoutMs, options.signal),
      retries: options.retries ?? DEFAULTS.retries,
      backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
    },
    session,
    target,
    baseUrl: registryBaseUrl(reference.registry, access),
  };
}

async function resolveWithin(call: Call, reference: ImageReference, wanted: Platform): Promise<ResolvedImage> {
  let fetched = await fetchManifest(call, manifestReferenceOf(reference), reference.digest);
  let indexDigest: string | null = null;
  let chosenPlatform: Platform | null = null;
  for (let depth = 0; fetched.document.kind === 'index'; depth += 1) {
    if (depth >= MAX_INDEX_DEPTH) throw new RegistryError('protocol', `${targetText(call.target)}: indexes nested more than ${MAX_INDEX_DEPTH} deep`);
    indexDigest ??= fetched.digest;
    const chosen = choosePlatform(call.target, reference, fetched.document.manifests, wanted);
    chosenPlatform = chosen.platform ?? wanted;
    fetched = await fetchManifest(call, chosen.digest, chosen.digest);
  }
  const image = fetched.document;
  const config = { digest: image.config.digest, mediaType: image.config.mediaType, size: image.config.size };
  return {
    reference,
    digest: fetched.digest,
    indexDigest,
    platform: chosenPlatform ?? (await configPlatform(call, image.config)) ?? wanted,
    layers: image.layers.map((layer) => ({ digest: layer.digest, mediaType: layer.mediaType, size: layer.size })),
    mediaType: image.mediaType,
    config,
    session: call.session,
  };
}

interface FetchedManifest {
  digest: string;
  document: ManifestDocument & { kind: 'index' | 'image' };
}

async function fetchManifest(call: Call, manifestReference: string, expectedDigest: string | null): Promise<FetchedManifest> {
  const what = `getting manifest ${manifestReference}`;
  const url = `${call.baseUrl}/v2/${call.target.repository}/manifests/${manifestReference}`;
  const response = await authorizedGet(call.http, call.session, call.target, url, { accept: MANIFEST_ACCEPT }, what);
  if (response.status !== 200) throw await statusError(call.target, response, what, call.session.credentialsFor(call.target.registry) !== null);
  const { bytes, truncated } = await readLimitedBytes(response, MANIFEST_LIMIT);
  if (truncated) throw new RegistryError('protocol', `${targetText(call.target)}: manifest ${manifestReference} is larger than ${MANIFEST_LIMIT} bytes`);
  const algorithm = expectedDigest?.split(':')[0] ?? 'sha256';
  const digest = digestOf(bytes, algorithm);
  if (expectedDigest !== null && digest !== expectedDigest) {
    throw new RegistryError('corrupt', `${targetText(call.target)}: corrupt manifest: digest mismatch, asked for ${expectedDigest} but the registry sent content hashing to ${digest}`);
  }
  const parsed = parseManifestDocument(bytes, response.headers.get('content-type'));
  if (!parsed.ok) throw new RegistryError('protocol', `${targetText(call.target)}: manifest ${manifestReference} cannot be read: ${parsed.reason}`);
  return { digest, document: parsed.document };
}

/** Index entries without a platform, and buildx's attestation entries (unknown/unknown), are never chosen. */
function choosePlatform(target: RegistryTarget, reference: ImageReference, manifests: Descriptor[], wanted: Platform): Descriptor {
  const chosen = manifests.find((entry) => entry.platform !== undefined && platformMatches(wanted, entry.platform));
  if (chosen) return chosen;
  const offered = manifests.flatMap((entry) => (entry.platform && entry.platform.os !== 'unknown' ? [platformText(entry.platform)] : []));
  const list = offered.length > 0 ? [...new Set(offered)].join(', ') : 'none';
  throw new RegistryError('not-found', `${targetText(target)}: ${reference.text} has no image for platform ${platformText(wanted)}; available platforms: ${list}`);
}

/** A single-platform image says its platform only in its config blob. */
async function configPlatform(call: Call, config: Descriptor): Promise<Platform | null> {
  const what = `getting image config ${config.digest}`;
  const url = `${call.baseUrl}/v2/${call.target.repository}/blobs/${config.digest}`;
  const response = await authorizedGet(call.http, call.session, call.target, url, {}, what);
  if (response.status !== 200) throw await statusError(call.target, response, what, call.session.credentialsFor(call.target.registry) !== null);
  const { bytes, truncated } = await readLimitedBytes(response, CONFIG_LIMIT);
  if (truncated) throw new RegistryError('protocol', `${targetText(call.target)}: image config ${config.digest} is larger than ${CONFIG_LIMIT} bytes`);
  const algorithm = config.digest.split(':')[0];
  if (digestOf(bytes, algorithm) !== config.digest) {
    throw new RegistryError('corrupt', `${targetText(call.target)}: corrupt image config: digest mismatch for ${config.digest}`);
  }
  try {
    return platformOf(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new RegistryError('protocol', `${targetText(call.target)}: image config ${config.digest} is not valid JSON`);
  }
}
