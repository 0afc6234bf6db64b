import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { RelatedLocation } from '../model/location.js';
import { readVersionRange, type RangeDialect } from './dependency-version-range.js';
import { pinnedReference, resolvePin, type Pin, type PinnedReferenceParts } from './pre-modules-pins.js';

/**
 * A manifest's constraint (Gopkg.toml, glide.yaml): a range is handed to the evaluate stage with every release it
 * admits; a tag, branch or commit is judged like a lock's pin. A fork's range says nothing about upstream code.
 */
export function judgeConstraint(parts: PinnedReferenceParts, pin: Pin, dialect: RangeDialect): ResolvedReference {
  const reading = parts.fork === null && pin.field === 'version' ? readVersionRange(pin.value.text, dialect) : { kind: 'exact' as const };
  if (reading.kind === 'invalid') return pinnedReference(parts, { pin, resolution: { known: false, reason: reading.reason }, notes: [] });
  if (reading.kind === 'exact') return pinnedReference(parts, { pin, resolution: resolvePin(pin.value.text, parts.fork), notes: [] });
  const written = pin.value.text.trim();
  const noted = reading.readAs ? { ...parts, notes: [...parts.notes, `${dialect.tool} reads version "${written}" as "${reading.readAs}"`] } : parts;
  const [lowest] = reading.admitted;
  if (!lowest) {
    const reason = `no published client-go release satisfies ${reading.readAs ?? written}; client-go's semver tags are v1.4.0 to v12.0.0, then v0.15.7 on`;
    return pinnedReference(noted, { pin, resolution: { known: false, reason }, notes: [] });
  }
  return { ...pinnedReference(noted, { pin, resolution: { known: true, release: lowest }, notes: [] }), admitted: reading.admitted };
}

/** The manifest's finding points at the lock's (what is built) and the lock's back at the manifest's. */
export function relateManifestToLock(manifest: ResolvedReference, lock: ResolvedReference, manifestLabel: string, lockLabel: string): void {
  manifest.reference.related.push(locationOf(lock, lockLabel));
  lock.reference.related.push(locationOf(manifest, manifestLabel));
}

function locationOf(resolved: ResolvedReference, label: string): RelatedLocation {
  const { at } = resolved.reference;
  return { file: at.file, line: at.line, column: at.column, label };
}
