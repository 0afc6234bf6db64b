import type { Readable } from 'node:stream';
import { errorText } from './error-text.js';
import type { ImageLayer } from './image-scan-records.js';
import type { ImageScanState } from './image-scan-state.js';
import { abortableReadable, countedChunks, tarBytesOfBlob, UnsupportedLayerFormat } from './layer-byte-stream.js';
import { layerReadingFor } from './layer-media-type.js';
import { scanLayerEntry } from './scan-layer-entry.js';
import { tarEntries } from './tar-entries.js';

/** Whether the scan goes on with the next layer; it stops when the read budget is spent. */
export type AfterLayer = 'next-layer' | 'stop';

/**
 * Streams one layer blob through gunzip and the tar reader into the scan. Whatever goes wrong with this
 * layer (cannot be opened, unsupported, cut short, corrupt) becomes a problem of the layer and the scan goes
 * on; only an abort propagates.
 */
export async function scanLayer(layer: ImageLayer, index: number, scan: ImageScanState): Promise<AfterLayer> {
  const reading = layerReadingFor(layer.mediaType);
  if (reading.kind === 'skip') {
    scan.addLayerProblem(index, layer.digest, reading.reason);
    return 'next-layer';
  }
  const blob = await openBlob(layer, index, scan);
  if (blob === null) return 'next-layer';
  let entriesRead = 0;
  try {
    for await (const entry of tarEntries(tarBytesOfBlob(countedChunks(blob, scan.budget)))) {
      await scanLayerEntry(entry, { index, digest: layer.digest }, scan);
      entriesRead += 1;
    }
    return 'next-layer';
  } catch (error) {
    scan.signal?.throwIfAborted();
    if (scan.budget.exhausted) {
      scan.addLayerProblem(index, layer.digest, budgetMessage(scan.budget.limit));
      return 'stop';
    }
    scan.addLayerProblem(index, layer.digest, damageMessage(error, entriesRead));
    return 'next-layer';
  } finally {
    blob.destroy();
  }
}

async function openBlob(layer: ImageLayer, index: number, scan: ImageScanState): Promise<Readable | null> {
  try {
    return abortableReadable(await openedUnlessAborted(layer, scan.signal), scan.signal);
  } catch (error) {
    scan.signal?.throwIfAborted();
    scan.addLayerProblem(index, layer.digest, `could not open the layer blob: ${errorText(error)}`);
    return null;
  }
}

function damageMessage(error: unknown, entriesRead: number): string {
  if (error instanceof UnsupportedLayerFormat) return `layer not read: ${error.message}`;
  const kept = entriesRead === 0 ? 'nothing was read from it' : `what its first ${entriesRead} entries hold is kept`;
  return `the layer is cut short or corrupt (${errorText(error)}): ${kept}, the rest of it is not scanned`;
}

function budgetMessage(limit: number): string {
  return (
    `stopped after reading ${limit} bytes of layers (maxTotalBytes): the rest of this layer and the layers above it ` +
    'are not scanned, so binaries they would replace or delete may still be listed and theirs are missing'
  );
}

/** layer.open(), or the abort if it comes first; a blob opened after the abort is destroyed unread. */
function openedUnlessAborted(layer: ImageLayer, signal: AbortSignal | undefined): Promise<NodeJS.ReadableStream | Readable> {
  const opening = layer.open();
  if (!signal) return opening;
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    opening.then(
      (blob) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) destroyBlob(blob);
        else resolve(blob);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function destroyBlob(blob: NodeJS.ReadableStream | Readable): void {
  if ('destroy' in blob && typeof blob.destroy === 'function') blob.destroy();
}
