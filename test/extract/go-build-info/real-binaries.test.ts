import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExecutableFormat, GoBuildInfo, GoBuildInfoResult } from '../../../src/extract/go-build-info/build-info-records.js';
import { clientGoDependency } from '../../../src/extract/go-build-info/client-go-dependency.js';
import { openFileSource } from '../../../src/extract/go-build-info/file-source.js';
import { bytesAsRandomAccessFile, type RandomAccessFile } from '../../../src/extract/go-build-info/random-access-file.js';
import { readGoBuildInfo } from '../../../src/extract/go-build-info/read-go-build-info.js';
import { readGoBuildInfoFromFile } from '../../../src/extract/go-build-info/read-go-build-info-file.js';
import {
  CLIENT_GO_INCOMPATIBLE,
  CLIENT_GO_SEMANTIC,
  FORK_MODULE,
  FORK_VERSION,
  goTestBinaries,
  installedGoVersion,
  MAIN_MODULE,
  removeGoTestBinaries,
  type GoTestBinaries,
  type GoTestBinaryName,
} from '../../helpers/go-binaries.js';
import { universalMachO } from '../../helpers/universal-mach-o.js';

// CI installs golang-go (.ci/run); a developer machine without Go says so instead of failing.
const goAvailable = installedGoVersion() !== null || process.env['CI'] === 'true';
if (!goAvailable) console.warn('go not found on PATH: the real-binary build info tests are skipped (apt-get install golang-go)');

const CLIENT_GO = 'k8s.io/client-go';

function expectOk(result: GoBuildInfoResult): GoBuildInfo {
  if (!result.ok) throw new Error(`expected build info, got ${result.reason}: ${result.message}`);
  return result;
}

/** Reads through a wrapper that records every range asked for. */
function recordingReads(file: RandomAccessFile): { file: RandomAccessFile; reads: { offset: number; length: number }[] } {
  const reads: { offset: number; length: number }[] = [];
  return {
    reads,
    file: { size: file.size, read: (offset, length) => (reads.push({ offset, length }), file.read(offset, length)) },
  };
}

/** The file offset of the build info magic, found independently of the reader by scanning every byte. */
function magicOffset(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(Buffer.from('\xff Go buildinf:', 'latin1'));
}

(goAvailable ? describe : describe.skip)('readGoBuildInfo on real Go binaries', () => {
  let binaries: GoTestBinaries;
  let scratch: string;

  beforeAll(async () => {
    binaries = await goTestBinaries();
    scratch = mkdtempSync(path.join(os.tmpdir(), 'cgtg-build-info-'));
  }, 300_000);

  afterAll(() => {
    removeGoTestBinaries();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  let copies = 0;

  /** A copy of a built binary in the scratch directory, changed by `edit`. */
  function editedCopy(name: GoTestBinaryName, edit: (bytes: Uint8Array) => Uint8Array | void): string {
    const bytes = new Uint8Array(readFileSync(binaries.paths[name]));
    copies += 1;
    const target = path.join(scratch, `${name}-edited-${copies}`);
    writeFileSync(target, edit(bytes) ?? bytes);
    return target;
  }

  const targets: [GoTestBinaryName, ExecutableFormat, string, string][] = [
    ['linux-amd64', 'elf', 'linux', 'amd64'],
    ['linux-386', 'elf', 'linux', '386'],
    ['linux-ppc64', 'elf', 'linux', 'ppc64'],
    ['darwin-arm64', 'mach-o', 'darwin', 'arm64'],
    ['darwin-amd64', 'mach-o', 'darwin', 'amd64'],
    ['windows-amd64', 'pe', 'windows', 'amd64'],
    ['windows-386', 'pe', 'windows', '386'],
  ];

  it.each(targets)('%s (%s): the dep line of k8s.io/client-go, the Go version and the main module', async (name, format, goos, goarch) => {
    const info = expectOk(await readGoBuildInfoFromFile(binaries.paths[name]));
    expect(info.format).toBe(format);
    expect(info.goVersion).toBe(binaries.goVersion);
    expect(info.path).toBe(MAIN_MODULE);
    expect(info.mainModule).toEqual({ path: MAIN_MODULE, version: '(devel)', sum: null });
    expect(info.deps).toEqual([{ path: CLIENT_GO, version: CLIENT_GO_INCOMPATIBLE, sum: binaries.moduleSums[`${CLIENT_GO}@${CLIENT_GO_INCOMPATIBLE}`] }]);
    expect(info.deps[0]?.sum).toMatch(/^h1:/);
    expect(info.settings).toEqual(expect.arrayContaining([{ key: 'GOOS', value: goos }, { key: 'GOARCH', value: goarch }, { key: 'CGO_ENABLED', value: '0' }]));
    expect(info.skipped).toEqual([]);
    expect(clientGoDependency(info)).toEqual(info.deps[0]);
  });

  it('reads a semantic client-go version (v0.15.7) with its go.sum hash', async () => {
    const info = expectOk(await readGoBuildInfoFromFile(binaries.paths['semantic-version']));
    expect(clientGoDependency(info)).toEqual({ path: CLIENT_GO, version: CLIENT_GO_SEMANTIC, sum: binaries.moduleSums[`${CLIENT_GO}@${CLIENT_GO_SEMANTIC}`] });
  });

  it('attaches a replace by a fork module (=> line) to the client-go dependency', async () => {
    const info = expectOk(await readGoBuildInfoFromFile(binaries.paths['replaced-by-fork']));
    expect(info.skipped).toEqual([]);
    expect(clientGoDependency(info)).toEqual({
      path: CLIENT_GO,
      version: CLIENT_GO_INCOMPATIBLE,
      sum: null,
      replacement: { path: FORK_MODULE, version: FORK_VERSION, sum: binaries.moduleSums[`${FORK_MODULE}@${FORK_VERSION}`], isDirectory: false },
    });
  });

  it('records a replace by a directory as version (devel) without a sum (and skips the empty line Go writes after it)', async () => {
    const info = expectOk(await readGoBuildInfoFromFile(binaries.paths['replaced-by-directory']));
    expect(info.skipped).toEqual([]);
    expect(clientGoDependency(info)).toEqual({
      path: CLIENT_GO,
      version: CLIENT_GO_INCOMPATIBLE,
      sum: null,
      replacement: { path: './client-go-fork', version: '(devel)', sum: null, isDirectory: true },
    });
  });

  it('still reads a binary linked with -ldflags="-s -w": stripping drops symbols, not the build info', async () => {
    const info = expectOk(await readGoBuildInfoFromFile(binaries.paths.stripped));
    expect(info.settings).toContainEqual({ key: '-ldflags', value: '-s -w' });
    expect(clientGoDependency(info)?.version).toBe(CLIENT_GO_INCOMPATIBLE);
  });

  it('reads a GOPATH-mode build as build info without modules: its client-go is invisible', async () => {
    const info = expectOk(await readGoBuildInfoFromFile(binaries.paths['gopath-mode']));
    expect(info.path).toBe('example.com/gopath-mode');
    expect(info.mainModule).toBeNull();
    expect(info.deps).toEqual([]);
    expect(clientGoDependency(info)).toBeNull();
  });

  it('falls back to the first writable PT_LOAD segment of an ELF file without section headers', async () => {
    const withoutSections = editedCopy('linux-amd64', (bytes) => {
      // ELF64 little-endian: e_shoff (8 bytes at 40), e_shnum (2 at 60), e_shstrndx (2 at 62).
      bytes.fill(0, 40, 48);
      bytes.fill(0, 60, 64);
    });
    const info = expectOk(await readGoBuildInfoFromFile(withoutSections));
    expect(clientGoDependency(info)?.version).toBe(CLIENT_GO_INCOMPATIBLE);
  });

  it('falls back to the read-write segment of a Mach-O file whose build info section is renamed', async () => {
    const renamed = editedCopy('darwin-arm64', (bytes) => {
      const name = Buffer.from(bytes.buffer).indexOf('__go_buildinfo');
      expect(name).toBeGreaterThan(0);
      bytes.set(new TextEncoder().encode('__renamed_info'), name);
    });
    const info = expectOk(await readGoBuildInfoFromFile(renamed));
    expect(clientGoDependency(info)?.version).toBe(CLIENT_GO_INCOMPATIBLE);
  });

  it.each([false, true])('reads the first slice of a universal Mach-O made of the two darwin binaries (64-bit table: %s)', async (wide) => {
    const file = path.join(scratch, `universal-${wide}`);
    writeFileSync(file, universalMachO([readFileSync(binaries.paths['darwin-amd64']), readFileSync(binaries.paths['darwin-arm64'])], { wide }));
    const info = expectOk(await readGoBuildInfoFromFile(file));
    expect(info.format).toBe('mach-o');
    expect(info.settings).toContainEqual({ key: 'GOARCH', value: 'amd64' });
    expect(clientGoDependency(info)?.version).toBe(CLIENT_GO_INCOMPATIBLE);
  });

  it.each(['linux-amd64', 'darwin-arm64', 'windows-amd64'] as const)('reports a copy of %s cut in half as truncated', async (name) => {
    const half = editedCopy(name, (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await readGoBuildInfoFromFile(half)).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('reports a copy cut inside the modinfo string as truncated', async () => {
    const cut = editedCopy('linux-amd64', (bytes) => bytes.subarray(0, magicOffset(bytes) + 64));
    expect(await readGoBuildInfoFromFile(cut)).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('still reads an ELF copy cut after its build info (the lost section table is at the end)', async () => {
    const cut = editedCopy('linux-amd64', (bytes) => bytes.subarray(0, magicOffset(bytes) + 4096));
    expect(clientGoDependency(expectOk(await readGoBuildInfoFromFile(cut)))?.version).toBe(CLIENT_GO_INCOMPATIBLE);
  });

  it('reads a 200 MB binary in a few small ranges', async () => {
    const large = path.join(scratch, 'large');
    copyFileSync(binaries.paths['linux-amd64'], large);
    truncateSync(large, 200 * 1024 * 1024); // sparse: the tail is zeros the reader must never visit
    const source = await openFileSource(large);
    try {
      const { file, reads } = recordingReads(source);
      expect(clientGoDependency(expectOk(await readGoBuildInfo(file)))?.version).toBe(CLIENT_GO_INCOMPATIBLE);
      expect(reads.length).toBeLessThanOrEqual(5);
      expect(reads.reduce((total, read) => total + read.length, 0)).toBeLessThanOrEqual(5 * 4096);
      expect(reads.every((read) => read.offset < statSync(binaries.paths['linux-amd64']).size)).toBe(true);
    } finally {
      await source.close();
    }
  });

  it.each(['linux-amd64', 'darwin-arm64', 'windows-amd64'] as const)('never throws on corrupted copies of %s', async (name) => {
    const original = new Uint8Array(readFileSync(binaries.paths[name]));
    const buildInfo = magicOffset(original);
    let seed = 12345;
    const nextIndex = (limit: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % limit;
    for (let round = 0; round < 300; round += 1) {
      const bytes = original.slice();
      // Corrupt the headers and tables at the start, or the build info header and strings.
      const base = round % 2 === 0 ? 0 : buildInfo;
      for (let change = 0; change < 3; change += 1) bytes[base + nextIndex(round % 2 === 0 ? 4096 : 256)] = nextIndex(256);
      const result = await readGoBuildInfo(bytesAsRandomAccessFile(bytes));
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('reports a non-Go ELF executable (/bin/ls) as having no build info', async () => {
    expect(await readGoBuildInfoFromFile('/bin/ls')).toMatchObject({ ok: false, reason: 'no-build-info' });
  });

  it('reports a text file and an empty file as not executables, and a missing file as unreadable', async () => {
    const text = path.join(scratch, 'notes.txt');
    const empty = path.join(scratch, 'empty');
    writeFileSync(text, 'module example.com/app\n\ngo 1.19\n');
    writeFileSync(empty, '');
    expect(await readGoBuildInfoFromFile(text)).toMatchObject({ ok: false, reason: 'not-executable' });
    expect(await readGoBuildInfoFromFile(empty)).toEqual({ ok: false, reason: 'not-executable', message: 'the file is empty' });
    expect(await readGoBuildInfoFromFile(path.join(scratch, 'missing'))).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
