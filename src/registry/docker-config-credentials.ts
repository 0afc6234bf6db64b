import path from 'node:path';
import { DOCKER_HUB_REGISTRY } from './image-reference.js';

/** A user name and password (or token) for one registry. */
export interface RegistryAuth {
  username: string;
  password: string;
}

/** Looks credentials up by API host (`registry-1.docker.io`, `ghcr.io`, `localhost:5000`). */
export type CredentialsLookup = (registry: string) => RegistryAuth | null;

/** Every name Docker has used for Docker Hub in config.json keys. */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/**
 * Reads the `auths` section of a Docker config.json (as written by `docker login` or docker/login-action):
 * each entry's base64 `auth` ("user:password") or its `username`/`password`. Credential helpers
 * (`credsStore`, `credHelpers`) run external programs and are not consulted; identity tokens are skipped.
 * Throws an Error naming the problem when the text is not a JSON object.
 */
export function readDockerConfigCredentials(configJsonText: string): Map<string, RegistryAuth> {
  let config: unknown;
  try {
    config = JSON.parse(configJsonText);
  } catch {
    // JSON.parse's message quotes the text around the error, and this text holds passwords: say no more.
    throw new Error('Docker config.json is not valid JSON (its contents are not shown: they hold credentials)');
  }
  if (!isObject(config)) throw new Error('Docker config.json must hold a JSON object');
  const credentials = new Map<string, RegistryAuth>();
  if (!isObject(config['auths'])) return credentials;
  for (const [key, entry] of Object.entries(config['auths'])) {
    const auth = isObject(entry) ? entryCredentials(entry) : null;
    const registry = registryOfConfigKey(key);
    if (auth && registry) credentials.set(registry, auth);
  }
  return credentials;
}

/** Credentials from a map keyed by API host. */
export function credentialsLookup(credentials: ReadonlyMap<string, RegistryAuth>): CredentialsLookup {
  return (registry) => credentials.get(normaliseRegistryHost(registry)) ?? null;
}

/** Where Docker keeps config.json: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
export function dockerConfigFilePath(environment: Record<string, string | undefined>, homeDirectory: string): string {
  const directory = environment['DOCKER_CONFIG'];
  return directory ? path.join(directory, 'config.json') : path.join(homeDirectory, '.docker', 'config.json');
}

/** `https://index.docker.io/v1/` → registry-1.docker.io; `ghcr.io` → ghcr.io; `http://localhost:5000/v2/` → localhost:5000. */
export function registryOfConfigKey(key: string): string | null {
  const withoutScheme = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = withoutScheme.split('/')[0] ?? '';
  return host === '' ? null : normaliseRegistryHost(host);
}

function normaliseRegistryHost(host: string): string {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB_REGISTRY : lower;
}

function entryCredentials(entry: Record<string, unknown>): RegistryAuth | null {
  const { auth, username, password } = entry;
  if (typeof auth === 'string' && auth !== '') {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof username === 'string' && username !== '' && typeof password === 'string') return { username, password };
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
