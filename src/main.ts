import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { failsCheck } from './evaluate/evaluate-findings.js';
import { scanRepository } from './pipeline/scan-repository.js';
import { publishToAction } from './publish/action-publisher.js';
import { exitCodeFor, EXIT_USAGE_OR_INTERNAL } from './publish/exit-code.js';
import { readActionSettings } from './settings/action-settings.js';
import { TOOL } from './tool-identity.js';

/**
 * The action: inputs → scan → sinks → one verdict. setFailed is called here and nowhere else,
 * once, after every sink has run.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const settings = readActionSettings((name) => core.getInput(name), workspace);
    const report = await scanRepository(settings.scan, TOOL);
    await publishToAction(report, settings, {
      scannedRoot: path.relative(workspace, settings.scan.root).split(path.sep).join('/'),
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      repository: env.GITHUB_REPOSITORY || '',
      sha: env.GITHUB_SHA || '',
      runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    });
    const code = exitCodeFor({ report });
    if (code !== 0) {
      const failing = report.findings.filter((finding) => failsCheck(finding, report.policy)).length;
      core.setFailed(`${failing} client-go reference(s) fail the ${report.policy.name} policy (fail-on: ${report.policy.failOn}); see the annotations and the job summary.`);
    } else {
      core.info(`client-go token gate passed: ${report.summary.ok} ok, ${report.summary.outdated} outdated, ${report.summary.unknown} unknown.`);
    }
    return code;
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
    return EXIT_USAGE_OR_INTERNAL;
  }
}
