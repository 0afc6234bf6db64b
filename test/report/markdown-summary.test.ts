import type { BaselineStatus } from '../../src/evaluate/baseline.js';
import { JOB_SUMMARY_MAX_BYTES, lineUrl, renderMarkdownSummary, type MarkdownSummaryContext } from '../../src/report/markdown-summary.js';
import { expectGolden } from './golden.js';
import { activeControlCharactersIn, largeReport, makeFinding, mixedReport, passingReport } from './sample-reports.js';

const CONTEXT: MarkdownSummaryContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/widgets',
  sha: '0123456789abcdef0123456789abcdef01234567',
  reportPath: '/home/runner/work/_temp/client-go-token-gate/report.json',
};

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Cell delimiters GFM would see: pipes not preceded by a backslash (the table splitter's rule). */
function tableCells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Line ') && !line.startsWith('| ---'));
}

/**
 * The characters CommonMark would treat as syntax: outside code spans and not backslash-escaped.
 * A small model of the inline rules, enough to check that repository text never becomes markup.
 */
function activeText(markdown: string): string {
  let active = '';
  for (let index = 0; index < markdown.length; index += 1) {
    const character = markdown[index] ?? '';
    if (character === '\\') {
      index += 1;
      continue;
    }
    if (character === '`') {
      const fence = /^`+/.exec(markdown.slice(index))?.[0] ?? '`';
      const close = markdown.slice(index + fence.length).search(new RegExp(`(?<!\`)${fence}(?!\`)`));
      if (close >= 0) {
        index += fence.length + close + fence.length - 1;
        continue;
      }
    }
    active += character;
  }
  return active;
}

describe('renderMarkdownSummary', () => {
  it('matches the golden summary of the mixed report, with links', () => {
    expectGolden('summary-mixed.md', renderMarkdownSummary(mixedReport(), CONTEXT));
  });

  it('matches the golden summary of a passing report without a GitHub context', () => {
    expectGolden('summary-passing.md', renderMarkdownSummary(passingReport()));
  });

  it('starts with the result, the counts and the policy', () => {
    const lines = renderMarkdownSummary(mixedReport(), CONTEXT).split('\n');
    expect(lines[0]).toBe('## ❌ client-go token gate: fail');
    expect(lines[2]).toBe('**4 outdated, 1 unknown, 1 ok in 9 files scanned**, 2 diagnostics.');
    expect(lines[4]).toBe('Policy strict, fails on outdated, go.sum-only findings do not fail.');
  });

  it('writes one table per file with seven cells in every row, whatever the repository text', () => {
    const markdown = renderMarkdownSummary(mixedReport(), CONTEXT);
    expect(markdown.match(/^#### /gm)).toHaveLength(6);
    const rows = tableRows(markdown);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(tableCells(row)).toHaveLength(7);
  });

  it('links each line to the file at the commit, percent-encoding the path', () => {
    const markdown = renderMarkdownSummary(mixedReport(), CONTEXT);
    expect(markdown).toContain(`| [5](https://github.com/acme/widgets/blob/${CONTEXT.sha}/go.mod#L5) |`);
    expect(markdown).toContain(`| [3](https://github.com/acme/widgets/blob/${CONTEXT.sha}/evil%7Cdir/%3Cimg%20src%3Dx%3E/go.mod#L3) |`);
    expect(lineUrl({ ...CONTEXT, serverUrl: 'https://ghe.example/', scannedRoot: 'x' }, 'a (b)/go.mod', 2)).toBe(
      `https://ghe.example/acme/widgets/blob/${CONTEXT.sha}/a%20%28b%29/go.mod#L2`,
    );
  });

  it('links to repository paths when only a subdirectory was scanned', () => {
    const markdown = renderMarkdownSummary(mixedReport(), { ...CONTEXT, scannedRoot: 'services/api' });
    expect(markdown).toContain(`/blob/${CONTEXT.sha}/services/api/go.mod#L5)`);
    expect(markdown).toContain('#### `services/api/go.mod`');
  });

  it('lets no repository text become HTML, a link, a mention or a new line', () => {
    const markdown = renderMarkdownSummary(mixedReport(), CONTEXT);
    const active = activeText(markdown);
    expect(active).not.toMatch(/<(?!br>)/);
    expect(active).not.toContain('](javascript');
    expect(active).not.toMatch(/@[a-z]/i);
    expect(active).not.toContain('https://evil');
    expect(active).not.toContain('#12');
    expect(activeControlCharactersIn(markdown)).toEqual([]);
    expect(markdown).toContain('#### `evil|dir/<img src=x>/go.mod`');
    // Shown as the text \x1B[2J\u202E: the backslashes are escaped like any other.
    expect(markdown).toContain('\\\\x1B\\[2J\\\\u202Eevil next line');
  });

  it('shows the module beside the version when it is not k8s.io/client-go', () => {
    const report = passingReport();
    report.findings = [makeFinding({ module: 'github.com/kubernetes/client-go', declared: 'v12.0.0+incompatible' })];
    expect(renderMarkdownSummary(report)).toContain('| 5 | `github.com/kubernetes/client-go v12.0.0+incompatible` | `v0.30.1` |');
  });

  it('points to the report-path output and an upload-artifact step, never to the report file on the runner', () => {
    const markdown = renderMarkdownSummary(largeReport(50, 5, 5), CONTEXT, 6000);
    expect(markdown).not.toContain(CONTEXT.reportPath);
    expect(markdown).not.toContain('_temp');
    expect(markdown).toMatch(/see the JSON report \(step output `report-path`\) for all of them/);
    expect(markdown.endsWith(
      [
        '### Full report',
        '',
        'The JSON report with every finding is in the step output `report-path`, and the SARIF file in `sarif-path`: files on the runner, gone when the job ends. ' +
          'To keep the report, upload it as an artifact (`<id>` is the id of the gate step):',
        '',
        '```yaml',
        '- uses: actions/upload-artifact@v4',
        '  if: always()',
        '  with:',
        '    path: ${{ steps.<id>.outputs.report-path }}',
        '```',
        '',
      ].join('\n'),
    )).toBe(true);
  });

  it('has no "Full report" section without a report file (the CLI\'s markdown)', () => {
    expect(renderMarkdownSummary(mixedReport())).not.toContain('### Full report');
    expect(renderMarkdownSummary(mixedReport(), { ...CONTEXT, reportPath: undefined })).not.toContain('report-path');
  });

  it('says so when nothing was found', () => {
    const report = passingReport();
    report.findings = [];
    report.summary = { filesScanned: 3, outdated: 0, ok: 0, unknown: 0 };
    const markdown = renderMarkdownSummary(report);
    expect(markdown).toContain('**0 outdated, 0 unknown, 0 ok in 3 files scanned**. No client-go references found.');
    expect(markdown).not.toContain('### Findings');
  });

  it('stays under 1 MB with 100,000 findings, keeping whole rows and the most important ones', () => {
    const report = largeReport(100_000, 5000, 2000);
    const markdown = renderMarkdownSummary(report, CONTEXT);
    expect(byteLength(markdown)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES);
    expect(byteLength(markdown)).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES - 5000);
    const rows = tableRows(markdown);
    for (const row of rows) {
      expect(row.endsWith(' |')).toBe(true);
      expect(tableCells(row)).toHaveLength(7);
    }
    expect(rows.every((row) => row.includes('**outdated**'))).toBe(true);
    const omitted = 100_000 - rows.length;
    expect(markdown).toContain(
      `> **${omitted} of 100000 findings not shown**: the job summary is limited to 1000000 bytes; see the JSON report (step output \`report-path\`) for all of them.`,
    );
    expect(markdown).toMatch(/^> \*\*\d+ of 2000 diagnostics not shown\*\*; see the JSON report \(step output `report-path`\)\./m);
    expect(markdown).toContain('### Full report');
    expect(markdown).toContain('**Restarting the pods is a stop-gap, not a fix**');
  });

  it('never exceeds any budget and drops only whole lines', () => {
    const reports = [mixedReport(), largeReport(300, 7, 40)];
    for (const report of reports) {
      const full = renderMarkdownSummary(report, CONTEXT, Number.MAX_SAFE_INTEGER);
      const fullRows = new Set(tableRows(full));
      for (const maxBytes of [0, 1, 40, 120, 200, 400, 800, 1500, 2500, 3000, 4000, 6000, 9000, 15_000, 40_000]) {
        const markdown = renderMarkdownSummary(report, CONTEXT, maxBytes);
        expect(byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
        if (markdown === '') continue;
        expect(markdown.startsWith('## ')).toBe(true);
        expect(markdown.endsWith('\n')).toBe(true);
        for (const row of tableRows(markdown)) expect(fullRows.has(row)).toBe(true);
      }
    }
  });

  it('keeps the headline and the explanation before any finding when the budget is small', () => {
    const markdown = renderMarkdownSummary(largeReport(50, 5), CONTEXT, 2500);
    expect(markdown).toContain('### Why this matters');
    expect(markdown).toMatch(/> \*\*\d+ of 50 findings not shown\*\*/);
  });

  it('returns an empty summary when even the headline does not fit', () => {
    expect(renderMarkdownSummary(mixedReport(), CONTEXT, 30)).toBe('');
  });

  it('shortens a huge message instead of letting it take the whole summary', () => {
    const report = passingReport();
    report.findings = [makeFinding({ message: `${'@x '.repeat(500_000)}end`, fix: '`'.repeat(200_000) })];
    const markdown = renderMarkdownSummary(report, CONTEXT);
    expect(byteLength(markdown)).toBeLessThan(30_000);
    expect(tableRows(markdown)).toHaveLength(1);
    expect(markdown).toContain('…');
  });
});

describe('renderMarkdownSummary on a pull request', () => {
  it('shows new, existing and fixed apart, then what the config file suppresses, each with its reason', () => {
    const report = mixedReport();
    const statuses: BaselineStatus[] = report.findings.map((finding) => (finding.file === 'go.mod' ? 'new' : 'existing'));
    const fixed = [makeFinding({ file: 'legacy/tool/go.mod', line: 4, declared: 'v11.0.0+incompatible', effective: 'v11.0.0+incompatible', verdict: 'outdated', severity: 'error' })];
    const suppressed = [
      {
        finding: makeFinding({ file: 'tools/old/go.mod', line: 3, verdict: 'outdated', severity: 'error' }),
        entry: { path: 'tools/**', version: null, reason: 'retired <b>@octocat</b> in Q1', expires: '2027-03-31', line: 2 },
      },
    ];
    const markdown = renderMarkdownSummary(report, CONTEXT, JOB_SUMMARY_MAX_BYTES, {
      baseline: { scope: 'new', comparison: { statuses, fixed } },
      suppressed,
      notes: ['The base commit was read from the local git history.'],
    });
    expectGolden('summary-pull-request.md', markdown);
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### New or made older by this change',
      '### Already on the base branch',
      '### Passing',
      '### Fixed by this change',
      '### Suppressed by the config file',
      '### Diagnostics',
      '### Why this matters',
      '### Full report',
    ]);
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/(^|[^&#\d;])@octocat/);
  });
});
