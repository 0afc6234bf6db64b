import { applyFailScope, failsCheckInScope, findingsThatFail } from '../../src/evaluate/fail-scope.js';
import type { Finding } from '../../src/model/finding.js';
import { REPORT_SCHEMA_VERSION, type ScanReport } from '../../src/model/report.js';

const outdated = (file: string): Finding => ({
  file, line: 1, column: 1, endLine: 1, endColumn: 2, source: 'go.mod', module: 'k8s.io/client-go', declared: 'v10.0.0+incompatible',
  effective: 'v10.0.0+incompatible', kubernetes: '1.13.0', kubernetesLine: '1.13', reloadsToken: true, verdict: 'outdated', severity: 'error',
  rule: 'documented-minimum', inferred: false, indirect: false, message: '', fix: null, related: [],
});

const report = (findings: Finding[]): ScanReport => ({
  schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: 't', version: '0' }, policy: { name: 'strict', minimumVersion: null, failOn: 'outdated', failOnInferred: false },
  findings, diagnostics: [], summary: { filesScanned: 1, outdated: findings.length, ok: 0, unknown: 0 }, result: findings.length ? 'fail' : 'pass',
});

describe('applyFailScope', () => {
  it('passes a pull request whose only failing reference the base already had', () => {
    const scanned = report([outdated('a/go.mod')]);
    const scoped = applyFailScope(scanned, 'new', { statuses: ['existing'], fixed: [] });
    expect(scoped.result).toBe('pass');
    expect(scoped.findings).toEqual(scanned.findings);
    expect(findingsThatFail(scanned, 'new', { statuses: ['existing'], fixed: [] })).toEqual([]);
  });

  it('fails on a new or worsened reference', () => {
    const scanned = report([outdated('a/go.mod'), outdated('b/go.mod')]);
    expect(applyFailScope(scanned, 'new', { statuses: ['existing', 'new'], fixed: [] }).result).toBe('fail');
    expect(applyFailScope(scanned, 'new', { statuses: ['existing', 'worsened'], fixed: [] }).result).toBe('fail');
    expect(findingsThatFail(scanned, 'new', { statuses: ['existing', 'new'], fixed: [] }).map((f) => f.file)).toEqual(['b/go.mod']);
  });

  it('scope all, or no baseline, keeps the result', () => {
    const scanned = report([outdated('a/go.mod')]);
    expect(applyFailScope(scanned, 'all', { statuses: ['existing'], fixed: [] }).result).toBe('fail');
    expect(applyFailScope(scanned, 'new', null).result).toBe('fail');
  });
});

describe('failsCheckInScope', () => {
  const policy = report([]).policy;

  it('lets a failing reference the base already had pass only under scope new', () => {
    expect(failsCheckInScope(outdated('a/go.mod'), policy, 'new', 'existing')).toBe(false);
    expect(failsCheckInScope(outdated('a/go.mod'), policy, 'new', 'new')).toBe(true);
    expect(failsCheckInScope(outdated('a/go.mod'), policy, 'new', 'worsened')).toBe(true);
    expect(failsCheckInScope(outdated('a/go.mod'), policy, 'all', 'existing')).toBe(true);
    expect(failsCheckInScope(outdated('a/go.mod'), policy, 'new', undefined)).toBe(true);
  });

  it('never fails what the policy alone would not fail', () => {
    expect(failsCheckInScope({ ...outdated('a/go.mod'), severity: 'warning' }, policy, 'new', 'new')).toBe(false);
    expect(failsCheckInScope(outdated('a/go.mod'), { ...policy, failOn: 'never' }, 'all', undefined)).toBe(false);
  });
});
