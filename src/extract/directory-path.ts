/**
 * Go's test for "this replacement is a directory, not a module path": rooted, drive-lettered, or starting
 * with . or .. (either slash). Module paths never contain a colon or start with a dot, so none is mistaken.
 */
export function isDirectoryPath(target: string): boolean {
  if (target === '.' || target === '..') return true;
  if (/^\.{1,2}[\\/]/.test(target)) return true;
  if (target.startsWith('/') || target.startsWith('\\')) return true;
  return /^[A-Za-z]:/.test(target);
}
