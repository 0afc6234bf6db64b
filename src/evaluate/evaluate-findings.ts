import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding, Severity, Verdict } from '../model/finding.js';
import { compareByPosition, compareText } from '../model/stable-order.js';
import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease, VersionResolution } from '../model/release.js';
import { REPORT_SCHEMA_VERSION, type GateResult, type ScanReport } from '../model/report.js';
import type { ScanSettings } from '../model/settings.js';
import { suggestFix } from './fix.js';
import { decide, type Floor, type PolicyDecision } from './policy.js';
import { judgeRange } from './range-verdict.js';

export interface ResolvedReference {
  reference: ClientGoReference;
  resolution: VersionResolution;
  /**
   * For a version range (dep, glide): every published release it admits, lowest first. The verdict depends
   * on the policy, so judgeRange picks the release and words here; `resolution` is then not read.
   */
  admitted?: readonly ClientGoRelease[];
}

export interface EvaluationContext {
  settings: ScanSettings;
  floor: Floor | null;
  /** Published releases that pass the policy and floor, ascending (releasesThatPass): the fix targets. */
  passing: readonly ClientGoRelease[];
  /** This gate, for a fix that can only say its commit index is too old. */
  tool: { name: string; version: string };
}

export function evaluateReference(resolved: ResolvedReference, context: EvaluationContext): Finding {
  const { reference, resolution } = resolved.admitted ? judgeRange(resolved.reference, resolved.admitted, context) : resolved;
  const written = reference.effective ?? reference.declared;
  const decision: PolicyDecision = resolution.known
    ? decide(resolution.release, written, context.settings.policy, context.floor)
    : { verdict: 'unknown', rule: 'unknown-version', explanation: `Unknown: ${resolution.reason}; the gate cannot tell whether it re-reads the token.` };
  const release = resolution.known ? resolution.release : null;
  return {
    file: reference.at.file,
    line: reference.at.line,
    column: reference.at.column,
    endLine: reference.at.endLine,
    endColumn: reference.at.endColumn,
    source: reference.source,
    module: reference.module,
    declared: reference.declared,
    effective: reference.effective,
    kubernetes: release?.kubernetes ?? null,
    kubernetesLine: release?.kubernetesLine ?? null,
    reloadsToken: release ? release.reloadsToken : null,
    verdict: decision.verdict,
    severity: severityOf(decision.verdict, reference, context.settings),
    rule: reference.inferred && decision.verdict !== 'ok' ? 'inferred-only' : decision.rule,
    inferred: reference.inferred,
    indirect: reference.indirect,
    message: composeMessage(reference, decision, release),
    fix: decision.verdict === 'ok' ? null : suggestFix({ reference, current: release, passing: context.passing, tool: context.tool }),
    related: reference.related,
  };
}

/** An outdated finding is an error, unless it is only inferred or capped at warning level. */
function severityOf(verdict: Verdict, reference: ClientGoReference, settings: ScanSettings): Severity {
  if (verdict === 'ok') return 'notice';
  if (verdict === 'unknown') return 'warning';
  if (reference.inferred && !settings.failOnInferred) return 'warning';
  return reference.warningOnly ? 'warning' : 'error';
}

function composeMessage(reference: ClientGoReference, decision: PolicyDecision, release: ClientGoRelease | null): string {
  const parts = [decision.explanation];
  const context = reference.notes.filter((note) => note !== release?.note);
  if (release?.note) parts.push(`Note: ${release.note}.`);
  if (context.length > 0) parts.push(`(${context.join('; ')}.)`);
  if (reference.inferred && decision.verdict !== 'ok') {
    parts.push('Inferred only: this does not fail the check unless fail-on-inferred is set.');
  }
  if (reference.warningOnly && decision.verdict === 'outdated') parts.push(`Warning only: ${reference.warningOnly}.`);
  return parts.join(' ');
}

/** Whether a finding fails the check is decided here and nowhere else. */
export function failsCheck(finding: Finding, settings: Pick<ScanSettings, 'failOn' | 'failOnInferred'>): boolean {
  if (settings.failOn === 'never') return false;
  if (finding.verdict === 'outdated') return finding.severity === 'error';
  return settings.failOn === 'unknown' && finding.verdict === 'unknown' && (!finding.inferred || settings.failOnInferred);
}

export function assembleReport(
  findings: Finding[],
  diagnostics: Diagnostic[],
  filesScanned: number,
  settings: ScanSettings,
  tool: { name: string; version: string },
): ScanReport {
  const sorted = [...findings].sort(compareByPosition);
  const result: GateResult = sorted.some((finding) => failsCheck(finding, settings)) ? 'fail' : 'pass';
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool,
    policy: { name: settings.policy, minimumVersion: settings.minimumVersion, failOn: settings.failOn, failOnInferred: settings.failOnInferred },
    findings: sorted,
    diagnostics: [...diagnostics].sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    summary: { filesScanned, ...countVerdicts(sorted) },
    result,
  };
}

/** The same report with fewer findings (suppressed ones left out): counts and result follow. */
export function withFindings(report: ScanReport, findings: Finding[]): ScanReport {
  return {
    ...report,
    findings,
    summary: { ...report.summary, ...countVerdicts(findings) },
    result: findings.some((finding) => failsCheck(finding, report.policy)) ? 'fail' : 'pass',
  };
}

function countVerdicts(findings: readonly Finding[]): Pick<ScanReport['summary'], 'outdated' | 'ok' | 'unknown'> {
  const count = (verdict: Finding['verdict']): number => findings.filter((finding) => finding.verdict === verdict).length;
  return { outdated: count('outdated'), ok: count('ok'), unknown: count('unknown') };
}
