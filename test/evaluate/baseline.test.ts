import { compareWithBaseline } from '../../src/evaluate/baseline.js';
import type { Finding } from '../../src/model/finding.js';

function finding(file: string, verdict: Finding['verdict'], kubernetes: string | null, line = 5): Finding {
  return {
    file, line, column: 1, endLine: line, endColumn: 2, source: 'go.mod', module: 'k8s.io/client-go', declared: 'v', effective: 'v',
    kubernetes, kubernetesLine: kubernetes ? kubernetes.split('.').slice(0, 2).join('.') : null, reloadsToken: null,
    verdict, severity: verdict === 'outdated' ? 'error' : 'warning', rule: 'passes', inferred: false, indirect: false,
    message: '', fix: null, related: [],
  };
}

describe('compareWithBaseline', () => {
  it('a reference the base did not have is new', () => {
    expect(compareWithBaseline([finding('a/go.mod', 'outdated', '1.13.0')], []).statuses).toEqual(['new']);
  });

  it('the same failing reference, moved lines, same or newer release, is existing', () => {
    const base = [finding('a/go.mod', 'outdated', '1.13.0', 5)];
    expect(compareWithBaseline([finding('a/go.mod', 'outdated', '1.13.0', 9)], base).statuses).toEqual(['existing']);
    expect(compareWithBaseline([finding('a/go.mod', 'outdated', '1.14.0')], base).statuses).toEqual(['existing']);
  });

  it('an older release, or an ok reference turned failing, is worsened', () => {
    expect(compareWithBaseline([finding('a/go.mod', 'outdated', '1.12.0')], [finding('a/go.mod', 'outdated', '1.13.0')]).statuses).toEqual(['worsened']);
    expect(compareWithBaseline([finding('a/go.mod', 'outdated', '1.14.0')], [finding('a/go.mod', 'ok', '1.28.0')]).statuses).toEqual(['worsened']);
  });

  it('lists base failures that are gone or pass now as fixed', () => {
    const base = [finding('a/go.mod', 'outdated', '1.13.0'), finding('b/go.mod', 'outdated', '1.13.0'), finding('c/go.mod', 'ok', '1.28.0')];
    const head = [finding('a/go.mod', 'ok', '1.15.0')];
    expect(compareWithBaseline(head, base).fixed.map((f) => f.file)).toEqual(['a/go.mod', 'b/go.mod']);
  });
});

describe('binaries, which the base commit cannot have', () => {
  it('are existing when the base branch already used the same failing client-go version, new otherwise', () => {
    const binary = (effective: string): Finding => ({ ...finding('bin/controller', 'outdated', '1.13.0'), source: 'go-binary', effective, declared: effective });
    const base = [{ ...finding('go.mod', 'outdated', '1.13.0'), effective: 'v10.0.0+incompatible' }];
    expect(compareWithBaseline([binary('v10.0.0+incompatible'), binary('v11.0.0+incompatible')], base).statuses).toEqual(['existing', 'new']);
  });
});
