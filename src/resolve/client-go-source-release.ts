import path from 'node:path';
import type { ClientGoSourceVerdict } from '../extract/client-go-source-records.js';
import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease, VersionResolution } from '../model/release.js';
import { lineSpan } from './source-span.js';

/**
 * The code decides whether the token is re-read; a version, when one is known for the same code,
 * still supplies the Kubernetes release the documented rule compares.
 */
export function releaseFromSource(verdict: ClientGoSourceVerdict, versioned: VersionResolution | null): ClientGoRelease {
  const known = versioned?.known ? versioned.release : null;
  return {
    kubernetes: known?.kubernetes ?? null,
    kubernetesLine: known?.kubernetesLine ?? null,
    reloadsToken: verdict.reloadsToken,
    tokenFileReloads: known?.tokenFileReloads ?? verdict.reloadsToken,
    mechanism: verdict.mechanism,
    tag: known?.tag ?? null,
    commit: known?.commit ?? null,
    resolvedBy: 'source',
    note: verdict.explanation,
  };
}

export interface VendoredVersion {
  file: string;
  line: number;
  version: string | null;
}

/** The vendored client-go tree itself is a reference: it is the code `go build -mod=vendor` compiles. */
export function sourceDirectoryReference(
  directory: string,
  verdict: ClientGoSourceVerdict,
  release: ClientGoRelease,
  vendored: VendoredVersion | null,
): ClientGoReference {
  return {
    source: 'client-go-source',
    at: lineSpan(path.posix.join(directory, verdict.evidenceFile), verdict.evidenceLine),
    module: 'k8s.io/client-go',
    declared: vendored?.version ?? null,
    effective: vendored?.version ?? null,
    effectiveModule: 'k8s.io/client-go',
    localDirectory: directory,
    judgedFromSource: release,
    indirect: false,
    inferred: false,
    related: vendored ? [{ file: vendored.file, line: vendored.line, label: 'vendor/modules.txt' }] : [],
    siblings: [],
    notes: [verdict.explanation],
  };
}
