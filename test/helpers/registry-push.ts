import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { RegistryAuth } from '../../src/registry/docker-config-credentials.js';
import type { Platform } from '../../src/registry/platform.js';

/** Pushes blobs, manifests and indexes to a test registry over the registry API, the way `docker push` does. */

export interface PushTarget {
  /** http://127.0.0.1:<port> */
  url: string;
  credentials?: RegistryAuth | null;
}

export interface PushedDescriptor {
  mediaType: string;
  digest: string;
  size: number;
}

export interface PushedImage extends PushedDescriptor {
  config: PushedDescriptor;
  layers: PushedDescriptor[];
  platform: Platform;
}

export type ManifestFormat = 'docker' | 'oci';

const MEDIA = {
  docker: {
    manifest: 'application/vnd.docker.distribution.manifest.v2+json',
    index: 'application/vnd.docker.distribution.manifest.list.v2+json',
    config: 'application/vnd.docker.container.image.v1+json',
    layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  },
  oci: {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  },
} as const;

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Monolithic upload: POST a session, then PUT the bytes with their digest. */
export async function pushBlob(target: PushTarget, repository: string, bytes: Buffer, mediaType = 'application/octet-stream'): Promise<PushedDescriptor> {
  const digest = sha256Digest(bytes);
  const start = await fetch(`${target.url}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: authHeaders(target) });
  await expectStatus(start, 202, `starting an upload to ${repository}`);
  const location = new URL(start.headers.get('location') ?? '', target.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...authHeaders(target), 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
    body: bytes,
  });
  await expectStatus(put, 201, `uploading ${digest} to ${repository}`);
  return { mediaType, digest, size: bytes.length };
}

/** PUTs a manifest or index under a tag (or its own digest) and answers its descriptor. */
export async function pushManifest(target: PushTarget, repository: string, reference: string | null, mediaType: string, bytes: Buffer): Promise<PushedDescriptor> {
  const digest = sha256Digest(bytes);
  const response = await fetch(`${target.url}/v2/${repository}/manifests/${reference ?? digest}`, {
    method: 'PUT',
    headers: { ...authHeaders(target), 'content-type': mediaType },
    body: bytes,
  });
  await expectStatus(response, 201, `putting manifest ${reference ?? digest} to ${repository}`);
  return { mediaType, digest, size: bytes.length };
}

export interface PushImageOptions {
  repository: string;
  /** null pushes the manifest by digest only. */
  tag: string | null;
  /** Layers, already gzipped tar. */
  layers: Buffer[];
  /** The image config JSON; by default one naming the platform and the layers' diff IDs. */
  config?: Buffer;
  platform: Platform;
  format?: ManifestFormat;
}

export async function pushImage(target: PushTarget, options: PushImageOptions): Promise<PushedImage> {
  const media = MEDIA[options.format ?? 'docker'];
  const layers = [];
  for (const layer of options.layers) layers.push(await pushBlob(target, options.repository, layer, media.layer));
  const configBytes = options.config ?? defaultConfig(options.platform, options.layers);
  const config = await pushBlob(target, options.repository, configBytes, media.config);
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media.manifest, config, layers }, null, 2));
  const pushed = await pushManifest(target, options.repository, options.tag, media.manifest, manifest);
  return { ...pushed, config, layers, platform: options.platform };
}

export interface PushIndexOptions {
  repository: string;
  tag: string | null;
  manifests: Array<PushedDescriptor & { platform: Platform }>;
  format?: ManifestFormat;
}

/** A multi-platform index (OCI by default) over images already pushed. */
export async function pushIndex(target: PushTarget, options: PushIndexOptions): Promise<PushedDescriptor> {
  const media = MEDIA[options.format ?? 'oci'];
  const manifests = options.manifests.map(({ mediaType, digest, size, platform }) => ({ mediaType, digest, size, platform }));
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media.index, manifests }, null, 2));
  return pushManifest(target, options.repository, options.tag, media.index, index);
}

function defaultConfig(platform: Platform, layers: Buffer[]): Buffer {
  const diffIds = layers.map((layer) => {
    try {
      return sha256Digest(gunzipSync(layer));
    } catch {
      return sha256Digest(layer);
    }
  });
  return Buffer.from(JSON.stringify({ ...platform, config: {}, rootfs: { type: 'layers', diff_ids: diffIds } }));
}

function authHeaders(target: PushTarget): Record<string, string> {
  const credentials = target.credentials;
  if (!credentials) return {};
  return { authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` };
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status === status) {
    await response.body?.cancel();
    return;
  }
  throw new Error(`${what}: HTTP ${response.status}: ${await response.text()}`);
}
