import { fitFindingsOutput, renderFindingsOutput, renderJson } from '../../src/report/json.js';
import { expectGolden } from './golden.js';
import { largeReport, makeFinding, mixedReport } from './sample-reports.js';

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

const FINDING_KEYS = [
  'file', 'line', 'column', 'endLine', 'endColumn', 'source', 'module', 'declared', 'effective', 'kubernetes',
  'kubernetesLine', 'reloadsToken', 'verdict', 'severity', 'rule', 'inferred', 'indirect', 'message', 'fix', 'related',
];

describe('renderJson', () => {
  it('matches the golden JSON of the mixed report', () => {
    expectGolden('report-mixed.json', renderJson(mixedReport()));
  });

  it('writes the contract keys in their fixed order', () => {
    const parsed = JSON.parse(renderJson(mixedReport())) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'policy', 'findings', 'diagnostics', 'summary', 'result']);
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
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "tool": {')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('keeps null values and omits absent optional related fields', () => {
    const report = mixedReport();
    report.findings = [makeFinding({ declared: null, related: [{ file: 'go.work', line: 3 }] })];
    const [finding] = (JSON.parse(renderJson(report)) as { findings: Array<Record<string, unknown>> }).findings;
    expect(finding?.declared).toBeNull();
    expect(finding?.related).toEqual([{ file: 'go.work', line: 3 }]);
  });
});

describe('renderFindingsOutput', () => {
  it('matches the golden compact array of the mixed report, problems first', () => {
    expectGolden('findings-output-mixed.json', `${renderFindingsOutput(mixedReport())}\n`);
  });

  it('is a compact JSON array of contract findings, errors, then warnings, then ok', () => {
    const output = renderFindingsOutput(mixedReport());
    expect(output).not.toContain('\n');
    const parsed = JSON.parse(output) as Array<Record<string, unknown>>;
    expect(parsed.map((finding) => [finding.severity, finding.file])).toEqual([
      ['error', 'cmd/agent/go.mod'],
      ['error', 'evil|dir/<img src=x>/go.mod'],
      ['error', 'go.mod'],
      ['warning', 'legacy/go.sum'],
      ['warning', 'edge/go.mod'],
      ['notice', 'tools/go.mod'],
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
    const full = renderFindingsOutput(report, Number.MAX_SAFE_INTEGER);
    let previousLength = -1;
    for (const maxBytes of [2, 10, 500, 1500, 3000, byteLength(full) - 1, byteLength(full)].sort((a, b) => a - b)) {
      const json = renderFindingsOutput(report, maxBytes);
      expect(byteLength(json)).toBeLessThanOrEqual(maxBytes);
      const parsed = JSON.parse(json) as unknown[];
      expect(parsed.length).toBeGreaterThanOrEqual(previousLength);
      previousLength = parsed.length;
      expect(full.startsWith(json.slice(0, -1))).toBe(true);
    }
    expect(renderFindingsOutput(report, 2)).toBe('[]');
    expect(renderFindingsOutput(report, byteLength(full))).toBe(full);
  });

  it('counts multi-byte characters in bytes, not UTF-16 units', () => {
    const report = mixedReport();
    report.findings = Array.from({ length: 50 }, (_, index) => makeFinding({ line: index + 1, message: '😀é→'.repeat(100) }));
    const json = renderFindingsOutput(report, 8000);
    expect(byteLength(json)).toBeLessThanOrEqual(8000);
    expect(JSON.parse(json)).not.toHaveLength(0);
  });
});
