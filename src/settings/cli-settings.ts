import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_BYTES, type ImageScanSettings, type RegistryCredentials, type ScanSettings } from '../model/settings.js';
import { readImageSettings } from './image-settings.js';
import { overConfigFile, type GivenSetting } from './over-config-file.js';
import type { ConfigFile, IgnoreEntry } from './config-file.js';
import {
  parseBoolean,
  parseBuildArgs,
  parseByteSize,
  parseGlobList,
  parseKubectlSeverity,
} from './parse-setting-values.js';
import { SettingsError } from './settings-error.js';
import { checkRealRootInside } from './scan-root-inside.js';
import { parseBaseRef } from './git-revision-name.js';
import { parseConfigFrom, type ConfigFrom } from './config-from.js';

function refuseEmptyBase(): never {
  throw new SettingsError('--base', '', 'a branch, tag or commit, e.g. main or origin/main');
}

export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown'];

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'scan';
      scan: ScanSettings;
      format: OutputFormat;
      color: boolean | null;
      output: string | null;
      ignore: IgnoreEntry[];
      configFile: string | null;
      /** --base REF: judge only what changed since the merge base of HEAD and REF; null: every finding counts. */
      baseRef: string | null;
      /** --config-from: base (the default with --base) judges with the config file as the merge base has it. */
      configFrom: ConfigFrom;
      failOnEmpty: boolean;
    };

/** Reads the config file (the --config path, or DIR/.github/client-go-token-gate.yml when it exists); null for none. */
export type ConfigLoader = (root: string, explicitPath: string | null) => { config: ConfigFile; file: string } | null;

export const CLI_USAGE = `Usage: client-go-token-gate scan [DIR] [options]

Scans DIR (default: the current directory) for Go programs whose k8s.io/client-go
does not re-read its ServiceAccount token.

Options:
  --format text|json|sarif|markdown   output format (default: text)
  --policy strict|documented|reload   which rule decides (default: strict)
  --minimum-version VERSION           extra floor: v0.15.7, v12.0.0, 1.15.7 (alias: --minimum)
  --fail-on outdated|unknown|never    what fails the run (default: outdated)
  --fail-on-inferred                  let findings inferred from go.sum fail the run
  --include GLOB                      scan only matching paths (repeatable)
  --exclude GLOB                      skip matching paths (repeatable)
  --max-file-size SIZE                skip larger files with a diagnostic (default: 16m)
  --dockerfile GLOB                   also read matching files as Dockerfiles (repeatable)
  --build-arg NAME=value              value for a Dockerfile ARG, as docker build takes it (repeatable)
  --kubectl-severity warning|error    how an outdated kubectl in a Dockerfile counts (default: warning)
  --binary GLOB                       also read matching Go binaries' build info (repeatable)
  --image REF                         pull a container image and judge its Go binaries (repeatable)
  --inspect-dockerfile-images         also pull every FROM / COPY --from image of the Dockerfiles
  --image-platform OS/ARCH[/VARIANT]  platform picked from multi-platform images (default: linux/amd64;
                                      alias: --platform)
  --image-timeout DURATION            deadline per image, e.g. 300s or 5m (default: 5m)
  --allowed-registries HOST[:PORT]    let this registry resolve to a private, loopback or link-local address
                                      (globs such as *.corp.example; comma-separated or repeatable;
                                      alias: --allowed-registry)
  --insecure-registries HOST[:PORT]   reach this registry over plain http (same form; alias: --insecure-registry)
  --base REF                          judge only what changed since the merge base of HEAD and REF
                                      (a branch, tag or commit, as git diff REF...HEAD), like a pull request
  --config-from base|head             with --base: judge with the config file of the merge base (base, the
                                      default, as the action does on pull requests) or of the checkout (head)
  --fail-on-empty                     fail when no file the gate reads is found
  --config FILE                       the config file (default: DIR/.github/client-go-token-gate.yml if present);
                                      flags win over it, and its ignore entries apply
  --no-config                         do not read a config file
  --output FILE                       write the report to FILE instead of standard output
  --color / --no-color                force colour on or off for text output
  --version                           print the version
  -h, --help                          print this help

Exit status: 0 the policy passed, 1 the policy failed, 2 usage or internal error.
`;

const OPTIONS = {
  format: { type: 'string' },
  policy: { type: 'string' },
  'minimum-version': { type: 'string' },
  minimum: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-inferred': { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  dockerfile: { type: 'string', multiple: true },
  'build-arg': { type: 'string', multiple: true },
  'kubectl-severity': { type: 'string' },
  binary: { type: 'string', multiple: true },
  image: { type: 'string', multiple: true },
  'inspect-dockerfile-images': { type: 'boolean' },
  'image-platform': { type: 'string' },
  platform: { type: 'string' },
  'image-timeout': { type: 'string' },
  'allowed-registries': { type: 'string', multiple: true },
  'allowed-registry': { type: 'string', multiple: true },
  'insecure-registries': { type: 'string', multiple: true },
  'insecure-registry': { type: 'string', multiple: true },
  output: { type: 'string' },
  base: { type: 'string' },
  'config-from': { type: 'string' },
  'fail-on-empty': { type: 'boolean' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Flags named after the action inputs they mirror, with the shorter names they first had as aliases, so
 * existing command lines keep working.
 */
const FLAG_ALIASES = { 'minimum-version': 'minimum', 'image-platform': 'platform' } as const;

type AliasedFlag = keyof typeof FLAG_ALIASES;

/** The value given by the flag or its alias, named as the user typed it; both with different values is a usage error. */
function aliasedFlag(values: Partial<Record<AliasedFlag | (typeof FLAG_ALIASES)[AliasedFlag], string>>, flag: AliasedFlag): GivenSetting {
  const alias = FLAG_ALIASES[flag];
  const [byName, byAlias] = [values[flag], values[alias]];
  if (byName !== undefined && byAlias !== undefined && byName.trim() !== byAlias.trim()) {
    throw new SettingsError(`--${flag}`, byName, `the same value as its alias --${alias} (${JSON.stringify(byAlias)}), or only one of the two`);
  }
  if (byName === undefined && byAlias !== undefined) return { name: `--${alias}`, raw: byAlias };
  return { name: `--${flag}`, raw: byName ?? null };
}

/** Only a comparison has a base to read the config file from: without --base, base is a usage error. */
function configFromFlag(raw: string | undefined, baseRef: string | null): ConfigFrom {
  const value = parseConfigFrom('--config-from', raw ?? '', baseRef === null ? 'head' : 'base');
  if (value === 'base' && baseRef === null) throw new SettingsError('--config-from', raw ?? '', 'head, or base together with --base REF');
  return value;
}

function parseFormat(raw: string | undefined): OutputFormat {
  const value = (raw ?? 'text').trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new SettingsError('--format', raw ?? '', `one of ${FORMATS.join(', ')}`);
}

function parseColor(values: { color?: boolean; 'no-color'?: boolean }): boolean | null {
  if (values['no-color']) return false;
  if (values.color) return true;
  return null;
}

/** Registry logins come from the Docker config.json only: a command line is no place for a password. */
function imagesOf(
  values: {
    image?: string[];
    'inspect-dockerfile-images'?: boolean;
    'image-platform'?: string;
    platform?: string;
    'image-timeout'?: string;
    'allowed-registries'?: string[];
    'allowed-registry'?: string[];
    'insecure-registries'?: string[];
    'insecure-registry'?: string[];
  },
  dockerCredentials: ReadonlyMap<string, RegistryCredentials>,
): { images?: ImageScanSettings } {
  const platform = aliasedFlag(values, 'image-platform');
  const allowed = registryListFlag(values, 'allowed-registries', 'allowed-registry');
  const insecure = registryListFlag(values, 'insecure-registries', 'insecure-registry');
  const images = readImageSettings(
    {
      images: values.image ?? [],
      fromDockerfiles: values['inspect-dockerfile-images'] ?? false,
      platform: platform.raw ?? '',
      timeout: values['image-timeout'] ?? '',
      registry: '',
      username: '',
      password: '',
      allowedRegistries: allowed.entries,
      insecureRegistries: insecure.entries,
    },
    dockerCredentials,
    null,
    { images: '--image', platform: platform.name, timeout: '--image-timeout', allowedRegistries: allowed.name, insecureRegistries: insecure.name },
  );
  return images ? { images } : {};
}

/**
 * A registry list takes the input's name (plural) and the singular the other list flags have (--image),
 * together; an error names the singular only when it alone was used.
 */
function registryListFlag<Plural extends string, Singular extends string>(
  values: Partial<Record<Plural | Singular, string[]>>,
  plural: Plural,
  singular: Singular,
): { entries: string[]; name: string } {
  const [byName, byAlias] = [values[plural], values[singular]];
  return { entries: [...(byName ?? []), ...(byAlias ?? [])].flatMap(parseGlobList), name: byName === undefined && byAlias !== undefined ? `--${singular}` : `--${plural}` };
}

/** argv without the node binary and script. Throws SettingsError (or parseArgs' TypeError) on bad usage. */
export function parseCliArguments(
  argv: readonly string[],
  cwd: string,
  dockerCredentials: ReadonlyMap<string, RegistryCredentials> = new Map(),
  loadConfig: ConfigLoader = () => null,
): CliCommand {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, directory, ...extra] = positionals;
  if (command !== 'scan') {
    throw new SettingsError('command', command ?? '', '"scan" (see --help)');
  }
  if (extra.length > 0) throw new SettingsError('DIR', extra.join(' '), 'a single directory');
  const root = path.resolve(cwd, directory ?? '.');
  const fromCwd = path.relative(cwd, root);
  // A DIR written as a place inside the working directory must be one; `..` or an absolute path is the user's choice.
  if (!path.isAbsolute(directory ?? '.') && fromCwd !== '..' && !fromCwd.startsWith(`..${path.sep}`)) {
    checkRealRootInside('DIR', directory ?? '.', cwd, root, 'the working directory');
  }
  if (values.config !== undefined && values['no-config']) throw new SettingsError('--config', values.config, 'either --config or --no-config, not both');
  const loaded = values['no-config'] ? null : loadConfig(root, values.config === undefined ? null : path.resolve(cwd, values.config));
  const config = loaded?.config ?? null;
  const baseRef = values.base === undefined ? null : (parseBaseRef('--base', values.base) ?? refuseEmptyBase());
  const includes = (values.include ?? []).flatMap(parseGlobList);
  const excludes = (values.exclude ?? []).flatMap(parseGlobList);
  return {
    kind: 'scan',
    format: parseFormat(values.format),
    color: parseColor(values),
    output: values.output ?? null,
    ignore: config?.ignore ?? [],
    configFile: loaded?.file ?? null,
    baseRef,
    configFrom: configFromFlag(values['config-from'], baseRef),
    failOnEmpty: values['fail-on-empty'] ?? false,
    scan: {
      root,
      ...overConfigFile(
        {
          policy: { name: '--policy', raw: values.policy ?? null },
          minimumVersion: aliasedFlag(values, 'minimum-version'),
          failOn: { name: '--fail-on', raw: values['fail-on'] ?? null },
          include: includes.length > 0 ? includes : null,
          exclude: excludes.length > 0 ? excludes : null,
        },
        config,
      ),
      failOnInferred: parseBoolean('--fail-on-inferred', String(values['fail-on-inferred'] ?? ''), false),
      maxFileBytes: parseByteSize('--max-file-size', values['max-file-size'] ?? '', DEFAULT_MAX_FILE_BYTES),
      dockerfiles: (values.dockerfile ?? []).flatMap(parseGlobList),
      dockerBuildArgs: parseBuildArgs('--build-arg', values['build-arg'] ?? []),
      kubectlSeverity: parseKubectlSeverity('--kubectl-severity', values['kubectl-severity'] ?? ''),
      binaries: (values.binary ?? []).flatMap(parseGlobList),
      ...imagesOf(values, dockerCredentials),
    },
  };
}
