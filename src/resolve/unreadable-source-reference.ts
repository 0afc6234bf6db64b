import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { UnreadableSource } from '../model/unreadable-source.js';

/** An unreadable source as a reference whose version is unknown, so the evaluate stage judges it `unknown`. */
export function unreadableSourceReference(unreadable: UnreadableSource): ResolvedReference {
  const module = unreadable.module ?? 'k8s.io/client-go';
  return {
    reference: {
      source: unreadable.source,
      at: unreadable.at,
      module,
      declared: null,
      effective: null,
      effectiveModule: module,
      indirect: false,
      inferred: false,
      related: [],
      siblings: [],
      notes: unreadable.notes ?? [],
    },
    resolution: { known: false, reason: unreadable.reason },
  };
}
