import { buildInfoViaSpool } from './spooled-build-info.js';
import { outcomeOfBuildInfo, problem } from './build-info-outcome.js';
import { EntryBody } from './entry-body.js';
import { EXECUTABLE_MAGIC_BYTES, looksLikeExecutable } from './executable-magic.js';
import type { FileOutcome } from './image-overlay.js';
import type { ImageScanState } from './image-scan-state.js';
import { entryPlaceOf, imagePathOf } from './layer-entry-path.js';
import type { TarEntry, TarHeader } from './tar-entries.js';

export interface LayerPosition {
  index: number;
  digest: string;
}

const ANY_EXECUTE_BIT = 0o111;

/** Applies one tar entry to the scan: stacks it onto the lower layers, and reads it when it is an executable. */
export async function scanLayerEntry(entry: TarEntry, layer: LayerPosition, scan: ImageScanState): Promise<void> {
  const body = new EntryBody(entry.body, scan.signal);
  try {
    const place = entryPlaceOf(entry.header.name);
    if (place.kind === 'whiteout') scan.overlay.whiteOut(place.path, layer.index);
    else if (place.kind === 'opaque') scan.overlay.makeOpaque(place.directory, layer.index);
    else if (place.kind === 'path') {
      const isDirectory = entry.header.type === 'directory';
      scan.overlay.place(place.path, layer.index, isDirectory, await outcomeOfEntry(entry.header, place.path, body, layer, scan));
    }
  } finally {
    await body.drain();
  }
}

async function outcomeOfEntry(header: TarHeader, path: string, body: EntryBody, layer: LayerPosition, scan: ImageScanState): Promise<FileOutcome | null> {
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return (header.mode & ANY_EXECUTE_BIT) === 0 ? null : outcomeOfExecutable(header, path, body, layer, scan);
    case 'link':
      return outcomeOfHardlink(header, path, layer, scan);
    default:
      // Directories, symlinks, devices: nothing to read, but each replaces what lower layers had at its path.
      return null;
  }
}

async function outcomeOfExecutable(header: TarHeader, path: string, body: EntryBody, layer: LayerPosition, scan: ImageScanState): Promise<FileOutcome | null> {
  scan.filesExamined += 1;
  if (!looksLikeExecutable(await body.head(EXECUTABLE_MAGIC_BYTES))) return null;
  if (header.size > scan.maxBinaryBytes) {
    return problem(path, layer.digest, `executable of ${header.size} bytes not read: larger than maxBinaryBytes (${scan.maxBinaryBytes})`);
  }
  return outcomeOfBuildInfo(await buildInfoViaSpool(body, scan.nextSpoolFile(), scan.signal), path, layer.digest);
}

/** A hardlink is the file it links to: a Go binary under a second name is reported under both. */
function outcomeOfHardlink(header: TarHeader, path: string, layer: LayerPosition, scan: ImageScanState): FileOutcome | null {
  const target = scan.overlay.binaryAt(imagePathOf(header.linkname));
  return target ? { kind: 'binary', binary: { ...target, path, layerDigest: layer.digest } } : null;
}
