import type { SourceSpan } from './location.js';
import type { SourceKind } from './source-kind.js';

/**
 * A source the gate read but cannot judge — a file Go refuses, an image whose
 * layers could not all be read — that may decide which Kubernetes client is built. It becomes an `unknown`
 * finding at `at` (never a diagnostic alone), so `fail-on: unknown` fails closed on it.
 */
export interface RefusedSource {
  source: SourceKind;
  /** The first line that could not be read, the line naming the image, or line 1 when no line applies. */
  at: SourceSpan;
  /** The module the finding is filed under (k8s.io/client-go unless the source says otherwise). */
  module?: string;
  /** Why it could not be read, as a clause: "Go refuses this go.mod: line 4: …". */
  reason: string;
  /** Extra words for the message, e.g. "the image x could not be inspected". */
  notes?: string[];
}
