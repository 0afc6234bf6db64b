import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { LocatedText } from '../extract/pre-modules-records.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { addFileDiagnostic } from '../model/diagnostic-budget.js';
import type { TextSpan } from '../model/location.js';
import type { ClientGoReference, SiblingModule } from '../model/reference.js';
import type { VersionResolution } from '../model/release.js';
import type { SourceKind } from '../model/source-kind.js';
import { resolveClientGoVersion } from './client-go-version.js';
import { inFile } from './source-span.js';

/** One field that can name the client-go code (a revision, tag or branch), with its name for messages. */
export interface Pin {
  field: string;
  value: LocatedText;
}

export interface JudgedPin {
  pin: Pin;
  resolution: VersionResolution;
  notes: string[];
}

/** The fields that were written, most exact first. */
export function pinsOf(fields: readonly [string, LocatedText | null][]): Pin[] {
  return fields.filter((field): field is [string, LocatedText] => field[1] !== null).map(([field, value]) => ({ field, value }));
}

/**
 * Every shape (commit, tag, tag text in a revision field, branch) goes through the foundation's version model.
 * Code from a fork is judged only when its commit is an upstream client-go commit, never by the fork's names.
 */
export function resolvePin(text: string, fork: string | null): VersionResolution {
  const resolution = resolveClientGoVersion(text);
  if (fork === null) return resolution;
  if (resolution.known && resolution.release.resolvedBy === 'commit') {
    return { known: true, release: { ...resolution.release, note: `the fork ${fork} is at upstream commit ${resolution.release.commit}` } };
  }
  return { known: false, reason: `client-go comes from the fork ${fork} at ${text}, which is not an upstream client-go commit` };
}

/**
 * Judges the first pin; when the model cannot place it (a commit newer than the index, a typo) the next pin
 * decides, and the note says why. A fork never falls back: its tags and branches are not upstream's.
 */
export function judgeFirstKnown(pins: readonly Pin[], fork: string | null): JudgedPin | null {
  const [first, ...rest] = pins;
  if (!first) return null;
  const judged: JudgedPin = { pin: first, resolution: resolvePin(first.value.text, fork), notes: [] };
  if (judged.resolution.known || fork !== null) return judged;
  const firstReason = judged.resolution.reason;
  for (const pin of rest) {
    const resolution = resolvePin(pin.value.text, null);
    if (resolution.known) {
      return { pin, resolution, notes: [`${first.field} ${first.value.text} cannot be judged (${firstReason}), so its ${pin.field} ${pin.value.text} decides`] };
    }
  }
  return judged;
}

/** What a pre-modules reference is made of, before it is judged. */
export interface PinnedReferenceParts {
  source: SourceKind;
  file: string;
  module: string;
  fork: string | null;
  /** What the manifest says in words (a tag, a branch, a Comment), when that is not the pin itself. */
  declared: string | null;
  siblings: SiblingModule[];
  notes: string[];
  warningOnly?: string;
}

/** A reference placed on the value that decided, judged by that value. */
export function pinnedReference(parts: PinnedReferenceParts, judged: JudgedPin): ResolvedReference {
  return {
    reference: referenceAt(parts, judged.pin.value.span, judged.pin.value.text, judged.notes),
    resolution: judged.resolution,
  };
}

/** A reference whose release cannot be known (no pin at all), placed where the entry names client-go. */
export function unknownReference(parts: PinnedReferenceParts, span: TextSpan, reason: string): ResolvedReference {
  return { reference: referenceAt(parts, span, null, []), resolution: { known: false, reason } };
}

function referenceAt(parts: PinnedReferenceParts, span: TextSpan, effective: string | null, notes: string[]): ClientGoReference {
  return {
    source: parts.source,
    at: inFile(parts.file, span),
    module: parts.module,
    declared: parts.declared ?? effective,
    effective,
    effectiveModule: parts.fork ?? parts.module,
    indirect: false,
    inferred: false,
    related: [],
    siblings: parts.siblings,
    notes: [...parts.notes, ...notes],
    ...(parts.warningOnly ? { warningOnly: parts.warningOnly } : {}),
  };
}

/** dep, glide, godep and govendor reject a repository listed twice; the first entry is judged, the rest reported. */
export function reportRepeated<T>(entries: readonly T[], lineOf: (entry: T) => number, what: string, file: string, diagnostics: Diagnostic[]): void {
  const [first, ...repeated] = entries;
  if (!first) return;
  for (const entry of repeated) {
    addFileDiagnostic(diagnostics, { file, line: lineOf(entry), message: `${what} is listed again (first on line ${lineOf(first)}); the first entry is judged` });
  }
}

/** Keeps only the first sibling of each path, the way a manifest lists one version per repository. */
export function uniqueSiblings(siblings: readonly SiblingModule[]): SiblingModule[] {
  const byPath = new Map<string, SiblingModule>();
  for (const sibling of siblings) if (!byPath.has(sibling.path)) byPath.set(sibling.path, sibling);
  return [...byPath.values()];
}
