import * as core from '@actions/core';
import * as log from './action-log.js';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ChangeJudgement } from '../pipeline/judge-change.js';
import type { ScanReport } from '../model/report.js';
import type { BaselineView } from '../report/baseline-wording.js';
import { renderAnnotations, type Annotation, type AnnotationOptions } from '../report/annotations.js';
import { annotationsLeftOutNotice, capCheckRunAnnotations, checkRunConclusion, renderCheckRunAnnotations, renderCheckRunOutput } from '../report/check-run-output.js';
import { renderJson } from '../report/json.js';
import { renderMarkdownSummary, type MarkdownSummaryContext } from '../report/markdown-summary.js';
import { commentMarker, renderFixedPrComment, renderPrComment } from '../report/pr-comment.js';
import { renderSarif } from '../report/sarif.js';
import { DEFAULT_CHECK_NAME, type ActionSettings } from '../settings/action-settings.js';
import { README_URL, TOOL } from '../tool-identity.js';
import { ACTION_OUTPUT_NAMES, actionOutputValues, type WrittenFiles } from './action-outputs.js';
import { publishCheckRun } from './check-run-publisher.js';
import type { GitHubClient } from './github-client.js';
import type { GitHubEventContext } from './github-event-context.js';
import { publishPrComment } from './pr-comment-publisher.js';
import type { CheckoutLayout } from './checkout-layout.js';
import { identifyToken } from './token-identity.js';
import { writeFileWhole } from './write-file-whole.js';
import { emptyScanMessage } from '../evaluate/empty-scan.js';
import type { ConfigChange } from '../settings/config-diff.js';
import { configChangeText } from '../report/config-change-wording.js';
import { describeExpiredEntry, placeIgnoreEntry, type HeadConfigEntries } from '../report/ignore-entry-wording.js';
import type { ConfigOrigin } from '../settings/config-from.js';

export interface RunContext {
  /** Where the scanned directory sits in the workspace and in its repository. */
  layout: Pick<CheckoutLayout, 'scannedRoot' | 'scannedRootInWorkspace'>;
  /** The check run's name for this job (checkNameFor): '' for no check run. */
  checkName: string;
  event: GitHubEventContext;
  /** null without a token: the check run and the comment are skipped. Called only when a sink makes a request. */
  client: (() => Promise<GitHubClient>) | null;
  runnerTemp: string;
  /** The workflow run's page, linked from the check run and the comment. */
  runUrl: string | null;
  /** What the pull request changes in the config file (config-from: base judged without it); null: nothing. */
  configChange?: ConfigChange | null;
  /** Which config file judged the run. */
  config: ConfigOrigin;
  /** The checkout's config file (null: none there), where an entry of the base's file is looked for to annotate it. */
  headConfig: HeadConfigEntries | null;
}

/**
 * Every sink of the action, in an order that puts what a user needs first: files and outputs (no
 * network), then the check run, the summary and the comment. A sink that fails warns and the others go
 * on: a lost summary must never turn a failing gate into a passing one or the reverse.
 */
export async function publishToAction(judgement: ChangeJudgement, settings: ActionSettings, context: RunContext): Promise<void> {
  const { report } = judgement;
  const { scannedRoot, scannedRootInWorkspace } = context.layout;
  for (const warning of judgement.warnings) log.warning(warning);
  // A failing empty scan says so in the failure message; a passing one must not pass unseen.
  if (judgement.empty && report.result === 'pass') log.warning(emptyScanMessage(scannedRootInWorkspace, false), { title: 'Nothing scanned' });
  const { config } = context;
  for (const entry of judgement.expired) {
    // A line of the base commit's file is not the checkout's: only an entry the checkout holds too is annotated, at its own line.
    const place = placeIgnoreEntry(entry, config, context.headConfig);
    log.warning(describeExpiredEntry(entry, place), { title: 'Expired ignore entry', ...(place.baseCommit === null ? { file: place.file, startLine: place.line } : {}) });
  }
  for (const note of judgement.notes) log.info(note);
  if (context.configChange) log.notice(configChangeText(context.configChange, 'this pull request'), { title: 'Configuration changed' });

  const directory = await guarded('the report directory', () => outputDirectory(context.runnerTemp));
  const reportPath = directory ? await guarded('the JSON report', () => writeTo(directory, 'report.json', renderJson(report, { ...baselineOption(judgement), config, suppressed: judgement.suppressed }))) : null;
  const sarifPath = directory ? await guarded('the SARIF file', () => writeTo(directory, 'results.sarif', sarifText(judgement, scannedRoot))) : null;
  guardedSync('the step outputs', () => setOutputs(judgement, { reportPath, sarifPath }));

  const markdown: MarkdownSummaryContext = {
    serverUrl: context.event.serverUrl,
    repository: context.event.owner && context.event.repo ? `${context.event.owner}/${context.event.repo}` : '',
    sha: context.event.headSha ?? context.event.sha ?? '',
    scannedRoot,
    ...(reportPath ? { reportPath } : {}),
  };
  const baseline = baselineOption(judgement);
  const extras = { ...baseline, ...sharedExtras(judgement, context) };

  const checkRunCarriesAnnotations = await guarded('the check run', () => publishCheck(judgement, settings, context, markdown));
  if (settings.annotations && checkRunCarriesAnnotations !== true) {
    // Workflow commands name files from the workspace, as the runner resolves them; the Checks API from the repository root.
    guardedSync('the annotations', () => annotate(report, { scannedRoot: scannedRootInWorkspace, ...baseline, ...(reportPath ? { reportPath } : {}) }));
  }
  if (settings.jobSummary) {
    await guarded('the job summary', () => core.summary.addRaw(renderMarkdownSummary(report, markdown, undefined, extras)).write());
  }
  await guarded('the pull request comment', () => publishComment(judgement, settings, context, markdown));
  for (const diagnostic of report.diagnostics.slice(0, 20)) {
    log.info(`diagnostic: ${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: ${diagnostic.message}`);
  }
}

/** true when the check run holds every annotation, so the workflow annotations would only repeat them. */
async function publishCheck(judgement: ChangeJudgement, settings: ActionSettings, context: RunContext, markdown: MarkdownSummaryContext): Promise<boolean> {
  const { event } = context;
  if (!context.client || context.checkName === '' || !event.owner || !event.repo || !event.headSha) return false;
  const client = await context.client();
  const { report } = judgement;
  const baseline = baselineOption(judgement);
  const { kept: annotations, leftOut } = capCheckRunAnnotations(settings.annotations ? renderCheckRunAnnotations(report, { scannedRoot: context.layout.scannedRoot, ...baseline }) : []);
  const output = renderCheckRunOutput(report, { context: markdown, annotationCount: annotations.length, annotationsLeftOut: leftOut, ...baseline, extras: sharedExtras(judgement, context) });
  const target = { owner: event.owner, repo: event.repo, headSha: event.headSha, name: context.checkName, isFork: event.isFork, ...(context.runUrl ? { detailsUrl: context.runUrl } : {}) };
  const outcome = await publishCheckRun(client, target, { conclusion: checkRunConclusion(report), output, annotations });
  switch (outcome.kind) {
    case 'published':
      log.info(`Check run "${context.checkName}" created with ${outcome.annotationsSent} annotation(s)${outcome.url ? `: ${outcome.url}` : ''}.`);
      if (leftOut > 0) log.notice(annotationsLeftOutNotice(leftOut, annotations.length + leftOut), { title: 'Annotations capped' });
      if (outcome.problem) log.warning(outcome.problem);
      return outcome.problem === null;
    case 'forbidden':
      log.notice(outcome.fallbackNotice);
      return false;
    case 'failed':
      log.warning(`${outcome.reason} The findings are shown as workflow annotations instead.`);
      return false;
  }
}

async function publishComment(judgement: ChangeJudgement, settings: ActionSettings, context: RunContext, markdown: MarkdownSummaryContext): Promise<void> {
  const { event } = context;
  if (!context.client || settings.comment === 'never' || event.pullRequestNumber === null || !event.owner || !event.repo) return;
  const client = await context.client();
  const marker = commentMarker({ checkName: context.checkName || DEFAULT_CHECK_NAME, scannedRoot: context.layout.scannedRoot }, DEFAULT_CHECK_NAME);
  const heading = context.checkName || DEFAULT_CHECK_NAME;
  const options = { context: markdown, marker, heading, ...baselineOption(judgement), ...(context.runUrl ? { detailsUrl: context.runUrl } : {}), ...sharedExtras(judgement, context) };
  const author = await identifyToken(client, settings.githubToken);
  log.debug(`pull request comment author: ${author.how}`);
  const target = { owner: event.owner, repo: event.repo, pullRequestNumber: event.pullRequestNumber, authorLogin: author.login, marker };
  const outcome = await publishPrComment(client, target, settings.comment, {
    failing: judgement.report.result === 'fail',
    reviewNeeded: Boolean(context.configChange),
    body: renderPrComment(judgement.report, options),
    fixedBody: renderFixedPrComment(judgement.report, options),
  });
  if (outcome.action === 'failed') log.warning(outcome.reason);
  else if (outcome.action === 'skipped') log.info(`No pull request comment: ${outcome.why}.`);
  else {
    log.info(`Pull request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`);
    if (outcome.note) log.warning(outcome.note);
  }
}

/** What the summary, the check run and the comment list besides the findings. */
function sharedExtras(judgement: ChangeJudgement, context: RunContext): { suppressed: ChangeJudgement['suppressed']; notes: string[]; configChange?: ConfigChange } {
  return { suppressed: judgement.suppressed, notes: judgement.notes, ...(context.configChange ? { configChange: context.configChange } : {}) };
}

/** Every renderer takes the comparison with the base as an optional `baseline`. */
function baselineOption(judgement: ChangeJudgement): { baseline?: BaselineView } {
  return judgement.baseline ? { baseline: judgement.baseline } : {};
}

async function outputDirectory(runnerTemp: string): Promise<string> {
  const directory = path.join(runnerTemp, 'client-go-token-gate');
  await mkdir(directory, { recursive: true });
  return directory;
}

async function writeTo(directory: string, name: string, text: string): Promise<string> {
  const file = path.join(directory, name);
  await writeFileWhole(file, text);
  return file;
}

function sarifText(judgement: ChangeJudgement, scannedRoot: string): string {
  const options = { toolVersion: TOOL.version, informationUri: README_URL, scannedRoot, ...baselineOption(judgement) };
  return `${JSON.stringify(renderSarif(judgement.report, options), null, 2)}\n`;
}

function setOutputs(judgement: ChangeJudgement, files: WrittenFiles): void {
  const values = actionOutputValues(judgement.report, judgement.baseline ?? undefined, files);
  for (const name of ACTION_OUTPUT_NAMES) core.setOutput(name, values[name]);
}

function annotate(report: ScanReport, options: AnnotationOptions): void {
  const { commands, overflowNotice } = renderAnnotations(report, options);
  for (const annotation of commands) emitAnnotation(annotation);
  if (overflowNotice) log.notice(overflowNotice);
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
  log.annotation(annotation.level, annotation.message, properties);
}

async function guarded<T>(what: string, sink: () => Promise<T>): Promise<T | null> {
  try {
    return await sink();
  } catch (error) {
    log.warning(`Could not write ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function guardedSync(what: string, sink: () => void): void {
  try {
    sink();
  } catch (error) {
    log.warning(`Could not write ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
