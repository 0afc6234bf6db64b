import type { BaselineStatus } from '../evaluate/baseline.js';
import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import type { RelatedLocation } from '../model/location.js';
import type { ExclusionMatch, ScanReport } from '../model/report.js';
import type { ConfigOrigin } from '../settings/config-from.js';
import { compareByPlace } from '../model/stable-order.js';
import { baselineCounts, failsCheckWithBaseline, statusByFinding, type BaselineView } from './baseline-wording.js';
import { compareByImportance } from './finding-order.js';
import { utf8ByteLength } from './text-size.js';

export interface JsonOptions {
  /** The comparison with the base commit; without it every finding's `baseline` is null and `fixed` is empty. */
  baseline?: BaselineView;
  /** The config file that judged the run; without it `config` is null (none was looked for: --no-config). */
  config?: ConfigOrigin | null;
  /** The findings the config file's ignore entries suppressed, each with its entry. */
  suppressed?: readonly SuppressedFinding[];
}

/** What a finding's `baseline` key says: its status against the base, `fixed` for a base finding this change fixed. */
export type ContractBaseline = BaselineStatus | 'fixed' | null;

/**
 * The stable JSON contract (schemaVersion 3), pretty-printed with a final newline. Every object is
 * rebuilt key by key, so the key order is fixed here and not by how the report was assembled, and
 * properties outside the contract never leak into it.
 */
export function renderJson(report: ScanReport, options: JsonOptions = {}): string {
  const view = options.baseline;
  const contract = {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: {
      name: report.policy.name,
      minimumVersion: report.policy.minimumVersion,
      failOn: report.policy.failOn,
      failOnInferred: report.policy.failOnInferred,
    },
    baseline: view ? { scope: view.scope, counts: baselineCountsContract(report, view) } : null,
    findings: judgeFindings(report, view).map(judgedContract),
    fixed: [...(view?.comparison.fixed ?? [])].sort(compareByPlace).map((finding) => findingContract(finding, 'fixed', false)),
    diagnostics: report.diagnostics.map(diagnosticContract),
    summary: {
      filesScanned: report.summary.filesScanned,
      outdated: report.summary.outdated,
      ok: report.summary.ok,
      unknown: report.summary.unknown,
    },
    result: report.result,
    // Added in schemaVersion 3, after every older key, so a consumer of version 2 reads the same prefix.
    config: options.config ? configContract(options.config) : null,
    exclusions: (report.exclusions ?? []).map(exclusionContract),
    suppressions: (options.suppressed ?? []).map((suppressed) => suppressionContract(suppressed, options.config ?? null)),
  };
  return `${JSON.stringify(contract, null, 2)}\n`;
}

function configContract(origin: ConfigOrigin): Record<string, unknown> {
  return { from: origin.from, file: origin.file, commit: origin.commit, found: origin.found };
}

/** The walk keeps the first few paths of each glob (a directory skipped whole is one), so the list is bounded whatever the tree. */
function exclusionContract(exclusion: ExclusionMatch): Record<string, unknown> {
  return { pattern: exclusion.pattern, count: exclusion.count, firstPaths: [...exclusion.firstPaths] };
}

/**
 * A suppressed finding in the finding contract (never compared with the base, never failing) and the entry
 * that suppressed it, with the file and commit its line belongs to.
 */
function suppressionContract(suppressed: SuppressedFinding, origin: ConfigOrigin | null): Record<string, unknown> {
  const { finding, entry } = suppressed;
  return {
    finding: findingContract(finding, null, false),
    ignoreEntry: {
      file: origin?.file ?? null,
      commit: origin?.commit ?? null,
      line: entry.line,
      path: entry.path,
      version: entry.version,
      reason: entry.reason,
      expires: entry.expires,
    },
  };
}

function baselineCountsContract(report: ScanReport, view: BaselineView): Record<string, number> {
  const counts = baselineCounts(report, view);
  return { new: counts.new, worsened: counts.worsened, existing: counts.existing, fixed: counts.fixed };
}

interface JudgedFinding {
  finding: Finding;
  baseline: ContractBaseline;
  failsCheck: boolean;
}

/** The head's findings, in report order, with their status against the base and whether each fails the check. */
function judgeFindings(report: ScanReport, view: BaselineView | undefined): JudgedFinding[] {
  const statuses = statusByFinding(report, view);
  return report.findings.map((finding) => {
    const status = statuses.get(finding);
    return { finding, baseline: status ?? null, failsCheck: failsCheckWithBaseline(report, finding, status, view) };
  });
}

function judgedContract(judged: JudgedFinding): Record<string, unknown> {
  return findingContract(judged.finding, judged.baseline, judged.failsCheck);
}

/**
 * A finding in contract key order. `severity` is the level the policy gives the finding on its own;
 * `failsCheck` says whether it fails the check, which also depends on fail-on-scope and the base.
 */
export function findingContract(finding: Finding, baseline: ContractBaseline, failsCheck: boolean): Record<string, unknown> {
  return {
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    source: finding.source,
    module: finding.module,
    declared: finding.declared,
    effective: finding.effective,
    kubernetes: finding.kubernetes,
    kubernetesLine: finding.kubernetesLine,
    reloadsToken: finding.reloadsToken,
    verdict: finding.verdict,
    severity: finding.severity,
    baseline,
    failsCheck,
    rule: finding.rule,
    inferred: finding.inferred,
    indirect: finding.indirect,
    message: finding.message,
    fix: finding.fix,
    related: finding.related.map(relatedContract),
  };
}

/** Optional keys stay absent rather than null, as in the model. */
function relatedContract(related: RelatedLocation): Record<string, unknown> {
  return {
    file: related.file,
    line: related.line,
    ...(related.column === undefined ? {} : { column: related.column }),
    ...(related.label === undefined ? {} : { label: related.label }),
  };
}

function diagnosticContract(diagnostic: Diagnostic): Record<string, unknown> {
  return { file: diagnostic.file, line: diagnostic.line, message: diagnostic.message };
}

/** GitHub step outputs are meant to be small; the full list is in the JSON report. */
export const FINDINGS_OUTPUT_MAX_BYTES = 64 * 1024;

export interface FindingsOutputOptions extends JsonOptions {
  /** At most this many bytes of UTF-8; FINDINGS_OUTPUT_MAX_BYTES unless given. */
  maxBytes?: number;
}

export interface FindingsOutput {
  /** A compact JSON array of findings, always valid JSON, at most maxBytes of UTF-8. */
  json: string;
  shown: number;
  omitted: number;
}

/**
 * The `findings` step output. It is always a plain JSON array, so consumers can `fromJSON` it without
 * a shape check: the findings that fail the check first, then the other problems, then ok findings
 * (each part most important first, see compareByImportance), cut from the end to fit, so the array is
 * a prefix of that order and what fails the check is dropped last. No truncation marker is put in the array;
 * compare its length with the report's counts, or use fitFindingsOutput, which says how many were omitted.
 */
export function renderFindingsOutput(report: ScanReport, options: FindingsOutputOptions = {}): string {
  return fitFindingsOutput(report, options).json;
}

export function fitFindingsOutput(report: ScanReport, options: FindingsOutputOptions = {}): FindingsOutput {
  const maxBytes = options.maxBytes ?? FINDINGS_OUTPUT_MAX_BYTES;
  const ordered = judgeFindings(report, options.baseline).sort(failingFirst);
  const kept: string[] = [];
  let size = utf8ByteLength('[]');
  for (const judged of ordered) {
    const encoded = JSON.stringify(judgedContract(judged));
    const cost = utf8ByteLength(encoded) + (kept.length > 0 ? 1 : 0);
    if (size + cost > maxBytes) break;
    kept.push(encoded);
    size += cost;
  }
  return { json: `[${kept.join(',')}]`, shown: kept.length, omitted: ordered.length - kept.length };
}

function failingFirst(a: JudgedFinding, b: JudgedFinding): number {
  return Number(b.failsCheck) - Number(a.failsCheck) || compareByImportance(a.finding, b.finding);
}
