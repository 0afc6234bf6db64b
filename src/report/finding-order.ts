import type { Finding, Severity } from '../model/finding.js';
import { compareByPlace } from '../model/stable-order.js';

/**
 * The level a finding is reported at (annotation level, SARIF level), or null for an ok finding, which
 * is not a problem. The evaluate stage already chose the severity (outdated → error, unknown or inferred
 * → warning), so the renderers follow it rather than decide again.
 */
export function problemLevel(finding: Finding): Severity | null {
  return finding.verdict === 'ok' ? null : finding.severity;
}

const LEVEL_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const OK_RANK = 3;

function importanceRank(finding: Finding): number {
  const level = problemLevel(finding);
  return level === null ? OK_RANK : LEVEL_RANK[level];
}

/**
 * Most important first: errors, warnings, notices, then ok findings; outdated before unknown at the
 * same level; then by place. Every bounded output keeps a prefix of this order.
 */
export function compareByImportance(a: Finding, b: Finding): number {
  return (
    importanceRank(a) - importanceRank(b) ||
    Number(a.verdict === 'unknown') - Number(b.verdict === 'unknown') ||
    compareByPlace(a, b)
  );
}

/** Findings grouped by file, files and findings in place order. */
export function groupByFile(findings: readonly Finding[]): Array<{ file: string; findings: Finding[] }> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(compareByPlace)) {
    const group = byFile.get(finding.file);
    if (group) group.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return [...byFile].map(([file, grouped]) => ({ file, findings: grouped }));
}
