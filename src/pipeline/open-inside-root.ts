import { closeSync, constants, fstatSync, openSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';

/** Where the scan may read: only files whose real path lies under `rootReal`, at most `maxBytes` of each. */
export interface ReadLimits {
  /** The scanned root with every symlink resolved. */
  rootReal: string;
  maxBytes: number;
}

/** Why a file was not opened. Discovery filters most of these out; at read time they mean the tree changed. */
export type OpenRefusal =
  | { kind: 'missing' }
  | { kind: 'outside'; real: string }
  | { kind: 'not-a-file'; type: string }
  | { kind: 'unreadable'; code: string };

export type Opened = { ok: true; fd: number; size: number } | { ok: false; refusal: OpenRefusal };

/**
 * O_NOFOLLOW: the resolved path is opened, so a last component that became a symlink since is refused
 * instead of followed. O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused once open).
 * Neither exists on Windows, where the constants are undefined.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Opens `absolutePath` for reading if its real path is inside the root and it is a regular file, judged
 * on the open descriptor (fstat), so what is checked is what is read. The caller closes `fd`.
 */
export function openInsideRoot(absolutePath: string, rootReal: string): Opened {
  let real: string;
  try {
    real = realpathSync.native(absolutePath);
  } catch (error) {
    return refusedBy(error);
  }
  if (!isInside(rootReal, real)) return { ok: false, refusal: { kind: 'outside', real } };
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    return refusedBy(error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { ok: true, fd, size: stats.size };
    closeSync(fd);
    return { ok: false, refusal: { kind: 'not-a-file', type: typeOf(stats) } };
  } catch (error) {
    closeSync(fd);
    return refusedBy(error);
  }
}

/** The clause after "go.mod …" that says why, e.g. "is a symlink to /etc/passwd, outside the scanned root". */
export function describeOpenRefusal(refusal: OpenRefusal): string {
  switch (refusal.kind) {
    case 'missing':
      return 'no longer exists';
    case 'outside':
      return `resolves to ${refusal.real}, outside the scanned root; not read`;
    case 'not-a-file':
      return `is ${refusal.type}, not a regular file; not read`;
    case 'unreadable':
      return `cannot be read (${refusal.code})`;
  }
}

function refusedBy(error: unknown): Opened {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  return { ok: false, refusal: code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code } };
}

function isInside(rootReal: string, real: string): boolean {
  const relative = path.relative(rootReal, real);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function typeOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}
