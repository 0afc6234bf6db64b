import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { findingsThatFail } from './evaluate/fail-scope.js';
import { judgeChange, type BaseTree } from './pipeline/judge-change.js';
import { publishToAction } from './publish/action-publisher.js';
import { removeBaseSnapshot, snapshotBaseCommit } from './publish/base-snapshot.js';
import { exitCodeFor, EXIT_USAGE_OR_INTERNAL } from './publish/exit-code.js';
import type { GitHubClient } from './publish/github-client.js';
import { readGitHubEventContext, type GitHubEventContext } from './publish/github-event-context.js';
import { configFilePath, readActionSettings, type ActionInputName, type ActionSettings } from './settings/action-settings.js';
import { readConfigFile } from './settings/read-config-file.js';
import { TOOL } from './tool-identity.js';
import { readDockerCredentials } from './settings/read-docker-credentials.js';

/**
 * The action: inputs and config file → head (and base) scan → sinks → one verdict. setFailed is called
 * here and nowhere else, once, after every sink has run.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const getInput = (name: ActionInputName): string => core.getInput(name);
    const registryPassword = core.getInput('registry-password');
    if (registryPassword !== '') core.setSecret(registryPassword);
    const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
    const settings = readActionSettings(getInput, workspace, readConfigFile(workspace, configFilePath(getInput)), { dockerCredentials: readDockerCredentials(env, (message) => core.warning(message)), runnerTemp });
    const event = readGitHubEventContext(env);
    for (const problem of event.problems) core.debug(`event: ${problem}`);
    const client = lazyGitHubClient(settings.githubToken, event.apiUrl);
    const scannedRoot = path.relative(workspace, settings.scan.root).split(path.sep).join('/');
    const scope = settings.failOnScope ?? event.defaultFailOnScope;
    const judgement = await judgeChange({
      scan: settings.scan,
      tool: TOOL,
      ignore: settings.ignore,
      today: new Date().toISOString().slice(0, 10),
      scope,
      loadBase: event.baseSha ? () => loadBase(event, settings, { workspace, scannedRoot, client, runnerTemp }) : null,
    });
    await publishToAction(judgement, settings, { scannedRoot, event, client, runnerTemp, runUrl: runUrlOf(env, event) });
    const { report } = judgement;
    const code = exitCodeFor({ report });
    if (code !== 0) {
      const failing = findingsThatFail(report, scope, judgement.baseline?.comparison ?? null).length;
      const which = judgement.baseline && scope === 'new' ? 'new or made-older client-go reference(s)' : 'client-go reference(s)';
      core.setFailed(`${failing} ${which} fail the ${report.policy.name} policy (fail-on: ${report.policy.failOn}); see the annotations and the job summary.`);
    } else {
      core.info(`client-go token gate passed: ${report.summary.ok} ok, ${report.summary.outdated} outdated, ${report.summary.unknown} unknown.`);
    }
    return code;
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
    return EXIT_USAGE_OR_INTERNAL;
  }
}

/** Octokit is loaded when a sink first makes a request, so a run that makes none starts faster. */
function lazyGitHubClient(token: string, apiUrl: string): (() => Promise<GitHubClient>) | null {
  if (token === '') return null;
  let client: Promise<GitHubClient> | null = null;
  return () => (client ??= import('./publish/github-client.js').then(({ createGitHubClient }) => createGitHubClient({ token, apiUrl })));
}

interface BaseSource {
  workspace: string;
  scannedRoot: string;
  client: (() => Promise<GitHubClient>) | null;
  runnerTemp: string;
}

/** The base commit from the checkout's history, or through the API when the checkout is shallow. */
async function loadBase(event: GitHubEventContext, settings: ActionSettings, source: BaseSource): Promise<BaseTree> {
  const api = source.client && event.owner && event.repo ? { client: await source.client(), owner: event.owner, repo: event.repo } : null;
  const snapshot = await snapshotBaseCommit({
    baseSha: event.baseSha ?? '',
    repositoryRoot: source.workspace,
    scannedRoot: source.scannedRoot,
    api,
    temporaryParent: source.runnerTemp,
    // Dockerfiles named by the dockerfiles input are read from the base too, or they would all look new.
    ...(settings.scan.dockerfiles.length > 0 ? { alsoWanted: picomatch([...settings.scan.dockerfiles], { dot: true }) } : {}),
  });
  if (!snapshot.ok) return snapshot;
  return { ok: true, scanRoot: snapshot.scanRoot, method: snapshot.method, notes: snapshot.notes, dispose: () => removeBaseSnapshot(snapshot) };
}

function runUrlOf(env: NodeJS.ProcessEnv, event: GitHubEventContext): string | null {
  if (!env.GITHUB_RUN_ID || !event.owner || !event.repo) return null;
  return `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
}
