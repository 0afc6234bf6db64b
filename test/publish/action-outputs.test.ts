import { ACTION_OUTPUT_NAMES, actionOutputValues } from '../../src/publish/action-outputs.js';
import { mixedReport, pullRequestReport } from '../report/sample-reports.js';

const FILES = { reportPath: '/tmp/gate/report.json', sarifPath: null };

describe('actionOutputValues', () => {
  it('gives every declared output a value, in declaration order', () => {
    expect(Object.keys(actionOutputValues(mixedReport(), undefined, FILES))).toEqual([...ACTION_OUTPUT_NAMES]);
  });

  it('without a base: new-outdated-count equals outdated-count and no finding has a status', () => {
    const values = actionOutputValues(mixedReport(), undefined, FILES);
    expect(values).toMatchObject({ result: 'fail', 'outdated-count': '4', 'new-outdated-count': '4', 'unknown-count': '1', 'report-path': '/tmp/gate/report.json', 'sarif-path': '' });
    expect((JSON.parse(values.findings) as Array<{ baseline: unknown }>).every((finding) => finding.baseline === null)).toBe(true);
  });

  it('on a pull request: only what the change adds counts as new, and the findings output says which fail the check', () => {
    const { report, baseline } = pullRequestReport();
    const values = actionOutputValues(report, baseline, FILES);
    expect(values).toMatchObject({ 'outdated-count': '2', 'new-outdated-count': '1' });
    const findings = JSON.parse(values.findings) as Array<{ file: string; baseline: string; failsCheck: boolean }>;
    expect(findings.map(({ file, baseline: status, failsCheck }) => [file, status, failsCheck])).toEqual([
      ['cmd/agent/go.mod', 'new', true],
      ['go.mod', 'existing', false],
      ['tools/go.mod', 'existing', false],
    ]);
  });
});
