import type { SourceKind } from './source-kind.js';

/**
 * A file that may bring in a Kubernetes client (it names one, or could not be searched) but that the gate
 * could not read or parse in full: over max-file-size, NUL bytes, a read error. The evaluate stage makes it
 * an `unknown` finding at the file (rule `unreadable-source`), never a diagnostic alone: what the gate
 * cannot read must not pass as if it were absent.
 */
export interface UnreadableSource {
  /** POSIX path relative to the scanned root. */
  file: string;
  source: SourceKind;
  /** The line of the fault (a NUL byte) or of the first mention of a client; null when neither is known. */
  line: number | null;
  /** Why it was not read, a clause after the file's kind: "is 20000000 bytes, over the max-file-size cap …". */
  reason: string;
  /** What to do about it, in a sentence. */
  fix: string;
  /** Only inferred evidence could come of it (go.sum): it then fails the check only with fail-on-inferred. */
  inferred: boolean;
}
