import type { BaselineComparison, BaselineStatus } from '../evaluate/baseline.js';
import type { Finding } from '../model/finding.js';
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
  return view?.scope === 'new' && status === 'existing';
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
  const statuses = statusByFinding(report, view);
  const problems = report.findings.filter((finding) => problemLevel(finding) !== null);
  const count = (status: BaselineStatus): number => problems.filter((finding) => statuses.get(finding) === status).length;
  const counts = `${count('new')} new, ${count('worsened')} made older, ${count('existing')} already on the base branch`;
  const fixed = view.comparison.fixed.length;
  const fixedText = fixed === 0 ? '' : `; ${fixed} fixed`;
  const rule =
    view.scope === 'new'
      ? 'Only client-go references this change adds or moves to an older release fail the check (fail-on-scope: new)'
      : 'Every client-go reference counts, whether or not this change touched it (fail-on-scope: all)';
  return `${rule}: ${counts}${fixedText}.`;
}
