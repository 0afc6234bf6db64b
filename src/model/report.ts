import type { Diagnostic } from './diagnostic.js';
import type { Finding } from './finding.js';
import type { FailOn, PolicyName } from './settings.js';

export type GateResult = 'pass' | 'fail';

/** The whole outcome of a scan; `renderJson` of it is the stable JSON contract. */
export interface ScanReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  policy: { name: PolicyName; minimumVersion: string | null; failOn: FailOn; failOnInferred: boolean };
  findings: Finding[];
  diagnostics: Diagnostic[];
  summary: { filesScanned: number; outdated: number; ok: number; unknown: number };
  result: GateResult;
}
