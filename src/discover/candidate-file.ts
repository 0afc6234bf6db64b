import type { Diagnostic } from '../model/diagnostic.js';
import type { ExclusionMatch } from '../model/report.js';

/** The formats discovery picks by path alone. */
export type CandidateKind =
  | 'go.mod'
  | 'go.work'
  | 'go.sum'
  | 'vendor/modules.txt'
  | 'Gopkg.lock'
  | 'Gopkg.toml'
  | 'glide.yaml'
  | 'glide.lock'
  | 'Godeps.json'
  | 'vendor.json'
  | 'Dockerfile';

export interface CandidateFile {
  kind: CandidateKind;
  /** POSIX path relative to the scanned root. */
  path: string;
  absolutePath: string;
  size: number;
}

/** A directory that holds client-go source (rest/config.go), e.g. vendor/k8s.io/client-go. */
export interface ClientGoSourceDirectory {
  /** POSIX path relative to the scanned root. */
  path: string;
  absolutePath: string;
}

export interface DiscoveryResult {
  files: CandidateFile[];
  clientGoSourceDirectories: ClientGoSourceDirectory[];
  diagnostics: Diagnostic[];
  /** Each exclude glob that skipped something, in the order of the globs. */
  exclusions: ExclusionMatch[];
}
