import type { SuppressedFinding } from '../../src/evaluate/suppressions.js';
import type { ScanReport } from '../../src/model/report.js';
import { fitFindingsOutput, renderFindingsOutput, renderJson } from '../../src/report/json.js';
import type { ConfigOrigin } from '../../src/settings/config-from.js';
import { expectGolden } from './golden.js';
import { largeReport, makeFinding, mixedReport, pullRequestReport } from './sample-reports.js';

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

const FINDING_KEYS = [
  'file', 'line', 'column', 'endLine', 'endColumn', 'source', 'module', 'declared', 'effective', 'kubernetes',
  'kubernetesLine', 'reloadsToken', 'verdict', 'severity', 'baseline', 'failsCheck', 'rule', 'inferred', 'indirect', 'message', 'fix', 'related',
];

type ContractFinding = Record<string, unknown> & { file: string };
interface Contract {
  schemaVersion: number;
  baseline: unknown;
  findings: ContractFinding[];
  fixed: ContractFinding[];
}

describe('renderJson', () => {
  it('matches the golden JSON of the mixed report', () => {
    expectGolden('report-mixed.json', renderJson(mixedReport()));
  });

  it('writes the contract keys in their fixed order', () => {
    const parsed = JSON.parse(renderJson(mixedReport())) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'policy', 'baseline', 'findings', 'fixed', 'diagnostics', 'summary', 'result', 'config', 'exclusions', 'suppressions']);
    expect(Object.keys(parsed.policy as object)).toEqual(['name', 'minimumVersion', 'failOn', 'failOnInferred']);
    expect(Object.keys(parsed.summary as object)).toEqual(['filesScanned', 'outdated', 'ok', 'unknown']);
    for (const finding of parsed.findings) expect(Object.keys(finding)).toEqual(FINDING_KEYS);
    expect(parsed.findings[0]?.related).toEqual([{ file: 'go.mod', line: 9, column: 2, label: 'require line' }]);
    expect(Object.keys((parsed.diagnostics as object[])[0] ?? {})).toEqual(['file', 'line', 'message']);
  });

  it('does not depend on the key order of the objects it is given, nor leak keys outside the contract', () => {
    const report = mixedReport();
    const reordered = { ...report, findings: report.findings.map((finding) => ({ extra: 1, ...Object.fromEntries(Object.entries(finding).reverse()) })) };
    expect(renderJson(reordered as unknown as typeof report)).toBe(renderJson(report));
  });

  it('is pretty-printed and ends with a newline', () => {
    const json = renderJson(mixedReport());
    expect(json.startsWith('{\n  "schemaVersion": 3,\n  "tool": {')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('keeps null values and omits absent optional related fields', () => {
    const report = mixedReport();
    report.findings = [makeFinding({ declared: null, related: [{ file: 'go.work', line: 3 }] })];
    const [finding] = (JSON.parse(renderJson(report)) as { findings: Array<Record<string, unknown>> }).findings;
    expect(finding?.declared).toBeNull();
    expect(finding?.related).toEqual([{ file: 'go.work', line: 3 }]);
  });

  it('without a baseline: every finding has baseline null and failsCheck from the policy alone; no baseline, nothing fixed', () => {
    const parsed = JSON.parse(renderJson(mixedReport())) as Contract;
    expect(parsed.baseline).toBeNull();
    expect(parsed.fixed).toEqual([]);
    expect(parsed.findings.map((finding) => [finding.file, finding.severity, finding.baseline, finding.failsCheck])).toEqual([
      ['go.mod', 'error', null, true],
      ['cmd/agent/go.mod', 'error', null, true],
      ['tools/go.mod', 'notice', null, false],
      ['edge/go.mod', 'warning', null, false],
      ['legacy/go.sum', 'warning', null, false],
      ['evil|dir/<img src=x>/go.mod', 'error', null, true],
    ]);
  });
});

const BASE_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const fromBase: ConfigOrigin = { from: 'base', file: '.github/client-go-token-gate.yml', commit: BASE_SHA, found: true };

/** What the config file did on the pull request: one glob skipped seven paths, one ignore entry suppressed a finding. */
function withConfigEffects(report: ScanReport): { report: ScanReport; suppressed: SuppressedFinding[] } {
  const suppressed = [
    {
      finding: makeFinding({
        file: 'legacy/reporting/go.mod', line: 5, column: 22, endColumn: 42, declared: 'v10.0.0+incompatible', effective: 'v10.0.0+incompatible', kubernetes: '1.13.0', kubernetesLine: '1.13',
        verdict: 'outdated', severity: 'error', rule: 'documented-minimum', message: 'client-go v10.0.0+incompatible (Kubernetes 1.13.0) is below the documented minimum (Kubernetes 1.14).', fix: 'Run `go get k8s.io/client-go@v0.15.7`.',
      }),
      entry: { path: 'legacy/reporting/**', version: 'v10.0.0+incompatible', reason: 'Retired with the reporting cluster in Q1.', expires: '2027-03-31', line: 9 },
    },
  ];
  return { report: { ...report, exclusions: [{ pattern: 'third_party/**', count: 7, firstPaths: ['third_party/a/', 'third_party/b/go.mod', 'third_party/c/', 'third_party/d/', 'third_party/e/'] }] }, suppressed };
}

interface ConfigContract {
  config: unknown;
  exclusions: unknown[];
  suppressions: Array<{ finding: Record<string, unknown>; ignoreEntry: Record<string, unknown> }>;
}

describe('renderJson: the config file, exclusions and suppressions (schemaVersion 3)', () => {
  it('without them: config null and empty lists, after every key of version 2', () => {
    const parsed = JSON.parse(renderJson(mixedReport())) as ConfigContract & { schemaVersion: number };
    expect(parsed).toMatchObject({ schemaVersion: 3, config: null, exclusions: [], suppressions: [] });
  });

  it('names the config file that judged the run: from the base commit, with its sha; the checked-out one without', () => {
    const parsed = JSON.parse(renderJson(mixedReport(), { config: fromBase })) as ConfigContract;
    expect(parsed.config).toEqual({ from: 'base', file: '.github/client-go-token-gate.yml', commit: BASE_SHA, found: true });
    const head = JSON.parse(renderJson(mixedReport(), { config: { from: 'head', file: 'ci/gate.yml', commit: null, found: false } })) as ConfigContract;
    expect(head.config).toEqual({ from: 'head', file: 'ci/gate.yml', commit: null, found: false });
  });

  it('lists every exclude glob that applied with its count and first paths, and every suppression with its entry', () => {
    const { report, suppressed } = withConfigEffects(mixedReport());
    const parsed = JSON.parse(renderJson(report, { config: fromBase, suppressed })) as ConfigContract;
    expect(parsed.exclusions).toEqual([{ pattern: 'third_party/**', count: 7, firstPaths: ['third_party/a/', 'third_party/b/go.mod', 'third_party/c/', 'third_party/d/', 'third_party/e/'] }]);
    expect(parsed.suppressions).toHaveLength(1);
    const [suppression] = parsed.suppressions;
    expect(Object.keys(suppression ?? {})).toEqual(['finding', 'ignoreEntry']);
    expect(Object.keys(suppression?.finding ?? {})).toEqual(FINDING_KEYS);
    expect(suppression?.finding).toMatchObject({ file: 'legacy/reporting/go.mod', line: 5, module: 'k8s.io/client-go', declared: 'v10.0.0+incompatible', verdict: 'outdated', baseline: null, failsCheck: false });
    expect(suppression?.ignoreEntry).toEqual({
      file: '.github/client-go-token-gate.yml', commit: BASE_SHA, line: 9, path: 'legacy/reporting/**', version: 'v10.0.0+incompatible', reason: 'Retired with the reporting cluster in Q1.', expires: '2027-03-31',
    });
  });

  it('keeps the keys of version 2 byte for byte: the new ones come after result', () => {
    const { report, suppressed } = withConfigEffects(mixedReport());
    const before = renderJson(mixedReport()).split('"result"')[0]?.replace('"schemaVersion": 3', '') ?? '';
    const after = renderJson(report, { config: fromBase, suppressed }).split('"result"')[0]?.replace('"schemaVersion": 3', '') ?? '';
    expect(after).toBe(before);
  });
});

describe('renderJson with a baseline', () => {
  it('matches the golden JSON of a pull request with one new, one existing and one fixed finding, judged by the base\'s config file', () => {
    const pullRequest = pullRequestReport();
    const { report, suppressed } = withConfigEffects(pullRequest.report);
    expectGolden('report-pull-request.json', renderJson(report, { baseline: pullRequest.baseline, config: fromBase, suppressed }));
  });

  it('gives each finding its status and whether it fails the check: an existing error is still an error that does not fail', () => {
    const { report, baseline } = pullRequestReport();
    const parsed = JSON.parse(renderJson(report, { baseline })) as Contract;
    expect(parsed.baseline).toEqual({ scope: 'new', counts: { new: 1, worsened: 0, existing: 1, fixed: 1 } });
    expect(parsed.findings.map((finding) => [finding.file, finding.severity, finding.baseline, finding.failsCheck])).toEqual([
      ['cmd/agent/go.mod', 'error', 'new', true],
      ['go.mod', 'error', 'existing', false],
      ['tools/go.mod', 'notice', 'existing', false],
    ]);
    for (const finding of [...parsed.findings, ...parsed.fixed]) expect(Object.keys(finding)).toEqual(FINDING_KEYS);
  });

  it('lists the base findings this change fixed in the finding contract, as fixed and not failing', () => {
    const { report, baseline } = pullRequestReport();
    const { fixed } = JSON.parse(renderJson(report, { baseline })) as Contract;
    expect(fixed).toEqual([expect.objectContaining({ file: 'legacy/go.mod', line: 6, verdict: 'outdated', severity: 'error', baseline: 'fixed', failsCheck: false })]);
  });

  it('under fail-on-scope all an existing finding fails like any other', () => {
    const { report, baseline } = pullRequestReport();
    const parsed = JSON.parse(renderJson(report, { baseline: { ...baseline, scope: 'all' } })) as Contract;
    expect(parsed.findings.map((finding) => [finding.baseline, finding.failsCheck])).toEqual([['new', true], ['existing', true], ['existing', false]]);
  });
});

describe('renderFindingsOutput', () => {
  it('matches the golden compact array of the mixed report, problems first', () => {
    expectGolden('findings-output-mixed.json', `${renderFindingsOutput(mixedReport())}\n`);
  });

  it('is a compact JSON array of contract findings, what fails the check, then the other problems, then ok', () => {
    const output = renderFindingsOutput(mixedReport());
    expect(output).not.toContain('\n');
    const parsed = JSON.parse(output) as Array<Record<string, unknown>>;
    expect(parsed.map((finding) => [finding.severity, finding.failsCheck, finding.file])).toEqual([
      ['error', true, 'cmd/agent/go.mod'],
      ['error', true, 'evil|dir/<img src=x>/go.mod'],
      ['error', true, 'go.mod'],
      ['warning', false, 'legacy/go.sum'],
      ['warning', false, 'edge/go.mod'],
      ['notice', false, 'tools/go.mod'],
    ]);
    expect(Object.keys(parsed[0] ?? {})).toEqual(FINDING_KEYS);
  });

  it('stays valid JSON within 64 KiB for 100,000 findings, dropping ok findings first', () => {
    const report = largeReport(100_000, 1000);
    const { json, shown, omitted } = fitFindingsOutput(report);
    expect(byteLength(json)).toBeLessThanOrEqual(64 * 1024);
    const parsed = JSON.parse(json) as Array<{ verdict: string }>;
    expect(parsed).toHaveLength(shown);
    expect(shown + omitted).toBe(100_000);
    expect(shown).toBeGreaterThan(50);
    expect(parsed.every((finding) => finding.verdict === 'outdated')).toBe(true);
    expect(renderFindingsOutput(report)).toBe(json);
  });

  it('keeps every budget, down to an empty array', () => {
    const report = mixedReport();
    const full = renderFindingsOutput(report, { maxBytes: Number.MAX_SAFE_INTEGER });
    let previousLength = -1;
    for (const maxBytes of [2, 10, 500, 1500, 3000, byteLength(full) - 1, byteLength(full)].sort((a, b) => a - b)) {
      const json = renderFindingsOutput(report, { maxBytes });
      expect(byteLength(json)).toBeLessThanOrEqual(maxBytes);
      const parsed = JSON.parse(json) as unknown[];
      expect(parsed.length).toBeGreaterThanOrEqual(previousLength);
      previousLength = parsed.length;
      expect(full.startsWith(json.slice(0, -1))).toBe(true);
    }
    expect(renderFindingsOutput(report, { maxBytes: 2 })).toBe('[]');
    expect(renderFindingsOutput(report, { maxBytes: byteLength(full) })).toBe(full);
  });

  it('counts multi-byte characters in bytes, not UTF-16 units', () => {
    const report = mixedReport();
    report.findings = Array.from({ length: 50 }, (_, index) => makeFinding({ line: index + 1, message: '😀é→'.repeat(100) }));
    const json = renderFindingsOutput(report, { maxBytes: 8000 });
    expect(byteLength(json)).toBeLessThanOrEqual(8000);
    expect(JSON.parse(json)).not.toHaveLength(0);
  });

  it('with a baseline: the same status and failsCheck as the report, failing findings first, so an existing error follows a new warning', () => {
    const { report, baseline } = pullRequestReport();
    const newWarning = makeFinding({ file: 'edge/go.mod', verdict: 'unknown', severity: 'warning', rule: 'unknown-version' });
    report.findings.push(newWarning);
    const statuses = [...baseline.comparison.statuses, 'new' as const];
    const output = renderFindingsOutput(report, { baseline: { ...baseline, comparison: { ...baseline.comparison, statuses } } });
    expectGolden('findings-output-pull-request.json', `${output}\n`);
    const parsed = JSON.parse(output) as ContractFinding[];
    expect(parsed.map((finding) => [finding.file, finding.severity, finding.baseline, finding.failsCheck])).toEqual([
      ['cmd/agent/go.mod', 'error', 'new', true],
      ['go.mod', 'error', 'existing', false],
      ['edge/go.mod', 'warning', 'new', false],
      ['tools/go.mod', 'notice', 'existing', false],
    ]);
  });

  it('keeps what fails the check when the budget is small', () => {
    const { report, baseline } = pullRequestReport();
    const failing = renderFindingsOutput(report, { baseline, maxBytes: Number.MAX_SAFE_INTEGER });
    const firstOnly = `${failing.slice(0, failing.indexOf(',{"file"'))}]`;
    const parsed = JSON.parse(renderFindingsOutput(report, { baseline, maxBytes: byteLength(firstOnly) })) as ContractFinding[];
    expect(parsed.map((finding) => [finding.file, finding.failsCheck])).toEqual([['cmd/agent/go.mod', true]]);
  });
});
