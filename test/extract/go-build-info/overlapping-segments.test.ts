import { BUILD_INFO_MAGIC, findBuildInfoHeader, mergeOverlapping } from '../../../src/extract/go-build-info/header-search.js';
import { bytesAsRandomAccessFile, type RandomAccessFile } from '../../../src/extract/go-build-info/random-access-file.js';
import { readGoBuildInfo } from '../../../src/extract/go-build-info/read-go-build-info.js';
import { overlappingSegmentsElf, phaseShiftedSegmentsElf } from '../../helpers/synthetic-go-elf.js';

const MiB = 1024 * 1024;

function countingReads(file: RandomAccessFile): { file: RandomAccessFile; bytesRead: () => number } {
  let total = 0;
  return {
    file: {
      size: file.size,
      read: async (offset, length) => {
        total += length;
        return file.read(offset, length);
      },
    },
    bytesRead: () => total,
  };
}

describe('an ELF whose writable segments overlap', () => {
  it('finds the build info in the last of 2,000 segments over the whole file, reading the file about once', async () => {
    const bytes = overlappingSegmentsElf(4 * MiB, 2000, 'k8s.io/client-go\tv0.20.0');
    const counted = countingReads(bytesAsRandomAccessFile(bytes));
    const result = await readGoBuildInfo(counted.file);
    expect(result).toMatchObject({ ok: true, goVersion: 'go1.21.0', deps: [expect.objectContaining({ path: 'k8s.io/client-go', version: 'v0.20.0' })] });
    expect(counted.bytesRead()).toBeLessThan(2 * bytes.length);
  });

  it('stops at an aborted signal with its reason, as the image deadline needs', async () => {
    const bytes = overlappingSegmentsElf(4 * MiB, 100, 'k8s.io/client-go\tv0.20.0');
    const reason = new Error('image-timeout of 10 s passed');
    await expect(readGoBuildInfo(bytesAsRandomAccessFile(bytes), AbortSignal.abort(reason))).rejects.toBe(reason);
  });
});

describe('mergeOverlapping', () => {
  const range = (offset: number, size: number) => ({ offset, size, name: `at ${offset}` });

  it('merges ranges that overlap or touch, keeping ranges of another 16-byte phase apart', () => {
    expect(mergeOverlapping([range(4096, 100), range(0, 8192), range(8192, 16), range(8, 64), range(20000, 10)])).toEqual([
      { offset: 0, size: 8208, name: 'at 0' },
      { offset: 8, size: 64, name: 'at 8' },
      { offset: 20000, size: 10, name: 'at 20000' },
    ]);
  });

  it('keeps a single range as it is', () => {
    expect(mergeOverlapping([range(48, 10)])).toEqual([range(48, 10)]);
  });
});

describe('an ELF whose writable segments start 0 to 15 bytes apart', () => {
  it('reads the file about once before it says there is no build info', async () => {
    const bytes = phaseShiftedSegmentsElf(4 * MiB);
    const counted = countingReads(bytesAsRandomAccessFile(bytes));
    const result = await readGoBuildInfo(counted.file);
    expect(result).toMatchObject({ ok: false });
    expect(counted.bytesRead()).toBeLessThan(2 * bytes.length);
  });

  it('passes over a magic that is not aligned for any segment', async () => {
    const bytes = overlappingSegmentsElf(4 * MiB, 3, 'k8s.io/client-go\tv0.20.0');
    // A decoy one byte off the alignment of every segment (they all start at 0) comes first and is passed over.
    const header = bytes.length - 4096;
    bytes.set(BUILD_INFO_MAGIC, header - 4095);
    expect(await readGoBuildInfo(bytesAsRandomAccessFile(bytes))).toMatchObject({ ok: true, deps: [expect.objectContaining({ version: 'v0.20.0' })] });
  });
});

describe('findBuildInfoHeader', () => {
  it('takes the header of the earliest range that holds one, even when a later range has one further up the file', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set(BUILD_INFO_MAGIC, 36); // aligned for the range at 4 only
    bytes.set(BUILD_INFO_MAGIC, 512); // aligned for the range at 0
    const layout = { format: 'elf' as const, candidatesWanted: 'segments', mappedRanges: [], searchRanges: [{ offset: 4, size: 100, name: 'b' }, { offset: 0, size: 1000, name: 'a' }] };
    expect(await findBuildInfoHeader(bytesAsRandomAccessFile(bytes), layout)).toBe(512);
    expect(await findBuildInfoHeader(bytesAsRandomAccessFile(bytes), { ...layout, searchRanges: [{ offset: 4, size: 100, name: 'b' }] })).toBe(36);
  });
});
