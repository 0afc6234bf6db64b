import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FailOn, PolicyName } from '../model/settings.js';
import { parseFailOn, parseGlobList, parseMinimumVersion, parsePolicy } from './parse-setting-values.js';
import { SettingsError } from './settings-error.js';

export const CONFIG_FILE_PATH = '.github/client-go-token-gate.yml';

export type FailOnScope = 'new' | 'all';

/** One suppression: a glob of paths, optionally one version, always a reason, optionally an end date. */
export interface IgnoreEntry {
  path: string;
  version: string | null;
  reason: string;
  /** YYYY-MM-DD: from that day on the entry no longer suppresses. */
  expires: string | null;
  /** Where the entry is written, for messages. */
  line: number;
}

/** What the config file sets; absent keys stay undefined so inputs and defaults can fill them. */
export interface ConfigFile {
  policy?: PolicyName;
  minimumVersion?: string | null;
  include?: string[];
  exclude?: string[];
  failOn?: FailOn;
  failOnScope?: FailOnScope;
  ignore: IgnoreEntry[];
}

const KNOWN_KEYS = ['policy', 'minimum-version', 'include', 'exclude', 'fail-on', 'fail-on-scope', 'ignore'];
const IGNORE_KEYS = ['path', 'version', 'reason', 'expires'];

/**
 * Parses .github/client-go-token-gate.yml. Every error is a SettingsError that names the file and line,
 * quotes the bad value and says the expected form: a broken config must fail the step, not be ignored.
 */
export function parseConfigFile(text: string, file = CONFIG_FILE_PATH): ConfigFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const at = (node: Node | null | undefined, key: string): string => `${file}:${lineOf(node)}: ${key}`;
  const [syntaxError] = document.errors;
  if (syntaxError) {
    throw new SettingsError(`${file}:${lineCounter.linePos(syntaxError.pos[0]).line}`, text.split('\n')[lineCounter.linePos(syntaxError.pos[0]).line - 1] ?? '', 'valid YAML');
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { ignore: [] };
  if (!isMap(root)) throw new SettingsError(at(root, 'the file'), String(root), `a mapping with keys ${KNOWN_KEYS.join(', ')}`);
  const config: ConfigFile = { ignore: [] };
  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as Node | null;
    const where = at(valueNode ?? keyNode, key);
    switch (key) {
      case 'policy':
        config.policy = parsePolicy(where, scalarText(valueNode, where, 'one of strict, documented, reload'));
        break;
      case 'minimum-version':
        config.minimumVersion = parseMinimumVersion(where, scalarText(valueNode, where, 'a version such as v0.15.7'));
        break;
      case 'fail-on':
        config.failOn = parseFailOn(where, scalarText(valueNode, where, 'one of outdated, unknown, never'));
        break;
      case 'fail-on-scope':
        config.failOnScope = parseFailOnScope(where, scalarText(valueNode, where, 'new or all'));
        break;
      case 'include':
      case 'exclude':
        config[key] = globList(valueNode, where);
        break;
      case 'ignore':
        config.ignore = ignoreEntries(valueNode, where, at, lineOf);
        break;
      default:
        throw new SettingsError(`${file}:${lineOf(keyNode)}`, key, `one of the keys ${KNOWN_KEYS.join(', ')}`);
    }
  }
  return config;
}

export function parseFailOnScope(name: string, raw: string): FailOnScope {
  const value = raw.trim().toLowerCase();
  if (value === 'new' || value === 'all') return value;
  throw new SettingsError(name, raw, 'new or all');
}

function scalarText(node: Node | null, where: string, expected: string): string {
  if (node === null || node === undefined) return '';
  if (!isScalar(node) || (typeof node.value === 'object' && node.value !== null)) throw new SettingsError(where, String(node), expected);
  return node.value === null ? '' : String(node.value);
}

function globList(node: Node | null, where: string): string[] {
  if (node === null || node === undefined) return [];
  if (isScalar(node)) return parseGlobList(String(node.value ?? ''));
  if (!isSeq(node)) throw new SettingsError(where, String(node), 'a list of globs');
  return node.items.flatMap((item) => parseGlobList(scalarText(item as Node, where, 'a glob')));
}

function ignoreEntries(
  node: Node | null,
  where: string,
  at: (node: Node | null | undefined, key: string) => string,
  lineOf: (node: Node | null | undefined) => number,
): IgnoreEntry[] {
  if (node === null || node === undefined) return [];
  if (!isSeq(node)) throw new SettingsError(where, String(node), 'a list of {path, version, reason, expires} entries');
  return node.items.map((item) => {
    const entryNode = item as Node;
    if (!isMap(entryNode)) throw new SettingsError(at(entryNode, 'ignore entry'), String(entryNode), 'a mapping with path, reason and optionally version and expires');
    const fields = new Map<string, Node | null>();
    for (const pair of entryNode.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!IGNORE_KEYS.includes(key)) throw new SettingsError(at(pair.key as Node, 'ignore entry'), key, `one of ${IGNORE_KEYS.join(', ')}`);
      fields.set(key, pair.value as Node | null);
    }
    const text = (key: string, expected: string): string => scalarText(fields.get(key) ?? null, at(fields.get(key) ?? entryNode, `ignore ${key}`), expected).trim();
    const path = text('path', 'a glob of paths');
    if (path === '') throw new SettingsError(at(entryNode, 'ignore path'), '', 'a glob of paths (path is required)');
    const reason = text('reason', 'a sentence saying why');
    if (reason === '') throw new SettingsError(at(entryNode, 'ignore reason'), '', `a sentence saying why "${path}" is ignored (reason is required)`);
    return { path, version: text('version', 'a client-go version') || null, reason, expires: expiryDate(text('expires', 'a date YYYY-MM-DD'), at(fields.get('expires'), 'ignore expires')), line: lineOf(entryNode) };
  });
}

function expiryDate(raw: string, where: string): string | null {
  if (raw === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${match[1]}-${match[2]}-${match[3]}`) {
    throw new SettingsError(where, raw, 'a date YYYY-MM-DD');
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}
