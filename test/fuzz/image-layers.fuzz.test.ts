import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { findGoBinariesInImage } from '../../src/image-content/find-go-binaries-in-image.js';
import type { ImageLayer, ImageScanResult } from '../../src/image-content/image-scan-records.js';
import { entryPlaceOf } from '../../src/image-content/layer-entry-path.js';
import { itHoldsFor, itHoldsForAsync } from './arbitraries/fuzz-run.js';
import { entryName, imageLayers } from './arbitraries/image-layer-grammar.js';

/** An image path as the overlay keeps it: absolute, normalised, inside the image. */
function expectImagePath(imagePath: string, what: string): void {
  if (!imagePath.startsWith('/') || path.posix.normalize(imagePath) !== imagePath || (imagePath !== '/' && imagePath.endsWith('/'))) {
    throw new Error(`${what} ${JSON.stringify(imagePath)} is not an absolute, normalised image path`);
  }
}

function expectWellFormed(result: ImageScanResult, digests: Set<string>): void {
  for (const binary of result.binaries) {
    expectImagePath(binary.path, 'binary');
    if (!digests.has(binary.layerDigest)) throw new Error(`binary ${binary.path} from an unknown layer ${binary.layerDigest}`);
  }
  for (const problem of result.problems) {
    if (problem.message.trim() === '') throw new Error(`a problem without a message: ${JSON.stringify(problem)}`);
    if (problem.path !== null) expectImagePath(problem.path, 'problem');
  }
  const sorted = result.binaries.map((binary) => binary.path);
  if (sorted.join('\n') !== [...sorted].sort().join('\n')) throw new Error('binaries are not sorted by path');
}

/** Each chunk costs a turn of the event loop; more than this many per layer only makes the case slow. */
const MAX_CHUNKS = 256;

/** The blob handed over in chunks of the given size, as a registry response arrives. */
function layerOf(layer: { digest: string; mediaType: string; blob: Uint8Array; chunkSize: number }): ImageLayer {
  const chunks: Buffer[] = [];
  const chunkSize = Math.max(layer.chunkSize, Math.ceil(layer.blob.length / MAX_CHUNKS));
  for (let offset = 0; offset < layer.blob.length; offset += chunkSize) chunks.push(Buffer.from(layer.blob.subarray(offset, offset + chunkSize)));
  return { digest: layer.digest, mediaType: layer.mediaType, open: async () => Readable.from(chunks) };
}

describe('image layer reader under fuzzing', () => {
  let temporaryDirectory: string;
  beforeAll(() => {
    temporaryDirectory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-fuzz-image-'));
  });
  afterAll(() => rmSync(temporaryDirectory, { recursive: true, force: true }));

  itHoldsFor('entryPlaceOf', entryName, (name) => {
    const place = entryPlaceOf(name);
    if (place.kind === 'path' || place.kind === 'whiteout') expectImagePath(place.path, place.kind);
    if (place.kind === 'opaque') expectImagePath(place.directory, 'opaque directory');
  });

  itHoldsForAsync(
    'findGoBinariesInImage',
    imageLayers,
    async (layers) => {
      const result = await findGoBinariesInImage(layers.map(layerOf), { temporaryDirectory, maxBinaryBytes: 64 * 1024 });
      expectWellFormed(result, new Set(layers.map((layer) => layer.digest)));
      const left = readdirSync(temporaryDirectory);
      if (left.length > 0) throw new Error(`the scan left ${left.join(', ')} in its temporary directory`);
    },
  );
});
