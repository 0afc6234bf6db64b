import type { ScanReport } from '../model/report.js';

export const EXIT_PASS = 0;
export const EXIT_POLICY_FAILED = 1;
export const EXIT_USAGE_OR_INTERNAL = 2;

/** The one place that turns an outcome into an exit status, for the action and the CLI alike. */
export function exitCodeFor(outcome: { report: ScanReport } | { error: unknown }): number {
  if ('error' in outcome) return EXIT_USAGE_OR_INTERNAL;
  return outcome.report.result === 'fail' ? EXIT_POLICY_FAILED : EXIT_PASS;
}
