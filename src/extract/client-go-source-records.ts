import type { ReloadMechanism } from '../model/release.js';

/** What the client-go code itself says about token reload (from rest/config.go and rest/transport.go). */
export interface ClientGoSourceVerdict {
  mechanism: ReloadMechanism;
  reloadsToken: boolean;
  /** The file (relative to the client-go directory, e.g. "rest/transport.go") and line that decided. */
  evidenceFile: string;
  evidenceLine: number;
  /** One sentence for the message, e.g. "rest/transport.go:104 passes BearerTokenFile on". */
  explanation: string;
}
