import { fixWithoutStopGap } from '../evaluate/fix.js';
import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import type { ExclusionMatch, ScanReport } from '../model/report.js';
import {
  encodeUriPath,
  encodeUriPathSegment,
  escapeMarkdownText,
  markdownCodeSpan,
  markdownWithCodeSpans,
} from './escape.js';
import { baselineSentence, isCarriedOver, statusByFinding, type BaselineView } from './baseline-wording.js';
import { compareByImportance, groupByFile, problemLevel } from './finding-order.js';
import { relatedLocationText, versionText } from './finding-wording.js';
import { countsText, kubernetesText, policyText, reloadsText } from './report-wording.js';
import { repositoryPath } from './repository-path.js';
import { shortenText, utf8ByteLength } from './text-size.js';
import type { ConfigChange } from '../settings/config-diff.js';
import { configChangeMarkdownLines } from './config-change-wording.js';
import { EXCLUSIONS_HEADING, EXCLUSIONS_NOTE, exclusionItem, suppressionItem } from './exclusion-wording.js';

/** Where the scanned code lives on GitHub, for links to file lines. */
export interface MarkdownSummaryContext {
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  sha: string;
  /**
   * Set when the action wrote the JSON report. Its runner path is never shown (nobody can open it once the
   * job ends): the summary points to the `report-path` output and how to keep it as an artifact instead.
   */
  reportPath?: string;
  /** The scanned directory relative to the repository root, so links land on the right file. */
  scannedRoot?: string;
}

/** What a pull request run adds to the summary: the comparison with the base, suppressions, notes. */
export interface SummaryExtras {
  baseline?: BaselineView;
  suppressed?: readonly SuppressedFinding[];
  /** Plain sentences from the run (how the base was read); escaped here. */
  notes?: readonly string[];
  /** What the pull request changes in the config file, judged without it (config-from: base). */
  configChange?: ConfigChange;
}

/** GitHub rejects a step summary over 1 MiB; stay a little under it. */
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;

/**
 * Repository text is cut to these lengths before escaping, so one hostile value cannot fill the
 * summary on its own and no escape sequence is ever cut in half.
 */
const MAX_PATH_LENGTH = 300;
const MAX_VERSION_LENGTH = 120;
const MAX_MESSAGE_LENGTH = 1200;

const DEFAULT_MODULE = 'k8s.io/client-go';

/**
 * The job summary: headline, one table per file, diagnostics, and why it matters. Never more than
 * maxBytes of UTF-8: the headline and the explanation are kept, then findings (most important first)
 * and diagnostics while they fit, with a line saying how many were left out. Only whole lines are
 * dropped, so no table row or escape is ever cut. Returns '' when maxBytes cannot hold the headline.
 */
export function renderMarkdownSummary(
  report: ScanReport,
  context?: MarkdownSummaryContext,
  maxBytes: number = JOB_SUMMARY_MAX_BYTES,
  extras: SummaryExtras = {},
): string {
  const budget = new LineBudget(maxBytes);
  const headline = [...headlineLines(report), ...changeLines(report, extras), ...(extras.configChange ? configChangeMarkdownLines(extras.configChange, 'this pull request', CONFIG_CHANGE_HEADING) : [])];
  if (!budget.take(headline)) return '';
  const why = budget.take(WHY_LINES) ? WHY_LINES : [];
  const fullReport = context?.reportPath && budget.take(FULL_REPORT_LINES) ? FULL_REPORT_LINES : [];

  const notesReserve = linesByteLength([
    ...omittedFindingsLines(report.findings.length, report.findings.length, maxBytes, context),
    ...omittedDiagnosticsLines(report.diagnostics.length, report.diagnostics.length, context),
  ]);
  const keepFree = Math.min(notesReserve, budget.remaining);
  const groupOf = findingGroups(report, extras.baseline);
  const shownFindings = chooseFindings(report.findings, budget, keepFree, context, groupOf);
  const fixed = chooseLines(fixedLines(extras.baseline, context), budget, keepFree);
  const suppressed = chooseLines(suppressedLines(extras.suppressed ?? [], context), budget, keepFree);
  const excluded = chooseLines(exclusionLines(report.exclusions ?? []), budget, keepFree);
  const shownDiagnostics = chooseDiagnostics(report.diagnostics, budget, keepFree);

  const omittedFindings = report.findings.length - shownFindings.length;
  const omittedDiagnostics = report.diagnostics.length - shownDiagnostics.length;
  const findingsNote = omittedFindingsLines(omittedFindings, report.findings.length, maxBytes, context);
  const diagnosticsNote = omittedDiagnosticsLines(omittedDiagnostics, report.diagnostics.length, context);

  return joinLines([
    ...headline,
    ...findingsSectionLines(shownFindings, context, groupOf),
    ...(budget.take(findingsNote) ? findingsNote : []),
    ...fixed,
    ...suppressed,
    ...excluded,
    ...diagnosticsSectionLines(shownDiagnostics),
    ...(budget.take(diagnosticsNote) ? diagnosticsNote : []),
    ...why,
    ...fullReport,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Size accounting: the summary is a list of lines, each costing its UTF-8 length plus a newline.

class LineBudget {
  private used = 0;

  constructor(private readonly limit: number) {}

  get remaining(): number {
    return Math.max(0, this.limit - this.used);
  }

  /** Takes the lines if they fit while leaving `keepFree` bytes unused. */
  take(lines: readonly string[], keepFree = 0): boolean {
    const cost = linesByteLength(lines);
    if (this.used + cost + keepFree > this.limit) return false;
    this.used += cost;
    return true;
  }
}

function linesByteLength(lines: readonly string[]): number {
  return lines.reduce((total, line) => total + utf8ByteLength(line) + 1, 0);
}

function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Headline

function headlineLines(report: ScanReport): string[] {
  const icon = report.result === 'fail' ? '❌' : '✅';
  const diagnostics = report.diagnostics.length;
  const diagnosticCount = diagnostics === 0 ? '' : `, ${diagnostics} diagnostic${diagnostics === 1 ? '' : 's'}`;
  const nothingFound = report.findings.length === 0 ? ' No client-go references found.' : '';
  return [
    `## ${icon} client-go token gate: ${report.result}`,
    '',
    `**${escapeMarkdownText(countsText(report))}**${diagnosticCount}.${nothingFound}`,
    '',
    `${escapeMarkdownText(capitalise(policyText(report)))}.`,
    '',
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Findings tables

const FINDINGS_HEADING = ['### Findings', ''];
const CONFIG_CHANGE_HEADING = "### This pull request changes the gate's configuration";

/**
 * With a baseline, findings are shown in three groups, each with its own heading and tables: what the
 * change introduced (the only ones that can fail under fail-on-scope new), what the base branch already
 * had, and what passes. Without one, a single "Findings" group.
 */
type FindingGroup = 'findings' | 'introduced' | 'carried' | 'passing';
const GROUP_ORDER: readonly FindingGroup[] = ['findings', 'introduced', 'carried', 'passing'];
const GROUP_HEADING: Record<FindingGroup, string[]> = {
  findings: FINDINGS_HEADING,
  introduced: ['### New or made older by this change', ''],
  carried: ['### Already on the base branch', ''],
  passing: ['### Passing', ''],
};

function findingGroups(report: ScanReport, baseline: BaselineView | undefined): (finding: Finding) => FindingGroup {
  if (!baseline) return () => 'findings';
  const statuses = statusByFinding(report, baseline);
  return (finding) => {
    if (problemLevel(finding) === null) return 'passing';
    const status = statuses.get(finding);
    // Under fail-on-scope all nothing is carried over: every problem counts, so they stay together.
    return status === 'existing' && (isCarriedOver(status, baseline) || baseline.scope === 'all') ? 'carried' : 'introduced';
  };
}

function compareInGroups(groupOf: (finding: Finding) => FindingGroup): (a: Finding, b: Finding) => number {
  return (a, b) => GROUP_ORDER.indexOf(groupOf(a)) - GROUP_ORDER.indexOf(groupOf(b)) || compareByImportance(a, b);
}
const TABLE_HEADER = [
  '| Line | Declared | Effective | Kubernetes | Reloads token? | Verdict | Fix |',
  '| ---: | --- | --- | --- | --- | --- | --- |',
];

function fileHeadingLines(file: string, context: MarkdownSummaryContext | undefined): string[] {
  const shownPath = repositoryPath(context?.scannedRoot, file);
  return [`#### ${markdownCodeSpan(shortenText(shownPath, MAX_PATH_LENGTH)) || '(no path)'}`, '', ...TABLE_HEADER];
}

const TABLE_END = [''];

/** Picks findings most important first while they fit; a new file also costs its heading and table header. */
function chooseFindings(
  findings: readonly Finding[],
  budget: LineBudget,
  keepFree: number,
  context: MarkdownSummaryContext | undefined,
  groupOf: (finding: Finding) => FindingGroup,
): Finding[] {
  const chosen: Finding[] = [];
  const groupsStarted = new Set<FindingGroup>();
  const filesStarted = new Set<string>();
  for (const finding of [...findings].sort(compareInGroups(groupOf))) {
    const group = groupOf(finding);
    const tableKey = `${group}\u0000${finding.file}`;
    const opening = [
      ...(groupsStarted.has(group) ? [] : GROUP_HEADING[group]),
      ...(filesStarted.has(tableKey) ? [] : [...fileHeadingLines(finding.file, context), ...TABLE_END]),
    ];
    if (!budget.take([...opening, findingRow(finding, context)], keepFree)) break;
    chosen.push(finding);
    groupsStarted.add(group);
    filesStarted.add(tableKey);
  }
  return chosen;
}

function findingsSectionLines(findings: readonly Finding[], context: MarkdownSummaryContext | undefined, groupOf: (finding: Finding) => FindingGroup): string[] {
  return GROUP_ORDER.flatMap((group) => {
    const members = findings.filter((finding) => groupOf(finding) === group);
    if (members.length === 0) return [];
    const tables = groupByFile(members).flatMap((byFile) => [
      ...fileHeadingLines(byFile.file, context),
      ...byFile.findings.map((finding) => findingRow(finding, context)),
      ...TABLE_END,
    ]);
    return [...GROUP_HEADING[group], ...tables];
  });
}

// ---------------------------------------------------------------------------------------------------
// What the change did: the comparison with the base, what it fixed, what the config file suppresses

function changeLines(report: ScanReport, extras: SummaryExtras): string[] {
  const sentences = [...(extras.baseline ? [baselineSentence(report, extras.baseline)] : []), ...(extras.notes ?? [])];
  return sentences.flatMap((sentence) => [escapeMarkdownText(shortenText(sentence, MAX_MESSAGE_LENGTH)), '']);
}

function placeText(finding: Finding, context: MarkdownSummaryContext | undefined): string {
  const where = markdownCodeSpan(shortenText(`${repositoryPath(context?.scannedRoot, finding.file)}:${finding.line}`, MAX_PATH_LENGTH)) || '(no path)';
  return `${where} ${markdownCodeSpan(shortenText(versionText(finding), MAX_VERSION_LENGTH)) || '—'}`;
}

function fixedLines(baseline: BaselineView | undefined, context: MarkdownSummaryContext | undefined): string[] {
  const fixed = baseline?.comparison.fixed ?? [];
  if (fixed.length === 0) return [];
  return [
    '### Fixed by this change',
    '',
    ...fixed.map((finding) => `- ${placeText(finding, context)} was **${finding.verdict}** on the base branch`),
    '',
  ];
}

function suppressedLines(suppressed: readonly SuppressedFinding[], context: MarkdownSummaryContext | undefined): string[] {
  if (suppressed.length === 0) return [];
  return [
    '### Suppressed by the config file',
    '',
    ...suppressed.map((item) => suppressionItem(item, placeText(item.finding, context))),
    '',
  ];
}

function exclusionLines(exclusions: readonly ExclusionMatch[]): string[] {
  if (exclusions.length === 0) return [];
  return [EXCLUSIONS_HEADING, '', EXCLUSIONS_NOTE, '', ...exclusions.map(exclusionItem), ''];
}

/** A whole section or nothing: a list cut in the middle would read as complete. */
function chooseLines(lines: string[], budget: LineBudget, keepFree: number): string[] {
  return lines.length > 0 && budget.take(lines, keepFree) ? lines : [];
}

function findingRow(finding: Finding, context: MarkdownSummaryContext | undefined): string {
  const cells = [
    lineCell(finding, context),
    versionCell(finding.declared, finding.module),
    versionCell(finding.effective, null),
    escapeMarkdownText(kubernetesText(finding)),
    finding.reloadsToken === false ? '**no**' : reloadsText(finding),
    verdictCell(finding),
    // The stop-gap is the same for every row; "Why this matters" says it once.
    finding.fix ? markdownWithCodeSpans(shortenText(fixWithoutStopGap(finding.fix), MAX_MESSAGE_LENGTH), { inTable: true }) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function lineCell(finding: Finding, context: MarkdownSummaryContext | undefined): string {
  if (!context) return String(finding.line);
  return `[${finding.line}](${lineUrl(context, repositoryPath(context.scannedRoot, finding.file), finding.line)})`;
}

/**
 * `${serverUrl}/${repository}/blob/${sha}/${file}#L${line}`, every part percent-encoded so a path like
 * `a)b|c` can end neither the link nor the table cell.
 */
export function lineUrl(context: MarkdownSummaryContext, file: string, line: number): string {
  const server = context.serverUrl.replace(/\/+$/, '').replace(/[\s()<>|\\`]/g, (character) => encodeURIComponent(character));
  return `${server}/${encodeUriPath(context.repository)}/blob/${encodeUriPathSegment(context.sha)}/${encodeUriPath(file)}#L${line}`;
}

/** A version as code; the module too when it is not k8s.io/client-go (an alias such as github.com/kubernetes/client-go). */
function versionCell(version: string | null, module: string | null): string {
  if (version === null) return '—';
  const shownModule = module !== null && module !== DEFAULT_MODULE ? `${shortenText(module, MAX_VERSION_LENGTH)} ` : '';
  return markdownCodeSpan(`${shownModule}${shortenText(version, MAX_VERSION_LENGTH)}`, { inTable: true }) || '—';
}

function verdictCell(finding: Finding): string {
  const level = problemLevel(finding);
  const icon = level === 'error' ? '❌' : level === null ? '✅' : '⚠️';
  const traits = [finding.inferred ? 'inferred' : null, finding.indirect ? 'indirect' : null].filter((trait) => trait !== null);
  const label = `${icon} **${finding.verdict}**${traits.length > 0 ? ` (${traits.join(', ')})` : ''}`;
  const parts = [label, markdownWithCodeSpans(shortenText(finding.message, MAX_MESSAGE_LENGTH), { inTable: true })];
  if (finding.related.length > 0) {
    const related = finding.related.map((location) => shortenText(relatedLocationText(location), MAX_PATH_LENGTH)).join(', ');
    parts.push(`See also: ${escapeMarkdownText(related)}`);
  }
  // <br> is the only way to break a line inside a GFM table cell.
  return parts.join('<br>');
}

function reportReference(context: MarkdownSummaryContext | undefined): string {
  return context?.reportPath ? 'the JSON report (step output `report-path`)' : 'the JSON report';
}

function omittedFindingsLines(omitted: number, total: number, maxBytes: number, context: MarkdownSummaryContext | undefined): string[] {
  if (omitted === 0) return [];
  return [
    `> **${omitted} of ${total} findings not shown**: the job summary is limited to ${maxBytes} bytes; see ${reportReference(context)} for all of them.`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------------
// Diagnostics

const DIAGNOSTICS_HEADING = ['### Diagnostics', ''];
const LIST_END = [''];

function chooseDiagnostics(diagnostics: readonly Diagnostic[], budget: LineBudget, keepFree: number): Diagnostic[] {
  const chosen: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const opening = chosen.length === 0 ? [...DIAGNOSTICS_HEADING, ...LIST_END] : [];
    if (!budget.take([...opening, diagnosticItem(diagnostic)], keepFree)) break;
    chosen.push(diagnostic);
  }
  return chosen;
}

function diagnosticsSectionLines(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  return [...DIAGNOSTICS_HEADING, ...diagnostics.map(diagnosticItem), ...LIST_END];
}

function diagnosticItem(diagnostic: Diagnostic): string {
  const file = markdownCodeSpan(shortenText(diagnostic.file, MAX_PATH_LENGTH)) || '(no path)';
  const line = diagnostic.line === null ? '' : `:${diagnostic.line}`;
  return `- ${file}${line}: ${markdownWithCodeSpans(shortenText(diagnostic.message, MAX_MESSAGE_LENGTH))}`;
}

function omittedDiagnosticsLines(omitted: number, total: number, context: MarkdownSummaryContext | undefined): string[] {
  if (omitted === 0) return [];
  return [`> **${omitted} of ${total} diagnostics not shown**; see ${reportReference(context)}.`, ''];
}

// ---------------------------------------------------------------------------------------------------
// Why

/** Fixed text (no repository input); facts from shared/domain.md §0, §1.2 and §3. */
const WHY_LINES: readonly string[] = [
  '### Why this matters',
  '',
  'Since Kubernetes 1.21, pods get bound ServiceAccount tokens that expire. The kubelet writes a fresh token ' +
    'to the same file before the old one expires, but a program only uses it if its client re-reads the file. ' +
    'Clusters usually extend the first token to one year (90 days on EKS, about one hour on AKS with the OIDC issuer); ' +
    'when it runs out, a client-go that read the token once gets `401 Unauthorized` on every request.',
  '',
  'client-go before Kubernetes 1.12 (v8.0.0 and older) reads the token once. v9.0.0 and v10.0.0 re-read it, and so ' +
    'does every release from Kubernetes 1.15.0 on (v12.0.0, v0.15.7 and later). v11.0.0 (Kubernetes 1.14.0 to 1.14.2) ' +
    'and the 1.12.5 to 1.12.8 and 1.13.1 to 1.13.6 patches stopped re-reading it in-cluster, until ' +
    'kubernetes/kubernetes#77613 fixed it in 1.12.9, 1.13.7, 1.14.3 and 1.15.0.',
  '',
  '**Restarting the pods is a stop-gap, not a fix**: it gives them a fresh token, and the program fails again ' +
    'when that one expires. Upgrade client-go as the Fix column says; until that is deployed, restart running pods ' +
    'before their token\'s extended expiry.',
];

/**
 * Fixed text (no repository input): the report files live under RUNNER_TEMP and are gone when the job
 * ends, so the summary names the outputs that hold their paths and the step that keeps them.
 */
const FULL_REPORT_LINES: readonly string[] = [
  '',
  '### Full report',
  '',
  'The JSON report with every finding is in the step output `report-path`, and the SARIF file in `sarif-path`: ' +
    'files on the runner, gone when the job ends. To keep the report, upload it as an artifact (`<id>` is the id of the gate step):',
  '',
  '```yaml',
  '- uses: actions/upload-artifact@v4',
  '  if: always()',
  '  with:',
  '    path: ${{ steps.<id>.outputs.report-path }}',
  '```',
];
