import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareText } from '../model/stable-order.js';
import { createFileMatcher, walkStartsFor } from './glob-filter.js';
import { isRealPathInside } from './real-path-inside.js';

export interface BinaryGlobOptions {
  /** The scanned root; relative paths resolve against the working directory. */
  root: string;
  /** The `binaries` globs: relative to the root, or absolute paths that lie inside it. */
  patterns: readonly string[];
}

/** A file a `binaries` glob names, to be read as a Go binary. */
export interface BinaryFile {
  /** POSIX path relative to the scanned root. */
  path: string;
  absolutePath: string;
}

export interface FoundBinaries {
  files: BinaryFile[];
  diagnostics: Diagnostic[];
}

/**
 * Directories no glob walk enters below its start: a repository's history and npm's packages are never
 * where a build step writes its binaries, and they are large.
 */
const NEVER_ENTERED = new Set(['.git', 'node_modules']);

interface Root {
  absolute: string;
  real: string;
}

/**
 * The files the `binaries` globs name. Unlike discovery, the walk enters what discovery skips (bin/,
 * vendor/, testdata/, build outputs): a glob names binaries on purpose. Files only; a symlink is read only
 * when its target is a file inside the root, and symlinked directories are never entered, so the walk
 * cannot leave the root or loop. A glob that names nothing becomes a diagnostic naming it, since the usual
 * cause is a gate step placed before the build step.
 */
export async function findBinaries(options: BinaryGlobOptions): Promise<FoundBinaries> {
  const found: FoundBinaries = { files: [], diagnostics: [] };
  if (options.patterns.length === 0) return found;
  const absolute = path.resolve(options.root);
  const root: Root = { absolute, real: await realpath(absolute) };
  const byRealPath = new Map<string, BinaryFile>();
  for (const raw of options.patterns) {
    const pattern = await relativePattern(raw, root);
    if (pattern === null) {
      found.diagnostics.push({ file: '.', line: null, message: `binaries glob "${raw}" names a path outside the scanned root; binaries are read only inside it` });
      continue;
    }
    const matched = await filesMatching(pattern, root, found.diagnostics);
    if (matched.length === 0) {
      found.diagnostics.push({ file: '.', line: null, message: `binaries glob "${raw}" matches no file (does the gate run before the step that builds the binaries?)` });
    }
    for (const file of matched) if (!byRealPath.has(file.real)) byRealPath.set(file.real, file.binary);
  }
  found.files = [...byRealPath.values()].sort((a, b) => compareText(a.path, b.path));
  return found;
}

/**
 * The glob relative to the root, or null when it names a place outside. An absolute path counts if it lies
 * under the root as given or as resolved; a literal directory stands for every file below it.
 */
async function relativePattern(raw: string, root: Root): Promise<string | null> {
  const posix = raw.trim().replace(/\\/g, '/');
  const isAbsolute = posix.startsWith('/') || /^[A-Za-z]:\//.test(posix);
  let relative = posix.replace(/^\.\//, '');
  if (isAbsolute) {
    const inside = [root.absolute, root.real].map((base) => base.split(path.sep).join('/').replace(/\/+$/, '')).find((base) => posix.startsWith(`${base}/`));
    if (inside === undefined) return null;
    relative = posix.slice(inside.length + 1);
  }
  const normalized = path.posix.normalize(relative);
  if (normalized === '..' || normalized.startsWith('../')) return null;
  const scanned = picomatch.scan(normalized);
  if (!scanned.isGlob && (await isDirectory(path.join(root.absolute, normalized)))) return `${normalized.replace(/\/+$/, '')}/**`;
  return normalized;
}

async function isDirectory(absolute: string): Promise<boolean> {
  try {
    return (await lstat(absolute)).isDirectory();
  } catch {
    return false;
  }
}

interface MatchedFile {
  binary: BinaryFile;
  /** The resolved path, so one file named twice (two globs, a symlink) is read once. */
  real: string;
}

async function filesMatching(pattern: string, root: Root, diagnostics: Diagnostic[]): Promise<MatchedFile[]> {
  const matches = createFileMatcher([pattern]);
  const matched: MatchedFile[] = [];
  for (const start of walkStartsFor([pattern])) {
    for (const entry of await listEntries(start, root, diagnostics)) {
      if (!matches(entry.relative)) continue;
      const file = await settleEntry(entry, root, diagnostics);
      if (file) matched.push(file);
    }
  }
  return matched;
}

interface ListedEntry {
  relative: string;
  absolute: string;
  kind: 'file' | 'symlink' | 'other';
}

/** Every non-directory entry at or below `start`, without entering symlinked directories. */
async function listEntries(start: string, root: Root, diagnostics: Diagnostic[]): Promise<ListedEntry[]> {
  const startAbsolute = path.join(root.absolute, start);
  // lstat sees only the last component: a start below a symlinked directory must not lead out of the root.
  if (start !== '' && !isRealPathInside(root.real, path.dirname(startAbsolute))) return [];
  const startStats = await lstat(startAbsolute).catch(() => null);
  if (!startStats) return [];
  if (!startStats.isDirectory()) return [{ relative: start, absolute: startAbsolute, kind: kindOf(startStats) }];
  const listed: ListedEntry[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const directory = stack.pop() as string;
    for (const entry of await readEntries(root, directory, diagnostics)) {
      const relative = directory === '' ? entry.name : `${directory}/${entry.name}`;
      const absolute = path.join(root.absolute, relative);
      if (entry.isDirectory()) {
        if (!NEVER_ENTERED.has(entry.name)) stack.push(relative);
      } else {
        listed.push({ relative, absolute, kind: kindOf(entry) });
      }
    }
  }
  // Listing order varies by file system; the first path of a file named twice must not.
  return listed.sort((a, b) => compareText(a.relative, b.relative));
}

function kindOf(entry: { isFile(): boolean; isSymbolicLink(): boolean }): ListedEntry['kind'] {
  if (entry.isSymbolicLink()) return 'symlink';
  return entry.isFile() ? 'file' : 'other';
}

async function readEntries(root: Root, directory: string, diagnostics: Diagnostic[]): Promise<Dirent[]> {
  try {
    return await readdir(path.join(root.absolute, directory), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    diagnostics.push({ file: directory || '.', line: null, message: `directory cannot be read (${code}); binaries below it were not looked for` });
    return [];
  }
}

/** A regular file is read; a symlink only when it resolves to a file inside the root. */
async function settleEntry(entry: ListedEntry, root: Root, diagnostics: Diagnostic[]): Promise<MatchedFile | null> {
  const binary: BinaryFile = { path: entry.relative, absolutePath: entry.absolute };
  if (entry.kind === 'other') {
    diagnostics.push({ file: entry.relative, line: null, message: 'matches the binaries globs but is not a regular file; skipped' });
    return null;
  }
  let real: string;
  try {
    real = await realpath(entry.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    diagnostics.push({ file: entry.relative, line: null, message: `matches the binaries globs but cannot be resolved (${code}); skipped` });
    return null;
  }
  if (entry.kind === 'file') return { binary, real };
  if (!isInside(root.real, real)) {
    diagnostics.push({ file: entry.relative, line: null, message: 'matches the binaries globs but is a symlink that points outside the scanned root; not followed' });
    return null;
  }
  const target = await stat(real).catch(() => null);
  if (!target?.isFile()) {
    diagnostics.push({ file: entry.relative, line: null, message: 'matches the binaries globs but is a symlink to something other than a file; skipped' });
    return null;
  }
  return { binary, real };
}

function isInside(rootReal: string, real: string): boolean {
  const relative = path.relative(rootReal, real);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
