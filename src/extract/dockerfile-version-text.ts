/**
 * Turns a version found in expanded text into what a finding needs: its value, where its characters are
 * written (an ARG default rather than the RUN that uses it), the uses on the way, and why it is unknown.
 */
import type { TextSpan } from '../model/location.js';
import type { ExpandedText, VariableDefinition, VariableUse } from './dockerfile-expansion.js';
import { positionAfter, positionAt, toTextSpan, type FilePosition, type FileRange, type LogicalText } from './dockerfile-logical-text.js';
import type { DockerfileRelatedLine, DockerfileVersion } from './dockerfile-records.js';

/** Where a stretch of the version's characters comes from; [top, topEnd) is that stretch in the version's own text. */
type Leaf = { top: number; topEnd: number; heldBy: VariableDefinition | null } & (
  | { kind: 'file'; source: LogicalText; first: number; last: number; unresolved: boolean }
  | { kind: 'build-arg'; name: string }
);

/** A variable use, and the ARG/ENV whose value holds it (null: the instruction itself). */
interface TracedUse {
  use: VariableUse;
  in: VariableDefinition | null;
}

interface Trace {
  leaves: Leaf[];
  uses: TracedUse[];
  unresolved: { use: VariableUse; reason: string }[];
  dynamic: boolean;
  /** The range at the outermost level: literal characters where they stand, variables at their use. */
  site: { start: FilePosition; end: FilePosition } | null;
}

function trace(text: ExpandedText, start: number, end: number): Trace {
  const result: Trace = { leaves: [], uses: [], unresolved: [], dynamic: false, site: null };
  walk(text, start, end, null, result, start);
  return result;
}

function extendSite(result: Trace, start: FilePosition, end: FilePosition): void {
  result.site = result.site ? { start: result.site.start, end } : { start, end };
}

/** `top` is the index in the outermost text of this text's `start`; null below the outermost level. */
function walk(text: ExpandedText, start: number, end: number, heldBy: VariableDefinition | null, result: Trace, outerStart: number | null, top = outerStart ?? 0): void {
  const outer = outerStart !== null;
  for (const piece of text.pieces) {
    if (piece.end <= start || piece.start >= end) continue;
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, piece.end) - piece.start;
    const pieceTop = top + piece.start + from - start;
    const topRange = { top: pieceTop, topEnd: pieceTop + to - from };
    switch (piece.kind) {
      case 'text':
      case 'unresolved': {
        const first = piece.indices[from] ?? 0;
        const last = piece.indices[to - 1] ?? first;
        result.leaves.push({ kind: 'file', source: piece.source, first, last, heldBy, unresolved: piece.kind === 'unresolved', ...topRange });
        if (piece.kind === 'unresolved') {
          result.unresolved.push({ use: piece.use, reason: piece.reason });
          result.uses.push({ use: piece.use, in: heldBy });
        } else if (piece.dynamic) result.dynamic = true;
        if (outer) {
          const range = piece.kind === 'unresolved' ? piece.use.range : { start: positionAt(piece.source, first), end: positionAfter(piece.source, last) };
          extendSite(result, range.start, range.end);
        }
        break;
      }
      case 'value':
        result.uses.push({ use: piece.use, in: heldBy });
        if (outer) extendSite(result, piece.use.range.start, piece.use.range.end);
        walk(piece.value, piece.offset + from, piece.offset + to, piece.use.definition, result, null, pieceTop);
        break;
      case 'build-arg':
        result.leaves.push({ kind: 'build-arg', name: piece.name, heldBy, ...topRange });
        break;
    }
  }
}

/** All characters written in one stretch of one place: an ARG default, or the instruction itself. */
function contiguousLeaves(leaves: readonly Leaf[]): { start: FilePosition; end: FilePosition } | null {
  const first = leaves[0];
  if (!first || first.kind !== 'file') return null;
  let previous = first;
  for (const leaf of leaves.slice(1)) {
    if (leaf.kind !== 'file' || leaf.source !== first.source || leaf.first <= previous.last) return null;
    previous = leaf;
  }
  return { start: positionAt(first.source, first.first), end: positionAfter(previous.source, previous.last) };
}

function spanOf(range: { start: FilePosition; end: FilePosition }): TextSpan {
  return toTextSpan(range as FileRange);
}

interface Holder {
  definition: VariableDefinition;
  /** The characters it holds, as [start, end) of the version text. */
  start: number;
  end: number;
  leaves: Leaf[];
}

/**
 * The one ARG or ENV whose value holds the version's characters, all of them or the part that is not
 * literal at the use (`v${KUBE_VERSION}` is held by KUBE_VERSION, `1.13.6`). Shell variables of the RUN
 * itself count as the use.
 */
function holderOf(leaves: readonly Leaf[], versionStart: number): Holder | null {
  const held = leaves.filter((leaf) => leaf.heldBy !== null && leaf.heldBy.keyword !== 'shell');
  const definitions = new Set(held.map((leaf) => leaf.heldBy));
  const [definition] = definitions;
  const first = held[0];
  const last = held.at(-1);
  if (definitions.size !== 1 || !definition || !first || !last) return null;
  return { definition, start: first.top - versionStart, end: last.topEnd - versionStart, leaves: held };
}

function locate(result: Trace, holder: Holder | null): TextSpan {
  if (result.unresolved.length === 0) {
    const contiguous = contiguousLeaves(result.leaves) ?? (holder ? contiguousLeaves(holder.leaves) : null);
    if (contiguous) return spanOf(contiguous);
    // A build arg has no text in the file: the ARG it sets is where the version is declared.
    if (holder && holder.leaves.every((leaf) => leaf.kind === 'build-arg')) return spanOf(holder.definition.nameRange);
  }
  if (result.site) return spanOf(result.site);
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The one ARG that is the whole version and has no value: giving it one is the fix. */
function missingArgument(result: Trace): VariableDefinition | null {
  if (!result.leaves.every((leaf) => leaf.kind === 'file' && leaf.unresolved)) return null;
  const definitions = new Set(result.unresolved.map((item) => item.use.definition));
  const [definition] = definitions;
  return definitions.size === 1 && definition?.keyword === 'ARG' ? definition : null;
}

/** Each use on the way from the instruction to the text, and each ARG/ENV passed through, once, not on the finding's own line. */
function relatedLines(result: Trace, at: TextSpan, keyword: string): DockerfileRelatedLine[] {
  const related: DockerfileRelatedLine[] = [];
  const seen = new Set<string>();
  const add = (position: FilePosition, label: string): void => {
    const key = `${position.line + 1}:${position.column + 1}`;
    if (seen.has(key) || position.line + 1 === at.line) return;
    seen.add(key);
    related.push({ line: position.line + 1, column: position.column + 1, label });
  };
  for (const { use, in: holder } of result.uses) {
    if (!use.implicit) add(use.range.start, `${use.written} in ${holder ? `${holder.keyword} ${holder.name}` : keyword}`);
    if (use.definition && use.definition.keyword !== 'shell') add(use.definition.nameRange.start, `${use.definition.keyword} ${use.definition.name}`);
  }
  return related;
}

const DYNAMIC_REASON = 'the version is computed while the image builds ($(…), `…`), not written in the Dockerfile; pin it with an ARG';

function unknownReasonOf(result: Trace, value: string): string | null {
  if (result.unresolved.length > 0) return [...new Set(result.unresolved.map((item) => item.reason))].join('; ');
  if (result.dynamic) return DYNAMIC_REASON;
  if (value === '') return 'the version is empty';
  return null;
}

/** How the version reads at its use: literal text as it stands, variables as written. */
function writtenAtUse(text: ExpandedText, start: number, end: number): string {
  let written = '';
  for (const piece of text.pieces) {
    if (piece.end <= start || piece.start >= end) continue;
    written += piece.kind === 'value' || piece.kind === 'unresolved' ? piece.use.written || piece.use.name : text.text.slice(Math.max(start, piece.start), Math.min(end, piece.end));
  }
  return written;
}

function variableOf(definition: VariableDefinition, start: number, end: number): NonNullable<DockerfileVersion['variable']> {
  return { keyword: definition.keyword as 'ARG' | 'ENV', name: definition.name, line: definition.line + 1, holds: { start, end } };
}

/** The version at [start, end) of an expanded word, used by an instruction with this keyword. */
export function versionAt(text: ExpandedText, start: number, end: number, keyword: string): DockerfileVersion {
  const result = trace(text, start, end);
  const expanded = text.text.slice(start, end);
  const unknownReason = unknownReasonOf(result, expanded);
  const holder = result.unresolved.length > 0 ? null : holderOf(result.leaves, start);
  const at = locate(result, holder);
  const missing = result.unresolved.length > 0 ? missingArgument(result) : null;
  const buildArg = result.leaves.find((leaf) => leaf.kind === 'build-arg');
  return {
    value: unknownReason === null ? expanded : null,
    written: writtenAtUse(text, start, end),
    at,
    variable: holder ? variableOf(holder.definition, holder.start, holder.end) : missing ? variableOf(missing, 0, 0) : null,
    buildArg: buildArg?.kind === 'build-arg' ? buildArg.name : null,
    related: relatedLines(result, at, keyword),
    unknownReason,
  };
}

/** The file span of [start, end) at the use, whatever the characters' origin (for commands, not versions). */
export function useSpanAt(text: ExpandedText, start: number, end: number): TextSpan {
  const result = trace(text, start, end);
  return result.site ? spanOf(result.site) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
