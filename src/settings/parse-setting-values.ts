import { resolveFloor } from '../evaluate/floor.js';
import { SettingsError } from './settings-error.js';
import { DEFAULT_KUBECTL_SEVERITY, type FailOn, type KubectlSeverity, type PolicyName } from '../model/settings.js';

const POLICIES: readonly PolicyName[] = ['strict', 'documented', 'reload'];
const FAIL_ON: readonly FailOn[] = ['outdated', 'unknown', 'never'];

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingsError(name, raw, `one of ${allowed.join(', ')}`);
}

export function parsePolicy(name: string, raw: string): PolicyName {
  return oneOf(name, raw, POLICIES, 'strict');
}

export function parseFailOn(name: string, raw: string): FailOn {
  return oneOf(name, raw, FAIL_ON, 'outdated');
}

/** YAML booleans as GitHub documents them for inputs, plus the empty default. */
export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new SettingsError(name, raw, 'true or false');
}

/** Globs one per line or comma-separated; `#` starts a comment line. */
export function parseGlobList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((glob) => glob.trim())
    .filter((glob) => glob !== '' && !glob.startsWith('#'))
    .map((glob) => glob.replace(/\\/g, '/').replace(/^\.\//, ''));
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

export function parseByteSize(name: string, raw: string, fallback: number): number {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(value);
  const unit = match ? BYTE_UNITS[match[2] ?? ''] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new SettingsError(name, raw, 'a positive size in bytes, optionally with k, m or g (16m)');
  }
  return Math.floor(Number(match[1]) * unit);
}

/**
 * The floor is checked against the version model here, where the name the user gave it (input, flag as
 * typed, config file line) is known; the scan resolves it again.
 */
export function parseMinimumVersion(name: string, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (!/^[A-Za-z0-9.+\-_]+$/.test(value)) {
    throw new SettingsError(name, raw, 'a client-go or Kubernetes version such as v0.15.7, v12.0.0 or 1.15.7');
  }
  resolveFloor(name, value);
  return value;
}

const KUBECTL_SEVERITIES: readonly KubectlSeverity[] = ['warning', 'error'];

export function parseKubectlSeverity(name: string, raw: string): KubectlSeverity {
  return oneOf(name, raw, KUBECTL_SEVERITIES, DEFAULT_KUBECTL_SEVERITY);
}

/** What `docker build` accepts as an ARG name. */
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `NAME=value` entries, as `docker build --build-arg` takes them: one per line of the action input, one per
 * CLI flag. Whitespace around the name and the value is dropped, blank and `#` lines are skipped, a later
 * NAME wins. An entry without `=` is refused rather than guessed: docker would read such a value from its
 * own environment, which the gate does not have.
 */
export function parseBuildArgs(name: string, entries: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of entries.flatMap((text) => text.split(/\r?\n/))) {
    const line = entry.trim();
    if (line === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    const argName = equals === -1 ? line : line.slice(0, equals).trim();
    if (equals === -1 || !BUILD_ARG_NAME.test(argName)) {
      throw new SettingsError(name, entry, 'NAME=value lines, with NAME a Dockerfile ARG name (letters, digits, _)');
    }
    values.set(argName, line.slice(equals + 1).trim());
  }
  return values;
}
