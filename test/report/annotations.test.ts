import { ANNOTATIONS_SHOWN_PER_LEVEL, formatWorkflowCommand, renderAnnotations, type Annotation } from '../../src/report/annotations.js';
import { expectGolden } from './golden.js';
import { activeControlCharactersIn, HOSTILE_FILE, HOSTILE_VERSION, largeReport, makeFinding, mixedReport } from './sample-reports.js';
import { parseWorkflowCommand } from './workflow-command-parser.js';

function countByLevel(annotations: readonly Annotation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const annotation of annotations) counts[annotation.level] = (counts[annotation.level] ?? 0) + 1;
  return counts;
}

describe('renderAnnotations', () => {
  it('annotates every finding that is not ok, errors first, then by place', () => {
    const { commands, overflowNotice } = renderAnnotations(mixedReport());
    expect(commands.map((annotation) => [annotation.level, annotation.file, annotation.line])).toEqual([
      ['error', 'cmd/agent/go.mod', 7],
      ['error', HOSTILE_FILE, 3],
      ['error', 'go.mod', 5],
      ['warning', 'legacy/go.sum', 3],
      ['warning', 'edge/go.mod', 14],
    ]);
    expect(overflowNotice).toBeNull();
  });

  it('takes the span, a title and a message with the fix and related places', () => {
    const annotation = renderAnnotations(mixedReport()).commands.find((candidate) => candidate.file === 'go.mod');
    expect(annotation).toMatchObject({ line: 5, column: 22, endLine: 5, endColumn: 41 }); // the finding ends at 42, one past its last column
    expect(annotation?.title).toBe('Outdated client-go: k8s.io/client-go v10.0.0+incompatible');
    expect(annotation?.message).toContain('is below the documented minimum');
    expect(annotation?.message).toContain('\nFix: Run `go get k8s.io/client-go@v0.15.7');
    expect(annotation?.message).toContain('\nSee also: go.mod:9:2 (require line)');
  });

  it('follows the severity the evaluate stage chose: inferred outdated findings are warnings', () => {
    const annotation = renderAnnotations(mixedReport()).commands.find((candidate) => candidate.file === 'legacy/go.sum');
    expect(annotation?.level).toBe('warning');
    expect(annotation?.title).toBe('Outdated client-go: k8s.io/client-go v9.0.0+incompatible (inferred from go.sum)');
  });

  it('shows the replace in the title when the effective version differs', () => {
    const annotation = renderAnnotations(mixedReport()).commands.find((candidate) => candidate.file === 'edge/go.mod');
    expect(annotation?.title).toBe('Unknown client-go release: k8s.io/client-go v0.23.5 => v1.23.5-k3s1');
  });

  it('leaves ok findings out unless asked, then annotates them as notices', () => {
    expect(renderAnnotations(mixedReport()).commands.some((annotation) => annotation.file === 'tools/go.mod')).toBe(false);
    const withOk = renderAnnotations(mixedReport(), { includeOk: true }).commands;
    expect(withOk.at(-1)).toMatchObject({ level: 'notice', file: 'tools/go.mod', title: 'client-go passes: k8s.io/client-go v0.15.7' });
  });

  it('shows control characters from the repository visibly, whichever sink escapes the rest', () => {
    const hostile = renderAnnotations(mixedReport()).commands.find((annotation) => annotation.file === HOSTILE_FILE);
    expect(hostile?.message).toContain('\\x1B[2J\\u202Eevil\nnext line');
    // Line breaks stay: the sink escapes them and GitHub shows a multi-line message.
    expect(activeControlCharactersIn(hostile?.message ?? '')).toEqual(['\r']);
  });

  it('prefixes the scanned directory so annotations land on repository paths', () => {
    const { commands } = renderAnnotations(mixedReport(), { scannedRoot: 'services/api/' });
    expect(commands[0]?.file).toBe('services/api/cmd/agent/go.mod');
  });

  it('keeps at most 10 errors (9 when the step fails, so its failure message shows) and 10 warnings, and says how many were left out and where to find them', () => {
    const { commands, overflowNotice } = renderAnnotations(largeReport(100, 40), { reportPath: '/tmp/runner/report.json' });
    expect(countByLevel(commands)).toEqual({ error: ANNOTATIONS_SHOWN_PER_LEVEL - 1, warning: ANNOTATIONS_SHOWN_PER_LEVEL });
    expect(overflowNotice).toBe(
      '48 more client-go findings are not shown as annotations (25 errors, 23 warnings): GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. ' +
        'See every finding in the job summary, or in the JSON report whose path is the step output report-path (upload it as an artifact to keep it after the job).',
    );
  });

  it('keeps the most important findings when it has to drop some', () => {
    const report = largeReport(0);
    report.findings = [
      ...Array.from({ length: 12 }, (_, index) => makeFinding({ file: `z${index}.mod`, verdict: 'unknown', severity: 'warning' })),
      ...Array.from({ length: 12 }, (_, index) => makeFinding({ file: `a${index}.mod`, verdict: 'outdated', severity: 'warning' })),
    ];
    const warnings = renderAnnotations(report).commands;
    expect(warnings).toHaveLength(10);
    expect(warnings.every((annotation) => annotation.file.startsWith('a'))).toBe(true);
  });

  it('leaves one notice slot for the overflow notice when notices overflow too', () => {
    const { commands, overflowNotice } = renderAnnotations(largeReport(100, 40), { includeOk: true });
    expect(countByLevel(commands)).toEqual({ error: 9, warning: 10, notice: 9 });
    expect(overflowNotice).toMatch(/^72 more client-go findings are not shown as annotations \(25 errors, 23 warnings, 24 notices\)/);
    expect(overflowNotice).toContain('the step output report-path (upload it as an artifact');
  });

  it('uses all ten notice slots when nothing overflows', () => {
    const report = largeReport(0);
    report.findings = Array.from({ length: 10 }, (_, index) => makeFinding({ line: index + 1 }));
    const { commands, overflowNotice } = renderAnnotations(report, { includeOk: true });
    expect(commands).toHaveLength(10);
    expect(overflowNotice).toBeNull();
  });

  it('says "finding is" for exactly one left out', () => {
    const report = largeReport(0);
    report.findings = Array.from({ length: 10 }, (_, index) => makeFinding({ line: index + 1, verdict: 'outdated', severity: 'error' }));
    expect(renderAnnotations(report).overflowNotice).toMatch(/^1 more client-go finding is not shown as annotations \(1 error\)/);
  });

  it('uses all ten error slots when the step passes (fail-on: never), and nine when it fails', () => {
    const failing = largeReport(0);
    failing.findings = Array.from({ length: 12 }, (_, index) => makeFinding({ line: index + 1, verdict: 'outdated', severity: 'error' }));
    expect(countByLevel(renderAnnotations(failing).commands)).toEqual({ error: 9 });
    expect(countByLevel(renderAnnotations({ ...failing, result: 'pass' }).commands)).toEqual({ error: 10 });
  });
});

describe('formatWorkflowCommand', () => {
  const hostile: Annotation = {
    level: 'error',
    file: HOSTILE_FILE,
    line: 3,
    column: 2,
    endLine: 3,
    endColumn: 40,
    title: `Outdated, client-go: ${HOSTILE_VERSION}`,
    message: 'first line\n::set-output name=x::y\r\n%0A::error::pwn',
  };

  it('writes every property in order with the message after ::', () => {
    const command = formatWorkflowCommand({ ...hostile, file: 'go.mod', title: 'Outdated client-go', message: 'v10.0.0' });
    expect(command).toBe('::error file=go.mod,line=3,col=2,endLine=3,endColumn=40,title=Outdated client-go::v10.0.0');
  });

  it('keeps hostile text inside its property and on one line', () => {
    const command = formatWorkflowCommand(hostile);
    expect(command.split(/[\r\n]/)).toHaveLength(1);
    expect(command).toBe(
      '::error file=evil|dir/<img src=x>/go.mod,line=3,col=2,endLine=3,endColumn=40,' +
        'title=Outdated%2C client-go%3A v1.0.0%250A%3A%3Aerror%3A%3Apwn::first line%0A::set-output name=x::y%0D%0A%250A::error::pwn',
    );
    expect(parseWorkflowCommand(command)).toEqual({
      name: 'error',
      properties: { file: hostile.file, line: '3', col: '2', endLine: '3', endColumn: '40', title: hostile.title },
      data: hostile.message,
    });
  });

  it('round-trips every annotation of the mixed report through the runner parser', () => {
    const { commands } = renderAnnotations(mixedReport(), { includeOk: true });
    for (const annotation of commands) {
      const parsed = parseWorkflowCommand(formatWorkflowCommand(annotation));
      expect(parsed.name).toBe(annotation.level);
      expect(parsed.properties.file).toBe(annotation.file);
      expect(parsed.properties.title).toBe(annotation.title);
      expect(parsed.data).toBe(annotation.message);
    }
  });

  it('matches the golden workflow commands for the mixed report', () => {
    const { commands, overflowNotice } = renderAnnotations(mixedReport(), { includeOk: true });
    const lines = commands.map(formatWorkflowCommand);
    expectGolden('annotations.txt', `${lines.join('\n')}\n${overflowNotice ?? '(no overflow notice)'}\n`);
  });
});
