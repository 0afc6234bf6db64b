import { realpathSync } from 'node:fs';
import path from 'node:path';
import { describeOpenRefusal } from '../pipeline/open-inside-root.js';
import { readTextFile, type ReadRefusal } from '../pipeline/read-text-file.js';
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
 * The file is opened as every scanned file is (open-inside-root.ts): its real path inside the root, a
 * regular file judged on the open descriptor, at most MAX_CONFIG_BYTES, so a symlink to /etc/passwd,
 * /dev/zero or a FIFO in the repository is refused instead of read.
 */
export function readConfigFile(root: string, relativePath: string, place: ConfigFilePlace = ACTION_CONFIG_PLACE): ConfigFile | null {
  const file = path.resolve(root, relativePath);
  const inside = path.relative(path.resolve(root), file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new SettingsError(place.name, relativePath, `a path inside ${place.root}`);
  let rootReal: string;
  try {
    rootReal = realpathSync.native(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SettingsError(place.name, relativePath, `a readable file (${(error as Error).message})`);
  }
  const text = readConfigText(file, rootReal);
  if (text.ok) return parseConfigFile(text.text, inside.split(path.sep).join('/'));
  if (text.refusal.kind === 'missing') return null;
  throw new SettingsError(place.name, relativePath, expectedFile(text.refusal, `a regular file inside ${place.root}`));
}

/**
 * The CLI's `--config FILE`: typed by the person running the CLI, so it may name a file anywhere (a
 * shared config beside many checkouts), but it is still opened as a regular file, never followed into
 * a device or a FIFO, and read up to MAX_CONFIG_BYTES. It must exist: it was asked for.
 */
export function readExplicitConfigFile(file: string, setting: string): string {
  const absolute = path.resolve(file);
  const text = readConfigText(absolute, path.parse(absolute).root);
  if (text.ok) return text.text;
  throw new SettingsError(setting, file, expectedFile(text.refusal, 'a readable regular YAML file'));
}

function readConfigText(absolutePath: string, rootReal: string): ReturnType<typeof readTextFile> {
  return readTextFile(absolutePath, { rootReal, maxBytes: MAX_CONFIG_BYTES });
}

/** "expected a regular file inside the workspace; it resolves to /etc/passwd, outside the scanned root; not read". */
function expectedFile(refusal: ReadRefusal, form: string): string {
  switch (refusal.kind) {
    case 'outside':
      return `${form}, not a symlink out of it (it resolves to ${refusal.real})`;
    case 'over-cap':
      return `${form} under ${MAX_CONFIG_BYTES} bytes (it is ${refusal.size} bytes or more)`;
    case 'binary':
      return `${form} of YAML text (it holds a NUL byte at offset ${refusal.nulOffset})`;
    case 'missing':
      return `${form} (it does not exist)`;
    default:
      return `${form} (it ${describeOpenRefusal(refusal)})`;
  }
}
