import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ImageLayer, ImageScanOptions, ImageScanResult } from './image-scan-records.js';
import { ImageScanState } from './image-scan-state.js';
import { scanLayer } from './scan-layer.js';

const MiB = 1024 * 1024;
export const DEFAULT_MAX_BINARY_BYTES = 512 * MiB;
export const DEFAULT_MAX_TOTAL_BYTES = 8 * 1024 * MiB;

/**
 * The Go binaries in an image's final filesystem with their build info, read from its layer blobs in
 * manifest order (bottom layer first) with overlay semantics: whiteouts, opaque directories and files
 * replaced by upper layers. Streams each layer once; memory holds one chunk and the results, the disk one
 * executable at a time in a directory of its own under options.temporaryDirectory, removed before the
 * promise settles. Damaged or unsupported layers and unreadable binaries become problems; an abort rejects
 * with the signal's reason.
 */
export async function findGoBinariesInImage(layers: Iterable<ImageLayer> | AsyncIterable<ImageLayer>, options: ImageScanOptions): Promise<ImageScanResult> {
  options.signal?.throwIfAborted();
  const spoolDirectory = await mkdtemp(path.join(options.temporaryDirectory, 'image-scan-'));
  const scan = new ImageScanState(spoolDirectory, options.maxBinaryBytes ?? DEFAULT_MAX_BINARY_BYTES, options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES, options.signal);
  try {
    let index = 0;
    for await (const layer of layers) {
      options.signal?.throwIfAborted();
      if ((await scanLayer(layer, index, scan)) === 'stop') break;
      index += 1;
    }
  } finally {
    await rm(spoolDirectory, { recursive: true, force: true });
  }
  return scan.result();
}
