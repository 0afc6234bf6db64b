import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

/** A fresh directory under the system temp dir, removed by removeTempTrees(). */
export function tempDirectory(prefix = 'cgtg-discover-'): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(directory);
  return directory;
}

/** Writes `files` (POSIX relative path → content) into a fresh temp directory and returns its path. */
export function makeTree(files: Record<string, string>): string {
  const root = tempDirectory();
  writeTree(root, files);
  return root;
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const absolute = path.join(root, ...relative.split('/'));
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

/** `link` (relative to root) pointing at `target`, written exactly as given (relative targets stay relative). */
export function link(root: string, linkPath: string, target: string): void {
  const absolute = path.join(root, ...linkPath.split('/'));
  mkdirSync(path.dirname(absolute), { recursive: true });
  symlinkSync(target, absolute);
}

export function removeTempTrees(): void {
  for (const directory of created.splice(0)) {
    // A test may have locked a directory; unlock before removing so cleanup never fails as non-root.
    try {
      chmodSync(directory, 0o700);
    } catch {
      // already gone
    }
    rmSync(directory, { recursive: true, force: true });
  }
}

export const MODULE = (name: string, clientGo = 'v0.28.4'): string =>
  `module example.com/${name}\n\ngo 1.21\n\nrequire k8s.io/client-go ${clientGo}\n`;
