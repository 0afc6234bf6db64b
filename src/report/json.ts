import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import type { RelatedLocation } from '../model/location.js';
import type { ScanReport } from '../model/report.js';
import { compareByImportance } from './finding-order.js';
import { utf8ByteLength } from './text-size.js';

/**
 * The stable JSON contract (schemaVersion 1), pretty-printed with a final newline. Every object is
 * rebuilt key by key, so the key order is fixed here and not by how the report was assembled, and
 * properties outside the contract never leak into it.
 */
export function renderJson(report: ScanReport): string {
  const contract = {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: {
      name: report.policy.name,
      minimumVersion: report.policy.minimumVersion,
      failOn: report.policy.failOn,
      failOnInferred: report.policy.failOnInferred,
    },
    findings: report.findings.map(findingContract),
    diagnostics: report.diagnostics.map(diagnosticContract),
    summary: {
      filesScanned: report.summary.filesScanned,
      outdated: report.summary.outdated,
      ok: report.summary.ok,
      unknown: report.summary.unknown,
    },
    result: report.result,
  };
  return `${JSON.stringify(contract, null, 2)}\n`;
}

/** A finding in contract key order. */
export function findingContract(finding: Finding): Record<string, unknown> {
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

export interface FindingsOutput {
  /** A compact JSON array of findings, always valid JSON, at most maxBytes of UTF-8. */
  json: string;
  shown: number;
  omitted: number;
}

/**
 * The `findings` step output. It is always a plain JSON array, so consumers can `fromJSON` it without
 * a shape check: most important first (errors, warnings, then ok findings, see compareByImportance)
 * and cut from the end to fit, so ok findings go first and the array is a prefix of that order.
 * No truncation marker is put in the array; compare its length with the report's counts, or use
 * fitFindingsOutput, which says how many were omitted.
 */
export function renderFindingsOutput(report: ScanReport, maxBytes: number = FINDINGS_OUTPUT_MAX_BYTES): string {
  return fitFindingsOutput(report, maxBytes).json;
}

export function fitFindingsOutput(report: ScanReport, maxBytes: number = FINDINGS_OUTPUT_MAX_BYTES): FindingsOutput {
  const ordered = [...report.findings].sort(compareByImportance);
  const kept: string[] = [];
  let size = utf8ByteLength('[]');
  for (const finding of ordered) {
    const encoded = JSON.stringify(findingContract(finding));
    const cost = utf8ByteLength(encoded) + (kept.length > 0 ? 1 : 0);
    if (size + cost > maxBytes) break;
    kept.push(encoded);
    size += cost;
  }
  return { json: `[${kept.join(',')}]`, shown: kept.length, omitted: ordered.length - kept.length };
}
