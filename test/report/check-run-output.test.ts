import type { BaselineStatus } from '../../src/evaluate/baseline.js';
import type { ScanReport } from '../../src/model/report.js';
import type { BaselineView } from '../../src/report/baseline-wording.js';
import { annotationsLeftOutNotice, capCheckRunAnnotations, CHECK_RUN_TEXT_MAX_BYTES, checkRunConclusion, MAX_CHECK_RUN_ANNOTATIONS, renderCheckRunAnnotations, renderCheckRunOutput } from '../../src/report/check-run-output.js';
import { utf8ByteLength } from '../../src/report/text-size.js';
import { ACTIVE_CONTROL_CHARACTERS, activeControlCharactersIn, largeReport, makeFinding, mixedReport, passingReport } from './sample-reports.js';

const CONTEXT = { serverUrl: 'https://github.com', repository: 'octo/repo', sha: '0123456789abcdef0123456789abcdef01234567' };

function reportOf(findings: ScanReport['findings'], result: ScanReport['result'] = 'fail'): ScanReport {
  return { ...passingReport(), findings, result };
}

function view(report: ScanReport, statuses: BaselineStatus[], scope: BaselineView['scope'] = 'new'): BaselineView {
  expect(statuses).toHaveLength(report.findings.length);
  return { scope, comparison: { statuses, fixed: [makeFinding({ file: 'old/go.mod', verdict: 'outdated', severity: 'error' })] } };
}

describe('checkRunConclusion', () => {
  it('is failure when the gate fails, neutral when it passes with problems left, success otherwise', () => {
    expect(checkRunConclusion(mixedReport())).toBe('failure');
    expect(checkRunConclusion({ ...mixedReport(), result: 'pass' })).toBe('neutral');
    expect(checkRunConclusion(passingReport())).toBe('success');
  });
});

describe('renderCheckRunOutput', () => {
  it('has a title with the counts, a summary with the policy, and the findings tables as text', () => {
    const output = renderCheckRunOutput(mixedReport(), { context: { ...CONTEXT, reportPath: '/tmp/report.json' }, annotationCount: 5 });
    expect(output.title).toMatch(/^Failed: \d+ outdated, \d+ unknown, \d+ ok in 9 files scanned$/);
    expect(output.summary).toContain('policy strict');
    expect(output.summary).toContain('(5 annotations)');
    expect(output.summary).toContain('The full JSON report is in the step output `report-path` (SARIF: `sarif-path`); "Full report" below shows how to keep it as an artifact.');
    expect(`${output.summary}${output.text}`).not.toContain('/tmp/report.json');
    expect(output.text).toContain('    path: ${{ steps.<id>.outputs.report-path }}');
    expect(output.text).toContain('### Findings');
    expect(output.text).toContain('https://github.com/octo/repo/blob/0123456789abcdef0123456789abcdef01234567/go.mod#L5');
  });

  it('says what the change did when a baseline is given', () => {
    const report = mixedReport();
    const statuses: BaselineStatus[] = report.findings.map((_, index) => (index === 0 ? 'new' : 'existing'));
    const { summary } = renderCheckRunOutput(report, { baseline: view(report, statuses) });
    expect(summary).toContain('fail-on-scope: new\\): 1 new, 0 made older, 4 already on the base branch; 1 fixed.');
  });

  it('keeps title, summary and text within 65,535 bytes however many findings, saying where the rest are', () => {
    const report = largeReport(20_000, 2_000, 500);
    const output = renderCheckRunOutput(report, { context: CONTEXT, annotationCount: 13_334 });
    for (const value of [output.title, output.summary, output.text]) expect(utf8ByteLength(value)).toBeLessThanOrEqual(CHECK_RUN_TEXT_MAX_BYTES);
    expect(output.text).toMatch(/findings not shown\*\*: the check run text is limited to 65532 bytes/);
    expect(output.text).not.toContain('job summary is limited');
  });
});

describe('renderCheckRunAnnotations', () => {
  it('annotates every finding that needs attention, uncapped, most important first', () => {
    const annotations = renderCheckRunAnnotations(largeReport(300, 300));
    expect(annotations).toHaveLength(200);
    expect(annotations.slice(0, 100).every((annotation) => annotation.annotation_level === 'failure')).toBe(true);
    expect(annotations.slice(100).every((annotation) => annotation.annotation_level === 'warning')).toBe(true);
  });

  it('gives columns only on one line, the last column inclusive, and repository paths', () => {
    const oneLine = makeFinding({ file: 'go.mod', line: 7, endLine: 7, column: 19, endColumn: 39, verdict: 'outdated', severity: 'error' });
    const twoLines = makeFinding({ file: 'Dockerfile', line: 3, endLine: 4, column: 5, endColumn: 2, verdict: 'unknown', severity: 'warning' });
    const annotations = renderCheckRunAnnotations(reportOf([oneLine, twoLines]), { scannedRoot: 'services/api' });
    expect(annotations.map(({ path, start_line, end_line, start_column, end_column, annotation_level }) => ({ path, start_line, end_line, start_column, end_column, annotation_level }))).toEqual([
      { path: 'services/api/go.mod', start_line: 7, end_line: 7, start_column: 19, end_column: 38, annotation_level: 'failure' },
      { path: 'services/api/Dockerfile', start_line: 3, end_line: 4, start_column: undefined, end_column: undefined, annotation_level: 'warning' },
    ]);
    expect(Object.keys(annotations[1] ?? {})).not.toContain('start_column');
  });

  it('leaves ok findings out unless asked, then adds them as notices', () => {
    expect(renderCheckRunAnnotations(passingReport())).toEqual([]);
    expect(renderCheckRunAnnotations(passingReport(), { includeOk: true }).map((annotation) => annotation.annotation_level)).toEqual(['notice']);
  });

  it('bounds the title and shows control characters instead of passing them on', () => {
    const hostile = makeFinding({ verdict: 'outdated', severity: 'error', declared: `v1.0.0${ACTIVE_CONTROL_CHARACTERS.join('')}${'x'.repeat(400)}`, message: `m${ACTIVE_CONTROL_CHARACTERS.join('')}` });
    const [annotation] = renderCheckRunAnnotations(reportOf([hostile]));
    expect(annotation?.title.length).toBeLessThanOrEqual(255);
    expect(activeControlCharactersIn(`${annotation?.title}${annotation?.message}`)).toEqual(['\r']);
  });

  it('labels findings by what the change did; under fail-on-scope new a carried-over problem is one level lower', () => {
    const outdated = (file: string) => makeFinding({ file, verdict: 'outdated', severity: 'error' });
    const report = reportOf([outdated('a/go.mod'), outdated('b/go.mod'), outdated('c/go.mod')]);
    const statuses: BaselineStatus[] = ['new', 'worsened', 'existing'];
    const scoped = renderCheckRunAnnotations(report, { baseline: view(report, statuses) });
    expect(scoped.map((annotation) => [annotation.path, annotation.annotation_level, annotation.title.replace(/^.*\(/, '(')])).toEqual([
      ['a/go.mod', 'failure', '(new)'],
      ['b/go.mod', 'failure', '(made older)'],
      ['c/go.mod', 'warning', '(already on the base branch)'],
    ]);
    const everything = renderCheckRunAnnotations(report, { baseline: view(report, statuses, 'all') });
    expect(everything.map((annotation) => annotation.annotation_level)).toEqual(['failure', 'failure', 'failure']);
  });
});

describe('capCheckRunAnnotations', () => {
  it('keeps the 1,000 most important of 20,000 annotations, and the summary says how many were left out and where they are', () => {
    const report = largeReport(20_000);
    const all = renderCheckRunAnnotations(report);
    const { kept, leftOut } = capCheckRunAnnotations(all);
    expect(MAX_CHECK_RUN_ANNOTATIONS).toBe(1_000);
    expect(kept).toEqual(all.slice(0, 1_000));
    expect(leftOut).toBe(all.length - 1_000);
    const output = renderCheckRunOutput(report, { annotationCount: kept.length, annotationsLeftOut: leftOut });
    expect(output.summary).toContain(`${leftOut} of ${all.length} findings are not annotated: a check run carries at most 1000 annotations`);
    expect(output.summary.replace(/\\/g, '')).toContain('JSON report (step output report-path');
    expect(output.summary).not.toContain('Every finding that needs attention is annotated');
  });

  it('leaves fewer annotations as they are', () => {
    const all = renderCheckRunAnnotations(mixedReport());
    expect(capCheckRunAnnotations(all)).toEqual({ kept: all, leftOut: 0 });
    expect(annotationsLeftOutNotice(5, 1_005)).toMatch(/^5 of 1005 findings are not annotated/);
  });
});
