import { baselineStatusLabel, shownLevel, statusByFinding, type BaselineView } from './baseline-wording.js';
import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import { escapeWorkflowCommandData, escapeWorkflowCommandProperty, revealControlCharacters } from './escape.js';
import { findingDetailLines, findingTitle } from './finding-wording.js';
import { compareByImportance, problemLevel } from './finding-order.js';
import { repositoryPath } from './repository-path.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * One check annotation. Title and message already show control characters visibly (they would
 * otherwise reach the log as terminal escapes), but are not escaped for any syntax: escape at the
 * sink, as formatWorkflowCommand and @actions/core do.
 */
export interface Annotation {
  level: AnnotationLevel;
  /** Path relative to the repository root. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  /** The last column itself (GitHub's reading: endColumn defaults to startColumn), not one past it as in findings. */
  endColumn: number;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /** Annotate ok findings too, as notices. Off by default: a passing reference needs no attention. */
  includeOk?: boolean;
  /** The scanned directory relative to the repository root, so annotation paths land on the right file. */
  scannedRoot?: string;
  /** Where the full JSON report was written. Not shown: the runner path is gone after the job, the notice names the output. */
  reportPath?: string;
  /** Under fail-on-scope new a problem the base branch already had is one level lower, and each title says its status. */
  baseline?: BaselineView;
}

export interface RenderedAnnotations {
  commands: Annotation[];
  /** Says how many findings were left out and where to see them; null when nothing was. */
  overflowNotice: string | null;
}

/** GitHub shows at most this many annotations of each level per step and silently drops the rest. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10;

/**
 * One annotation per finding, most important first, at most ANNOTATIONS_SHOWN_PER_LEVEL per level, less
 * the slots kept for the step's failure message and the overflow notice.
 */
export function renderAnnotations(report: ScanReport, options: AnnotationOptions = {}): RenderedAnnotations {
  const statuses = statusByFinding(report, options.baseline);
  const candidates = [...report.findings]
    .sort(compareByImportance)
    .flatMap((finding) => {
      const level = annotationLevel(finding, options.includeOk ?? false);
      if (level === null) return [];
      const status = statuses.get(finding);
      const suffix = status !== undefined && problemLevel(finding) !== null ? ` (${baselineStatusLabel(status)})` : '';
      return [toAnnotation(finding, shownLevel(level, status, options.baseline), options.scannedRoot, suffix)];
    });
  // A failing run ends with setFailed, itself an error annotation: one error slot is kept for it, or
  // the runner would drop the one message that says why the step failed.
  const errorLimit = ANNOTATIONS_SHOWN_PER_LEVEL - (report.result === 'fail' ? 1 : 0);
  const firstTry = keepWithinLimits(candidates, { error: errorLimit, warning: ANNOTATIONS_SHOWN_PER_LEVEL, notice: ANNOTATIONS_SHOWN_PER_LEVEL });
  if (firstTry.hidden.length === 0) return { commands: firstTry.shown, overflowNotice: null };
  // The overflow notice is a notice annotation too.
  const { shown, hidden } = keepWithinLimits(candidates, { error: errorLimit, warning: ANNOTATIONS_SHOWN_PER_LEVEL, notice: ANNOTATIONS_SHOWN_PER_LEVEL - 1 });
  return { commands: shown, overflowNotice: overflowNoticeText(hidden) };
}

function annotationLevel(finding: Finding, includeOk: boolean): AnnotationLevel | null {
  const level = problemLevel(finding);
  if (level !== null) return level;
  return includeOk ? 'notice' : null;
}

function toAnnotation(finding: Finding, level: AnnotationLevel, scannedRoot: string | undefined, titleSuffix: string): Annotation {
  return {
    level,
    file: repositoryPath(scannedRoot, finding.file),
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: Math.max(finding.column, finding.endColumn - 1),
    title: revealControlCharacters(`${findingTitle(finding)}${titleSuffix}`),
    message: revealControlCharacters(findingDetailLines(finding).join('\n')),
  };
}

function keepWithinLimits(annotations: readonly Annotation[], limits: Readonly<Record<AnnotationLevel, number>>): { shown: Annotation[]; hidden: Annotation[] } {
  const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  const hidden: Annotation[] = [];
  for (const annotation of annotations) {
    counts[annotation.level] += 1;
    (counts[annotation.level] <= limits[annotation.level] ? shown : hidden).push(annotation);
  }
  return { shown, hidden };
}

function overflowNoticeText(hidden: readonly Annotation[]): string {
  const byLevel = (['error', 'warning', 'notice'] as const)
    .map((level) => ({ level, count: hidden.filter((annotation) => annotation.level === level).length }))
    .filter(({ count }) => count > 0)
    .map(({ level, count }) => plural(count, level));
  return (
    `${plural(hidden.length, 'more client-go finding')} ${hidden.length === 1 ? 'is' : 'are'} not shown as annotations (${byLevel.join(', ')}): ` +
    `GitHub shows at most ${ANNOTATIONS_SHOWN_PER_LEVEL} error, ${ANNOTATIONS_SHOWN_PER_LEVEL} warning and ${ANNOTATIONS_SHOWN_PER_LEVEL} notice annotations per step. ` +
    'See every finding in the job summary, or in the JSON report whose path is the step output report-path (upload it as an artifact to keep it after the job).'
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The `::error file=…,line=…::message` line for an annotation, for sinks that print workflow commands
 * themselves. Properties and message are escaped, so repository text cannot end the command early or
 * start another one.
 */
export function formatWorkflowCommand(annotation: Annotation): string {
  const properties = [
    `file=${escapeWorkflowCommandProperty(annotation.file)}`,
    `line=${annotation.line}`,
    `col=${annotation.column}`,
    `endLine=${annotation.endLine}`,
    `endColumn=${annotation.endColumn}`,
    `title=${escapeWorkflowCommandProperty(annotation.title)}`,
  ];
  return `::${annotation.level} ${properties.join(',')}::${escapeWorkflowCommandData(annotation.message)}`;
}
