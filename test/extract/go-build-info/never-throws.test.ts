import type { GoBuildInfoFailureReason, GoBuildInfoResult } from '../../../src/extract/go-build-info/build-info-records.js';
import { bytesAsRandomAccessFile, type RandomAccessFile } from '../../../src/extract/go-build-info/random-access-file.js';
import { readGoBuildInfo } from '../../../src/extract/go-build-info/read-go-build-info.js';
import { framedModinfo, syntheticGoElf } from '../../helpers/synthetic-go-elf.js';

const REASONS: GoBuildInfoFailureReason[] = ['not-executable', 'no-build-info', 'truncated', 'not-module-build', 'malformed', 'unreadable'];

/** A small deterministic generator (mulberry32), so a failing input can be reproduced from its seed. */
function randomBytesFrom(seed: number): (length: number) => Uint8Array {
  let state = seed >>> 0;
  const nextWord = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return (value ^ (value >>> 14)) >>> 0;
  };
  return (length) => {
    const words = new Uint32Array(Math.ceil(length / 4));
    for (let index = 0; index < words.length; index += 1) words[index] = nextWord();
    return new Uint8Array(words.buffer, 0, length);
  };
}

/** Resolves (never rejects) to a well-formed result: ok, or one of the known reasons with a message. */
async function expectWellFormed(bytes: Uint8Array, label: string): Promise<GoBuildInfoResult> {
  let result: GoBuildInfoResult;
  try {
    result = await readGoBuildInfo(bytesAsRandomAccessFile(bytes));
  } catch (error) {
    throw new Error(`readGoBuildInfo threw on ${label}: ${String(error)}`);
  }
  if (!result.ok && (!REASONS.includes(result.reason) || result.message === '')) throw new Error(`bad failure on ${label}: ${JSON.stringify(result)}`);
  return result;
}

const MAGICS: Record<string, number[]> = {
  'ELF64 LE': [0x7f, 0x45, 0x4c, 0x46, 2, 1],
  'ELF64 BE': [0x7f, 0x45, 0x4c, 0x46, 2, 2],
  'ELF32 LE': [0x7f, 0x45, 0x4c, 0x46, 1, 1],
  'Mach-O 64 LE': [0xcf, 0xfa, 0xed, 0xfe],
  'Mach-O 32 BE': [0xfe, 0xed, 0xfa, 0xce],
  'universal Mach-O': [0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2],
  'universal Mach-O 64': [0xca, 0xfe, 0xba, 0xbf, 0, 0, 0, 1],
  PE: [0x4d, 0x5a],
};

describe('readGoBuildInfo never throws', () => {
  it('on random bytes of random lengths', async () => {
    const random = randomBytesFrom(1);
    for (let round = 0; round < 300; round += 1) {
      const length = (random(1)[0] as number) * 16 + (random(1)[0] as number);
      await expectWellFormed(random(length), `random input ${round}`);
    }
  });

  it.each(Object.keys(MAGICS))('on random bytes behind a %s magic', async (name) => {
    const random = randomBytesFrom(name.length);
    const magic = MAGICS[name] as number[];
    for (let round = 0; round < 200; round += 1) {
      const bytes = random(256 + round * 8);
      bytes.set(magic, 0);
      // Point a PE's e_lfanew somewhere inside the file half the time, so the PE header is reached.
      if (name === 'PE' && round % 2 === 0) {
        bytes.set([0x80, 0, 0, 0], 0x3c);
        bytes.set([0x50, 0x45, 0, 0], 0x80);
      }
      await expectWellFormed(bytes, `${name} round ${round}`);
    }
  });

  const legacyElf = syntheticGoElf({
    wordSize: 8,
    byteOrder: 'little',
    goVersion: 'go1.16.15',
    modinfo: framedModinfo('path\texample.com/app\nmod\texample.com/app\t(devel)\t\ndep\tk8s.io/client-go\tv0.20.4\th1:c3ludGhldGlj\n'),
    withSectionHeaders: true,
  });

  it('on every truncation of a (synthetic) Go ELF', async () => {
    const reasons = new Set<string>();
    for (let length = 0; length < legacyElf.length; length += 7) {
      const result = await expectWellFormed(legacyElf.subarray(0, length), `the first ${length} bytes`);
      reasons.add(result.ok ? 'ok' : result.reason);
    }
    // Cuts past the build info still read: the section table is lost, the writable segment is searched instead.
    expect([...reasons].sort()).toEqual(['not-executable', 'ok', 'truncated']);
    expect((await expectWellFormed(legacyElf, 'the whole file')).ok).toBe(true);
  });

  it('on random corruptions of a (synthetic) Go ELF', async () => {
    const random = randomBytesFrom(7);
    for (let round = 0; round < 1000; round += 1) {
      const bytes = legacyElf.slice();
      const changes = random(9);
      for (let change = 0; change < 1 + ((changes[0] as number) % 4); change += 1) {
        const [high, low, value] = random(3) as unknown as [number, number, number];
        bytes[((high << 8) | low) % bytes.length] = value;
      }
      await expectWellFormed(bytes, `corruption round ${round}`);
    }
  });

  it('reports a source whose reads fail as unreadable, and one that returns short reads as truncated', async () => {
    const failing: RandomAccessFile = { size: 1024, read: () => Promise.reject(new Error('EIO: i/o error')) };
    expect(await readGoBuildInfo(failing)).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringContaining('EIO') });
    const lying: RandomAccessFile = { size: legacyElf.length, read: async (offset, length) => legacyElf.subarray(offset, offset + Math.floor(length / 2)) };
    expect(await readGoBuildInfo(lying)).toMatchObject({ ok: false, reason: 'truncated' });
  });
});
