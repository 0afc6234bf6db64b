import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Real git repositories for the base snapshot tests, made with the git command. Identity and signing
 * are set per command so nobody's global git configuration changes the result.
 */

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(directory: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: directory,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

export function commitAll(root: string, message: string): string {
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
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
