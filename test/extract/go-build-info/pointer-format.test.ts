import { clientGoDependency } from '../../../src/extract/go-build-info/client-go-dependency.js';
import { bytesAsRandomAccessFile } from '../../../src/extract/go-build-info/random-access-file.js';
import { readGoBuildInfo } from '../../../src/extract/go-build-info/read-go-build-info.js';
import { framedModinfo, SYNTHETIC_LAYOUT, syntheticGoElf, type SyntheticGoElfOptions } from '../../helpers/synthetic-go-elf.js';

// Go < 1.18 binaries cannot be built with the toolchain installed here, so these ELF files are SYNTHETIC
// (test/helpers/synthetic-go-elf.ts): laid out from the format description, not produced by a Go linker.

const LEGACY_MODINFO = [
  'path\texample.com/legacy/cmd/controller',
  'mod\texample.com/legacy\t(devel)\t',
  'dep\tgithub.com/golang/protobuf\tv1.4.3\th1:c3ludGhldGljIHByb3RvYnVmIHN1bQ==',
  'dep\tk8s.io/client-go\tv0.20.4\th1:c3ludGhldGljIGNsaWVudC1nbyBzdW0=',
  '',
].join('\n');

function elf(overrides: Partial<SyntheticGoElfOptions> = {}): Uint8Array {
  return syntheticGoElf({ wordSize: 8, byteOrder: 'little', goVersion: 'go1.16.15', modinfo: framedModinfo(LEGACY_MODINFO), withSectionHeaders: true, ...overrides });
}

async function read(bytes: Uint8Array) {
  return readGoBuildInfo(bytesAsRandomAccessFile(bytes));
}

describe('readGoBuildInfo on the pre-1.18 pointer format (synthetic ELF)', () => {
  it.each([
    ['64-bit little-endian with a .go.buildinfo section', { wordSize: 8, byteOrder: 'little', withSectionHeaders: true }],
    ['64-bit big-endian found through its writable segment', { wordSize: 8, byteOrder: 'big', withSectionHeaders: false }],
    ['32-bit little-endian with a .go.buildinfo section', { wordSize: 4, byteOrder: 'little', withSectionHeaders: true }],
    ['32-bit big-endian found through its writable segment', { wordSize: 4, byteOrder: 'big', withSectionHeaders: false }],
  ] as const)('follows both string pointers: %s', async (_name, shape) => {
    const info = await read(elf(shape));
    expect(info).toMatchObject({ ok: true, format: 'elf', goVersion: 'go1.16.15', path: 'example.com/legacy/cmd/controller', skipped: [], settings: [] });
    if (!info.ok) return;
    expect(info.mainModule).toEqual({ path: 'example.com/legacy', version: '(devel)', sum: null });
    expect(info.deps.map((dep) => dep.path)).toEqual(['github.com/golang/protobuf', 'k8s.io/client-go']);
    expect(clientGoDependency(info)).toEqual({ path: 'k8s.io/client-go', version: 'v0.20.4', sum: 'h1:c3ludGhldGljIGNsaWVudC1nbyBzdW0=' });
  });

  it('reports an empty modinfo string as a build outside module mode, with the Go version', async () => {
    expect(await read(elf({ goVersion: 'go1.10.8', modinfo: new Uint8Array(0) }))).toEqual({
      ok: false,
      reason: 'not-module-build',
      message: 'built by go1.10.8 outside module mode: the binary records no module list',
      goVersion: 'go1.10.8',
    });
  });

  it('reports a modinfo string without sentinels as a build outside module mode', async () => {
    const unframed = new TextEncoder().encode('path\texample.com/app\nmod\texample.com/app\t(devel)\t');
    expect(await read(elf({ modinfo: unframed }))).toMatchObject({ ok: false, reason: 'not-module-build' });
  });

  it('reports a string pointer outside every loaded segment as malformed', async () => {
    const bytes = elf();
    new DataView(bytes.buffer).setBigUint64(SYNTHETIC_LAYOUT.headerOffset + 16, 0x7fff0000n, true);
    expect(await read(bytes)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('0x7fff0000') });
  });

  it('reports a pointer size other than 4 or 8 as malformed', async () => {
    const bytes = elf();
    bytes[SYNTHETIC_LAYOUT.headerOffset + 14] = 3;
    expect(await read(bytes)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('pointer size of 3') });
  });

  it('reports an empty Go version as malformed', async () => {
    expect(await read(elf({ goVersion: '' }))).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('reports a copy cut inside the string data as truncated', async () => {
    const bytes = elf({ withSectionHeaders: false });
    expect(await read(bytes.subarray(0, SYNTHETIC_LAYOUT.textOffset + 0x120))).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('reports an ELF whose data segment holds no header as having no build info', async () => {
    const bytes = elf();
    bytes.fill(0, SYNTHETIC_LAYOUT.headerOffset, SYNTHETIC_LAYOUT.headerOffset + 14);
    expect(await read(bytes)).toMatchObject({ ok: false, reason: 'no-build-info' });
  });
});
