import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import { baselineSentence, baselineStatusLabel, shownLevel, statusByFinding, type BaselineView } from './baseline-wording.js';
import { escapeMarkdownText, revealControlCharacters } from './escape.js';
import { compareByImportance, problemLevel } from './finding-order.js';
import { findingDetailLines, findingTitle } from './finding-wording.js';
import { renderMarkdownSummary, type MarkdownSummaryContext, type SummaryExtras } from './markdown-summary.js';
import { countsText, policyText } from './report-wording.js';
import { repositoryPath } from './repository-path.js';
import { shortenText } from './text-size.js';

/**
 * The Checks API rejects an output title, summary or text over 65,535 characters. Counting UTF-8 bytes
 * instead keeps every value under the limit whichever unit GitHub counts in.
 */
export const CHECK_RUN_TEXT_MAX_BYTES = 65_535;

/** An annotation title longer than this is rejected. */
const ANNOTATION_TITLE_MAX_LENGTH = 255;
/** The API allows 64 KiB; a message that long helps no one in a diff view. */
const ANNOTATION_MESSAGE_MAX_LENGTH = 4_000;

/**
 * Annotations one check run carries at most: 20 requests of 50. Beyond that the diff view gains nothing,
 * and 20,000 findings would cost 400 requests against the token's rate limit.
 */
export const MAX_CHECK_RUN_ANNOTATIONS = 1_000;

export type CheckRunConclusion = 'success' | 'failure' | 'neutral';
export type CheckRunAnnotationLevel = 'failure' | 'warning' | 'notice';

/** One annotation as the Checks API takes it (snake_case fields). */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line equals end_line: the API rejects columns on a range of lines. */
  start_column?: number;
  end_column?: number;
  annotation_level: CheckRunAnnotationLevel;
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text: string;
}

export interface CheckRunOutputOptions {
  /** Links to file lines in the text, and the scanned directory. */
  context?: MarkdownSummaryContext;
  baseline?: BaselineView;
  /** How many annotations the check run carries, to say so in the summary. */
  annotationCount?: number;
  /** Findings left unannotated by MAX_CHECK_RUN_ANNOTATIONS. */
  annotationsLeftOut?: number;
  /** What the job summary lists besides the findings (suppressions, how the base was read). */
  extras?: Omit<SummaryExtras, 'baseline'>;
}

export interface CheckRunAnnotationOptions {
  /** The scanned directory relative to the repository root: annotation paths must be repository paths. */
  scannedRoot?: string;
  /** Annotate ok findings too, as notices. */
  includeOk?: boolean;
  baseline?: BaselineView;
}

/**
 * failure when the gate fails; neutral when it passes with findings that still need a look (unknown
 * releases, fail-on: never, problems the base branch already had); success otherwise.
 */
export function checkRunConclusion(report: ScanReport): CheckRunConclusion {
  if (report.result === 'fail') return 'failure';
  return report.findings.some((finding) => problemLevel(finding) !== null) ? 'neutral' : 'success';
}

export function renderCheckRunOutput(report: ScanReport, options: CheckRunOutputOptions = {}): CheckRunOutput {
  return {
    title: shortenText(`${report.result === 'fail' ? 'Failed' : 'Passed'}: ${countsText(report)}`, ANNOTATION_TITLE_MAX_LENGTH),
    summary: summaryText(report, options),
    text: checkRunText(report, options),
  };
}

/**
 * renderMarkdownSummary names the job summary in its line about left-out findings. That line is the
 * only one starting with "> **N of M findings not shown**" (repository text is escaped and sits in
 * table rows and list items), so the rewording touches nothing else; it costs 3 bytes, kept free.
 */
const OMITTED_FINDINGS_WORDING = /^(> \*\*\d+ of \d+ findings not shown\*\*: )the job summary is limited to/m;
const REWORDING_COST = 'check run text'.length - 'job summary'.length;

function checkRunText(report: ScanReport, options: CheckRunOutputOptions): string {
  const extras = { ...options.extras, ...(options.baseline ? { baseline: options.baseline } : {}) };
  const summary = renderMarkdownSummary(report, options.context, CHECK_RUN_TEXT_MAX_BYTES - REWORDING_COST, extras);
  return summary.replace(OMITTED_FINDINGS_WORDING, '$1the check run text is limited to');
}

function summaryText(report: ScanReport, options: CheckRunOutputOptions): string {
  const lines = [
    `**${escapeMarkdownText(countsText(report))}**; ${escapeMarkdownText(policyText(report))}.`,
    ...(options.baseline ? ['', escapeMarkdownText(baselineSentence(report, options.baseline))] : []),
    ...(options.annotationsLeftOut
      ? ['', escapeMarkdownText(annotationsLeftOutNotice(options.annotationsLeftOut, (options.annotationCount ?? 0) + options.annotationsLeftOut))]
      : annotationCountLines(options.annotationCount)),
    ...fullReportLines(options.context?.reportPath),
  ];
  // A few fixed sentences: far below the limit by construction.
  return lines.join('\n');
}

function annotationCountLines(count: number | undefined): string[] {
  if (count === undefined || count === 0) return [];
  return ['', `Every finding that needs attention is annotated on its file and line (${count} annotation${count === 1 ? '' : 's'}).`];
}

/** The most important annotations first (renderCheckRunAnnotations' order), at most MAX_CHECK_RUN_ANNOTATIONS. */
export function capCheckRunAnnotations(annotations: readonly CheckRunAnnotation[], cap = MAX_CHECK_RUN_ANNOTATIONS): { kept: CheckRunAnnotation[]; leftOut: number } {
  return { kept: annotations.slice(0, cap), leftOut: Math.max(0, annotations.length - cap) };
}

/** Plain text: the check run's summary and the step's one notice. */
export function annotationsLeftOutNotice(leftOut: number, total: number): string {
  return (
    `${leftOut} of ${total} findings are not annotated: a check run carries at most ${MAX_CHECK_RUN_ANNOTATIONS} annotations (the most important first). ` +
    'Every finding is in the job summary (as far as it fits) and in the JSON report (step output report-path; keep it with actions/upload-artifact).'
  );
}

/** The runner path is gone after the job: name the output that holds it, as the text's "Full report" section does. */
function fullReportLines(reportPath: string | undefined): string[] {
  if (!reportPath) return [];
  return ['', 'The full JSON report is in the step output `report-path` (SARIF: `sarif-path`); "Full report" below shows how to keep it as an artifact.'];
}

const LEVEL: Record<NonNullable<ReturnType<typeof problemLevel>>, CheckRunAnnotationLevel> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** Every finding that needs attention (ok ones too when asked), most important first; no cap, the publisher batches. */
export function renderCheckRunAnnotations(report: ScanReport, options: CheckRunAnnotationOptions = {}): CheckRunAnnotation[] {
  const statuses = statusByFinding(report, options.baseline);
  return [...report.findings].sort(compareByImportance).flatMap((finding) => {
    const level = problemLevel(finding);
    if (level === null && !options.includeOk) return [];
    const status = statuses.get(finding);
    const annotationLevel = LEVEL[shownLevel(level ?? 'notice', status, options.baseline)];
    const suffix = status !== undefined && level !== null ? ` (${baselineStatusLabel(status)})` : '';
    return [toAnnotation(finding, annotationLevel, suffix, options.scannedRoot)];
  });
}

function toAnnotation(finding: Finding, level: CheckRunAnnotationLevel, titleSuffix: string, scannedRoot: string | undefined): CheckRunAnnotation {
  const startLine = Math.max(1, finding.line);
  const endLine = Math.max(startLine, finding.endLine);
  return {
    path: repositoryPath(scannedRoot, finding.file),
    start_line: startLine,
    end_line: endLine,
    ...(startLine === endLine ? columnsOf(finding) : {}),
    annotation_level: level,
    // Annotations render as plain text: only invisible characters need showing, nothing needs escaping.
    title: shortenText(revealControlCharacters(`${findingTitle(finding)}${titleSuffix}`), ANNOTATION_TITLE_MAX_LENGTH),
    message: shortenText(revealControlCharacters(findingDetailLines(finding).join('\n')), ANNOTATION_MESSAGE_MAX_LENGTH),
  };
}

/** Findings end one past the last column; the Checks API's end_column is the last column itself. */
function columnsOf(finding: Finding): { start_column: number; end_column: number } | Record<string, never> {
  if (finding.column < 1) return {};
  return { start_column: finding.column, end_column: Math.max(finding.column, finding.endColumn - 1) };
}
