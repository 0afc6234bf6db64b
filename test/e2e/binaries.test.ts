import { readFileSync } from 'node:fs';
import { ACCEPTANCE_BINARIES, binariesWorkspace, type BinariesWorkspace } from '../helpers/binaries-workspace.js';
import { goTestBinaries, installedGoVersion, removeGoTestBinaries } from '../helpers/go-binaries.js';
import { NODE_BINARIES, runAction, runCliBundle } from '../helpers/run-bundle.js';

// CI installs golang-go (.ci/run); a developer machine without Go says so instead of failing.
const goAvailable = installedGoVersion() !== null || process.env['CI'] === 'true';
if (!goAvailable) console.warn('go not found on PATH: the Go binary end-to-end tests are skipped (apt-get install golang-go)');

interface ReportedFinding {
  file: string;
  line: number;
  source: string;
  verdict: string;
  severity: string;
}

interface Report {
  findings: ReportedFinding[];
  diagnostics: { file: string; message: string }[];
}

const EXPECTED_FINDINGS = [
  'bin/current:1 ok notice',
  'bin/darwin/operator:1 outdated error',
  'bin/linux/operator:1 outdated error',
  'bin/local-replace:1 unknown warning',
  'bin/windows/operator.exe:1 outdated error',
];

const summarize = (report: Report) => report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.verdict} ${finding.severity}`);

(goAvailable ? describe : describe.skip)('Go binaries through the bundles', () => {
  let workspace: BinariesWorkspace;

  beforeAll(async () => {
    const binaries = await goTestBinaries();
    workspace = binariesWorkspace(binaries, ACCEPTANCE_BINARIES, { 'bin/notes.txt': 'release notes, not a binary\n' });
  }, 300_000);

  afterAll(() => {
    workspace?.remove();
    removeGoTestBinaries();
  });

  describe.each(NODE_BINARIES)('on %s', (_label, node) => {
    it('dist/index.js: binaries built against v10.0.0+incompatible fail strict, at line 1 of each binary', () => {
      const run = runAction(node, workspace.root, { binaries: 'bin/**\nout/**' });
      expect(run.status).toBe(1);
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error title='))).toEqual([
        expect.stringMatching(/^::error title=[^,]*,file=bin\/darwin\/operator,line=1,endLine=1,col=1,endColumn=1::.*main module example\.com\/app/),
        expect.stringMatching(/^::error title=[^,]*,file=bin\/linux\/operator,line=1,endLine=1,col=1,endColumn=1::/),
        expect.stringMatching(/^::error title=[^,]*,file=bin\/windows\/operator\.exe,line=1,endLine=1,col=1,endColumn=1::/),
      ]);
      expect(run.outputs).toMatchObject({ result: 'fail', 'outdated-count': '3', 'unknown-count': '1' });
      const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report;
      expect(summarize(report)).toEqual(EXPECTED_FINDINGS);
      expect(report.findings.every((finding) => finding.source === 'go-binary')).toBe(true);
      expect(report.diagnostics).toEqual([
        { file: '.', line: null, message: 'binaries glob "out/**" matches no file (does the gate run before the step that builds the binaries?)' },
        { file: 'bin/notes.txt', line: null, message: 'not a Go binary (not an ELF, Mach-O or PE executable); skipped' },
      ]);
      expect(run.summary).toContain('bin/linux/operator');
    });

    it('dist/cli.js takes --binary, and SARIF has a go-binary rule', () => {
      const json = runCliBundle(node, ['scan', workspace.root, '--format', 'json', '--binary', 'bin/**']);
      expect(json.status).toBe(1);
      expect(summarize(JSON.parse(json.stdout) as Report)).toEqual(EXPECTED_FINDINGS);
      const sarif = runCliBundle(node, ['scan', workspace.root, '--format', 'sarif', '--binary', 'bin/linux/*', '--binary', 'bin/darwin/*']);
      const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string; fullDescription: { text: string } }[] } }; results: { ruleId: string }[] }[] };
      const [rule] = log.runs[0]?.tool.driver.rules ?? [];
      expect(rule?.fullDescription.text).toContain('the build information embedded in a compiled Go binary');
      expect(log.runs[0]?.results.map((result) => result.ruleId)).toEqual([rule?.id, rule?.id]);
    });
  });
});
