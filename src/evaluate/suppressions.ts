import picomatch from 'picomatch';
import type { Finding } from '../model/finding.js';
import type { IgnoreEntry } from '../settings/config-file.js';

export interface SuppressedFinding {
  finding: Finding;
  entry: IgnoreEntry;
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Entries whose end date has passed: they suppress nothing, and each is a warning naming it. */
  expired: IgnoreEntry[];
}

/** A version in an entry matches what is written or what is built, so either can be named. */
function matches(entry: IgnoreEntry, finding: Finding, isPathMatch: (path: string) => boolean): boolean {
  if (!isPathMatch(finding.file)) return false;
  return entry.version === null || entry.version === finding.declared || entry.version === finding.effective;
}

/** `today` is YYYY-MM-DD (UTC): an entry that expires today no longer suppresses. */
export function applySuppressions(findings: readonly Finding[], entries: readonly IgnoreEntry[], today: string): SuppressionOutcome {
  const expired = entries.filter((entry) => entry.expires !== null && entry.expires <= today);
  const active = entries
    .filter((entry) => !expired.includes(entry))
    .map((entry) => ({ entry, isPathMatch: picomatch(entry.path, { dot: true }) }));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    // ok findings need no suppression; listing them as suppressed would only hide a fixed reference.
    const match = finding.verdict === 'ok' ? undefined : active.find(({ entry, isPathMatch }) => matches(entry, finding, isPathMatch));
    if (match) suppressed.push({ finding, entry: match.entry });
    else kept.push(finding);
  }
  return { kept, suppressed, expired };
}
