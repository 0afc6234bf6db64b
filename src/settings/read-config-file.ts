import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRealPathInside } from '../discover/real-path-inside.js';
import { parseConfigFile, type ConfigFile } from './config-file.js';
import { SettingsError } from './settings-error.js';

/** A config file is a few lines; anything this large is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** How errors name the config file's setting and the directory it must stay in. */
export interface ConfigFilePlace {
  name: string;
  root: string;
}

export const ACTION_CONFIG_PLACE: ConfigFilePlace = { name: 'config-file', root: 'the workspace' };

/** The CLI looks for DIR/.github/client-go-token-gate.yml without a flag being typed: say which flags decide. */
export const CLI_DEFAULT_CONFIG_PLACE: ConfigFilePlace = { name: 'config file (--config FILE picks another, --no-config none)', root: 'the scanned directory' };

/**
 * Reads the config file at `relativePath` inside `root`. A missing file is no error (null): most
 * repositories have none. Anything else wrong with it is a SettingsError, so the step fails saying so.
 */
export function readConfigFile(root: string, relativePath: string, place: ConfigFilePlace = ACTION_CONFIG_PLACE): ConfigFile | null {
  const file = path.resolve(root, relativePath);
  const inside = path.relative(path.resolve(root), file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new SettingsError(place.name, relativePath, `a path inside ${place.root}`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SettingsError(place.name, relativePath, `a readable file (${(error as Error).message})`);
  }
  // A symlink in the scanned repository must not make the action read a file outside it.
  if (!isRealPathInside(root, file)) throw new SettingsError(place.name, relativePath, `a file inside ${place.root}, not a symlink out of it`);
  if (size > MAX_CONFIG_BYTES) throw new SettingsError(place.name, relativePath, `a file under ${MAX_CONFIG_BYTES} bytes`);
  return parseConfigFile(readFileSync(file, 'utf8'), inside.split(path.sep).join('/'));
}
