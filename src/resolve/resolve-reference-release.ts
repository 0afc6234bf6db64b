import type { ClientGoReference } from '../model/reference.js';
import type { VersionResolution } from '../model/release.js';
import { isClientGoModule } from '../model/client-go-module-paths.js';
import { resolveClientGoVersion } from './client-go-version.js';

/**
 * The release a reference builds. Source code beats versions; a fork is judged only when its commit is an
 * upstream commit (then the code is upstream's), never by the fork's own tags.
 */
export function resolveReferenceRelease(reference: ClientGoReference): VersionResolution {
  if (reference.judgedFromSource) return { known: true, release: reference.judgedFromSource };
  if (reference.localDirectory !== undefined) {
    return {
      known: false,
      reason: `client-go is replaced by the directory ${reference.localDirectory}, and no client-go source (rest/config.go) is there in the scanned tree`,
    };
  }
  if (reference.effective === null) return { known: false, reason: 'no version is given' };
  const resolution = resolveClientGoVersion(reference.effective);
  if (isClientGoModule(reference.effectiveModule)) return resolution;
  if (resolution.known && resolution.release.resolvedBy === 'commit') {
    return { known: true, release: { ...resolution.release, note: `the fork ${reference.effectiveModule} is at upstream commit ${resolution.release.commit}` } };
  }
  return {
    known: false,
    reason: `client-go is replaced by the fork ${reference.effectiveModule} ${reference.effective}, which is not an upstream client-go commit`,
  };
}
