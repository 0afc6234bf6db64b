import type { CandidateFile, ClientGoSourceDirectory } from '../discover/candidate-file.js';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { Diagnostic, SkippedLine } from '../model/diagnostic.js';
import type { ScanSettings } from '../model/settings.js';
import type { DockerfileImageRecord } from '../extract/dockerfile-records.js';
import type { UnreadableSource } from '../model/unreadable-source.js';
import type { ReadLimits } from './open-inside-root.js';
import { addFileDiagnostic } from '../model/diagnostic-budget.js';

/** What every ecosystem may use: the scan's settings and the one list diagnostics go to. */
export interface EcosystemContext {
  settings: ScanSettings;
  /** Client-go source trees discovery found (vendor/k8s.io/client-go). */
  sourceDirectories: readonly ClientGoSourceDirectory[];
  /** Directories (tree paths) that hold a go.mod discovery picked: what a go.work `use` can name. */
  moduleDirectories: ReadonlySet<string>;
  diagnostics: Diagnostic[];
  /** Files that may bring a client in but could not be read in full: each becomes an `unknown` finding. */
  unreadableSources: UnreadableSource[];
  /** Where files may be read from and how much of each (the scanned root, max-file-size). */
  readLimits: ReadLimits;
  /** Images the Dockerfiles start FROM or copy from, collected when settings.images.fromDockerfiles is on. */
  dockerfileImages: DockerfileImageUse[];
}

/** An image a Dockerfile names, and where. */
export interface DockerfileImageUse {
  file: string;
  image: DockerfileImageRecord;
}

/**
 * One family of dependency files (Go modules, dep/glide/godep/govendor, Dockerfiles): it extracts the
 * files discovery hands it, then resolves its client-go references. The pipeline knows nothing more.
 */
export interface Ecosystem {
  readonly kinds: readonly CandidateFile['kind'][];
  /**
   * Text without which a file of these kinds cannot bring in a Kubernetes client: a file that has it (or
   * cannot be searched) but could not be read in full is an unreadable source, not a diagnostic alone.
   */
  readonly mentionsClient: RegExp;
  /** Parses one file's text; the text is not kept. Unusable lines go to the context's diagnostics. */
  add(candidate: CandidateFile, text: string): void;
  /** Every reference, resolved. `earlier` holds what the ecosystems before this one resolved. */
  resolve(earlier: readonly ResolvedReference[]): ResolvedReference[];
}

/** Keeps an extractor's skipped lines as diagnostics of that file, within the file's diagnostic budget. */
export function reportSkipped(diagnostics: Diagnostic[], file: string, skipped: readonly SkippedLine[]): void {
  for (const line of skipped) addFileDiagnostic(diagnostics, { file, line: line.line, message: line.reason });
}
