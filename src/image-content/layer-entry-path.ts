import path from 'node:path';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
/** aufs keeps its bookkeeping (metadata, hardlink stores) in top-level entries with this prefix: not image content. */
const AUFS_METADATA_PREFIX = '.wh..wh.';

/** What an entry name means for the image's filesystem once the layers are stacked. */
export type EntryPlace =
  | { kind: 'path'; path: string }
  /** `.wh.<name>`: `path` and everything below it are gone from the lower layers. */
  | { kind: 'whiteout'; path: string }
  /** `.wh..wh..opq`: the lower layers' children of `directory` are gone. */
  | { kind: 'opaque'; directory: string }
  | { kind: 'ignored' };

/** The absolute image path of a tar entry name: `./usr/bin/`, `usr/bin` and `/usr//bin` are all `/usr/bin`. */
export function imagePathOf(entryName: string): string {
  // normalize leaves at most one trailing slash; a name may end in any character before it, a newline too.
  const normalized = path.posix.normalize(`/${entryName}`);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

export function entryPlaceOf(entryName: string): EntryPlace {
  const imagePath = imagePathOf(entryName);
  if (imagePath === '/') return { kind: 'ignored' };
  const name = path.posix.basename(imagePath);
  const directory = path.posix.dirname(imagePath);
  if (name === OPAQUE_MARKER) return { kind: 'opaque', directory };
  if (imagePath.startsWith(`/${AUFS_METADATA_PREFIX}`) || name === WHITEOUT_PREFIX) return { kind: 'ignored' };
  if (name.startsWith(WHITEOUT_PREFIX)) return { kind: 'whiteout', path: path.posix.join(directory, name.slice(WHITEOUT_PREFIX.length)) };
  return { kind: 'path', path: imagePath };
}
