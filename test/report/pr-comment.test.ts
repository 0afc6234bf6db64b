import type { BaselineStatus } from '../../src/evaluate/baseline.js';
import { STOP_GAP } from '../../src/evaluate/fix.js';
import type { ScanReport } from '../../src/model/report.js';
import { commentMarker, isGateComment, PR_COMMENT_MARKER, PR_COMMENT_MAX_BYTES, renderFixedPrComment, renderPrComment } from '../../src/report/pr-comment.js';
import { utf8ByteLength } from '../../src/report/text-size.js';
import { largeReport, makeFinding, mixedReport, passingReport } from './sample-reports.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const CONTEXT = { serverUrl: 'https://github.com', repository: 'octo/repo', sha: SHA };
const DETAILS = 'https://github.com/octo/repo/runs/77';

/** What GitHub could turn into markup: everything outside code spans, where markup renders as text. */
function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
}

describe('renderPrComment', () => {
  it('starts with the marker and lists what needs attention, with links to the lines', () => {
    const body = renderPrComment(mixedReport(), { context: CONTEXT, detailsUrl: DETAILS });
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n### ❌ client-go token gate: fail\n`)).toBe(true);
    expect(isGateComment(body)).toBe(true);
    expect(body).toContain('#### Needs attention');
    expect(body).toContain(`[\`go.mod:5\`](https://github.com/octo/repo/blob/${SHA}/go.mod#L5)`);
    expect(body).toContain('`k8s.io/client-go v10.0.0+incompatible`');
    expect(body).not.toContain('tools/go.mod');
    expect(body).toContain(`[Every finding, with its message](${DETAILS}) · Commit \`${SHA}\``);
    expect(body.match(/^\| (❌|⚠️) /gm)).toHaveLength(5);
  });

  it('says so when nothing needs attention', () => {
    const body = renderPrComment(passingReport());
    expect(body).toContain('### ✅ client-go token gate: pass');
    expect(body).toContain('No client-go reference needs attention.');
    expect(body).not.toContain('| --- |');
  });

  it('keeps repository text from becoming markup, mentions, links or a second marker', () => {
    const hostile = makeFinding({
      file: `<!-- client-go-token-gate -->/[x](https://evil.example)/go.mod`,
      verdict: 'outdated',
      severity: 'error',
      declared: 'v1.0.0 @octocat #123 <img src=x>',
      fix: 'Ping @octocat about #123, see https://evil.example and <script>alert(1)</script> | cell',
    });
    const report: ScanReport = { ...mixedReport(), findings: [...mixedReport().findings, hostile] };
    const body = renderPrComment(report, { context: CONTEXT });
    // Inside a code span the marker is shown as text; as markup it only ever opens the comment.
    const markup = outsideCodeSpans(body);
    expect(markup.split(PR_COMMENT_MARKER)).toEqual(['', expect.any(String)]);
    // A backslash-escaped `<` renders as text.
    expect(markup).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(markup).not.toMatch(/(^|[^&#\d;])@octocat/);
    expect(markup).not.toContain('https://evil');
    expect(markup).not.toMatch(/[^\\]#123/);
    // Every table row keeps its six cells: no `|` from the repository ends one early.
    for (const row of body.split('\n').filter((line) => /^\| (❌|⚠️)/.test(line))) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
    }
  });

  it('folds what the base branch already had, labels the rest, and lists what the change fixed', () => {
    const report = mixedReport();
    const statuses: BaselineStatus[] = report.findings.map((finding) => (finding.file === 'go.mod' ? 'new' : finding.file === 'cmd/agent/go.mod' ? 'worsened' : 'existing'));
    const fixed = [makeFinding({ file: 'legacy/tool/go.mod', line: 4, declared: 'v11.0.0+incompatible', effective: 'v11.0.0+incompatible', verdict: 'outdated', severity: 'error' })];
    const body = renderPrComment(report, { context: CONTEXT, baseline: { scope: 'new', comparison: { statuses, fixed } } });
    const [attention, folded] = body.split('<details>');
    expect(attention).toMatch(/\| ❌ new \| \[`go\.mod:5`\]/);
    expect(attention).toMatch(/\| ❌ made older \| \[`cmd\/agent\/go\.mod:7`\]/);
    expect(folded).toMatch(/^<summary>Already on the base branch \(3\)<\/summary>/);
    expect(folded).toContain('| ⚠️ already on the base branch |');
    expect(body).toContain('#### Fixed by this change (1)\n\n- `legacy/tool/go.mod:4`: `k8s.io/client-go v11.0.0+incompatible` (was outdated)');
    expect(body).toContain('fail-on-scope: new\\): 1 new, 1 made older, 3 already on the base branch; 1 fixed.');
  });

  it('stays within 65,536 bytes, dropping the least important rows and saying how many', () => {
    const body = renderPrComment(largeReport(20_000, 2_000), { context: CONTEXT, detailsUrl: DETAILS });
    expect(utf8ByteLength(body)).toBeLessThanOrEqual(PR_COMMENT_MAX_BYTES);
    expect(body).toMatch(/> \*\*\d+ more not shown\*\*: a comment is limited to 65536 characters; the link below has every finding\./);
    expect(body.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(body).toContain(DETAILS);
    // Errors come before warnings: the rows kept are the most important.
    expect(body).toContain('| ❌ |');
  });

  it('falls back to the short form when not even one row fits', () => {
    const body = renderPrComment(mixedReport(), { detailsUrl: DETAILS, maxBytes: 400 });
    expect(utf8ByteLength(body)).toBeLessThanOrEqual(400);
    expect(body).toContain('client-go token gate: fail');
    expect(body).toContain(DETAILS);
    expect(body).not.toContain('| --- |');
  });

  it('links only http(s) details URLs, with nothing that could end the link', () => {
    expect(renderPrComment(passingReport(), { detailsUrl: 'javascript:alert(1)' })).not.toContain('javascript');
    expect(renderPrComment(passingReport(), { detailsUrl: 'https://x.example/a b)(c' })).toContain('(https://x.example/a%20b%29%28c)');
  });
});

describe('renderFixedPrComment', () => {
  it('keeps the marker and says the reported references are fixed, as of which commit', () => {
    const body = renderFixedPrComment(passingReport(), { context: CONTEXT, detailsUrl: DETAILS });
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n### ✅ client-go token gate: fixed\n`)).toBe(true);
    expect(body).toContain(`no longer fail the check as of commit \`${SHA}\``);
    expect(body).toContain(DETAILS);
  });
});

describe('the stop-gap', () => {
  it('is said once under the table, not in every Fix cell', () => {
    const report = mixedReport();
    const withStopGap = { ...report, findings: report.findings.map((finding) => (finding.fix ? { ...finding, fix: `${finding.fix} ${STOP_GAP}` } : finding)) };
    const body = renderPrComment(withStopGap, { context: CONTEXT });
    expect(body.match(/a stop-gap, not a fix/g)).toHaveLength(1);
    expect(body).toContain('Run `go get k8s.io/client-go@v0.15.7');
  });
});

describe('commentMarker', () => {
  it('keeps the plain marker for the default job, and names the check and path of any other', () => {
    expect(commentMarker({ checkName: 'client-go token gate', scannedRoot: '' }, 'client-go token gate')).toBe(PR_COMMENT_MARKER);
    expect(commentMarker({ checkName: 'client-go token gate (services/a)', scannedRoot: 'services/a' }, 'client-go token gate')).toBe(
      '<!-- client-go-token-gate check=client-go%20token%20gate%20(services%2Fa) path=services%2Fa -->',
    );
  });

  it('cannot be closed or broken by the names it carries', () => {
    const marker = commentMarker({ checkName: 'x --> <script>\n', scannedRoot: 'a-->b' }, 'client-go token gate');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(marker).not.toContain('\n');
  });

  it('one job is never another job whose marker its own marker starts', () => {
    const short = commentMarker({ checkName: 'gate', scannedRoot: 'a' }, 'x');
    const long = commentMarker({ checkName: 'gate', scannedRoot: 'ab' }, 'x');
    expect(isGateComment(`${long}\nbody`, short)).toBe(false);
    expect(isGateComment(`${short}\nbody`, short)).toBe(true);
  });

  it('the comment starts with the job\'s marker and names the job in its headline', () => {
    const marker = commentMarker({ checkName: 'gate (services/a)', scannedRoot: 'services/a' }, 'x');
    const body = renderPrComment(mixedReport(), { marker, heading: 'gate (services/a)' });
    expect(body.startsWith(`${marker}\n### ❌ gate \\(services/a\\): fail\n`)).toBe(true);
  });
});

describe('renderPrComment: what the config file changes, suppresses and skips', () => {
  it('shows the config change in the head, then each suppression with its entry and each exclude glob with its paths', () => {
    const report: ScanReport = { ...mixedReport(), exclusions: [{ pattern: '**', count: 7, firstPaths: ['go.mod', 'services/', 'a', 'b', 'c'] }] };
    const suppressed = [{ finding: makeFinding({ file: 'legacy/go.mod', line: 3, verdict: 'outdated' }), entry: { path: 'legacy/**', version: null, reason: 'Retired in Q1.', expires: '2027-03-31', line: 4 } }];
    const body = renderPrComment(report, {
      suppressed,
      configChange: { file: '.github/client-go-token-gate.yml', atBase: true, atHead: true, differences: [{ kind: 'added', key: 'exclude', value: '**' }] },
    });
    expect(body).toContain("#### This pull request changes the gate's configuration");
    expect(body).toContain('- `exclude` adds `**`');
    expect(body.indexOf("changes the gate's configuration")).toBeLessThan(body.indexOf('#### Needs attention'));
    expect(body).toContain('#### Suppressed by the config file (1)');
    expect(body).toMatch(/- `legacy\/go\.mod:3` \*\*outdated\*\*, ignored by `legacy\/\*\*` \(until 2027-03-31\): Retired in Q1\./);
    expect(body).toContain('#### Skipped by `exclude` globs (1)');
    expect(body).toContain('- `**` skipped 7 paths: `go.mod`, `services/`, `a`, `b`, `c`, and 2 more');
  });
});
