import type { Finding, Verdict } from '../model/finding.js';
import type { RelatedLocation } from '../model/location.js';

/** The one version a reader needs: "v11.0.0", or "v11.0.0 => v1.23.5-k3s1" when a replace changes it. */
export function versionText(finding: Finding): string {
  const { declared, effective } = finding;
  if (declared !== null && effective !== null && declared !== effective) return `${declared} => ${effective}`;
  return effective ?? declared ?? 'no version';
}

/** "k8s.io/client-go v10.0.0": what the finding is about, in one phrase. */
export function referenceText(finding: Finding): string {
  return `${finding.module} ${versionText(finding)}`;
}

const VERDICT_HEADLINE: Record<Verdict, string> = {
  outdated: 'Outdated client-go',
  unknown: 'Unknown client-go release',
  ok: 'client-go passes',
};

/** A short title for an annotation or a SARIF result. */
export function findingTitle(finding: Finding): string {
  const inferred = finding.inferred ? ' (inferred from go.sum)' : '';
  return `${VERDICT_HEADLINE[finding.verdict]}: ${referenceText(finding)}${inferred}`;
}

/** "go.mod:12 (require line)". */
export function relatedLocationText(related: RelatedLocation): string {
  const column = related.column === undefined ? '' : `:${related.column}`;
  const label = related.label ? ` (${related.label})` : '';
  return `${related.file}:${related.line}${column}${label}`;
}

/** The message, the fix and the related places, as plain text lines. */
export function findingDetailLines(finding: Finding): string[] {
  const lines = [finding.message];
  if (finding.fix) lines.push(`Fix: ${finding.fix}`);
  if (finding.related.length > 0) lines.push(`See also: ${finding.related.map(relatedLocationText).join(', ')}`);
  return lines;
}
