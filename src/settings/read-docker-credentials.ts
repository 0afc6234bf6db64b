import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import type { RegistryCredentials } from '../model/settings.js';
import { dockerConfigFilePath, readDockerConfigCredentials } from '../registry/docker-config-credentials.js';

/**
 * Registry logins that `docker login` or docker/login-action left in DOCKER_CONFIG or ~/.docker/config.json.
 * An unreadable file costs its credentials and a warning, never the scan.
 */
export function readDockerCredentials(env: Record<string, string | undefined>, warn: (message: string) => void): ReadonlyMap<string, RegistryCredentials> {
  const file = dockerConfigFilePath(env, os.homedir());
  if (!existsSync(file)) return new Map();
  try {
    return readDockerConfigCredentials(readFileSync(file, 'utf8'));
  } catch (error) {
    warn(`Could not read the Docker config ${file}: ${error instanceof Error ? error.message : String(error)}; images are pulled without its credentials.`);
    return new Map();
  }
}
