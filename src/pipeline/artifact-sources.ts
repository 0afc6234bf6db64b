import type { ArtifactResolution, ArtifactSource, ArtifactSourceContext } from './artifact-source.js';
import { createGoBinarySource } from './go-binary-source.js';

/** In resolve order. A container image source joins this list. */
export function createArtifactSources(): ArtifactSource[] {
  return [createGoBinarySource()];
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
