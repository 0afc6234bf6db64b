import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { gzipLayer, tarLayer, type LayerEntry } from '../../helpers/image-layers.js';
import { syntheticGoBinary } from './build-info-grammar.js';
import { mutatedBytes } from './byte-mutations.js';
import { nastyRun } from './nasty-text.js';

/** Entry names as layers write them, hostile ones included: `..`, absolute, doubled slashes, whiteouts, long. */
export const entryName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('usr/local/bin/controller', './usr/local/bin/controller', '/usr/bin/app', 'bin/app', 'usr//bin/./app', '../../etc/passwd', 'a/../../b', '.', './', '/', '', 'usr/bin/', '.wh.app', 'usr/bin/.wh.app', 'usr/.wh..wh..opq', '.wh..wh.plnk/1', '.wh.', 'a/.wh.', 'bin/\napp', 'bin/::error::x', 'bin/\u001b[31mx') },
  fc.array(fc.oneof(fc.constantFrom('usr', 'bin', '..', '.', '', '.wh..wh..opq', '.wh.x', 'app'), nastyRun), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/')),
  fc.integer({ min: 90, max: 300 }).map((length) => `usr/${'d/'.repeat(length / 2)}app`),
);

const executableContent: fc.Arbitrary<Uint8Array> = fc.oneof(syntheticGoBinary, mutatedBytes(syntheticGoBinary, 3), fc.uint8Array({ maxLength: 64 }), fc.constant(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46])));

const layerEntry: fc.Arbitrary<LayerEntry> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('file' as const), path: entryName, content: executableContent, mode: fc.constantFrom(0o755, 0o644, 0o4755, 0o100) }) },
  fc.record({ type: fc.constant('directory' as const), path: entryName }),
  fc.record({ type: fc.constant('whiteout' as const), path: entryName }),
  fc.record({ type: fc.constant('opaque' as const), directory: entryName }),
  fc.record({ type: fc.constant('symlink' as const), path: entryName, target: entryName }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('hardlink' as const), path: entryName, target: entryName }) },
);

/** A layer blob: a tar or gzip of hostile entries, sometimes damaged at the byte level, sometimes not a tar at all. */
const layerBlob: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.array(layerEntry, { maxLength: 6 }), fc.constantFrom('pax' as const, 'gnu' as const), fc.constantFrom('tar', 'gzip', 'tar-damaged', 'gzip-damaged', 'gzip-of-damaged-tar', 'zstd', 'garbage'), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 1 }))
  .chain(([entries, longNames, shape]) => {
    const tar = tarLayer(entries, { longNames });
    switch (shape) {
      case 'tar':
        return fc.constant(Uint8Array.from(tar));
      case 'gzip':
        return fc.constant(Uint8Array.from(gzipLayer(entries, { longNames })));
      case 'tar-damaged':
        return mutatedBytes(fc.constant(Uint8Array.from(tar)));
      case 'gzip-damaged':
        return mutatedBytes(fc.constant(Uint8Array.from(gzipLayer(entries, { longNames }))));
      case 'gzip-of-damaged-tar':
        return mutatedBytes(fc.constant(Uint8Array.from(tar))).map((bytes) => Uint8Array.from(gzipSync(bytes, { level: 1 })));
      case 'zstd':
        return fc.constant(Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, ...tar.subarray(0, 64)]));
      default:
        return fc.uint8Array({ maxLength: 2048 });
    }
  });

/** The layers of an image, bottom first, each with a media type the scanner may or may not read. */
export const imageLayers: fc.Arbitrary<{ digest: string; mediaType: string; blob: Uint8Array; chunkSize: number }[]> = fc.array(
  fc.record({
    digest: fc.constantFrom('sha256:a', 'sha256:b', 'sha256:c', 'sha256:\n::error::x'),
    mediaType: fc.constantFrom('application/vnd.oci.image.layer.v1.tar+gzip', 'application/vnd.docker.image.rootfs.diff.tar.gzip', 'application/vnd.oci.image.layer.v1.tar', 'application/vnd.oci.image.layer.v1.tar+zstd', 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip', 'application/octet-stream', ''),
    blob: layerBlob,
    chunkSize: fc.constantFrom(1, 7, 512, 4096, 1 << 20),
  }),
  { minLength: 1, maxLength: 3 },
);
