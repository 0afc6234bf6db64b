import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { RefusedSource } from '../model/refused-source.js';

/** A refused source (Go refuses the file, an image layer could not be read) as a reference whose version is unknown, so the evaluate stage judges it `unknown`. */
export function refusedSourceReference(refused: RefusedSource): ResolvedReference {
  const module = refused.module ?? 'k8s.io/client-go';
  return {
    reference: {
      source: refused.source,
      at: refused.at,
      module,
      declared: null,
      effective: null,
      effectiveModule: module,
      indirect: false,
      inferred: false,
      related: [],
      siblings: [],
      notes: refused.notes ?? [],
    },
    resolution: { known: false, reason: refused.reason },
  };
}
