import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';

/** "Kubernetes 1.14.0", "Kubernetes 1.37-dev line", or "unknown". */
export function kubernetesText(finding: Finding): string {
  if (finding.kubernetes !== null) return finding.kubernetes;
  if (finding.kubernetesLine !== null) return `${finding.kubernetesLine} line`;
  return 'unknown';
}

export function reloadsText(finding: Finding): string {
  if (finding.reloadsToken === null) return 'unknown';
  return finding.reloadsToken ? 'yes' : 'no';
}

/** "2 outdated, 1 unknown, 1 ok in 7 files scanned". */
export function countsText(report: ScanReport): string {
  const { outdated, unknown, ok, filesScanned } = report.summary;
  return `${outdated} outdated, ${unknown} unknown, ${ok} ok in ${filesScanned} file${filesScanned === 1 ? '' : 's'} scanned`;
}

/** "policy strict, minimum v0.15.7, fails on outdated, go.sum-only findings do not fail". */
export function policyText(report: ScanReport): string {
  const { name, minimumVersion, failOn, failOnInferred } = report.policy;
  const minimum = minimumVersion ? `, minimum ${minimumVersion}` : '';
  const failing = failOn === 'never' ? 'never fails' : failOn === 'unknown' ? 'fails on outdated or unknown' : 'fails on outdated';
  const inferred = failOnInferred ? 'go.sum-only findings can fail' : 'go.sum-only findings do not fail';
  return `policy ${name}${minimum}, ${failing}, ${inferred}`;
}
