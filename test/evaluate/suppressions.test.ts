import { applySuppressions } from '../../src/evaluate/suppressions.js';
import type { Finding } from '../../src/model/finding.js';
import type { IgnoreEntry } from '../../src/settings/config-file.js';

const outdated = (file: string, declared = 'v10.0.0+incompatible'): Finding => ({
  file, line: 1, column: 1, endLine: 1, endColumn: 2, source: 'go.mod', module: 'k8s.io/client-go', declared, effective: declared,
  kubernetes: '1.13.0', kubernetesLine: '1.13', reloadsToken: true, verdict: 'outdated', severity: 'error', rule: 'documented-minimum',
  inferred: false, indirect: false, message: '', fix: null, related: [],
});

const entry = (fields: Partial<IgnoreEntry>): IgnoreEntry => ({ path: '**', version: null, reason: 'legacy, retired in Q3', expires: null, line: 3, ...fields });

describe('applySuppressions', () => {
  it('suppresses by path glob and optional version, keeping the reason', () => {
    const findings = [outdated('legacy/go.mod'), outdated('svc/go.mod'), outdated('legacy/other/go.mod', 'v11.0.0+incompatible')];
    const outcome = applySuppressions(findings, [entry({ path: 'legacy/**', version: 'v10.0.0+incompatible' })], '2026-11-29');
    expect(outcome.suppressed.map((s) => [s.finding.file, s.entry.reason])).toEqual([['legacy/go.mod', 'legacy, retired in Q3']]);
    expect(outcome.kept.map((f) => f.file)).toEqual(['svc/go.mod', 'legacy/other/go.mod']);
  });

  it('an entry whose end date has passed (or is today) suppresses nothing and is reported', () => {
    const expired = entry({ path: 'legacy/**', expires: '2026-11-29' });
    const outcome = applySuppressions([outdated('legacy/go.mod')], [expired, entry({ path: 'none/**', expires: '2027-01-01' })], '2026-11-29');
    expect(outcome.suppressed).toEqual([]);
    expect(outcome.expired).toEqual([expired]);
  });
});
