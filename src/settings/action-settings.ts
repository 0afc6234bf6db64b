import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, type ScanSettings } from '../model/settings.js';
import {
  parseBoolean,
  parseBuildArgs,
  parseByteSize,
  parseFailOn,
  parseGlobList,
  parseKubectlSeverity,
  parseMinimumVersion,
  parsePolicy,
} from './parse-setting-values.js';
import { SettingsError } from './settings-error.js';

/** Every input of action.yml; a test keeps this list, action.yml and the README in step. */
export const ACTION_INPUT_NAMES = [
  'path',
  'policy',
  'minimum-version',
  'fail-on',
  'fail-on-inferred',
  'include',
  'exclude',
  'max-file-size',
  'dockerfiles',
  'docker-build-args',
  'kubectl-severity',
  'binaries',
  'annotations',
  'job-summary',
] as const;

export type ActionInputName = (typeof ACTION_INPUT_NAMES)[number];

export interface ActionSettings {
  scan: ScanSettings;
  annotations: boolean;
  jobSummary: boolean;
}

/**
 * All inputs become one typed settings object here, so the rest of the action never reads an input.
 * `getInput` returns '' for an unset input, as @actions/core does.
 */
export function readActionSettings(getInput: (name: ActionInputName) => string, workspace: string): ActionSettings {
  const relativeRoot = getInput('path').trim() || '.';
  const root = path.resolve(workspace, relativeRoot);
  const relativeToWorkspace = path.relative(path.resolve(workspace), root);
  if (relativeToWorkspace.startsWith('..') || path.isAbsolute(relativeToWorkspace)) {
    throw new SettingsError('path', relativeRoot, 'a directory inside the workspace');
  }
  return {
    scan: {
      root,
      policy: parsePolicy('policy', getInput('policy')),
      minimumVersion: parseMinimumVersion('minimum-version', getInput('minimum-version')),
      failOn: parseFailOn('fail-on', getInput('fail-on')),
      failOnInferred: parseBoolean('fail-on-inferred', getInput('fail-on-inferred'), false),
      include: parseGlobList(getInput('include')),
      exclude: parseGlobList(getInput('exclude')),
      maxFileBytes: parseByteSize('max-file-size', getInput('max-file-size'), DEFAULT_MAX_FILE_BYTES),
      dockerfiles: parseGlobList(getInput('dockerfiles')),
      dockerBuildArgs: parseBuildArgs('docker-build-args', [getInput('docker-build-args')]),
      kubectlSeverity: parseKubectlSeverity('kubectl-severity', getInput('kubectl-severity')),
      binaries: parseGlobList(getInput('binaries')),
    },
    annotations: parseBoolean('annotations', getInput('annotations'), true),
    jobSummary: parseBoolean('job-summary', getInput('job-summary'), true),
  };
}
