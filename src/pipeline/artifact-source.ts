import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ScanSettings } from '../model/settings.js';
import type { DockerfileImageUse } from './ecosystem.js';

/** What every artifact source may use: the scan's settings, the one diagnostics list, what the text ecosystems found. */
export interface ArtifactSourceContext {
  settings: ScanSettings;
  diagnostics: Diagnostic[];
  /** Everything the text ecosystems resolved, so an artifact can point at the manifest it was built from. */
  earlier: readonly ResolvedReference[];
  /** Images the Dockerfiles name, when settings.images.fromDockerfiles asks for them. */
  dockerfileImages: readonly DockerfileImageUse[];
}

/** What one artifact source resolved, and how many artifacts it read (they count as scanned files). */
export interface ArtifactResolution {
  resolved: ResolvedReference[];
  artifactsRead: number;
}

/**
 * Built things rather than text (Go binaries, later container images): found through their own settings,
 * read asynchronously and never held in memory whole. Resolved after the text ecosystems.
 */
export interface ArtifactSource {
  resolve(context: ArtifactSourceContext): Promise<ArtifactResolution>;
}
