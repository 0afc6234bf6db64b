/**
 * Findings carry paths relative to the scanned directory; annotations, links and SARIF need them
 * relative to the repository. `scannedRoot` is the scanned directory relative to the repository root
 * (POSIX; '' or '.' for the root itself).
 */
export function repositoryPath(scannedRoot: string | undefined, file: string): string {
  const root = (scannedRoot ?? '').replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (root === '' || root === '.') return file;
  return file === '.' ? root : `${root}/${file}`;
}
