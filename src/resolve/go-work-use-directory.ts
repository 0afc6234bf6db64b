import path from 'node:path';

/** The tree path a go.work `use` names: relative to the go.work's directory, with Windows separators read as Go reads them there. */
export function useDirectoryOf(goWorkPath: string, written: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(goWorkPath), written.replace(/\\/g, '/')));
}
