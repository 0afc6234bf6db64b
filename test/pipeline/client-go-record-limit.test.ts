import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';

const TOOL = { name: 'client-go-token-gate', version: 'test' };
const REV = '0123456789abcdef0123456789abcdef01234567';

async function scanFailingOnUnknown(files: Record<string, string>) {
  return scanRepository(scanSettingsFor(inlineRepo(files), { failOn: 'unknown' }), TOOL);
}

const times = (count: number, unit: (index: number) => string): string => Array.from({ length: count }, (_, index) => unit(index)).join('');

afterAll(removeFixtureRepos);

describe('at most 1,000 client-go records per file, then one unknown finding at the first left out', () => {
  it('vendor/modules.txt naming client-go 1,200 times: 1,000 findings, and an unknown at line 3,001 fails closed', async () => {
    const report = await scanFailingOnUnknown({
      'go.mod': 'module example.com/app\n',
      'vendor/modules.txt': times(1200, () => '# k8s.io/client-go v0.28.4\n## explicit\nk8s.io/client-go/rest\n'),
    });
    expect(report.findings.filter((finding) => finding.verdict === 'ok')).toHaveLength(1000);
    const unknown = report.findings.filter((finding) => finding.verdict === 'unknown');
    expect(unknown.map((finding) => [finding.file, finding.line])).toEqual([['vendor/modules.txt', 3001]]);
    expect(unknown[0]?.message).toMatch(/this vendor\/modules\.txt names k8s\.io\/client-go more than 1,000 times: the gate read the first 1,000 and left out 200 from line 3001 on/);
    expect(report.result).toBe('fail');
  });

  it('a vendor/modules.txt of 1,000 client-go modules and many others is read whole: no unknown', async () => {
    const report = await scanFailingOnUnknown({
      'go.mod': 'module example.com/app\n',
      'vendor/modules.txt': `${times(1000, () => '# k8s.io/client-go v0.28.4\n')}${times(5000, (index) => `# example.com/m${index} v1.0.0\n`)}`,
    });
    expect(report.findings.map((finding) => finding.verdict)).toEqual(Array.from({ length: 1000 }, () => 'ok'));
  });

  it('a Gopkg.lock repeating client-go 1,200 times: the first judged, 100 diagnostics and a count, an unknown at the 1,001st', async () => {
    const report = await scanFailingOnUnknown({ 'Gopkg.lock': times(1200, () => `[[projects]]\n  name = "k8s.io/client-go"\n  version = "v10.0.0"\n`) });
    expect(report.findings.map((finding) => [finding.line, finding.verdict])).toEqual([
      [3, 'outdated'],
      [3001, 'unknown'],
    ]);
    expect(report.findings[1]?.message).toMatch(/this Gopkg\.lock names k8s\.io\/client-go more than 1,000 times: the gate read the first 1,000 and left out 200 from line 3001 on/);
    expect(report.diagnostics).toHaveLength(101);
    expect(report.diagnostics[99]).toEqual({ file: 'Gopkg.lock', line: 301, message: '[[projects]] k8s.io/client-go is listed again (first on line 1); the first entry is judged' });
    expect(report.diagnostics[100]).toEqual({ file: 'Gopkg.lock', line: 304, message: 'and 899 more diagnostics of this file, not listed one by one' });
    expect(report.result).toBe('fail');
  });

  it('the same limit over 1 MiB, where only the tables it keeps are parsed: the lines are the file\'s', async () => {
    const unrelated = times(20_000, (index) => `[[projects]]\n  name = "example.com/m${index}"\n  packages = [\n    ".",\n    ["x"],\n  ]\n  revision = "${REV}"\n\n`);
    const clientGo = times(1001, () => `[[projects]]\n  name = "k8s.io/client-go"\n  revision = "${REV}"\n`);
    const text = `${unrelated}${clientGo}`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const report = await scanFailingOnUnknown({ 'Gopkg.lock': text });
    const firstClientGo = 20_000 * 8 + 1;
    expect(report.findings.map((finding) => [finding.line, finding.column, finding.verdict])).toEqual([
      [firstClientGo + 2, 15, 'unknown'],
      [firstClientGo + 3000, 1, 'unknown'],
    ]);
    expect(report.findings[0]?.message).toMatch(/commit 0123456789abcdef0123456789abcdef01234567 is not in kubernetes\/client-go/);
  });

  it('Godeps.json listing client-go packages 1,100 times: one finding, an unknown at the 1,001st entry', async () => {
    const deps = Array.from({ length: 1100 }, (_, index) => `    {"ImportPath": "k8s.io/client-go/p${index}", "Rev": "${REV}"}`).join(',\n');
    const report = await scanFailingOnUnknown({ 'Godeps/Godeps.json': `{\n  "ImportPath": "m",\n  "Deps": [\n${deps}\n  ]\n}\n` });
    expect(report.findings.map((finding) => [finding.line, finding.verdict])).toEqual([
      [4, 'unknown'],
      [1004, 'unknown'],
    ]);
    expect(report.findings[1]?.message).toMatch(/this Godeps\.json names k8s\.io\/client-go more than 1,000 times: the gate read the first 1,000 and left out 100 from line 1004 on/);
  });
});

describe('glide and dep files over 1 MiB', () => {
  it('are read without their other keys, at the lines of the file', async () => {
    const keys = times(100_000, (index) => `key${index}: value\n`);
    const report = await scanFailingOnUnknown({ 'glide.yaml': `package: m\n${keys}import:\n# the client\n- package: k8s.io/client-go\n\n  version: v10.0.0\n` });
    expect(report.findings.map((finding) => [finding.line, finding.column, finding.verdict])).toEqual([[100_006, 12, 'outdated']]);
  });

  it('one written as a single flow line is refused: an unknown finding at that line, not a diagnostic', async () => {
    const entries = times(30_000, () => '{package: k8s.io/client-go, version: v10.0.0}, ');
    const report = await scanFailingOnUnknown({ 'glide.yaml': `package: m\nimport: [${entries}{package: x}]\n` });
    expect(report.findings.map((finding) => [finding.line, finding.verdict])).toEqual([[2, 'unknown']]);
    expect(report.findings[0]?.message).toMatch(/this glide\.yaml cannot be read in full: its client-go entries and lists, without the rest, are still over 1 MiB/);
    expect(report.result).toBe('fail');
  });

  it('a Gopkg.lock whose client-go table alone is over 1 MiB is refused: an unknown finding at its longest line', async () => {
    const packages = times(200_000, (index) => `"pkg/p${index}", `);
    const report = await scanFailingOnUnknown({ 'Gopkg.lock': `[[projects]]\n  name = "k8s.io/client-go"\n  packages = [${packages}"rest"]\n  version = "v10.0.0"\n` });
    expect(report.findings.map((finding) => [finding.line, finding.verdict])).toEqual([[3, 'unknown']]);
    expect(report.findings[0]?.message).toMatch(/this Gopkg\.lock cannot be read in full: its client-go tables, without the rest, are still over 1 MiB/);
  });
});
