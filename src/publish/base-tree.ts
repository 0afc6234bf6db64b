import { classifyPath, isWalkableDirectory } from '../discover/classify-path.js';

/** A regular file of the base commit, as git ls-tree or the trees API lists it. */
export interface TreeFile {
  /** POSIX, relative to the repository root. */
  path: string;
  /** The blob's object id. */
  sha: string;
  size: number;
}

export interface SnapshotLimits {
  /** More wanted files than this and the snapshot is refused: a partial base would make old findings look new. */
  maxFiles: number;
  /** The wanted files together; over it the snapshot is refused. */
  maxTotalBytes: number;
}

export interface TreeSelection {
  files: TreeFile[];
  /** Why no snapshot should be made, or null. */
  refusal: string | null;
}

/**
 * Everything the scan could read: what discovery picks by path, plus every rest/config.go and
 * rest/transport.go, because a local `replace` can point client-go at any directory and the scan then
 * judges that directory's source.
 */
export function isWantedBasePath(pathInScanRoot: string): boolean {
  if (classifyPath(pathInScanRoot) !== null) return true;
  const match = /^(?:(.*)\/)?rest\/(?:config|transport)\.go$/.exec(pathInScanRoot);
  return match !== null && isWalkableDirectory(match[1] ?? '');
}

/**
 * The files under `scanPrefix` (repository path of the scanned directory, '' for the root) that the
 * scan wants, within the limits. No file is left out for its size: the head's copy of a file over
 * max-file-size becomes an `unknown` finding, and without the base's copy that finding would look new. `alsoWanted` adds paths the caller knows the scan reads (dockerfiles globs).
 */
export function selectBaseFiles(
  files: readonly TreeFile[],
  scanPrefix: string,
  limits: SnapshotLimits,
  alsoWanted: (pathInScanRoot: string) => boolean = () => false,
): TreeSelection {
  const prefix = scanPrefix === '' ? '' : `${scanPrefix}/`;
  const selected: TreeFile[] = [];
  let totalBytes = 0;
  for (const file of files) {
    if (!file.path.startsWith(prefix) || !isSafeRelativePath(file.path)) continue;
    const inScanRoot = file.path.slice(prefix.length);
    if (!isWantedBasePath(inScanRoot) && !alsoWanted(inScanRoot)) continue;
    selected.push(file);
    totalBytes += file.size;
  }
  return { files: selected, refusal: limitRefusal(selected.length, totalBytes, limits) };
}

function limitRefusal(count: number, totalBytes: number, limits: SnapshotLimits): string | null {
  if (count > limits.maxFiles) return `the base commit has ${count} files to scan, more than the ${limits.maxFiles} a snapshot may hold`;
  if (totalBytes > limits.maxTotalBytes) return `the base commit's files to scan take ${totalBytes} bytes, more than the ${limits.maxTotalBytes} a snapshot may hold`;
  return null;
}

/**
 * Paths come from the repository (a crafted tree can hold anything): only plain relative segments may
 * become a file under the snapshot directory.
 */
export function isSafeRelativePath(repositoryPath: string): boolean {
  if (repositoryPath === '' || repositoryPath.includes('\u0000') || repositoryPath.includes('\\')) return false;
  return repositoryPath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
