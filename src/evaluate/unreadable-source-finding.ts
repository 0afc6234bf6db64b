import type { Finding } from '../model/finding.js';
import type { UnreadableSource } from '../model/unreadable-source.js';

/** The client a file brings in is what the gate judges; an unreadable file may bring client-go. */
const JUDGED_MODULE = 'k8s.io/client-go';

/** An unreadable source is unknown: it fails under fail-on: unknown, like any release the gate cannot determine. */
export function unreadableSourceFinding(source: UnreadableSource): Finding {
  const line = source.line ?? 1;
  const inferredNote = source.inferred ? ' Inferred only: this does not fail the check unless fail-on-inferred is set.' : '';
  return {
    file: source.file,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    source: source.source,
    module: JUDGED_MODULE,
    declared: null,
    effective: null,
    kubernetes: null,
    kubernetesLine: null,
    reloadsToken: null,
    verdict: 'unknown',
    severity: 'warning',
    rule: 'unreadable-source',
    inferred: source.inferred,
    indirect: false,
    message: `Unknown: ${source.source} ${source.reason}; the gate cannot tell which client-go it brings in.${inferredNote}`,
    fix: source.fix,
    related: [],
  };
}
