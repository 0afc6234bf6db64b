import { compareWithBaseline } from '../evaluate/baseline.js';
import { applyFailOnEmpty, isEmptyScan } from '../evaluate/empty-scan.js';
import { applyFailScope } from '../evaluate/fail-scope.js';
import { applySuppressions, type SuppressedFinding } from '../evaluate/suppressions.js';
import { withFindings } from '../evaluate/evaluate-findings.js';
import type { ScanReport } from '../model/report.js';
import type { ScanSettings } from '../model/settings.js';
import type { BaselineView } from '../report/baseline-wording.js';
import type { FailOnScope, IgnoreEntry } from '../settings/config-file.js';
import { scanRepository, type ToolIdentity } from './scan-repository.js';

/** The base commit's files, written somewhere the head's scan settings can be pointed at. */
export type BaseTree =
  | {
      ok: true;
      scanRoot: string;
      /** How the base commit was chosen and read, one sentence for the summary ("… was read from the local git history."). */
      description: string;
      notes: string[];
      dispose(): Promise<void>;
    }
  | { ok: false; reason: string };

export interface ChangeRequest {
  scan: ScanSettings;
  tool: ToolIdentity;
  ignore: readonly IgnoreEntry[];
  /** YYYY-MM-DD (UTC); an ignore entry expiring on it no longer applies. */
  today: string;
  scope: FailOnScope;
  /** How to get the base commit; null when the event has none (push to a new branch, schedule). */
  loadBase: (() => Promise<BaseTree>) | null;
  /** An empty scan (no file read, nothing found) fails instead of passing with a warning. */
  failOnEmpty?: boolean;
}

export interface ChangeJudgement {
  /** The head's report without suppressed findings, its result decided by the fail scope. */
  report: ScanReport;
  baseline: BaselineView | null;
  /** The scan read no candidate file and found nothing (a mistyped path?): the shells warn, or it failed. */
  empty: boolean;
  suppressed: SuppressedFinding[];
  expired: IgnoreEntry[];
  /** Why the run is judged differently from what was asked (no base to compare with), for a warning. */
  warnings: string[];
  /** What the user may want to know (how the base was read). */
  notes: string[];
}

/**
 * Scans the head, and under fail-on-scope `new` the base commit too with the same settings and
 * suppressions, so a pull request fails only for what it changes. Without a base the scope falls back
 * to `all`, with the reason as a warning: a gate that silently passed would be worse.
 */
export async function judgeChange(request: ChangeRequest): Promise<ChangeJudgement> {
  const head = suppress(await scanRepository(request.scan, request.tool), request);
  const empty = isEmptyScan(head.report);
  const judgement: ChangeJudgement = { report: applyFailOnEmpty(head.report, request.failOnEmpty ?? false), baseline: null, empty, suppressed: head.suppressed, expired: head.expired, warnings: [], notes: [] };
  // Nothing to compare: an empty head has no finding a base could make existing.
  if (request.scope === 'all' || empty) return judgement;
  if (request.loadBase === null) {
    judgement.warnings.push('fail-on-scope is new, but this event names no base commit to compare with: every finding counts (fail-on-scope all).');
    return judgement;
  }
  const base = await request.loadBase();
  if (!base.ok) {
    judgement.warnings.push(`fail-on-scope is new, but the base commit could not be read (${base.reason}): every finding counts (fail-on-scope all).`);
    return judgement;
  }
  try {
    // Binaries are build output of this run: the base commit has none (images are read again, from the cache).
    const baseReport = suppress(await scanRepository({ ...request.scan, root: base.scanRoot, binaries: [] }, request.tool), request).report;
    const comparison = compareWithBaseline(head.report.findings, baseReport.findings);
    judgement.report = applyFailScope(head.report, request.scope, comparison);
    judgement.baseline = { scope: request.scope, comparison };
    judgement.notes.push(base.description, ...base.notes);
  } finally {
    await base.dispose();
  }
  return judgement;
}

function suppress(report: ScanReport, request: ChangeRequest): { report: ScanReport; suppressed: SuppressedFinding[]; expired: IgnoreEntry[] } {
  if (request.ignore.length === 0) return { report, suppressed: [], expired: [] };
  const outcome = applySuppressions(report.findings, request.ignore, request.today);
  return { report: withFindings(report, outcome.kept), suppressed: outcome.suppressed, expired: outcome.expired };
}
