import type { Diagnostic } from './diagnostic.js';
import type { Finding } from './finding.js';
import type { FailOn, PolicyName } from './settings.js';

export type GateResult = 'pass' | 'fail';

/**
 * The version of the JSON contract. 2 added each finding's `baseline` and `failsCheck`, and the top-level
 * `baseline` and `fixed`; 3 added `config`, `exclusions` and `suppressions`. No key was ever removed, but a
 * consumer that validates keys must know the new ones.
 */
export const REPORT_SCHEMA_VERSION = 3;

/** An exclude glob and the paths it kept out of the scan, for reviewers: a directory skipped whole ends in '/'. */
export interface ExclusionMatch {
  pattern: string;
  count: number;
  /** The first few, in the order the walk met them. */
  firstPaths: string[];
}

/** The whole outcome of a scan; `renderJson` of it is the stable JSON contract. */
export interface ScanReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  policy: { name: PolicyName; minimumVersion: string | null; failOn: FailOn; failOnInferred: boolean };
  findings: Finding[];
  diagnostics: Diagnostic[];
  summary: { filesScanned: number; outdated: number; ok: number; unknown: number };
  result: GateResult;
  /** What the exclude globs skipped; shown in the summary, the comment and the JSON contract's `exclusions`. */
  exclusions?: ExclusionMatch[];
}
