import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRealPathInside } from '../discover/real-path-inside.js';
import { parseConfigFile, type ConfigFile } from './config-file.js';
import { SettingsError } from './settings-error.js';

/** A config file is a few lines; anything this large is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads the config file at `relativePath` inside `root`. A missing file is no error (null): most
 * repositories have none. Anything else wrong with it is a SettingsError, so the step fails saying so.
 */
export function readConfigFile(root: string, relativePath: string): ConfigFile | null {
  const file = path.resolve(root, relativePath);
  const inside = path.relative(path.resolve(root), file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new SettingsError('config-file', relativePath, 'a path inside the workspace');
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SettingsError('config-file', relativePath, `a readable file (${(error as Error).message})`);
  }
  // A symlink in the scanned repository must not make the action read a file outside it.
  if (!isRealPathInside(root, file)) throw new SettingsError('config-file', relativePath, 'a file inside the workspace, not a symlink out of it');
  if (size > MAX_CONFIG_BYTES) throw new SettingsError('config-file', relativePath, `a file under ${MAX_CONFIG_BYTES} bytes`);
  return parseConfigFile(readFileSync(file, 'utf8'), inside.split(path.sep).join('/'));
}
