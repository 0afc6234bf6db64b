import { realpathSync } from 'node:fs';
import path from 'node:path';
import { SettingsError } from './settings-error.js';

/**
 * Refuses a scan root whose text names a place inside `base` but whose real path is outside it: a
 * symlinked directory (`path: services/api` → `/`) would otherwise take the scan out of the checkout.
 * A root that does not exist passes here; the scan then says it does not exist.
 */
export function checkRealRootInside(name: string, raw: string, base: string, root: string, place: string): void {
  let realBase: string;
  let realRoot: string;
  try {
    realBase = realpathSync.native(base);
    realRoot = realpathSync.native(root);
  } catch {
    return;
  }
  const relative = path.relative(realBase, realRoot);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new SettingsError(name, raw, `a directory inside ${place}, not a symlink out of it (it resolves to ${realRoot})`);
  }
}
