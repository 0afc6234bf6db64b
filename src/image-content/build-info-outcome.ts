import type { GoBuildInfoResult } from '../extract/go-build-info/build-info-records.js';
import { clientGoDependency } from '../extract/go-build-info/client-go-dependency.js';
import type { FileOutcome } from './image-overlay.js';

/**
 * What an executable found at `path` in layer `layerDigest` adds to the scan: a Go binary, a problem, or
 * nothing (an executable not written in Go, which is most of an image).
 */
export function outcomeOfBuildInfo(result: GoBuildInfoResult, path: string, layerDigest: string): FileOutcome | null {
  if (result.ok) return { kind: 'binary', binary: { path, layerDigest, buildInfo: result, clientGo: clientGoDependency(result) } };
  switch (result.reason) {
    case 'not-executable':
    case 'no-build-info':
      return null;
    case 'not-module-build':
      return problem(path, layerDigest, `Go binary without a module list (${result.message}): which client-go it holds cannot be told`);
    default:
      return problem(path, layerDigest, `Go build info not readable (${result.reason}): ${result.message}`);
  }
}

export function problem(path: string, layerDigest: string, message: string): FileOutcome {
  return { kind: 'problem', problem: { layerDigest, path, message } };
}
