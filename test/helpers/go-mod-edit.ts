import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Go's own reading of a go.mod or go.work file: `go mod edit -json` / `go work edit -json` of the machine's
 * Go (CI installs Debian's golang-go). Offline and hermetic: no proxy, no toolchain switch, no workspace,
 * caches in the test's own directory.
 */
export type GoReading = { ok: true; json: GoEditJson } | { ok: false; error: string };

export interface GoModuleVersionJson {
  Path: string;
  Version?: string;
}

export interface GoEditJson {
  Module?: { Path: string };
  Go?: string;
  Require?: ({ Indirect?: boolean } & GoModuleVersionJson)[] | null;
  Exclude?: GoModuleVersionJson[] | null;
  Replace?: { Old: GoModuleVersionJson; New: GoModuleVersionJson }[] | null;
  Use?: { DiskPath: string }[] | null;
}

export function goAvailable(): boolean {
  return spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0;
}

function goEnvironment(scratch: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: scratch,
    GOPATH: path.join(scratch, 'gopath'),
    GOCACHE: path.join(scratch, 'gocache'),
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOWORK: 'off',
    GO111MODULE: 'on',
  };
}

/** Writes `bytes` as `<directory>/go.mod` (or go.work) and asks Go to read it. */
export function goReading(kind: 'go.mod' | 'go.work', directory: string, bytes: Buffer, scratch: string): Promise<GoReading> {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, kind);
  writeFileSync(file, bytes);
  const args = kind === 'go.mod' ? ['mod', 'edit', '-json', file] : ['work', 'edit', '-json', file];
  return new Promise((resolve) => {
    execFile('go', args, { cwd: directory, env: goEnvironment(scratch), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, error: stderr || error.message });
      else resolve({ ok: true, json: JSON.parse(stdout) as GoEditJson });
    });
  });
}

/** Runs `tasks` with at most `limit` at once, keeping their order. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
