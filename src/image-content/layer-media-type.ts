/** How a layer's blob is read, decided from its media type before it is opened. */
export type LayerReading = { kind: 'read' } | { kind: 'skip'; reason: string };

const TAR_LAYER_TYPES = new Set([
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
  'application/vnd.oci.image.layer.v1.tar+gzip',
  'application/vnd.oci.image.layer.v1.tar',
  'application/vnd.docker.image.rootfs.diff.tar',
]);

/**
 * Which layers are worth opening. The blob's own first bytes decide gzip or plain tar later (registries and
 * build tools have mislabelled both); the media type only rules out what cannot be read here.
 */
export function layerReadingFor(mediaType: string): LayerReading {
  const type = mediaType.trim().toLowerCase();
  if (TAR_LAYER_TYPES.has(type)) return { kind: 'read' };
  if (type.includes('foreign') || type.includes('nondistributable')) {
    return { kind: 'skip', reason: `foreign (non-distributable) layer ${mediaType} not read: its blob is served from outside the registry` };
  }
  if (type.endsWith('+zstd') || type.endsWith('.zstd')) return { kind: 'skip', reason: `zstd-compressed layer ${mediaType} not read: only gzip and uncompressed tar layers are supported` };
  return { kind: 'skip', reason: `layer of unknown media type ${JSON.stringify(mediaType)} not read: expected a gzip or uncompressed tar layer` };
}
