import { applyFailOnEmpty, emptyScanMessage, isEmptyScan } from '../../src/evaluate/empty-scan.js';
import { largeReport, passingReport } from '../report/sample-reports.js';

describe('an empty scan', () => {
  const empty = { ...largeReport(0, 0), result: 'pass' as const };

  it('is one that read no file and found nothing', () => {
    expect(isEmptyScan(empty)).toBe(true);
    expect(isEmptyScan(passingReport())).toBe(false);
  });

  it('fails only with fail-on-empty', () => {
    expect(applyFailOnEmpty(empty, false).result).toBe('pass');
    expect(applyFailOnEmpty(empty, true).result).toBe('fail');
    expect(applyFailOnEmpty(passingReport(), true).result).toBe('pass');
  });

  it('names the path as given, and what would make it fail', () => {
    expect(emptyScanMessage('servcies/api', false)).toMatch(/under "servcies\/api": check the path.*set fail-on-empty: true/);
    expect(emptyScanMessage('', true)).toMatch(/under the workspace.*fail-on-empty is true, so the check fails/);
  });
});
