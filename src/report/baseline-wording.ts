import type { BaselineComparison, BaselineStatus } from '../evaluate/baseline.js';
import { failsCheckInScope, isCarriedOver as isCarriedOverInScope } from '../evaluate/fail-scope.js';
import type { Finding, Severity } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import type { FailOnScope } from '../settings/config-file.js';
import { problemLevel } from './finding-order.js';

/** How the head scan compares with the base commit's, for the renderers that say what a change did. */
export interface BaselineView {
  scope: FailOnScope;
  /** compareWithBaseline(report.findings, baseReport.findings): statuses are in report.findings order. */
  comparison: BaselineComparison;
}

/** Renderers sort findings; the status stays attached to the finding object itself. */
export function statusByFinding(report: ScanReport, view: BaselineView | undefined): Map<Finding, BaselineStatus> {
  const statuses = new Map<Finding, BaselineStatus>();
  if (!view) return statuses;
  report.findings.forEach((finding, index) => {
    const status = view.comparison.statuses[index];
    if (status !== undefined) statuses.set(finding, status);
  });
  return statuses;
}

/** Under fail-on-scope new, a problem the base branch already had does not fail the check. */
export function isCarriedOver(status: BaselineStatus | undefined, view: BaselineView | undefined): boolean {
  return view !== undefined && isCarriedOverInScope(view.scope, status);
}

const ONE_LEVEL_LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'notice', notice: 'notice' };

/**
 * The level every sink shows a finding at (annotation, check run, SARIF): its own, or one level lower when it
 * is carried over, so a problem the base branch already had is shown but does not read as this change's fault.
 */
export function shownLevel(level: Severity, status: BaselineStatus | undefined, view: BaselineView | undefined): Severity {
  return isCarriedOver(status, view) ? ONE_LEVEL_LOWER[level] : level;
}

/** Whether the finding fails the check: the policy's verdict, and under fail-on-scope new only if the change made it. */
export function failsCheckWithBaseline(report: ScanReport, finding: Finding, status: BaselineStatus | undefined, view: BaselineView | undefined): boolean {
  return failsCheckInScope(finding, report.policy, view?.scope ?? 'all', status);
}

export interface BaselineCounts {
  new: number;
  worsened: number;
  existing: number;
  fixed: number;
}

/** Problems (findings that are not ok) by status, and the base's failing references this change fixed. */
export function baselineCounts(report: ScanReport, view: BaselineView): BaselineCounts {
  const statuses = statusByFinding(report, view);
  const problems = report.findings.filter((finding) => problemLevel(finding) !== null);
  const count = (status: BaselineStatus): number => problems.filter((finding) => statuses.get(finding) === status).length;
  return { new: count('new'), worsened: count('worsened'), existing: count('existing'), fixed: view.comparison.fixed.length };
}

/** Outdated references this change adds or makes older; every outdated reference when it was not compared with a base. */
export function newOutdatedCount(report: ScanReport, view: BaselineView | undefined): number {
  if (!view) return report.summary.outdated;
  const statuses = statusByFinding(report, view);
  const madeByTheChange = (status: BaselineStatus | undefined): boolean => status === 'new' || status === 'worsened';
  return report.findings.filter((finding) => finding.verdict === 'outdated' && madeByTheChange(statuses.get(finding))).length;
}

const STATUS_LABEL: Record<BaselineStatus, string> = {
  new: 'new',
  worsened: 'made older',
  existing: 'already on the base branch',
};

export function baselineStatusLabel(status: BaselineStatus): string {
  return STATUS_LABEL[status];
}

/**
 * One sentence on what the change did and what can fail the check, e.g. "Only client-go references this
 * change adds or moves to an older release fail the check (fail-on-scope: new): 1 new, 0 made older,
 * 2 already on the base branch; 1 fixed." Plain text: no repository text goes into it.
 */
export function baselineSentence(report: ScanReport, view: BaselineView): string {
  const counted = baselineCounts(report, view);
  const counts = `${counted.new} new, ${counted.worsened} made older, ${counted.existing} already on the base branch`;
  const fixedText = counted.fixed === 0 ? '' : `; ${counted.fixed} fixed`;
  const rule =
    view.scope === 'new'
      ? 'Only client-go references this change adds or moves to an older release fail the check (fail-on-scope: new)'
      : 'Every client-go reference counts, whether or not this change touched it (fail-on-scope: all)';
  return `${rule}: ${counts}${fixedText}.`;
}
