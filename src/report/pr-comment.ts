import type { BaselineStatus } from '../evaluate/baseline.js';
import { fixWithoutStopGap, STOP_GAP } from '../evaluate/fix.js';
import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import { baselineSentence, baselineStatusLabel, isCarriedOver, statusByFinding, type BaselineView } from './baseline-wording.js';
import { escapeMarkdownText, markdownCodeSpan, markdownWithCodeSpans } from './escape.js';
import { compareByPlace } from '../model/stable-order.js';
import { compareByImportance, problemLevel } from './finding-order.js';
import { referenceText } from './finding-wording.js';
import { lineUrl, type MarkdownSummaryContext } from './markdown-summary.js';
import { countsText, kubernetesText, policyText, reloadsText } from './report-wording.js';
import { repositoryPath } from './repository-path.js';
import { shortenText, utf8ByteLength } from './text-size.js';
import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { ConfigChange } from '../settings/config-diff.js';
import { configChangeMarkdownLines } from './config-change-wording.js';
import { EXCLUSIONS_NOTE, exclusionItem, suppressionItem } from './exclusion-wording.js';

/**
 * Starts every comment this tool writes, so the next run finds it and edits it instead of adding
 * another. An HTML comment: invisible when rendered. Repository text is escaped, so it can never
 * produce the marker.
 */
export const PR_COMMENT_MARKER = '<!-- client-go-token-gate -->';

/** Which job a comment belongs to: jobs of one matrix differ in the check name or the scanned directory. */
export interface CommentIdentity {
  checkName: string;
  /** The scanned directory relative to the repository root ('' for the root). */
  scannedRoot: string;
}

/**
 * The marker of one job's comment. The default job (default check name, the repository root) keeps the
 * plain marker, so comments written before jobs were told apart are still found. Both values are
 * percent-encoded: neither can close the HTML comment (`-->` needs a `>`) or add a line.
 */
export function commentMarker(identity: CommentIdentity | undefined, defaultCheckName: string): string {
  if (identity === undefined) return PR_COMMENT_MARKER;
  const root = identity.scannedRoot.replace(/^\.\/?/, '').replace(/\/+$/, '');
  if (identity.checkName === defaultCheckName && root === '') return PR_COMMENT_MARKER;
  return `<!-- client-go-token-gate check=${encodeURIComponent(identity.checkName)} path=${encodeURIComponent(root)} -->`;
}

/** GitHub rejects a comment body over 65,536 characters; counting UTF-8 bytes keeps under it in any unit. */
export const PR_COMMENT_MAX_BYTES = 65_536;

export interface PrCommentOptions {
  /** Links to file lines, and the commit the comment speaks for. */
  context?: MarkdownSummaryContext;
  baseline?: BaselineView;
  /** The check run or the workflow run, where every finding is. */
  detailsUrl?: string;
  /** For tests; at least a few kilobytes, or only the short form fits. */
  maxBytes?: number;
  /** commentMarker of the job; PR_COMMENT_MARKER by default. */
  marker?: string;
  /** The job's name in the headline (the check name), so two jobs' comments tell apart; 'client-go token gate' by default. */
  heading?: string;
  /** What the pull request changes in the config file, judged without it (config-from: base): always shown. */
  configChange?: ConfigChange;
  /** Findings the config file's ignore entries suppressed: reviewers see each one. */
  suppressed?: readonly SuppressedFinding[];
}

const DEFAULT_HEADING = 'client-go token gate';

function headingOf(options: PrCommentOptions): string {
  return escapeMarkdownText(shortenText(options.heading || DEFAULT_HEADING, 200));
}

const MAX_PATH_LENGTH = 300;
const MAX_VERSION_LENGTH = 120;
const MAX_FIX_LENGTH = 600;
const MAX_URL_LENGTH = 2_000;

/** The marker must be the whole first line: one job's marker is never the prefix of another's. */
export function isGateComment(body: string, marker: string = PR_COMMENT_MARKER): boolean {
  return body === marker || body.startsWith(`${marker}\n`);
}

/**
 * The comment for the current state: what needs attention (new and worsened problems first when a
 * baseline is given), what the base branch already had (folded), what the change fixed. Whole table rows
 * are dropped, least important first, when the comment would be too long; if even the headline cannot
 * fit with them, the short form (headline, counts, link) is returned.
 */
export function renderPrComment(report: ScanReport, options: PrCommentOptions = {}): string {
  const maxBytes = options.maxBytes ?? PR_COMMENT_MAX_BYTES;
  const head = headLines(report, options);
  const detailsUrl = options.detailsUrl ? linkDestination(options.detailsUrl) : null;
  const tail = tailLines(detailsUrl, options.context?.sha);
  const sections = findingSections(report, options);
  return composeWithinLimit(head, sections, tail, maxBytes, detailsUrl !== null) ?? joinLines([...head, ...tail]);
}

/** The edit made to a failing comment once the pull request passes. */
export function renderFixedPrComment(report: ScanReport, options: PrCommentOptions = {}): string {
  const commit = options.context?.sha ? ` as of commit ${markdownCodeSpan(shortenText(options.context.sha, 40))}` : '';
  return joinLines([
    options.marker ?? PR_COMMENT_MARKER,
    `### ✅ ${headingOf(options)}: fixed`,
    '',
    `The client-go references this comment reported no longer fail the check${commit}.`,
    '',
    `**${escapeMarkdownText(countsText(report))}**; ${escapeMarkdownText(policyText(report))}.`,
    ...(options.baseline ? ['', escapeMarkdownText(baselineSentence(report, options.baseline))] : []),
    ...tailLines(options.detailsUrl ? linkDestination(options.detailsUrl) : null, options.context?.sha),
  ]);
}

function headLines(report: ScanReport, options: PrCommentOptions): string[] {
  return [
    options.marker ?? PR_COMMENT_MARKER,
    `### ${report.result === 'fail' ? '❌' : '✅'} ${headingOf(options)}: ${report.result}`,
    '',
    `**${escapeMarkdownText(countsText(report))}**; ${escapeMarkdownText(policyText(report))}.`,
    ...(options.baseline ? ['', escapeMarkdownText(baselineSentence(report, options.baseline))] : []),
    '',
    ...(options.configChange ? configChangeMarkdownLines(options.configChange, 'this pull request', "#### This pull request changes the gate's configuration") : []),
  ];
}

function tailLines(detailsUrl: string | null, sha: string | undefined): string[] {
  const commit = sha ? `Commit ${markdownCodeSpan(shortenText(sha, 40))}` : '';
  const details = detailsUrl ? `[Every finding, with its message](${detailsUrl})` : '';
  const line = [details, commit].filter((part) => part !== '').join(' · ');
  return line === '' ? [] : ['', line];
}

/** Only http(s), and nothing that could end the link early. */
function linkDestination(url: string): string | null {
  if (!/^https?:\/\//i.test(url) || url.length > MAX_URL_LENGTH) return null;
  return url.replace(/[\s()<>|\\`]/g, percentEncode);
}

/** encodeURIComponent leaves `(` and `)` as they are; a link destination needs them encoded too. */
function percentEncode(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(character);
}

// ---------------------------------------------------------------------------------------------------
// Sections

interface Section {
  opening: string[];
  rows: string[];
  closing: string[];
  /** Shown instead of the section when it has no rows. */
  whenEmpty: string[];
}

/** Said once under the table rather than in every Fix cell. Fixed text: no repository input. */
const STOP_GAP_NOTE = `_${escapeMarkdownText(STOP_GAP)}_`;

const TABLE_HEADER = ['| | Where | Version | Kubernetes | Reloads token? | Fix |', '| --- | --- | --- | --- | --- | --- |'];

function findingSections(report: ScanReport, options: PrCommentOptions): Section[] {
  const statuses = statusByFinding(report, options.baseline);
  const problems = report.findings.filter((finding) => problemLevel(finding) !== null).sort(compareByImportance);
  const carried = problems.filter((finding) => isCarriedOver(statuses.get(finding), options.baseline));
  const attention = problems.filter((finding) => !carried.includes(finding));
  const row = (finding: Finding): string => findingRow(finding, statuses.get(finding), options.context);
  const fixed = [...(options.baseline?.comparison.fixed ?? [])].sort(compareByPlace);
  return [
    {
      opening: ['#### Needs attention', '', ...TABLE_HEADER],
      rows: attention.map(row),
      closing: ['', STOP_GAP_NOTE, ''],
      whenEmpty: ['No client-go reference needs attention.', ''],
    },
    {
      opening: [`<details><summary>Already on the base branch (${carried.length})</summary>`, '', ...TABLE_HEADER],
      rows: carried.map(row),
      closing: ['', '</details>', ''],
      whenEmpty: [],
    },
    {
      opening: [`#### Fixed by this change (${fixed.length})`, ''],
      rows: fixed.map((finding) => fixedItem(finding, options.context)),
      closing: [''],
      whenEmpty: [],
    },
    {
      opening: [`#### Suppressed by the config file (${options.suppressed?.length ?? 0})`, ''],
      rows: (options.suppressed ?? []).map((item) => suppressionItem(item, placeCode(item.finding, options.context))),
      closing: [''],
      whenEmpty: [],
    },
    {
      opening: [`#### Skipped by \`exclude\` globs (${report.exclusions?.length ?? 0})`, '', EXCLUSIONS_NOTE, ''],
      rows: (report.exclusions ?? []).map(exclusionItem),
      closing: [''],
      whenEmpty: [],
    },
  ];
}

function findingRow(finding: Finding, status: BaselineStatus | undefined, context: MarkdownSummaryContext | undefined): string {
  const icon = problemLevel(finding) === 'error' ? '❌' : '⚠️';
  const cells = [
    status === undefined ? icon : `${icon} ${baselineStatusLabel(status)}`,
    whereCell(finding, context),
    markdownCodeSpan(shortenText(referenceText(finding), MAX_VERSION_LENGTH), { inTable: true }) || '—',
    escapeMarkdownText(kubernetesText(finding)),
    finding.reloadsToken === false ? '**no**' : reloadsText(finding),
    finding.fix ? markdownWithCodeSpans(shortenText(fixWithoutStopGap(finding.fix), MAX_FIX_LENGTH), { inTable: true }) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function whereCell(finding: Finding, context: MarkdownSummaryContext | undefined): string {
  const file = repositoryPath(context?.scannedRoot, finding.file);
  const text = markdownCodeSpan(`${shortenText(file, MAX_PATH_LENGTH)}:${finding.line}`, { inTable: true }) || '—';
  return context ? `[${text}](${lineUrl(context, file, finding.line)})` : text;
}

/** A fixed reference lives on the base commit only: named, not linked. */
function fixedItem(finding: Finding, context: MarkdownSummaryContext | undefined): string {
  return `- ${placeCode(finding, context)}: ${markdownCodeSpan(shortenText(referenceText(finding), MAX_VERSION_LENGTH)) || '—'} (was ${escapeMarkdownText(finding.verdict)})`;
}

function placeCode(finding: Finding, context: MarkdownSummaryContext | undefined): string {
  const file = repositoryPath(context?.scannedRoot, finding.file);
  return markdownCodeSpan(`${shortenText(file, MAX_PATH_LENGTH)}:${finding.line}`) || '—';
}

// ---------------------------------------------------------------------------------------------------
// Size

/**
 * Head, tail and the fixed sentences of empty sections always; then rows section by section while they
 * fit, a section's opening and closing costing with its first row; then a note on what was left out.
 * Null when what is always shown does not fit.
 */
function composeWithinLimit(head: string[], sections: Section[], tail: string[], maxBytes: number, hasDetails: boolean): string | null {
  const totalRows = sections.reduce((total, section) => total + section.rows.length, 0);
  const emptyLines = sections.filter((section) => section.rows.length === 0).flatMap((section) => section.whenEmpty);
  let used = cost(head) + cost(tail) + cost(emptyLines) + cost(omissionNote(totalRows, hasDetails));
  if (used > maxBytes) return null;
  const body: string[] = [];
  let shown = 0;
  for (const section of sections) {
    if (section.rows.length === 0) {
      body.push(...section.whenEmpty);
      continue;
    }
    const kept: string[] = [];
    for (const row of section.rows) {
      const extra = cost([row]) + (kept.length === 0 ? cost(section.opening) + cost(section.closing) : 0);
      if (used + extra > maxBytes) break;
      used += extra;
      kept.push(row);
    }
    if (kept.length > 0) body.push(...section.opening, ...kept, ...section.closing);
    shown += kept.length;
  }
  const omitted = totalRows - shown;
  return joinLines([...head, ...body, ...(omitted > 0 ? omissionNote(omitted, hasDetails) : []), ...tail]);
}

function omissionNote(omitted: number, hasDetails: boolean): string[] {
  const where = hasDetails ? 'the link below has every finding' : 'the job summary and the JSON report have every finding';
  return [`> **${omitted} more not shown**: a comment is limited to ${PR_COMMENT_MAX_BYTES} characters; ${where}.`, ''];
}

function cost(lines: readonly string[]): number {
  return lines.reduce((total, line) => total + utf8ByteLength(line) + 1, 0);
}

function joinLines(lines: readonly string[]): string {
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
