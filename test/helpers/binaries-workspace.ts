import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GoTestBinaries, GoTestBinaryName } from './go-binaries.js';

/**
 * A scanned tree as a CI job leaves it after `go build`: the real test binaries copied under the names a
 * test gives them (POSIX paths relative to the tree), beside any text files the test adds.
 */
export interface BinariesWorkspace {
  root: string;
  remove(): void;
}

/**
 * The acceptance set: one binary per executable format built against v10.0.0+incompatible, one against
 * v0.15.7, one whose client-go was replaced by a directory.
 */
export const ACCEPTANCE_BINARIES: Record<string, GoTestBinaryName> = {
  'bin/linux/operator': 'linux-amd64',
  'bin/darwin/operator': 'darwin-arm64',
  'bin/windows/operator.exe': 'windows-amd64',
  'bin/current': 'semantic-version',
  'bin/local-replace': 'replaced-by-directory',
};

export function binariesWorkspace(
  binaries: GoTestBinaries,
  placed: Record<string, GoTestBinaryName>,
  textFiles: Record<string, string> = {},
): BinariesWorkspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-binaries-workspace-'));
  const target = (relative: string): string => {
    const absolute = path.join(root, ...relative.split('/'));
    mkdirSync(path.dirname(absolute), { recursive: true });
    return absolute;
  };
  for (const [relative, name] of Object.entries(placed)) copyFileSync(binaries.paths[name], target(relative));
  for (const [relative, text] of Object.entries(textFiles)) writeFileSync(target(relative), text);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
