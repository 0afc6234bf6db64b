import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitAll, gitEnvironment, runGit, writeFiles } from '../../scripts/git-repository.mjs';

export { commitAll, writeFiles };

/**
 * Real git repositories for the base snapshot tests, made with the git command (scripts/git-repository.mjs,
 * which also builds the README pictures' demo repository).
 */

const GIT_ENV = gitEnvironment();

export function git(directory: string, ...args: string[]): string {
  return runGit(directory, args, GIT_ENV);
}

export function goMod(module: string, clientGoVersion: string): string {
  return `module ${module}\n\ngo 1.21\n\nrequire k8s.io/client-go ${clientGoVersion}\n`;
}

export interface BaseAndHead {
  /** The repository, checked out at the head (branch feature). */
  root: string;
  baseSha: string;
  headSha: string;
}

/**
 * main: go.mod on client-go v0.28.4, a service with its own go.mod, a vendored module list, files the
 * scan never reads, a symbolic link; branch feature: go.mod moved to v10.0.0+incompatible.
 */
export function repositoryWithBaseAndHead(parent: string): BaseAndHead {
  const root = mkdtempSync(path.join(parent, 'origin-'));
  git(root, 'init', '--quiet');
  writeFiles(root, {
    'go.mod': goMod('example.com/app', 'v0.28.4'),
    'services/api/go.mod': goMod('example.com/api', 'v0.30.1'),
    'vendor/modules.txt': '# k8s.io/client-go v0.28.4\n## explicit\nk8s.io/client-go/rest\n',
    'vendor/github.com/other/lib/go.mod': goMod('github.com/other/lib', 'v0.1.0'),
    'docs/notes.md': 'not a candidate\n',
    'main.go': 'package main\n',
  });
  symlinkSync('../go.mod', path.join(root, 'services', 'linked.mod'));
  symlinkSync('/etc/hostname', path.join(root, 'go.work'));
  const baseSha = commitAll(root, 'base');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  writeFiles(root, { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') });
  const headSha = commitAll(root, 'head');
  return { root, baseSha, headSha };
}

/** `git clone --depth 1` of the head: the base commit is not in it. */
export function shallowCloneOfHead(origin: BaseAndHead, parent: string): string {
  const clone = path.join(mkdtempSync(path.join(parent, 'shallow-')), 'repo');
  git(parent, 'clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${origin.root}`, clone);
  return clone;
}

/** The regular files of a commit with their bytes, read with git: what the GitHub API would serve. */
export function regularFilesAt(root: string, commit: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const line of git(root, 'ls-tree', '-r', '--full-tree', commit).split('\n')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (!match || match[1] === '120000') continue;
    files[match[3] ?? ''] = execFileSync('git', ['cat-file', 'blob', match[2] ?? ''], { cwd: root, env: GIT_ENV });
  }
  return files;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

export function temporaryParent(): { path: string; remove: () => void } {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-git-'));
  return { path: directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}
