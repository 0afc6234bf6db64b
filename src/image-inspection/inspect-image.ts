import { findGoBinariesInImage } from '../image-content/find-go-binaries-in-image.js';
import type { ImageLayer, ImageProblem } from '../image-content/image-scan-records.js';
import { parseImageReference } from '../registry/image-reference.js';
import { openBlob, resolveImage, type CredentialsLookup, type Platform, type RegistryAccess, type ResolvedImage } from '../registry/registry-client.js';
import type { ImageInspection } from './image-inspection.js';
import type { InspectionCache } from './inspection-cache.js';

export interface ImageInspectionOptions {
  platform: Platform;
  credentialsFor: CredentialsLookup;
  /** One deadline for everything about one image: manifest, every layer, the binaries in them. */
  timeoutMs: number;
  /** Executables are spooled here one at a time while their build info is read. */
  temporaryDirectory: string;
  cache: InspectionCache | null;
  /** allowed-registries and insecure-registries; without, public addresses over https only. */
  access?: RegistryAccess;
  retries?: number;
  backoffMs?: number;
}

/**
 * Pulls an image's manifest and layers and reads the build info of every Go binary in its final
 * filesystem. Every failure (a bad reference, the registry, the timeout) becomes `ok: false` with a
 * reason a user can act on.
 */
export async function inspectImage(text: string, options: ImageInspectionOptions): Promise<ImageInspection> {
  const parsed = parseImageReference(text);
  if (!parsed.ok) return { ok: false, reference: text, reason: parsed.reason };
  const signal = AbortSignal.timeout(options.timeoutMs);
  const client = {
    platform: options.platform,
    credentialsFor: options.credentialsFor,
    signal,
    timeoutMs: options.timeoutMs,
    ...(options.access ? { access: options.access } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
  };
  try {
    const image = await resolveImage(parsed.reference, client);
    const cached = await options.cache?.get(image.digest);
    if (cached) return { ...cached, reference: text };
    const layers: ImageLayer[] = image.layers.map((layer) => ({ digest: layer.digest, mediaType: layer.mediaType, open: () => openBlob(image, layer.digest, client) }));
    const scan = await findGoBinariesInImage(layers, { temporaryDirectory: options.temporaryDirectory, signal });
    if (signal.aborted) return timedOut(text, options.timeoutMs);
    const inspection = {
      ok: true as const,
      reference: text,
      digest: image.digest,
      platform: platformText(image),
      binaries: scan.binaries.map((binary) => ({ path: binary.path, buildInfo: binary.buildInfo })),
      problems: scan.problems.map(problemSentence),
      unreadLayers: scan.problems.filter((problem) => problem.path === null).map(problemSentence),
      cached: false,
    };
    // An image whose layers could not all be read is not cached: the next run may read them.
    if (scan.problems.every((problem) => problem.path !== null)) await options.cache?.put(inspection);
    return inspection;
  } catch (error) {
    if (signal.aborted) return timedOut(text, options.timeoutMs);
    // RegistryError messages name the registry, the repository and what to do; other errors say what broke.
    return { ok: false, reference: text, reason: error instanceof Error ? error.message : String(error) };
  }
}

function problemSentence(problem: ImageProblem): string {
  return `${problem.path ?? (problem.layerDigest ? `layer ${problem.layerDigest}` : 'the image')}: ${problem.message}`;
}

/** The deadline covers download and reading alike, so the reason names both; a crafted executable is as slow as a slow registry. */
function timedOut(text: string, timeoutMs: number): ImageInspection {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return {
    ok: false,
    reference: text,
    reason: `the image was not read within ${seconds} s (image-timeout): downloading its layers and reading the executables in them took longer; the registry is slow or does not answer, or the image is large`,
  };
}

function platformText(image: ResolvedImage): string {
  const { os, architecture, variant } = image.platform;
  return [os, architecture, variant].filter((part) => part).join('/');
}
