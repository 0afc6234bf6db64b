import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether `target`, with every symlink on its way resolved, lies inside `root`. A plain path check or an
 * lstat of the last component can be walked out of the root through a symlinked parent directory.
 */
export function isRealPathInside(root: string, target: string): boolean {
  try {
    const relative = path.relative(realpathSync(root), realpathSync(target));
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}
