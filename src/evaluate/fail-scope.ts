import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import type { FailOnScope } from '../settings/config-file.js';
import type { BaselineComparison } from './baseline.js';
import { failsCheck } from './evaluate-findings.js';

/**
 * Under fail-on-scope `new`, a failing reference the base commit already had is reported but does not fail
 * the check: a pull request is judged for what it changes. `all` (or no baseline) keeps the report's result.
 */
export function applyFailScope(report: ScanReport, scope: FailOnScope, comparison: BaselineComparison | null): ScanReport {
  if (scope === 'all' || comparison === null) return report;
  const statuses = comparison.statuses;
  const failing = report.findings.filter((finding, index) => failsCheck(finding, report.policy) && statuses[index] !== 'existing');
  return { ...report, result: failing.length > 0 ? 'fail' : 'pass' };
}

/** The findings that decided a failing result, for the one failure message. */
export function findingsThatFail(report: ScanReport, scope: FailOnScope, comparison: BaselineComparison | null): Finding[] {
  return report.findings.filter(
    (finding, index) => failsCheck(finding, report.policy) && (scope === 'all' || comparison === null || comparison.statuses[index] !== 'existing'),
  );
}
