import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { ImageInspection } from '../image-inspection/image-inspection.js';
import { inspectImage, type ImageInspectionOptions } from '../image-inspection/inspect-image.js';
import { InspectionCache } from '../image-inspection/inspection-cache.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceSpan } from '../model/location.js';
import type { ImageScanSettings } from '../model/settings.js';
import { credentialsLookup } from '../registry/docker-config-credentials.js';
import { parsePlatform, type Platform } from '../registry/platform.js';
import { parseHostPattern, type HostPattern, type RegistryAccess } from '../registry/registry-access.js';
import { goBinaryReference } from '../resolve/go-binary-references.js';
import { inFile, lineSpan } from '../resolve/source-span.js';
import { refusedSourceReference } from '../resolve/refused-source-reference.js';
import type { ArtifactSource, ArtifactSourceContext } from './artifact-source.js';

/** Where the references of the `images` input are reported: the input's name, line = position in the list. */
export const IMAGES_INPUT_FILE = 'images';

/** Images pulled at once: enough to overlap registry latency, few enough to bound memory and disk. */
const CONCURRENT_IMAGES = 3;

interface ImageUse {
  reference: string;
  platform: string;
  /** Where a finding about this image is reported. */
  at: SourceSpan;
}

/**
 * Go binaries inside container images: those the `images` input names and, when asked, those the
 * Dockerfiles start FROM or copy from. Each image is pulled once per platform (by digest from the
 * cache when an earlier inspection read it); a finding points at the line that names the image.
 */
export function createContainerImageSource(settings: ImageScanSettings): ArtifactSource {
  return {
    resolve: async (context) => {
      const uses = imageUses(settings, context);
      if (uses.length === 0) return { resolved: [], artifactsRead: 0 };
      const workDirectory = settings.workDirectory ?? os.tmpdir();
      const spoolDirectory = path.join(workDirectory, 'client-go-token-gate-images');
      await mkdir(spoolDirectory, { recursive: true });
      const cache = settings.workDirectory ? new InspectionCache(path.join(workDirectory, 'client-go-token-gate-image-cache')) : null;
      const access = registryAccessOf(settings);
      const inspections = await inspectOncePerImage(uses, (use) => {
        const platform = parsePlatform(use.platform);
        if (!platform.ok) return Promise.resolve({ ok: false, reference: use.reference, reason: platform.reason });
        return inspectImage(use.reference, inspectionOptions(settings, access, platform.platform, spoolDirectory, cache));
      });
      const resolved = uses.flatMap((use) => judgeImage(use, inspections.get(keyOf(use)), context.diagnostics));
      return { resolved, artifactsRead: inspections.size };
    },
  };
}

function imageUses(settings: ImageScanSettings, context: ArtifactSourceContext): ImageUse[] {
  const named = settings.references.map((reference, index) => ({ reference, platform: settings.platform, at: lineSpan(IMAGES_INPUT_FILE, index + 1) }));
  const fromDockerfiles = settings.fromDockerfiles
    ? context.dockerfileImages.flatMap(({ file, image }) => {
        if (image.unresolved !== null) {
          context.diagnostics.push({ file, line: image.line, message: `the image ${image.reference} is not inspected: ${image.unresolved}` });
          return [];
        }
        return [{ reference: image.reference, platform: image.platform ?? settings.platform, at: inFile(file, image.at) }];
      })
    : [];
  return [...named, ...fromDockerfiles];
}

function keyOf(use: ImageUse): string {
  return `${use.platform}\u0000${use.reference}`;
}

/** The same image named on several lines is pulled once. */
async function inspectOncePerImage(uses: readonly ImageUse[], inspect: (use: ImageUse) => Promise<ImageInspection>): Promise<Map<string, ImageInspection>> {
  const distinct = [...new Map(uses.map((use) => [keyOf(use), use])).values()];
  const results = new Map<string, ImageInspection>();
  for (let start = 0; start < distinct.length; start += CONCURRENT_IMAGES) {
    const batch = distinct.slice(start, start + CONCURRENT_IMAGES);
    const done = await Promise.all(batch.map(inspect));
    batch.forEach((use, index) => results.set(keyOf(use), done[index] as ImageInspection));
  }
  return results;
}

/** One access policy for the whole scan (and so one pool of connections); the settings were checked when read. */
function registryAccessOf(settings: ImageScanSettings): RegistryAccess {
  const patterns = (entries: readonly string[]): HostPattern[] => entries.flatMap((entry) => parseHostPattern(entry) ?? []);
  return { allowed: patterns(settings.allowedRegistries), insecure: patterns(settings.insecureRegistries) };
}

function inspectionOptions(settings: ImageScanSettings, access: RegistryAccess, platform: Platform, spoolDirectory: string, cache: InspectionCache | null): ImageInspectionOptions {
  return {
    platform,
    credentialsFor: credentialsLookup(settings.credentials),
    timeoutMs: settings.timeoutMs,
    temporaryDirectory: spoolDirectory,
    cache,
    access,
  };
}

/**
 * One reference per Go binary with client-go in the image. A registry failure, or a layer that could not be
 * read in full (wrong digest, cut short, corrupt), is an `unknown` finding at the line: the gate cannot vouch
 * for the image. Binaries that cannot be judged are diagnostics.
 */
function judgeImage(use: ImageUse, inspection: ImageInspection | undefined, diagnostics: Diagnostic[]): ResolvedReference[] {
  if (!inspection) return [];
  if (!inspection.ok) return [unreadableImage(use, inspection.reason)];
  for (const problem of inspection.problems) diagnostics.push({ file: use.at.file, line: use.at.line, message: `image ${use.reference} (${inspection.digest}): ${problem}` });
  const unread = inspection.unreadLayers ?? [];
  const incomplete = unread.length > 0 ? [unreadableImage(use, `not every layer of ${inspection.digest} could be read (${unread.join('; ')})`)] : [];
  return [...incomplete, ...judgedBinaries(use, inspection, diagnostics)];
}

function judgedBinaries(use: ImageUse, inspection: ImageInspection & { ok: true }, diagnostics: Diagnostic[]): ResolvedReference[] {
  return inspection.binaries.flatMap((binary) => {
    const judgement = goBinaryReference(binary.buildInfo, { at: use.at, binaryPath: binary.path, imageReference: use.reference, imageDigest: inspection.digest });
    if (judgement.kind === 'unusable') {
      diagnostics.push({ file: use.at.file, line: use.at.line, message: `image ${use.reference} (${inspection.digest}) ${binary.path}: ${judgement.message}` });
      return [];
    }
    return judgement.kind === 'client-go' ? [{ reference: judgement.reference, resolution: judgement.resolution }] : [];
  });
}

function unreadableImage(use: ImageUse, reason: string): ResolvedReference {
  return refusedSourceReference({
    source: 'go-binary',
    at: use.at,
    reason: `the image ${use.reference} (${use.platform}) could not be inspected: ${reason}`,
    notes: [`the image ${use.reference} could not be inspected`],
  });
}
