import type { ScanSettings } from '../model/settings.js';
import type { ArtifactResolution, ArtifactSource, ArtifactSourceContext } from './artifact-source.js';
import { createContainerImageSource } from './container-image-source.js';
import { createGoBinarySource } from './go-binary-source.js';

/** In resolve order: binaries in the tree, then images (only when asked for: they need the network). */
export function createArtifactSources(settings: ScanSettings): ArtifactSource[] {
  return [createGoBinarySource(), ...(settings.images ? [createContainerImageSource(settings.images)] : [])];
}

/** One source after the other, each seeing what the ones before it resolved. */
export async function resolveArtifacts(sources: readonly ArtifactSource[], context: ArtifactSourceContext): Promise<ArtifactResolution> {
  const total: ArtifactResolution = { resolved: [], artifactsRead: 0 };
  for (const source of sources) {
    const { resolved, artifactsRead } = await source.resolve({ ...context, earlier: [...context.earlier, ...total.resolved] });
    total.resolved.push(...resolved);
    total.artifactsRead += artifactsRead;
  }
  return total;
}
