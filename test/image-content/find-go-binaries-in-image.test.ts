import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { findGoBinariesInImage } from '../../src/image-content/find-go-binaries-in-image.js';
import type { ImageLayer, ImageScanOptions } from '../../src/image-content/image-scan-records.js';
import { CLIENT_GO_INCOMPATIBLE, CLIENT_GO_SEMANTIC, goTestBinaries, installedGoVersion, removeGoTestBinaries, type GoTestBinaries } from '../helpers/go-binaries.js';
import { gzipLayer, gzipLayerStream, tarLayer, tarLayerStream, type LayerEntry } from '../helpers/image-layers.js';

const goAvailable = installedGoVersion() !== null || process.env['CI'] === 'true';
if (!goAvailable) console.warn('go not found on PATH: the image layer tests are skipped (apt-get install golang-go)');

const GZIP_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
const DOCKER_GZIP_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const TAR_TYPE = 'application/vnd.oci.image.layer.v1.tar';
const CONTROLLER = '/usr/local/bin/controller';

/** A layer whose blob is the given bytes, or a stream made when the scanner opens it. */
function layer(digest: string, blob: Buffer | (() => Readable), mediaType = GZIP_TYPE): ImageLayer {
  return { digest, mediaType, open: async () => (typeof blob === 'function' ? blob() : Readable.from([blob])) };
}

(goAvailable ? describe : describe.skip)('findGoBinariesInImage', () => {
  let binaries: GoTestBinaries;
  let linux: Buffer;
  let temporaryDirectory: string;

  beforeAll(async () => {
    binaries = await goTestBinaries();
    linux = readFileSync(binaries.paths['linux-amd64']);
  }, 300_000);

  afterAll(() => removeGoTestBinaries());

  beforeEach(() => {
    temporaryDirectory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-image-scan-'));
  });

  afterEach(() => {
    // Every scan must leave its temporary directory as it found it, whatever happened.
    expect(readdirSync(temporaryDirectory)).toEqual([]);
    rmSync(temporaryDirectory, { recursive: true, force: true });
  });

  function scan(layers: ImageLayer[], options: Partial<ImageScanOptions> = {}) {
    return findGoBinariesInImage(layers, { temporaryDirectory, ...options });
  }

  function executable(filePath: string, content: Uint8Array = linux): LayerEntry {
    return { type: 'file', path: filePath, content, mode: 0o755 };
  }

  it('finds a Go binary in a gzip layer with its build info and client-go dependency', async () => {
    const result = await scan([layer('sha256:base', gzipLayer([{ type: 'directory', path: './usr/local/bin' }, executable(`.${CONTROLLER}`)]))]);
    expect(result.problems).toEqual([]);
    expect(result.binaries).toHaveLength(1);
    const [binary] = result.binaries;
    expect(binary).toMatchObject({ path: CONTROLLER, layerDigest: 'sha256:base', buildInfo: { ok: true, format: 'elf', goVersion: binaries.goVersion } });
    expect(binary?.clientGo).toMatchObject({ path: 'k8s.io/client-go', version: CLIENT_GO_INCOMPATIBLE });
    expect(result.filesExamined).toBe(1);
    expect(result.bytesRead).toBeGreaterThan(0);
  });

  it('reads darwin, windows and stripped binaries and a semantic client-go version', async () => {
    const entries = [
      executable('bin/darwin', readFileSync(binaries.paths['darwin-arm64'])),
      executable('bin/windows.exe', readFileSync(binaries.paths['windows-amd64'])),
      executable('bin/stripped', readFileSync(binaries.paths.stripped)),
      executable('bin/semantic', readFileSync(binaries.paths['semantic-version'])),
    ];
    const result = await scan([layer('sha256:one', gzipLayer(entries), DOCKER_GZIP_TYPE)]);
    expect(result.problems).toEqual([]);
    expect(result.binaries.map((binary) => [binary.path, binary.buildInfo.format, binary.clientGo?.version])).toEqual([
      ['/bin/darwin', 'mach-o', CLIENT_GO_INCOMPATIBLE],
      ['/bin/semantic', 'elf', CLIENT_GO_SEMANTIC],
      ['/bin/stripped', 'elf', CLIENT_GO_INCOMPATIBLE],
      ['/bin/windows.exe', 'pe', CLIENT_GO_INCOMPATIBLE],
    ]);
  });

  it('reads an uncompressed tar layer', async () => {
    const result = await scan([layer('sha256:plain', tarLayer([executable(CONTROLLER)]), TAR_TYPE)]);
    expect(result.binaries.map((binary) => binary.path)).toEqual([CONTROLLER]);
  });

  it('goes by the first bytes, not the media type: a plain tar labelled gzip and a gzip labelled tar are both read', async () => {
    const result = await scan([layer('sha256:a', tarLayer([executable('/a')]), GZIP_TYPE), layer('sha256:b', gzipLayer([executable('/b')]), TAR_TYPE)]);
    expect(result.problems).toEqual([]);
    expect(result.binaries.map((binary) => binary.path)).toEqual(['/a', '/b']);
  });

  it('reports two binaries from two layers, each with its layer', async () => {
    const result = await scan([
      layer('sha256:lower', gzipLayer([executable('usr/bin/first')])),
      layer('sha256:upper', gzipLayer([executable('usr/bin/second', readFileSync(binaries.paths['semantic-version']))])),
    ]);
    expect(result.binaries.map((binary) => [binary.path, binary.layerDigest, binary.clientGo?.version])).toEqual([
      ['/usr/bin/first', 'sha256:lower', CLIENT_GO_INCOMPATIBLE],
      ['/usr/bin/second', 'sha256:upper', CLIENT_GO_SEMANTIC],
    ]);
  });

  it('takes a binary replaced by a later layer from that layer, and drops one replaced by a non-Go file', async () => {
    const result = await scan([
      layer('sha256:lower', gzipLayer([executable('/bin/replaced'), executable('/bin/overwritten')])),
      layer('sha256:upper', gzipLayer([executable('/bin/replaced', readFileSync(binaries.paths['semantic-version'])), { type: 'file', path: '/bin/overwritten', content: '#!/bin/sh\n', mode: 0o755 }])),
    ]);
    expect(result.binaries.map((binary) => [binary.path, binary.layerDigest, binary.clientGo?.version])).toEqual([['/bin/replaced', 'sha256:upper', CLIENT_GO_SEMANTIC]]);
    expect(result.filesExamined).toBe(4);
  });

  it('drops a binary deleted by a whiteout of the file or of a directory above it', async () => {
    const result = await scan([
      layer('sha256:lower', gzipLayer([executable('/bin/deleted'), executable('/opt/tool/bin/deep'), executable('/bin/kept')])),
      layer('sha256:upper', gzipLayer([{ type: 'whiteout', path: 'bin/deleted' }, { type: 'whiteout', path: 'opt/tool' }])),
    ]);
    expect(result.binaries.map((binary) => binary.path)).toEqual(['/bin/kept']);
  });

  it('applies a whiteout to lower layers only: a file of the same layer stays', async () => {
    const result = await scan([
      layer('sha256:lower', gzipLayer([executable('/bin/app')])),
      layer('sha256:upper', gzipLayer([executable('/bin/app', readFileSync(binaries.paths['semantic-version'])), { type: 'whiteout', path: '/bin/app' }])),
    ]);
    expect(result.binaries.map((binary) => [binary.path, binary.layerDigest])).toEqual([['/bin/app', 'sha256:upper']]);
  });

  it('drops the lower layers’ binaries below an opaque directory, keeps the upper layer’s own', async () => {
    const result = await scan([
      layer('sha256:lower', gzipLayer([executable('/app/old'), executable('/app/sub/older'), executable('/application/beside')])),
      layer('sha256:upper', gzipLayer([{ type: 'directory', path: 'app' }, { type: 'opaque', directory: 'app' }, executable('/app/new')])),
    ]);
    expect(result.binaries.map((binary) => [binary.path, binary.layerDigest])).toEqual([
      ['/app/new', 'sha256:upper'],
      ['/application/beside', 'sha256:lower'],
    ]);
  });

  it('ignores a non-executable copy of a binary and symlinks, and reports a hardlink to a binary under its own path', async () => {
    const result = await scan([
      layer(
        'sha256:one',
        gzipLayer([
          { type: 'file', path: '/data/copy', content: linux, mode: 0o644 },
          executable('/bin/app'),
          { type: 'symlink', path: '/bin/alias', target: '/bin/app' },
          { type: 'hardlink', path: '/sbin/app', target: 'bin/app' },
        ]),
      ),
    ]);
    expect(result.binaries.map((binary) => binary.path)).toEqual(['/bin/app', '/sbin/app']);
    expect(result.binaries[1]?.clientGo?.version).toBe(CLIENT_GO_INCOMPATIBLE);
    expect(result.filesExamined).toBe(1);
  });

  it('counts a non-Go executable as examined and reports nothing about it', async () => {
    const result = await scan([layer('sha256:one', gzipLayer([executable('/bin/ls', readFileSync('/bin/ls')), { type: 'file', path: '/bin/script', content: '#!/bin/sh\n', mode: 0o700 }]))]);
    expect(result).toMatchObject({ binaries: [], problems: [], filesExamined: 2 });
  });

  it.each(['pax', 'gnu'] as const)('reads a path longer than the tar header field (%s long names)', async (longNames) => {
    const deep = `/opt/${'very-long-directory-name/'.repeat(8)}controller`;
    const result = await scan([layer('sha256:long', gzipLayer([executable(deep), { type: 'hardlink', path: `${deep}-link`, target: deep }], { longNames }))]);
    expect(result.problems).toEqual([]);
    expect(result.binaries.map((binary) => binary.path)).toEqual([deep, `${deep}-link`]);
  });

  it('reports a binary cut short as a problem with its path, and lists a GOPATH build without client-go', async () => {
    const result = await scan([
      layer('sha256:one', gzipLayer([executable('/bin/half', linux.subarray(0, linux.length / 2)), executable('/bin/gopath', readFileSync(binaries.paths['gopath-mode']))])),
    ]);
    expect(result.binaries).toMatchObject([{ path: '/bin/gopath', clientGo: null, buildInfo: { mainModule: null, deps: [] } }]);
    expect(result.problems).toEqual([{ layerDigest: 'sha256:one', path: '/bin/half', message: expect.stringContaining('(truncated)') }]);
  });

  it('drops the problem of a file that a later layer deletes', async () => {
    const result = await scan([
      layer('sha256:lower', gzipLayer([executable('/bin/half', linux.subarray(0, linux.length / 2))])),
      layer('sha256:upper', gzipLayer([{ type: 'whiteout', path: '/bin/half' }])),
    ]);
    expect(result.problems).toEqual([]);
  });

  it('skips an executable larger than maxBinaryBytes with a problem, and reads the next file', async () => {
    const result = await scan([layer('sha256:one', gzipLayer([executable('/bin/big'), { type: 'file', path: '/bin/small', content: '#!/bin/sh\n', mode: 0o755 }]))], {
      maxBinaryBytes: 1024,
    });
    expect(result.binaries).toEqual([]);
    expect(result.problems).toEqual([{ layerDigest: 'sha256:one', path: '/bin/big', message: expect.stringContaining('larger than maxBinaryBytes (1024)') }]);
    expect(result.filesExamined).toBe(2);
  });

  it('reports a truncated gzip layer, keeps what it read before the cut, and reads the other layers', async () => {
    const whole = gzipLayer([executable('/bin/early'), { type: 'filler', path: '/var/data', size: 4 * 1024 * 1024 }, executable('/bin/late')]);
    const result = await scan([
      layer('sha256:cut', whole.subarray(0, Math.floor(whole.length * 0.6))),
      layer('sha256:fine', gzipLayer([executable('/bin/other')])),
    ]);
    expect(result.binaries.map((binary) => [binary.path, binary.layerDigest])).toEqual([
      ['/bin/early', 'sha256:cut'],
      ['/bin/other', 'sha256:fine'],
    ]);
    expect(result.problems).toEqual([{ layerDigest: 'sha256:cut', path: null, message: expect.stringMatching(/cut short or corrupt .*first 1 entries hold is kept/) }]);
  });

  it('reports a tar cut inside an entry and a blob that is no tar at all as layer problems', async () => {
    const tar = tarLayer([executable('/bin/app')]);
    const result = await scan([layer('sha256:cut', tar.subarray(0, 2048), TAR_TYPE), layer('sha256:junk', Buffer.alloc(4096, 7), TAR_TYPE)]);
    expect(result.binaries).toEqual([]);
    expect(result.problems.map((problem) => [problem.layerDigest, problem.path])).toEqual([
      ['sha256:cut', null],
      ['sha256:junk', null],
    ]);
  });

  it('reports zstd, foreign and unknown layers without opening them, and zstd bytes under a gzip label', async () => {
    const never = (): Readable => {
      throw new Error('must not be opened');
    };
    const zstdBytes = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]);
    const result = await scan([
      layer('sha256:zstd', never, 'application/vnd.oci.image.layer.v1.tar+zstd'),
      layer('sha256:foreign', never, 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'),
      layer('sha256:helm', never, 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'),
      layer('sha256:mislabelled', zstdBytes, GZIP_TYPE),
      layer('sha256:fine', gzipLayer([executable(CONTROLLER)])),
    ]);
    expect(result.binaries.map((binary) => binary.path)).toEqual([CONTROLLER]);
    expect(result.problems.map((problem) => [problem.layerDigest, problem.path])).toEqual([
      ['sha256:zstd', null],
      ['sha256:foreign', null],
      ['sha256:helm', null],
      ['sha256:mislabelled', null],
    ]);
    expect(result.problems[0]?.message).toContain('zstd');
    expect(result.problems[1]?.message).toContain('foreign');
    expect(result.problems[2]?.message).toContain('unknown media type');
    expect(result.problems[3]?.message).toContain('zstd');
  });

  it('reports a layer that cannot be opened and goes on', async () => {
    const failing: ImageLayer = { digest: 'sha256:gone', mediaType: GZIP_TYPE, open: () => Promise.reject(new Error('blob unknown')) };
    const result = await scan([failing, layer('sha256:fine', gzipLayer([executable(CONTROLLER)]))]);
    expect(result.binaries).toHaveLength(1);
    expect(result.problems).toEqual([{ layerDigest: 'sha256:gone', path: null, message: 'could not open the layer blob: blob unknown' }]);
  });

  it('stops at maxTotalBytes with a problem and does not open later layers', async () => {
    let openedLater = false;
    const later: ImageLayer = { digest: 'sha256:later', mediaType: GZIP_TYPE, open: async () => ((openedLater = true), Readable.from([gzipLayer([])])) };
    const result = await scan([layer('sha256:big', () => gzipLayerStream([{ type: 'filler', path: '/data', size: 8 * 1024 * 1024 }])), later], { maxTotalBytes: 1024 * 1024 });
    expect(openedLater).toBe(false);
    expect(result.problems).toEqual([{ layerDigest: 'sha256:big', path: null, message: expect.stringContaining('maxTotalBytes') }]);
    expect(result.bytesRead).toBeGreaterThan(1024 * 1024);
    expect(result.bytesRead).toBeLessThan(2 * 1024 * 1024);
  });

  it('streams a large layer: 200 MB of filler around a binary, from a generated stream', async () => {
    const mib = 1024 * 1024;
    const entries: LayerEntry[] = [
      { type: 'filler', path: '/var/lib/blob', size: 100 * mib, seed: 3 },
      { type: 'filler', path: '/usr/bin/not-elf', size: 2 * mib, mode: 0o755, seed: 5 },
      executable(CONTROLLER),
      { type: 'filler', path: '/var/lib/other', size: 100 * mib, seed: 7 },
    ];
    const result = await scan([layer('sha256:large', () => tarLayerStream(entries), TAR_TYPE)]);
    expect(result.problems).toEqual([]);
    expect(result.binaries.map((binary) => binary.path)).toEqual([CONTROLLER]);
    expect(result.filesExamined).toBe(2);
    expect(result.bytesRead).toBeGreaterThan(200 * mib);
  });

  it('accepts an async iterable of layers', async () => {
    async function* layers(): AsyncGenerator<ImageLayer> {
      yield layer('sha256:one', gzipLayer([executable(CONTROLLER)]));
    }
    const result = await findGoBinariesInImage(layers(), { temporaryDirectory });
    expect(result.binaries).toHaveLength(1);
  });

  it('stops on abort while a binary is being spooled, destroys the blob stream and removes its temporary files', async () => {
    const controller = new AbortController();
    const tar = tarLayer([executable(CONTROLLER)]);
    // The blob stalls after half the binary, as a slow registry would: only the abort can end the scan.
    const blob = new Readable({ read() {} });
    blob.push(tar.subarray(0, 512 + linux.length / 2));
    const scanning = scan([layer('sha256:slow', () => blob, TAR_TYPE)], { signal: controller.signal });
    await until(() => spoolFiles(temporaryDirectory).length > 0);
    controller.abort();
    await expect(scanning).rejects.toMatchObject({ name: 'AbortError' });
    expect(blob.destroyed).toBe(true);
  });

  it('stops on abort while a layer is still being opened', async () => {
    const controller = new AbortController();
    let opened = false;
    const hanging: ImageLayer = { digest: 'sha256:hanging', mediaType: GZIP_TYPE, open: () => ((opened = true), new Promise<Readable>(() => undefined)) };
    const scanning = scan([hanging], { signal: controller.signal });
    await until(() => opened);
    controller.abort();
    await expect(scanning).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(scan([layer('sha256:one', gzipLayer([]))], { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

function spoolFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('executable-'));
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
