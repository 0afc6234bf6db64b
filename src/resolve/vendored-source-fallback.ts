import path from 'node:path';
import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease, VersionResolution } from '../model/release.js';

/** The module directory a reference belongs to: the go.mod's, or the parent of vendor/ for modules.txt. */
function moduleDirectoryOf(reference: ClientGoReference): string {
  if (reference.source === 'vendor/modules.txt') return path.posix.dirname(path.posix.dirname(reference.at.file));
  const requireLine = reference.related.find((related) => related.label === 'require');
  return path.posix.dirname(requireLine?.file ?? reference.at.file);
}

/**
 * A fork or an out-of-tree directory cannot be judged by its version, but when the module vendors client-go
 * the vendored code is what `go build -mod=vendor` compiles: judge that instead of answering unknown.
 */
export function fallBackToVendoredSource(
  reference: ClientGoReference,
  resolution: VersionResolution,
  vendoredByModuleDirectory: ReadonlyMap<string, { directory: string; release: ClientGoRelease }>,
): VersionResolution {
  if (resolution.known) return resolution;
  const vendored = vendoredByModuleDirectory.get(moduleDirectoryOf(reference));
  if (!vendored) return resolution;
  return {
    known: true,
    release: { ...vendored.release, note: `${resolution.reason}; judged from the vendored source in ${vendored.directory}` },
  };
}
