import { readFileSync } from 'node:fs';
import { fixtureRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { NODE_BINARIES, runAction } from '../helpers/run-bundle.js';

afterAll(removeFixtureRepos);

interface ReportedFinding {
  file: string;
  line: number;
  source: string;
  kubernetes: string | null;
  verdict: string;
  related: { file: string; line: number }[];
}

describe.each(NODE_BINARIES)('dist/index.js on a repository mixing dep, glide and go.mod, on %s', (_label, node) => {
  it('fails on the dep service at its revision line, passes the go.mod and glide ones, and relates Gopkg.toml', () => {
    const run = runAction(node, fixtureRepo('dep-and-go-modules'));
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(/^::error title=[^,]*,file=services\/legacy\/Gopkg\.lock,line=33,endLine=33,col=15,endColumn=54::.*#77613/),
      expect.stringMatching(/^::error::1 client-go reference\(s\) fail the strict policy/),
    ]);
    expect(run.outputs).toMatchObject({ result: 'fail', 'outdated-count': '1', 'unknown-count': '0' });
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { findings: ReportedFinding[]; diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.map((finding) => [finding.file, finding.source, finding.kubernetes, finding.verdict])).toEqual([
      ['services/api/go.mod', 'go.mod', '1.28.4', 'ok'],
      ['services/legacy/Gopkg.lock', 'Gopkg.lock', '1.14.0', 'outdated'],
      ['services/legacy/Gopkg.toml', 'Gopkg.toml', expect.stringMatching(/^1\.14\./), 'ok'],
      ['tools/sync/glide.lock', 'glide.lock', '1.15.0', 'ok'],
    ]);
    expect(report.findings[1]?.related).toEqual([expect.objectContaining({ file: 'services/legacy/Gopkg.toml', line: 2 })]);
    expect(run.summary).toContain('services/legacy/Gopkg.lock');
    expect(run.summary).toContain('go mod init');
  });

  it('passes the same repository under the documented policy, where Kubernetes 1.14.0 meets the minimum', () => {
    const run = runAction(node, fixtureRepo('dep-and-go-modules'), { policy: 'documented' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'outdated-count': '0' });
  });
});
