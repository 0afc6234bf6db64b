import type { ScanReport } from '../model/report.js';
import { newOutdatedCount, type BaselineView } from '../report/baseline-wording.js';
import { renderFindingsOutput } from '../report/json.js';

/** Every step output action.yml declares; a Record over them makes the publisher set each one. */
export const ACTION_OUTPUT_NAMES = ['result', 'outdated-count', 'new-outdated-count', 'unknown-count', 'findings', 'report-path', 'sarif-path'] as const;

export type ActionOutputName = (typeof ACTION_OUTPUT_NAMES)[number];

export interface WrittenFiles {
  /** null when the file could not be written: its output is then empty. */
  reportPath: string | null;
  sarifPath: string | null;
}

/** The value of every step output, as the strings GitHub stores. */
export function actionOutputValues(report: ScanReport, baseline: BaselineView | undefined, files: WrittenFiles): Record<ActionOutputName, string> {
  return {
    result: report.result,
    'outdated-count': String(report.summary.outdated),
    'new-outdated-count': String(newOutdatedCount(report, baseline)),
    'unknown-count': String(report.summary.unknown),
    findings: renderFindingsOutput(report, baseline ? { baseline } : {}),
    'report-path': files.reportPath ?? '',
    'sarif-path': files.sarifPath ?? '',
  };
}
