import { DEFAULT_IMAGE_PLATFORM, DEFAULT_IMAGE_TIMEOUT_MS, type ImageScanSettings, type RegistryCredentials } from '../model/settings.js';
import { registryOfConfigKey } from '../registry/docker-config-credentials.js';
import { parsePlatform } from '../registry/platform.js';
import { parseImageReference } from '../registry/image-reference.js';
import { parseHostPattern } from '../registry/registry-access.js';
import { SettingsError } from './settings-error.js';

/** The image settings as given, before checking: from action inputs or CLI flags. */
export interface RawImageSettings {
  images: string[];
  fromDockerfiles: boolean;
  platform: string;
  timeout: string;
  registry: string;
  username: string;
  password: string;
  allowedRegistries: string[];
  insecureRegistries: string[];
}

/**
 * What to call each setting in an error: the action's input names, or the CLI's flags as the user typed them.
 * Registry credentials come from inputs only (the CLI reads a Docker config.json), so their errors keep the input names.
 */
export interface ImageSettingNames {
  images: string;
  platform: string;
  timeout: string;
  allowedRegistries: string;
  insecureRegistries: string;
}

export const IMAGE_INPUT_NAMES: ImageSettingNames = {
  images: 'images',
  platform: 'image-platform',
  timeout: 'image-timeout',
  allowedRegistries: 'allowed-registries',
  insecureRegistries: 'insecure-registries',
};

/**
 * Checks the image settings; undefined when no image is to be inspected (no network is used then).
 * Credentials from the inputs apply to the one registry they name and win over a Docker config.json:
 * sending them to every registry a Dockerfile names would hand them to whoever writes a FROM line.
 */
export function readImageSettings(
  raw: RawImageSettings,
  dockerCredentials: ReadonlyMap<string, RegistryCredentials>,
  workDirectory: string | null,
  names: ImageSettingNames,
): ImageScanSettings | undefined {
  for (const image of raw.images) {
    const parsed = parseImageReference(image);
    if (!parsed.ok) throw new SettingsError(names.images, image, `an image reference such as ghcr.io/org/app:v1 or registry.example.com/app@sha256:… (${parsed.reason})`);
  }
  const platform = raw.platform.trim() || DEFAULT_IMAGE_PLATFORM;
  if (!parsePlatform(platform).ok) throw new SettingsError(names.platform, raw.platform, 'os/architecture[/variant], e.g. linux/amd64 or linux/arm64/v8');
  checkRegistryPatterns(names.allowedRegistries, raw.allowedRegistries);
  checkRegistryPatterns(names.insecureRegistries, raw.insecureRegistries);
  const credentials = new Map(dockerCredentials);
  const registry = raw.registry.trim();
  if (raw.username !== '' || raw.password !== '') {
    if (registry === '') throw new SettingsError('registry', raw.registry, 'the registry host the registry-username and registry-password are for, e.g. ghcr.io or 123456789012.dkr.ecr.eu-west-1.amazonaws.com');
    if (raw.username === '' || raw.password === '') throw new SettingsError(raw.username === '' ? 'registry-username' : 'registry-password', '', 'a value: registry-username and registry-password go together');
    credentials.set(registryOfConfigKey(registry) ?? registry, { username: raw.username, password: raw.password });
  }
  if (raw.images.length === 0 && !raw.fromDockerfiles) return undefined;
  return {
    references: raw.images,
    fromDockerfiles: raw.fromDockerfiles,
    platform,
    timeoutMs: parseTimeout(names.timeout, raw.timeout),
    credentials,
    allowedRegistries: raw.allowedRegistries,
    insecureRegistries: raw.insecureRegistries,
    workDirectory,
  };
}

/** An entry that never matches would silently leave that registry refused or on https: refuse the entry instead. */
function checkRegistryPatterns(name: string, entries: readonly string[]): void {
  const bad = entries.find((entry) => parseHostPattern(entry) === null);
  if (bad !== undefined) throw new SettingsError(name, bad, 'a registry host[:port] such as registry.internal:5000 or *.corp.example, without a path');
}

function parseTimeout(name: string, raw: string): number {
  const value = raw.trim().toLowerCase();
  if (value === '') return DEFAULT_IMAGE_TIMEOUT_MS;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(value);
  const unit = { ms: 1, s: 1000, m: 60_000 }[match?.[2] ?? 's'] ?? 1000;
  const milliseconds = match ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isFinite(milliseconds) || milliseconds < 100) throw new SettingsError(name, raw, 'a duration such as 300s, 5m or 1500ms (at least 100ms)');
  return Math.round(milliseconds);
}
