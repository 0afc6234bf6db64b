import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanReport } from '../model/report.js';
import { renderAnnotations, type Annotation } from '../report/annotations.js';
import { renderFindingsOutput, renderJson } from '../report/json.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import type { ActionSettings } from '../settings/action-settings.js';

export interface RunContext {
  /** The scanned directory relative to the workspace, POSIX ('' for the workspace itself). */
  scannedRoot: string;
  serverUrl: string;
  repository: string;
  sha: string;
  runnerTemp: string;
}

/**
 * Every sink of the action. A sink that fails warns and the others go on: a lost summary must never
 * turn a failing gate into a passing one or the reverse.
 */
export async function publishToAction(report: ScanReport, settings: ActionSettings, context: RunContext): Promise<void> {
  const reportPath = await guarded('the JSON report', () => writeReportFile(report, context.runnerTemp));
  guardedSync('the step outputs', () => setOutputs(report, reportPath));
  if (settings.annotations) guardedSync('the annotations', () => annotate(report, context.scannedRoot, reportPath));
  if (settings.jobSummary) {
    await guarded('the job summary', () =>
      core.summary.addRaw(renderMarkdownSummary(report, { ...context, ...(reportPath ? { reportPath } : {}) })).write(),
    );
  }
  for (const diagnostic of report.diagnostics.slice(0, 20)) {
    core.info(`diagnostic: ${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: ${diagnostic.message}`);
  }
}

async function writeReportFile(report: ScanReport, runnerTemp: string): Promise<string> {
  const directory = path.join(runnerTemp, 'client-go-token-gate');
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, 'report.json');
  await writeFile(file, renderJson(report));
  return file;
}

function setOutputs(report: ScanReport, reportPath: string | null): void {
  core.setOutput('result', report.result);
  core.setOutput('outdated-count', String(report.summary.outdated));
  core.setOutput('unknown-count', String(report.summary.unknown));
  core.setOutput('findings', renderFindingsOutput(report));
  core.setOutput('report-path', reportPath ?? '');
}

function annotate(report: ScanReport, scannedRoot: string, reportPath: string | null): void {
  const { commands, overflowNotice } = renderAnnotations(report, { scannedRoot, ...(reportPath ? { reportPath } : {}) });
  for (const annotation of commands) emitAnnotation(annotation);
  if (overflowNotice) core.notice(overflowNotice);
}

/** @actions/core escapes the message and every property, so repository text cannot inject commands. */
function emitAnnotation(annotation: Annotation): void {
  const sameLine = annotation.line === annotation.endLine;
  const properties: core.AnnotationProperties = {
    title: annotation.title,
    file: annotation.file,
    startLine: annotation.line,
    endLine: annotation.endLine,
    ...(sameLine ? { startColumn: annotation.column, endColumn: annotation.endColumn } : {}),
  };
  const emit = annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
  emit(annotation.message, properties);
}

async function guarded<T>(what: string, sink: () => Promise<T>): Promise<T | null> {
  try {
    return await sink();
  } catch (error) {
    core.warning(`Could not write ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function guardedSync(what: string, sink: () => void): void {
  try {
    sink();
  } catch (error) {
    core.warning(`Could not write ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
