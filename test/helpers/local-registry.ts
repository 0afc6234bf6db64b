import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import type { RegistryAuth } from '../../src/registry/docker-config-credentials.js';
import { dockerRegistryConfig } from '../../scripts/docker-registry-config.mjs';

/**
 * A real Docker registry for the registry client's tests: Debian's docker-registry (distribution 2.8),
 * serving on 127.0.0.1 from a temporary storage directory, optionally behind htpasswd Basic auth.
 * CI installs it (.ci/run); content is pushed over the registry API itself (registry-push.ts).
 */

export const DOCKER_REGISTRY_BINARY = '/usr/bin/docker-registry';
const MISSING_MESSAGE = `docker-registry is not installed at ${DOCKER_REGISTRY_BINARY} (apt-get install docker-registry; CI installs it in .ci/run)`;
const START_TIMEOUT_MS = 20_000;

export interface LocalRegistry {
  /** 127.0.0.1:<port>, the host[:port] an image reference names. */
  host: string;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The htpasswd user, when the registry requires one. */
  credentials: RegistryAuth | null;
  stop: () => Promise<void>;
}

/** The registry's version line, or null when it is not installed. */
export function installedDockerRegistryVersion(): string | null {
  const result = spawnSync(DOCKER_REGISTRY_BINARY, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Like the Go tests: a developer machine without it skips with a warning; CI (CI=true) must have it. */
export function dockerRegistryAvailable(): boolean {
  const available = installedDockerRegistryVersion() !== null || process.env['CI'] === 'true';
  if (!available) console.warn(`${MISSING_MESSAGE}: the real-registry tests are skipped`);
  return available;
}

export async function startLocalRegistry(options: { credentials?: RegistryAuth } = {}): Promise<LocalRegistry> {
  if (installedDockerRegistryVersion() === null) throw new Error(MISSING_MESSAGE);
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-registry-'));
  const credentials = options.credentials ?? null;
  if (credentials) writeFileSync(path.join(directory, 'htpasswd'), `${credentials.username}:${bcrypt.hashSync(credentials.password, 4)}\n`);
  const configPath = path.join(directory, 'config.yml');
  writeFileSync(configPath, dockerRegistryConfig(directory, credentials ? { htpasswdPath: path.join(directory, 'htpasswd') } : {}));
  const child = spawn(DOCKER_REGISTRY_BINARY, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async (): Promise<void> => {
    await stopProcess(child);
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    const host = await listeningAddress(child);
    const url = `http://${host}`;
    await waitUntilAnswering(url);
    return { host, url, credentials, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The registry logs `listening on 127.0.0.1:<port>` once its socket is bound. */
function listeningAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => finish(new Error(`docker-registry did not start within ${START_TIMEOUT_MS} ms:\n${log}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      log += chunk.toString('utf8');
      const match = /listening on (127\.0\.0\.1:\d+)/.exec(log);
      if (match?.[1]) finish(null, match[1]);
    };
    const onExit = (code: number | null): void => finish(new Error(`docker-registry exited with ${code} before listening:\n${log}`));
    function finish(error: Error | null, host?: string): void {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining its output so a chatty registry never blocks on a full pipe.
      child.stderr?.resume();
      child.stdout?.resume();
      if (error) reject(error);
      else resolve(host ?? '');
    }
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
  });
}

async function waitUntilAnswering(url: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return;
    } catch (error) {
      if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`docker-registry at ${url} never answered /v2/: ${String(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
