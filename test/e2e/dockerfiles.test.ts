import { readFileSync } from 'node:fs';
import { fixtureRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { NODE_BINARIES, runAction, runCliBundle } from '../helpers/run-bundle.js';

afterAll(removeFixtureRepos);

interface ReportedFinding {
  file: string;
  line: number;
  verdict: string;
  severity: string;
  declared: string | null;
}

const DOCKERFILE_INPUTS = {
  'docker-build-args': 'OPERATOR_CLIENT_GO=v0.15.7\n# not used by any Dockerfile\nUNUSED=1',
  dockerfiles: 'build/*.docker',
};

const annotations = (stdout: string, level: string) => stdout.split('\n').filter((line) => line.startsWith(`::${level} title=`));

describe.each(NODE_BINARIES)('Dockerfiles through dist/index.js on %s', (_label, node) => {
  it('docker-build-args and dockerfiles reach the scan: exact annotations, counts and the report', () => {
    const run = runAction(node, fixtureRepo('dockerfiles-acceptance'), DOCKERFILE_INPUTS);
    expect(run.status).toBe(1);
    expect(annotations(run.stdout, 'error')).toEqual([
      expect.stringMatching(/^::error title=[^,]*,file=Dockerfile,line=1,endLine=1,col=23,endColumn=29::.*below the documented minimum/),
      expect.stringMatching(/^::error title=[^,]*,file=broken\/Dockerfile\.heredoc,line=3,endLine=3,col=25,endColumn=31::/),
      expect.stringMatching(/^::error title=[^,]*,file=build\/watcher\.docker,line=2,endLine=2,col=62,endColumn=68::.*kubectl get --watch/),
      expect.stringMatching(/^::error title=[^,]*,file=images\/controller-manager\/Dockerfile\.plugin,line=1,endLine=1,col=46,endColumn=52::.*#77613/),
      expect.stringMatching(/^::error title=[^,]*,file=services\/billing\/go\.mod,line=5,endLine=5,col=26,endColumn=45::/),
    ]);
    expect(annotations(run.stdout, 'warning')).toEqual([
      expect.stringMatching(/^::warning title=[^,]*,file=Dockerfile,line=8,endLine=8,col=19,endColumn=26::.*already fails the check/),
      expect.stringMatching(/^::warning title=[^,]*,file=Dockerfile,line=10,endLine=10,col=40,endColumn=46::.*short-lived command/),
      expect.stringMatching(/^::warning title=[^,]*,file=broken\/Dockerfile\.cycle,line=5,endLine=5,col=29,endColumn=32::/),
    ]);
    expect(run.outputs).toMatchObject({ result: 'fail', 'outdated-count': '7', 'unknown-count': '1' });
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { findings: ReportedFinding[]; diagnostics: { file: string }[] };
    expect(report.findings.find((finding) => finding.file === 'images/pinned/Dockerfile')).toMatchObject({ line: 2, verdict: 'ok', declared: 'v0.15.7' });
    expect(report.diagnostics.map((diagnostic) => diagnostic.file)).toEqual(['broken/Dockerfile.cycle', 'broken/Dockerfile.cycle', 'broken/Dockerfile.heredoc']);
    expect(run.summary).toContain('images/controller-manager/Dockerfile.plugin');
  });

  it('without the build arg the pinned Dockerfile is unknown, naming the ARG; kubectl-severity error fails on kubectl', () => {
    const run = runAction(node, fixtureRepo('dockerfiles-acceptance'), { 'kubectl-severity': 'error' });
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { findings: (ReportedFinding & { message: string })[] };
    const pinned = report.findings.find((finding) => finding.file === 'images/pinned/Dockerfile');
    expect(pinned).toMatchObject({ verdict: 'unknown', severity: 'warning' });
    expect(pinned?.message).toContain('pass OPERATOR_CLIENT_GO=… in docker-build-args');
    expect(report.findings.find((finding) => finding.file === 'Dockerfile' && finding.line === 10)).toMatchObject({ verdict: 'outdated', severity: 'error' });
    expect(report.findings.some((finding) => finding.file === 'build/watcher.docker')).toBe(false);
  });

  it('a bad docker-build-args line fails the step once, quoting it', () => {
    const run = runAction(node, fixtureRepo('dockerfiles-acceptance'), { 'docker-build-args': 'A=1\nJUST_A_NAME' });
    expect(run.status).toBe(2);
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(run.stdout).toContain('docker-build-args: "JUST_A_NAME" is not valid; expected NAME=value lines');
  });

  it('the CLI takes --build-arg, --dockerfile and --kubectl-severity', () => {
    const run = runCliBundle(node, ['scan', fixtureRepo('dockerfiles-acceptance'), '--format', 'json', '--build-arg', 'OPERATOR_CLIENT_GO=v0.15.7', '--dockerfile', 'build/*.docker', '--kubectl-severity', 'error']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: ReportedFinding[] };
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.verdict} ${finding.severity}`)).toEqual([
      'Dockerfile:1 outdated error',
      'Dockerfile:8 outdated warning',
      'Dockerfile:10 outdated error',
      'broken/Dockerfile.cycle:5 unknown warning',
      'broken/Dockerfile.heredoc:3 outdated error',
      'build/watcher.docker:2 outdated error',
      'images/controller-manager/Dockerfile.plugin:1 outdated error',
      'images/pinned/Dockerfile:2 ok notice',
      'services/billing/go.mod:5 outdated error',
    ]);
  });
});
