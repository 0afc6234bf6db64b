import type { GitHubEventKind } from '../publish/github-event-context.js';
import { SettingsError } from './settings-error.js';

/** Which commit's config file judges the run: the base commit's on pull requests, so a pull request cannot loosen the gate that judges it. */
export type ConfigFrom = 'base' | 'head';

const CONFIG_FROM_VALUES: readonly ConfigFrom[] = ['base', 'head'];

/** Events whose checkout holds a change someone else has to accept: its config file is the change's, not the gate owner's. */
const BASE_CONFIG_KINDS: ReadonlySet<GitHubEventKind> = new Set(['pull_request', 'pull_request_target', 'merge_group']);

export function defaultConfigFrom(kind: GitHubEventKind): ConfigFrom {
  return BASE_CONFIG_KINDS.has(kind) ? 'base' : 'head';
}

/** '' takes the default. */
export function parseConfigFrom(name: string, raw: string, fallback: ConfigFrom): ConfigFrom {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  const found = CONFIG_FROM_VALUES.find((candidate) => candidate === value);
  if (found === undefined) throw new SettingsError(name, raw, 'base or head');
  return found;
}

/** Which config file judged the run: the report lists it, and a message pointing at a line of it says which commit's file that is. */
export interface ConfigOrigin {
  from: ConfigFrom;
  /** `base`: POSIX, relative to the repository root; `head`: as configured (the config-file input, --config). */
  file: string;
  /** The base commit the file was read from; null for the checked-out file, which may differ from any commit. */
  commit: string | null;
  /** false: there is no such file, and the inputs and the defaults judged. */
  found: boolean;
}
