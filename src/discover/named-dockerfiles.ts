import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CandidateFile } from './candidate-file.js';
import { classifyPath, isWalkableDirectory } from './classify-path.js';
import { createFileMatcher, createPathFilter, walkStartsFor } from './glob-filter.js';
import { isRealPathInside } from './real-path-inside.js';

export interface NamedDockerfileOptions {
  /** Absolute path of the scanned root. */
  root: string;
  /** The `dockerfiles` globs. */
  patterns: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
}

export interface NamedDockerfiles {
  files: CandidateFile[];
  diagnostics: Diagnostic[];
}

/**
 * Files the `dockerfiles` globs name that discovery does not already list as Dockerfiles. The walk starts at
 * each pattern's literal directory (the root only for a pattern that matches names at any depth), skips
 * what discovery skips (.git, node_modules, testdata, third-party vendor trees, excluded paths), and does
 * not follow symlinks. Synchronous, as discovery's own listing is (see walk-tree.ts).
 */
export function findNamedDockerfiles(options: NamedDockerfileOptions): NamedDockerfiles {
  const found: NamedDockerfiles = { files: [], diagnostics: [] };
  if (options.patterns.length === 0) return found;
  const matches = createFileMatcher(options.patterns);
  const filter = createPathFilter(options.include, options.exclude);
  const accept = (relative: string): boolean => matches(relative) && filter.selects(relative) && classifyPath(relative) !== 'Dockerfile';
  const seen = new Set<string>();
  // A pattern reaching above the root (../x/*) names nothing the scan may read.
  const starts = walkStartsFor(options.patterns).map((start) => path.posix.normalize(start || '.')).filter((start) => start !== '..' && !start.startsWith('../'));
  for (const start of starts.map((normalized) => (normalized === '.' ? '' : normalized))) {
    for (const file of listFiles(options.root, start, filter.excludesDirectory)) {
      if (seen.has(file.relative) || !accept(file.relative)) continue;
      seen.add(file.relative);
      addFile(found, file);
    }
  }
  found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found;
}

interface ListedFile {
  relative: string;
  absolute: string;
  symlink: boolean;
}

function listFiles(root: string, start: string, excludesDirectory: (relative: string) => boolean): ListedFile[] {
  const startAbsolute = path.join(root, start);
  // lstat checks only the last component: a glob prefix through a symlinked directory must not leave the root.
  if (start !== '' && !isRealPathInside(root, path.dirname(startAbsolute))) return [];
  const kind = entryKind(startAbsolute);
  if (kind === 'file' || kind === 'symlink') return [{ relative: start, absolute: startAbsolute, symlink: kind === 'symlink' }];
  if (kind !== 'directory' || !isWalkableDirectory(start)) return [];
  const files: ListedFile[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const directory = stack.pop() as string;
    for (const entry of readEntries(path.join(root, directory))) {
      const relative = directory === '' ? entry.name : `${directory}/${entry.name}`;
      if (entry.isDirectory()) {
        if (isWalkableDirectory(relative) && !excludesDirectory(relative)) stack.push(relative);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push({ relative, absolute: path.join(root, relative), symlink: entry.isSymbolicLink() });
      }
    }
  }
  return files;
}

function entryKind(absolute: string): 'file' | 'directory' | 'symlink' | 'missing' {
  try {
    const stats = lstatSync(absolute);
    if (stats.isSymbolicLink()) return 'symlink';
    return stats.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** An unreadable directory is already reported by discovery's own walk; here it only yields nothing. */
function readEntries(absolute: string): Dirent[] {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch {
    return [];
  }
}

function addFile(found: NamedDockerfiles, file: ListedFile): void {
  if (file.symlink) {
    found.diagnostics.push({ file: file.relative, line: null, message: 'matches the dockerfiles globs but is a symlink, which they do not follow; skipped' });
    return;
  }
  let size: number;
  try {
    size = lstatSync(file.absolute).size;
  } catch (error) {
    found.diagnostics.push({ file: file.relative, line: null, message: `Dockerfile cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); skipped` });
    return;
  }
  found.files.push({ kind: 'Dockerfile', path: file.relative, absolutePath: file.absolute, size });
}
