import type { IgnoreEntry } from '../settings/config-file.js';
import type { ConfigOrigin } from '../settings/config-from.js';

/** The checked-out config file and its ignore entries, parsed on every run that reads a config file. */
export interface HeadConfigEntries {
  file: string;
  entries: readonly IgnoreEntry[];
}

/**
 * Where a message about an ignore entry points. With `baseCommit` the line is in that commit's file, which
 * the checkout may hold other text at (or not hold at all): such a place is named, never annotated.
 */
export interface IgnoreEntryPlace {
  file: string;
  line: number;
  baseCommit: string | null;
}

/**
 * An entry of the base commit's config file is placed on the checkout's file when the checkout holds the
 * same entry (the line may differ); otherwise it stays on the base's file, named with the commit.
 */
export function placeIgnoreEntry(entry: IgnoreEntry, origin: ConfigOrigin, head: HeadConfigEntries | null): IgnoreEntryPlace {
  if (origin.from === 'head' || origin.commit === null) return { file: origin.file, line: entry.line, baseCommit: null };
  const same = head?.entries.find((candidate) => isSameEntry(candidate, entry));
  if (head && same) return { file: head.file, line: same.line, baseCommit: null };
  return { file: origin.file, line: entry.line, baseCommit: origin.commit };
}

function isSameEntry(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return a.path === b.path && a.version === b.version && a.expires === b.expires && a.reason === b.reason;
}

/** ".github/client-go-token-gate.yml:12", or ".github/client-go-token-gate.yml:12 (base 1a2b3c4)" for a line of the base's file. */
export function ignoreEntryPlaceText(place: IgnoreEntryPlace): string {
  return `${place.file}:${place.line}${place.baseCommit === null ? '' : ` (base ${place.baseCommit.slice(0, 7)})`}`;
}

export function describeExpiredEntry(entry: IgnoreEntry, place: IgnoreEntryPlace): string {
  return `The ignore entry at ${ignoreEntryPlaceText(place)} for "${entry.path}"${entry.version ? ` ${entry.version}` : ''} expired on ${entry.expires} and no longer suppresses anything (reason was: ${entry.reason}).`;
}
