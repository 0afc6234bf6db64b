import type { Finding } from '../../src/model/finding.js';
import type { ScanSettings } from '../../src/model/settings.js';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { ACCEPTANCE_BINARIES, binariesWorkspace, type BinariesWorkspace } from '../helpers/binaries-workspace.js';
import { goTestBinaries, installedGoVersion, removeGoTestBinaries, type GoTestBinaries } from '../helpers/go-binaries.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';

// CI installs golang-go (.ci/run); a developer machine without Go says so instead of failing.
const goAvailable = installedGoVersion() !== null || process.env['CI'] === 'true';
if (!goAvailable) console.warn('go not found on PATH: the Go binary scan tests are skipped (apt-get install golang-go)');

const TOOL = { name: 'client-go-token-gate', version: 'test' };

const pick = (finding: Finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.source} ${finding.verdict} ${finding.severity} ${finding.effective ?? '-'}`;

(goAvailable ? describe : describe.skip)('scanRepository with binaries globs', () => {
  let binaries: GoTestBinaries;
  let workspace: BinariesWorkspace;

  beforeAll(async () => {
    binaries = await goTestBinaries();
    workspace = binariesWorkspace(
      binaries,
      { ...ACCEPTANCE_BINARIES, 'bin/forked': 'replaced-by-fork', 'bin/stripped': 'stripped', 'bin/gopath': 'gopath-mode' },
      { 'bin/README.txt': 'not a binary\n', 'go.mod': 'module example.com/app\n\ngo 1.17\n\nrequire k8s.io/client-go v0.15.7\n' },
    );
  }, 300_000);

  afterAll(() => {
    workspace?.remove();
    removeGoTestBinaries();
  });

  const scan = (extra: Partial<ScanSettings>) => scanRepository(scanSettingsFor(workspace.root, extra), TOOL);

  it('judges the client-go each binary was built with, after the text files, and fails under strict', async () => {
    const report = await scan({ binaries: ['bin/**'] });
    expect(report.findings.map(pick)).toEqual([
      'bin/current:1:1 go-binary ok notice v0.15.7',
      'bin/darwin/operator:1:1 go-binary outdated error v10.0.0+incompatible',
      'bin/forked:1:1 go-binary unknown warning v1.0.0',
      'bin/linux/operator:1:1 go-binary outdated error v10.0.0+incompatible',
      'bin/local-replace:1:1 go-binary unknown warning -',
      'bin/stripped:1:1 go-binary outdated error v10.0.0+incompatible',
      'bin/windows/operator.exe:1:1 go-binary outdated error v10.0.0+incompatible',
      'go.mod:5:26 go.mod ok notice v0.15.7',
    ]);
    expect(report.result).toBe('fail');
    // 1 go.mod + 9 files the glob named.
    expect(report.summary.filesScanned).toBe(10);
    expect(report.diagnostics).toEqual([
      { file: 'bin/README.txt', line: null, message: 'not a Go binary (not an ELF, Mach-O or PE executable); skipped' },
      {
        file: 'bin/gopath',
        line: null,
        message: `Go binary (${binaries.goVersion}) built without modules: build info lists no dependencies, so the client-go inside cannot be judged`,
      },
    ]);
  });

  it('words the message and the fix around the main module, the toolchain and a rebuild', async () => {
    const report = await scan({ binaries: ['bin/linux/operator', 'bin/forked', 'bin/local-replace'] });
    const byFile = new Map(report.findings.map((finding) => [finding.file, finding]));
    const linux = byFile.get('bin/linux/operator');
    expect(linux?.message).toContain(`the binary bin/linux/operator was built by ${binaries.goVersion} from the main module example.com/app`);
    expect(linux?.fix).toContain(
      `In the main module example.com/app, run \`go get k8s.io/client-go@kubernetes-1.14.3 && go mod tidy\` (or, with semantic-version tags, v0.15.7); then rebuild the binary bin/linux/operator (built by ${binaries.goVersion}).`,
    );
    expect(byFile.get('bin/forked')?.message).toContain('client-go is replaced by the fork example.com/fork v1.0.0, which is not an upstream client-go commit');
    expect(byFile.get('bin/forked')?.fix).toContain('change the replace of k8s.io/client-go (now example.com/fork v1.0.0) to `k8s.io/client-go => k8s.io/client-go ');
    expect(byFile.get('bin/local-replace')?.message).toContain("client-go was built from a local directory (./client-go-fork): the binary's build info carries no version for it");
    expect(byFile.get('bin/local-replace')?.fix).toContain('client-go is replaced by the directory ./client-go-fork (relative to its go.mod): update the client-go source there');
  });

  it('the reload policy passes v10.0.0+incompatible binaries, which re-read the token', async () => {
    const report = await scan({ binaries: ['bin/linux/*'], policy: 'reload' });
    expect(report.findings.filter((finding) => finding.source === 'go-binary').map(pick)).toEqual(['bin/linux/operator:1:1 go-binary ok notice v10.0.0+incompatible']);
  });

  it('a glob that matches nothing is a diagnostic naming it, and the scan goes on', async () => {
    const report = await scan({ binaries: ['out/**'] });
    expect(report.findings.map(pick)).toEqual(['go.mod:5:26 go.mod ok notice v0.15.7']);
    expect(report.diagnostics).toEqual([
      { file: '.', line: null, message: 'binaries glob "out/**" matches no file (does the gate run before the step that builds the binaries?)' },
    ]);
  });
});
