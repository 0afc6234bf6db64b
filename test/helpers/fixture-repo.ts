import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { materializeTxtar } from '../../scripts/txtar.mjs';
import { REPO_ROOT } from './repo-root.js';

const created: string[] = [];

/** Unpacks test/fixtures/repos/<scenario>.txtar into a fresh temporary directory. */
export function fixtureRepo(scenario: string): string {
  const directory = materializeTxtar(path.join(REPO_ROOT, 'test', 'fixtures', 'repos', `${scenario}.txtar`));
  created.push(directory);
  return directory;
}

/** A repository made of the given files, for one-off scenarios written inline in a test. */
export function inlineRepo(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-inline-'));
  const archive = Object.entries(files)
    .map(([file, content]) => `-- ${file} --\n${content}`)
    .join('\n');
  const archivePath = path.join(directory, '.archive.txtar');
  writeFileSync(archivePath, archive);
  materializeTxtar(archivePath, directory);
  rmSync(archivePath);
  created.push(directory);
  return directory;
}

export function removeFixtureRepos(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}
