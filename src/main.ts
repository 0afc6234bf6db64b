import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import picomatch from 'picomatch';
import { emptyScanMessage } from './evaluate/empty-scan.js';
import { findingsThatFail } from './evaluate/fail-scope.js';
import { judgeChange, type BaseTree, type ChangeJudgement } from './pipeline/judge-change.js';
import * as log from './publish/action-log.js';
import { publishToAction } from './publish/action-publisher.js';
import { actionWorkDirectory } from './publish/action-work-directory.js';
import { planBaseCommit } from './publish/base-commit.js';
import { readCheckoutLayout, type CheckoutLayout } from './publish/checkout-layout.js';
import { exitCodeFor, EXIT_USAGE_OR_INTERNAL } from './publish/exit-code.js';
import type { GitHubClient } from './publish/github-client.js';
import { readGitHubEventContext, type GitHubEventContext } from './publish/github-event-context.js';
import { loadBaseTree } from './publish/load-base-tree.js';
import type { ApiRepository } from './publish/api-tree-reader.js';
import { chooseConfig, type ChosenConfig } from './publish/config-source.js';
import { defaultConfigFrom } from './settings/config-from.js';
import { checkNameFor, configFilePath, readActionSettings, type ActionInputName, type ActionSettings } from './settings/action-settings.js';
import type { FailOnScope } from './settings/config-file.js';
import { readConfigFile } from './settings/read-config-file.js';
import { readDockerCredentials } from './settings/read-docker-credentials.js';
import { TOOL } from './tool-identity.js';

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
    const runnerTemp = await actionWorkDirectory(env);
    const environment = { dockerCredentials: readDockerCredentials(env, (message) => log.warning(message)), runnerTemp };
    const headConfig = readConfigFile(workspace, configFilePath(getInput));
    const headSettings = readActionSettings(getInput, workspace, headConfig, environment);
    const event = readGitHubEventContext(env);
    for (const problem of event.problems) log.debug(`event: ${problem}`);
    const client = lazyGitHubClient(headSettings.githubToken, event.apiUrl);
    const layout = await readCheckoutLayout(workspace, headSettings.scan.root);
    const chosen = await chooseConfig({
      // A path that does not exist fails the scan with its own message; no config judges a scan that cannot run.
      configFrom: existsSync(headSettings.scan.root) ? (headSettings.configFrom ?? defaultConfigFrom(event.kind)) : 'head',
      head: headConfig,
      configFile: headSettings.configFile,
      checkoutRoot: workspace,
      repositoryRoot: layout.repositoryRoot,
      plan: planBaseCommit(event, layout.head, headSettings.baseRef),
      api: () => apiRepositoryOf(client, event),
    });
    const settings = chosen.config === headConfig ? headSettings : readActionSettings(getInput, workspace, chosen.config, environment);
    const scope = failOnScopeOf(settings, event);
    const judgement = await judgeChange({
      scan: settings.scan,
      tool: TOOL,
      ignore: settings.ignore,
      today: new Date().toISOString().slice(0, 10),
      scope,
      failOnEmpty: settings.failOnEmpty,
      loadBase: () => loadBase(event, settings, layout, client, runnerTemp, chosen),
    });
    judgement.notes.unshift(...chosen.notes);
    await publishToAction(judgement, settings, {
      layout,
      checkName: checkNameFor(settings.checkName, layout.scannedRoot),
      event,
      client,
      runnerTemp,
      runUrl: runUrlOf(env, event),
      configChange: chosen.change,
      config: chosen.origin,
      headConfig: headConfig ? { file: headSettings.configFile, entries: headConfig.ignore } : null,
    });
    const code = exitCodeFor({ report: judgement.report });
    if (code !== 0) log.setFailed(failureMessage(judgement, scope, layout));
    else log.info(`client-go token gate passed: ${judgement.report.summary.ok} ok, ${judgement.report.summary.outdated} outdated, ${judgement.report.summary.unknown} unknown.`);
    return code;
  } catch (error) {
    log.setFailed(error instanceof Error ? error.message : String(error));
    return EXIT_USAGE_OR_INTERNAL;
  }
}

/** The input or config file, else base-ref asks for a comparison, else the event decides. */
function failOnScopeOf(settings: ActionSettings, event: GitHubEventContext): FailOnScope {
  if (settings.failOnScope !== null) return settings.failOnScope;
  return settings.baseRef !== null ? 'new' : event.defaultFailOnScope;
}

function failureMessage(judgement: ChangeJudgement, scope: FailOnScope, layout: CheckoutLayout): string {
  const { report } = judgement;
  const failing = findingsThatFail(report, scope, judgement.baseline?.comparison ?? null).length;
  if (failing === 0 && judgement.empty) return emptyScanMessage(layout.scannedRootInWorkspace, true);
  const which = judgement.baseline && scope === 'new' ? 'new or made-older client-go reference(s)' : 'client-go reference(s)';
  return `${failing} ${which} fail the ${report.policy.name} policy (fail-on: ${report.policy.failOn}); see the annotations and the job summary.`;
}

/** Octokit is loaded when a sink first makes a request, so a run that makes none starts faster. */
function lazyGitHubClient(token: string, apiUrl: string): (() => Promise<GitHubClient>) | null {
  if (token === '') return null;
  let client: Promise<GitHubClient> | null = null;
  return () => (client ??= import('./publish/github-client.js').then(({ createGitHubClient }) => createGitHubClient({ token, apiUrl })));
}

async function apiRepositoryOf(client: (() => Promise<GitHubClient>) | null, event: GitHubEventContext): Promise<ApiRepository | null> {
  return client && event.owner && event.repo ? { client: await client(), owner: event.owner, repo: event.repo } : null;
}

/** The base commit chosen from the checkout, read from its history, one fetch, or the API. */
async function loadBase(event: GitHubEventContext, settings: ActionSettings, layout: CheckoutLayout, client: (() => Promise<GitHubClient>) | null, runnerTemp: string, chosen: ChosenConfig): Promise<BaseTree> {
  return loadBaseTree({
    plan: planBaseCommit(event, layout.head, settings.baseRef),
    layout,
    api: await apiRepositoryOf(client, event),
    temporaryParent: runnerTemp,
    fetchedEarlier: chosen.fetchedBase,
    ...(chosen.base ? { found: chosen.base } : {}),
    // Dockerfiles named by the dockerfiles input are read from the base too, or they would all look new.
    ...(settings.scan.dockerfiles.length > 0 ? { alsoWanted: picomatch([...settings.scan.dockerfiles], { dot: true }) } : {}),
  });
}

function runUrlOf(env: NodeJS.ProcessEnv, event: GitHubEventContext): string | null {
  if (!env.GITHUB_RUN_ID || !event.owner || !event.repo) return null;
  return `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
}
