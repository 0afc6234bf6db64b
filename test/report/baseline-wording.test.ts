import { baselineCounts, failsCheckWithBaseline, newOutdatedCount, shownLevel, type BaselineView } from '../../src/report/baseline-wording.js';
import { mixedReport, pullRequestReport } from './sample-reports.js';

describe('the comparison with the base, as every sink shows it', () => {
  it('shows a carried-over problem one level lower under fail-on-scope new only', () => {
    const { baseline } = pullRequestReport();
    expect([shownLevel('error', 'existing', baseline), shownLevel('warning', 'existing', baseline), shownLevel('notice', 'existing', baseline)]).toEqual(['warning', 'notice', 'notice']);
    expect([shownLevel('error', 'new', baseline), shownLevel('error', 'worsened', baseline)]).toEqual(['error', 'error']);
    expect(shownLevel('error', 'existing', { ...baseline, scope: 'all' })).toBe('error');
    expect(shownLevel('error', undefined, undefined)).toBe('error');
  });

  it('fails the check on what the change made, and on everything without a baseline or under scope all', () => {
    const { report, baseline } = pullRequestReport();
    const [added, carried, passing] = report.findings;
    if (!added || !carried || !passing) throw new Error('expected three findings');
    expect([added, carried, passing].map((finding, index) => failsCheckWithBaseline(report, finding, baseline.comparison.statuses[index], baseline))).toEqual([true, false, false]);
    expect(failsCheckWithBaseline(report, carried, 'existing', { ...baseline, scope: 'all' })).toBe(true);
    expect(failsCheckWithBaseline(report, carried, undefined, undefined)).toBe(true);
  });

  it('counts problems by status, and the fixed ones', () => {
    const { report, baseline } = pullRequestReport();
    expect(baselineCounts(report, baseline)).toEqual({ new: 1, worsened: 0, existing: 1, fixed: 1 });
  });

  it('counts the outdated references the change adds or makes older; all of them without a baseline', () => {
    const { report, baseline } = pullRequestReport();
    expect(newOutdatedCount(report, baseline)).toBe(1);
    const worsened: BaselineView = { ...baseline, comparison: { ...baseline.comparison, statuses: ['new', 'worsened', 'new'] } };
    // tools/go.mod is new but ok: not outdated.
    expect(newOutdatedCount(report, worsened)).toBe(2);
    expect(newOutdatedCount(report, undefined)).toBe(report.summary.outdated);
    expect(newOutdatedCount(mixedReport(), undefined)).toBe(4);
  });
});
