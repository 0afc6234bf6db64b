import { readFileSync } from 'node:fs';
import { fixtureRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { NODE_BINARIES, runAction } from '../helpers/run-bundle.js';

afterAll(removeFixtureRepos);

describe.each(NODE_BINARIES)('dist/index.js on %s', (_label, node) => {
  it('fails the step on outdated client-go, annotating the exact lines', () => {
    const run = runAction(node, fixtureRepo('outdated-and-current-services'));
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(/^::error title=[^,]*,file=services\/billing\/go\.mod,line=7,endLine=7,col=19,endColumn=38::/),
      expect.stringMatching(/^::error title=[^,]*,file=services\/inventory\/go\.mod,line=5,endLine=5,col=26,endColumn=45::.*#77613/),
      expect.stringMatching(/^::error::2 client-go reference\(s\) fail the strict policy/),
    ]);
    // Nothing to compare with: every outdated reference counts as new.
    expect(run.outputs).toMatchObject({ result: 'fail', 'outdated-count': '2', 'new-outdated-count': '2', 'unknown-count': '0' });
    const findings = JSON.parse(run.outputs.findings ?? '[]') as { file: string; verdict: string }[];
    expect(findings.map((finding) => [finding.file, finding.verdict])).toEqual([
      ['services/billing/go.mod', 'outdated'],
      ['services/inventory/go.mod', 'outdated'],
      ['services/reports/go.mod', 'ok'],
    ]);
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { schemaVersion: number; baseline: unknown; findings: unknown[] };
    expect(report.schemaVersion).toBe(3);
    expect(report.baseline).toBeNull();
    expect(report.findings).toHaveLength(3);
    expect(run.summary).toContain('services/billing/go.mod');
    expect(run.summary).toContain('https://github.com/octo/repo/blob/0123456789abcdef0123456789abcdef01234567/services/billing/go.mod#L7');
  });

  it('passes a repository whose client-go is current', () => {
    const run = runAction(node, fixtureRepo('all-current'));
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs).toMatchObject({ result: 'pass', 'outdated-count': '0' });
  });

  it('follows the policy input: reload passes v10.0.0 and fails v11.0.0 only', () => {
    const run = runAction(node, fixtureRepo('outdated-and-current-services'), { policy: 'reload' });
    expect(run.status).toBe(1);
    expect(run.outputs['outdated-count']).toBe('1');
  });

  it('fail-on never reports without failing', () => {
    const run = runAction(node, fixtureRepo('outdated-and-current-services'), { 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('pass');
  });

  it('a bad input fails once, quoting the value', () => {
    const run = runAction(node, fixtureRepo('all-current'), { policy: 'lenient' });
    expect(run.status).toBe(2);
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(run.stdout).toContain('policy: "lenient" is not valid; expected one of strict, documented, reload');
  });

  it('shows at most 10 error and 10 warning annotations, one of the errors the failure message, and one notice saying where the rest are', () => {
    const run = runAction(node, fixtureRepo('many-outdated-modules'), { 'fail-on': 'outdated' });
    const count = (level: string) => run.stdout.split('\n').filter((line) => line.startsWith(`::${level} file=`) || line.startsWith(`::${level} title=`)).length;
    // The runner keeps the first 10 errors of a step: the step's own failure message must be one of them.
    expect(count('error')).toBe(9);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toMatch(/^::error::12 client-go reference\(s\) fail the strict policy/);
    expect(count('warning')).toBe(10);
    expect(run.stdout).toMatch(/^::notice::.*(job summary|JSON report)/m);
    expect(run.outputs).toMatchObject({ 'outdated-count': '12', 'unknown-count': '12' });
  });

  it('escapes hostile paths in workflow commands and the summary', () => {
    const run = runAction(node, fixtureRepo('hostile-paths'));
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.some((line) => line.startsWith('::warning::pwned'))).toBe(false);
    expect(run.stdout).toContain('file=evil%250A%3A%3Awarning%3A%3Apwned%2Cdir%3Ax/go.mod');
    // Inside a code span GitHub renders markup as text; outside one nothing hostile may remain.
    const outsideCode = run.summary.replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toMatch(/\]\(https:\/evil/);
    expect(outsideCode).not.toContain('::warning::pwned');
  });
});
