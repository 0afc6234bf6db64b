import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import type { FailOnScope } from '../settings/config-file.js';
import type { BaselineComparison, BaselineStatus } from './baseline.js';
import { failsCheck } from './evaluate-findings.js';

/**
 * Under fail-on-scope `new`, a reference the base commit already had is carried over: reported, but it does
 * not fail the check, and every sink shows it one level lower. A pull request is judged for what it changes.
 */
export function isCarriedOver(scope: FailOnScope, status: BaselineStatus | undefined): boolean {
  return scope === 'new' && status === 'existing';
}

/**
 * Whether one head finding fails the check under the fail scope: failsCheck, unless it is carried over.
 * `status` is undefined when the head was not compared with a base.
 */
export function failsCheckInScope(finding: Finding, policy: ScanReport['policy'], scope: FailOnScope, status: BaselineStatus | undefined): boolean {
  return failsCheck(finding, policy) && !isCarriedOver(scope, status);
}

/** `all` (or no baseline) keeps the report's result; `new` lets only what the change adds or makes older fail. */
export function applyFailScope(report: ScanReport, scope: FailOnScope, comparison: BaselineComparison | null): ScanReport {
  if (scope === 'all' || comparison === null) return report;
  return { ...report, result: findingsThatFail(report, scope, comparison).length > 0 ? 'fail' : 'pass' };
}

/** The findings that decided a failing result, for the one failure message. */
export function findingsThatFail(report: ScanReport, scope: FailOnScope, comparison: BaselineComparison | null): Finding[] {
  return report.findings.filter((finding, index) => failsCheckInScope(finding, report.policy, scope, comparison?.statuses[index]));
}
