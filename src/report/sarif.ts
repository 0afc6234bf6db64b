import { createHash } from 'node:crypto';
import type { BaselineStatus } from '../evaluate/baseline.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding, Severity } from '../model/finding.js';
import type { RelatedLocation } from '../model/location.js';
import type { ScanReport } from '../model/report.js';
import type { SourceKind } from '../model/source-kind.js';
import { compareByPlace } from '../model/stable-order.js';
import { shownLevel, statusByFinding, type BaselineView } from './baseline-wording.js';
import { encodeUriPath } from './escape.js';
import { compareByImportance, problemLevel } from './finding-order.js';
import { findingTitle } from './finding-wording.js';
import { repositoryPath } from './repository-path.js';

export interface SarifOptions {
  toolVersion: string;
  /** The tool's documentation; rule help links point at its "What it reads" section. */
  informationUri: string;
  /** Also report ok findings, as SARIF "pass" results. Off by default: code scanning lists problems. */
  includeOk?: boolean;
  /** The scanned directory relative to the repository root, so URIs are relative to %SRCROOT%. */
  scannedRoot?: string;
  /**
   * The comparison with the base commit: each result gets a baselineState, and under fail-on-scope new a
   * carried-over problem is one level lower.
   */
  baseline?: BaselineView;
  /**
   * Also write the base's findings this change fixed, as `absent` passes. Off by default: GitHub code
   * scanning opens an alert for every result, `kind: pass` included, so a fixed reference would become one.
   */
  includeFixed?: boolean;
}

// The subset of SARIF 2.1.0 this tool writes.
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';
export type SarifBaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

export interface SarifMessage {
  text: string;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: typeof SOURCE_ROOT };
  region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
}

export interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  message?: SarifMessage;
}

export interface SarifRule {
  id: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'fail' | 'pass';
  level: SarifLevel;
  baselineState?: SarifBaselineState;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
const RULE_PREFIX = 'client-go-token-reload';
const FINGERPRINT_KEY = 'clientGoReference/v1';

/** Where a reference was found, for each rule's description. A Record, so a new SourceKind must be described here. */
const SOURCE_DESCRIPTIONS: Record<SourceKind, string> = {
  'go.mod': 'a require or replace directive in go.mod',
  'go.work': 'a replace directive in go.work, which overrides the modules of the workspace',
  'vendor/modules.txt': 'the vendored module list, vendor/modules.txt',
  'go.sum': 'a go.sum checksum line; go.sum can list versions that are not built, so the finding is inferred',
  'client-go-source': 'client-go source code in the repository (vendored or a local replace), judged from the code itself',
  'Gopkg.lock': 'a dep lock file, Gopkg.lock',
  'Gopkg.toml': 'a dep manifest constraint or override, Gopkg.toml',
  'glide.yaml': 'a glide manifest, glide.yaml',
  'glide.lock': 'a glide lock file, glide.lock',
  'Godeps.json': 'a godep manifest, Godeps/Godeps.json',
  'vendor.json': 'a govendor manifest, vendor/vendor.json',
  Dockerfile: 'a Dockerfile that fetches or builds client-go',
  'go-binary': 'the build information embedded in a compiled Go binary',
};

/**
 * SARIF 2.1.0 for code scanning: one rule per source kind that has results, one result per finding
 * that is not ok, then (with a baseline and includeFixed) one per base finding this change fixed. Returned as an object;
 * the caller serialises it.
 */
export function renderSarif(report: ScanReport, options: SarifOptions): SarifLog {
  const findings = [...report.findings]
    .filter((finding) => options.includeOk || finding.verdict !== 'ok')
    .sort(compareByImportance);
  const fixed = options.includeFixed ? [...(options.baseline?.comparison.fixed ?? [])].sort(compareByPlace) : [];
  const rules = rulesFor([...findings, ...fixed], options.informationUri);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const indexOf = (finding: Finding): number => ruleIndex.get(ruleId(finding.source)) ?? 0;
  const statuses = statusByFinding(report, options.baseline);
  const results = [
    ...findings.map((finding) => headResult(finding, indexOf(finding), statuses.get(finding), options)),
    ...fixed.map((finding) => fixedResult(finding, indexOf(finding), options.scannedRoot)),
  ];
  const notifications = report.diagnostics.map((diagnostic) => diagnosticNotification(diagnostic, options.scannedRoot));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: report.tool.name, version: options.toolVersion, informationUri: options.informationUri, rules },
        },
        invocations: [
          { executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function ruleId(source: SourceKind): string {
  return `${RULE_PREFIX}/${source}`;
}

/** Rules in SOURCE_DESCRIPTIONS order, so the rule list does not depend on the order of findings. */
function rulesFor(findings: readonly Finding[], informationUri: string): SarifRule[] {
  const used = new Set(findings.map((finding) => finding.source));
  const kinds = (Object.keys(SOURCE_DESCRIPTIONS) as SourceKind[]).filter((kind) => used.has(kind));
  // informationUri may carry a fragment already (…#readme); a second one would not be a valid URI.
  const helpUri = `${informationUri.replace(/#.*$/, '')}#what-it-reads`;
  return kinds.map((kind) => ({
    id: ruleId(kind),
    shortDescription: { text: `client-go that may not re-read its ServiceAccount token, found in ${kind}` },
    fullDescription: {
      text:
        `A k8s.io/client-go reference found in ${SOURCE_DESCRIPTIONS[kind]}. A client-go that reads the ` +
        'ServiceAccount token once stops authenticating when the bound token expires; restarting the pod ' +
        'is a stop-gap, not a fix.',
    },
    helpUri,
    defaultConfiguration: { level: 'error' },
  }));
}

const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** SARIF's names for how a result compares with the baseline run. */
const BASELINE_STATE: Record<BaselineStatus, SarifBaselineState> = { new: 'new', worsened: 'updated', existing: 'unchanged' };

/** A head finding; with a baseline it says how it compares, and a carried-over problem is shown one level lower. */
function headResult(finding: Finding, index: number, status: BaselineStatus | undefined, options: SarifOptions): SarifResult {
  const level = problemLevel(finding);
  const text = finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message;
  return sarifResult(finding, index, options.scannedRoot, {
    kind: level === null ? 'pass' : 'fail',
    level: level === null ? 'none' : SARIF_LEVEL[shownLevel(level, status, options.baseline)],
    ...(status === undefined ? {} : { baselineState: BASELINE_STATE[status] }),
    message: { text },
  });
}

/** A base finding that fails no more: a pass where the base commit had it, for tools that compare runs. */
function fixedResult(finding: Finding, index: number, scannedRoot: string | undefined): SarifResult {
  return sarifResult(finding, index, scannedRoot, {
    kind: 'pass',
    level: 'none',
    baselineState: 'absent',
    message: { text: `Fixed by this change. On the base commit: ${finding.message}` },
  });
}

type ResultOutcome = Pick<SarifResult, 'kind' | 'level' | 'baselineState' | 'message'>;

function sarifResult(finding: Finding, index: number, scannedRoot: string | undefined, outcome: ResultOutcome): SarifResult {
  const file = repositoryPath(scannedRoot, finding.file);
  const related = finding.related.map((location, position) => relatedLocation(location, position + 1, scannedRoot));
  return {
    ruleId: ruleId(finding.source),
    ruleIndex: index,
    ...outcome,
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUriPath(file), uriBaseId: SOURCE_ROOT },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: referenceFingerprint(file, finding) },
    properties: {
      title: findingTitle(finding),
      module: finding.module,
      declared: finding.declared,
      effective: finding.effective,
      kubernetes: finding.kubernetes,
      reloadsToken: finding.reloadsToken,
      verdict: finding.verdict,
      inferred: finding.inferred,
    },
  };
}

function relatedLocation(location: RelatedLocation, id: number, scannedRoot: string | undefined): SarifLocation {
  return {
    id,
    physicalLocation: {
      artifactLocation: { uri: encodeUriPath(repositoryPath(scannedRoot, location.file)), uriBaseId: SOURCE_ROOT },
      region: { startLine: location.line, ...(location.column === undefined ? {} : { startColumn: location.column }) },
    },
    ...(location.label ? { message: { text: location.label } } : {}),
  };
}

/**
 * Identifies the reference, not the line: the alert stays the same alert when lines above it move,
 * and becomes a new one when the declared version changes.
 */
export function referenceFingerprint(file: string, finding: Pick<Finding, 'module' | 'declared'>): string {
  return createHash('sha256')
    .update([file, finding.module, finding.declared ?? ''].join('\u0000'))
    .digest('hex');
}

function diagnosticNotification(diagnostic: Diagnostic, scannedRoot: string | undefined): SarifNotification {
  const message = { text: `${diagnostic.file}${diagnostic.line === null ? '' : `:${diagnostic.line}`}: ${diagnostic.message}` };
  if (diagnostic.line === null) return { level: 'warning', message };
  const uri = encodeUriPath(repositoryPath(scannedRoot, diagnostic.file));
  return {
    level: 'warning',
    message,
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, region: { startLine: diagnostic.line } } }],
  };
}
