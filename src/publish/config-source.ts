import { realpathSync } from 'node:fs';
import path from 'node:path';
import { diffConfigFiles, type ConfigChange } from '../settings/config-diff.js';
import { parseConfigFile, type ConfigFile } from '../settings/config-file.js';
import type { ConfigFrom, ConfigOrigin } from '../settings/config-from.js';
import { MAX_CONFIG_BYTES } from '../settings/read-config-file.js';
import type { ApiRepository } from './api-tree-reader.js';
import { findBaseCommit, type BaseCommit, type BasePlan } from './base-commit.js';
import { readBaseFile } from './base-file.js';

export interface ConfigSourceRequest {
  configFrom: ConfigFrom;
  /** The config file as found in the checkout (null: none there), and its place relative to `checkoutRoot`. */
  head: ConfigFile | null;
  configFile: string;
  /** The directory `configFile` is relative to (the workspace; the CLI: the scanned directory). */
  checkoutRoot: string;
  /** The git top level of the checkout; null without git (the checkout root is then taken as the repository's). */
  repositoryRoot: string | null;
  plan: BasePlan;
  /** Called only when git cannot supply the base commit's file. */
  api: () => Promise<ApiRepository | null>;
}

export interface ChosenConfig {
  /** The config that judges this run. */
  config: ConfigFile | null;
  /** Where it was read: the report names it, and lines of a base commit's file are not pointed at in the checkout. */
  origin: ConfigOrigin;
  /** What the head would change once merged; null when nothing (or config-from: head). */
  change: ConfigChange | null;
  notes: string[];
  /** A git fetch brought the base commit in: the base snapshot's description says so, not "the local history". */
  fetchedBase: boolean;
  /** The base commit found for the config file, for the base scan to reuse; undefined when none was looked for. */
  base?: BaseCommit;
}

/**
 * config-from: base reads the config file from the base commit, so a pull request cannot switch off the
 * gate that judges it (`exclude: ["**"]`, `fail-on: never`); the head's changes are shown and apply once
 * merged. Fail closed: a base commit that cannot be found or read is an error, never the head's file
 * instead. A file the base does not have gives the inputs and the defaults, as before the pull request.
 */
export async function chooseConfig(request: ConfigSourceRequest): Promise<ChosenConfig> {
  const headOrigin: ConfigOrigin = { from: 'head', file: request.configFile, commit: null, found: request.head !== null };
  const unchanged: ChosenConfig = { config: request.head, origin: headOrigin, change: null, notes: [], fetchedBase: false };
  if (request.configFrom === 'head') return unchanged;
  const repositoryPath = pathInRepository(request);
  // A file outside the repository (another checkout in the workspace) is no part of the pull request.
  if (repositoryPath === null) return { ...unchanged, notes: [`The config file ${request.configFile} is outside the checked-out repository, so it was read as it is.`] };
  const base = await findBaseCommit(request.plan, { repositoryRoot: request.repositoryRoot, api: await request.api() });
  if (!base.ok) throw baseUnreadable(repositoryPath, base.reason);
  const file = await readBaseFile({ sha: base.sha, repositoryPath, repositoryRoot: request.repositoryRoot, api: await request.api(), maxBytes: MAX_CONFIG_BYTES });
  if (!file.ok) throw baseUnreadable(repositoryPath, file.reason);
  const config = file.text === null ? null : parseConfigFile(file.text, `${base.sha.slice(0, 12)}:${repositoryPath}`);
  const change = diffConfigFiles(repositoryPath, config, request.head);
  const notes =
    config === null && request.head === null
      ? []
      : [`The config file ${repositoryPath} was read from the base commit ${base.sha.slice(0, 12)} (config-from: base), so a pull request cannot loosen the gate that judges it.`];
  return { config, origin: { from: 'base', file: repositoryPath, commit: base.sha, found: config !== null }, change, notes, fetchedBase: file.fetched, base };
}

function baseUnreadable(repositoryPath: string, reason: string): Error {
  return new Error(
    `config-from: base: the config file ${repositoryPath} could not be read from the base commit (${reason}). ` +
      "The step fails rather than judge the pull request with its own config file. Let the base be read (actions/checkout fetch-depth: 0, or github-token with contents: read), " +
      'or set config-from: head to judge with the checked-out config file.',
  );
}

/** POSIX, relative to the repository root; null when the file lies outside it. */
function pathInRepository(request: ConfigSourceRequest): string | null {
  const checkoutRoot = realOrAsIs(request.checkoutRoot);
  const file = path.resolve(checkoutRoot, request.configFile);
  const relative = path.relative(request.repositoryRoot ?? checkoutRoot, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

/** git prints the top level as a real path; the workspace may be reached through a symlink. */
function realOrAsIs(directory: string): string {
  try {
    return realpathSync(directory);
  } catch {
    return path.resolve(directory);
  }
}
