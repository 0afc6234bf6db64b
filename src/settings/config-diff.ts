import type { ConfigFile, IgnoreEntry } from './config-file.js';

/** One way the head's config file differs from the base's. Values are the file's text: untrusted, escaped where shown. */
export type ConfigDifference =
  /** A scalar key: `null` where the file does not set it (the input or the default applies). */
  | { kind: 'changed'; key: ScalarKey; from: string | null; to: string | null }
  /** An entry of a list key added or removed by the head. */
  | { kind: 'added' | 'removed'; key: ListKey; value: string };

export type ScalarKey = 'policy' | 'minimum-version' | 'fail-on' | 'fail-on-scope';
export type ListKey = 'include' | 'exclude' | 'ignore';

/** What a pull request does to the config file; applies once it is merged. */
export interface ConfigChange {
  /** The config file's path in the repository. */
  file: string;
  /** The file exists at the base / at the head. */
  atBase: boolean;
  atHead: boolean;
  differences: ConfigDifference[];
}

const SCALAR_KEYS: ReadonlyArray<[ScalarKey, (config: ConfigFile) => string | null | undefined]> = [
  ['policy', (config) => config.policy],
  ['minimum-version', (config) => config.minimumVersion],
  ['fail-on', (config) => config.failOn],
  ['fail-on-scope', (config) => config.failOnScope],
];

const LIST_KEYS: ReadonlyArray<[ListKey, (config: ConfigFile) => readonly string[]]> = [
  ['include', (config) => config.include ?? []],
  ['exclude', (config) => config.exclude ?? []],
  ['ignore', (config) => config.ignore.map(ignoreEntryText)],
];

const NO_CONFIG: ConfigFile = { ignore: [] };

/** null when the two files set the same things (comments and order of keys do not count). */
export function diffConfigFiles(file: string, base: ConfigFile | null, head: ConfigFile | null): ConfigChange | null {
  const [from, to] = [base ?? NO_CONFIG, head ?? NO_CONFIG];
  const differences: ConfigDifference[] = [];
  for (const [key, read] of SCALAR_KEYS) {
    const [before, after] = [read(from) ?? null, read(to) ?? null];
    if (before !== after) differences.push({ kind: 'changed', key, from: before, to: after });
  }
  for (const [key, read] of LIST_KEYS) {
    const [before, after] = [read(from), read(to)];
    for (const value of after) if (!before.includes(value)) differences.push({ kind: 'added', key, value });
    for (const value of before) if (!after.includes(value)) differences.push({ kind: 'removed', key, value });
  }
  if (differences.length === 0 && (base === null) === (head === null)) return null;
  return { file, atBase: base !== null, atHead: head !== null, differences };
}

/** An ignore entry as one line: what it matches, until when, and why; the line it is on does not make it another entry. */
export function ignoreEntryText(entry: IgnoreEntry): string {
  const version = entry.version ? ` ${entry.version}` : '';
  const until = entry.expires ? ` until ${entry.expires}` : '';
  return `${entry.path}${version}${until}: ${entry.reason}`;
}
