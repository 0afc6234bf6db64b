import type { ScanReport } from '../model/report.js';

/**
 * A scan that read no file the gate knows and found nothing: most often a mistyped `path` or an
 * include glob that matches nothing. It passes by default, but never silently: the shells warn.
 */
export function isEmptyScan(report: ScanReport): boolean {
  return report.summary.filesScanned === 0 && report.findings.length === 0;
}

/** fail-on-empty: an empty scan fails the check instead of passing with a warning. */
export function applyFailOnEmpty(report: ScanReport, failOnEmpty: boolean): ScanReport {
  return failOnEmpty && isEmptyScan(report) ? { ...report, result: 'fail' } : report;
}

/** The warning (or the failure message) naming the directory as the user gave it; plain text. */
export function emptyScanMessage(shownPath: string, failOnEmpty: boolean): string {
  const where = shownPath === '' || shownPath === '.' ? 'the workspace' : `"${shownPath}"`;
  const consequence = failOnEmpty ? 'fail-on-empty is true, so the check fails' : 'the check passes; set fail-on-empty: true to make this a failure';
  return `No file the gate reads (go.mod, go.work, vendor/modules.txt, Gopkg.lock, Dockerfile, …) was found under ${where}: check the path, include and exclude settings (${consequence}).`;
}
