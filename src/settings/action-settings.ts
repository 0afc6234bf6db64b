import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, type ImageScanSettings, type RegistryCredentials, type ScanSettings } from '../model/settings.js';
import { IMAGE_INPUT_NAMES, readImageSettings } from './image-settings.js';
import { overConfigFile } from './over-config-file.js';
import {
  parseBoolean,
  parseBuildArgs,
  parseByteSize,
  parseGlobList,
  parseKubectlSeverity,
} from './parse-setting-values.js';
import { CONFIG_FILE_PATH, parseFailOnScope, type ConfigFile, type FailOnScope, type IgnoreEntry } from './config-file.js';
import { SettingsError } from './settings-error.js';
import { checkRealRootInside } from './scan-root-inside.js';
import { parseBaseRef } from './git-revision-name.js';
import { parseConfigFrom, type ConfigFrom } from './config-from.js';

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
  'images',
  'inspect-dockerfile-images',
  'image-platform',
  'image-timeout',
  'registry',
  'registry-username',
  'registry-password',
  'allowed-registries',
  'insecure-registries',
  'annotations',
  'job-summary',
  'fail-on-scope',
  'config-file',
  'config-from',
  'github-token',
  'check-name',
  'comment',
  'base-ref',
  'fail-on-empty',
] as const;

export type ActionInputName = (typeof ACTION_INPUT_NAMES)[number];

export type CommentMode = 'on-failure' | 'always' | 'never';
const COMMENT_MODES: readonly CommentMode[] = ['on-failure', 'always', 'never'];

export const DEFAULT_CHECK_NAME = 'client-go token gate';

/**
 * The check run's name. The default name gets the scanned directory when it is not the repository root,
 * so the jobs of a matrix over paths make check runs that tell apart; a name the user chose stays as it is.
 */
export function checkNameFor(checkName: string, scannedRoot: string): string {
  const root = scannedRoot.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return checkName === DEFAULT_CHECK_NAME && root !== '' ? `${DEFAULT_CHECK_NAME} (${root})` : checkName;
}

export interface ActionSettings {
  scan: ScanSettings;
  annotations: boolean;
  jobSummary: boolean;
  /** null: the event decides (new on pull requests and merge queues, all elsewhere). */
  failOnScope: FailOnScope | null;
  ignore: IgnoreEntry[];
  /** The token for the check run, the comment and the base commit through the API; '' for none. */
  githubToken: string;
  /** '' turns the check run off; the workflow annotations are then the only ones. */
  checkName: string;
  comment: CommentMode;
  /** Where the config file was looked for, relative to the workspace. */
  configFile: string;
  /** input config-from: which commit's config file judges the run; null: the event decides (base on pull requests). */
  configFrom: ConfigFrom | null;
  /** input base-ref: judge against the merge base of HEAD and this branch, tag or commit; null: the event decides. */
  baseRef: string | null;
  /** An empty scan fails instead of passing with a warning. */
  failOnEmpty: boolean;
}

/** The config file's place, relative to the workspace (input `config-file`); read before the other inputs. */
export function configFilePath(getInput: (name: ActionInputName) => string): string {
  return getInput('config-file').trim() || CONFIG_FILE_PATH;
}

/**
 * All inputs become one typed settings object here, so the rest of the action never reads an input.
 * `getInput` returns '' for an unset input, as @actions/core does.
 */
/** What the runner provides besides inputs: credentials from a Docker config.json, a directory for temporary files. */
export interface ActionEnvironment {
  dockerCredentials?: ReadonlyMap<string, RegistryCredentials>;
  /** RUNNER_TEMP: images are spooled and their inspections cached there. */
  runnerTemp?: string;
}

export function readActionSettings(
  getInput: (name: ActionInputName) => string,
  workspace: string,
  config: ConfigFile | null = null,
  environment: ActionEnvironment = {},
): ActionSettings {
  const relativeRoot = getInput('path').trim() || '.';
  const root = path.resolve(workspace, relativeRoot);
  const relativeToWorkspace = path.relative(path.resolve(workspace), root);
  if (relativeToWorkspace.startsWith('..') || path.isAbsolute(relativeToWorkspace)) {
    throw new SettingsError('path', relativeRoot, 'a directory inside the workspace');
  }
  checkRealRootInside('path', relativeRoot, workspace, root, 'the workspace');
  // An input that is set wins over the config file, which wins over the default: the runner passes an
  // input's action.yml default as if it were set, so these inputs default to '' there.
  const given = (name: ActionInputName): string | null => (getInput(name).trim() === '' ? null : getInput(name));
  const include = given('include');
  const exclude = given('exclude');
  const failOnScope = given('fail-on-scope');
  const overridable = overConfigFile(
    {
      policy: { name: 'policy', raw: given('policy') },
      minimumVersion: { name: 'minimum-version', raw: given('minimum-version') },
      failOn: { name: 'fail-on', raw: given('fail-on') },
      include: include !== null ? parseGlobList(include) : null,
      exclude: exclude !== null ? parseGlobList(exclude) : null,
    },
    config,
  );
  return {
    scan: {
      root,
      ...overridable,
      failOnInferred: parseBoolean('fail-on-inferred', getInput('fail-on-inferred'), false),
      maxFileBytes: parseByteSize('max-file-size', getInput('max-file-size'), DEFAULT_MAX_FILE_BYTES),
      dockerfiles: parseGlobList(getInput('dockerfiles')),
      dockerBuildArgs: parseBuildArgs('docker-build-args', [getInput('docker-build-args')]),
      kubectlSeverity: parseKubectlSeverity('kubectl-severity', getInput('kubectl-severity')),
      binaries: parseGlobList(getInput('binaries')),
      ...imagesOf(getInput, environment),
    },
    annotations: parseBoolean('annotations', getInput('annotations'), true),
    jobSummary: parseBoolean('job-summary', getInput('job-summary'), true),
    failOnScope: failOnScope !== null ? parseFailOnScope('fail-on-scope', failOnScope) : (config?.failOnScope ?? null),
    ignore: config?.ignore ?? [],
    githubToken: getInput('github-token').trim(),
    checkName: getInput('check-name').trim(),
    comment: parseCommentMode('comment', getInput('comment')),
    configFile: configFilePath(getInput),
    configFrom: getInput('config-from').trim() === '' ? null : parseConfigFrom('config-from', getInput('config-from'), 'head'),
    baseRef: parseBaseRef('base-ref', getInput('base-ref')),
    failOnEmpty: parseBoolean('fail-on-empty', getInput('fail-on-empty'), false),
  };
}

function imagesOf(getInput: (name: ActionInputName) => string, environment: ActionEnvironment): { images?: ImageScanSettings } {
  const raw = {
    images: getInput('images').split(/[\n,]/).map((image) => image.trim()).filter((image) => image !== '' && !image.startsWith('#')),
    fromDockerfiles: parseBoolean('inspect-dockerfile-images', getInput('inspect-dockerfile-images'), false),
    platform: getInput('image-platform'),
    timeout: getInput('image-timeout'),
    registry: getInput('registry'),
    username: getInput('registry-username'),
    password: getInput('registry-password'),
    allowedRegistries: parseGlobList(getInput('allowed-registries')),
    insecureRegistries: parseGlobList(getInput('insecure-registries')),
  };
  const images = readImageSettings(raw, environment.dockerCredentials ?? new Map(), environment.runnerTemp ?? null, IMAGE_INPUT_NAMES);
  return images ? { images } : {};
}

function parseCommentMode(name: string, raw: string): CommentMode {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'on-failure';
  const mode = COMMENT_MODES.find((candidate) => candidate === value);
  if (mode === undefined) throw new SettingsError(name, raw, COMMENT_MODES.join(', '));
  return mode;
}
