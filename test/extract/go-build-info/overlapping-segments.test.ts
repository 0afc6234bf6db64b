import { mergeOverlapping } from '../../../src/extract/go-build-info/header-search.js';
import { bytesAsRandomAccessFile, type RandomAccessFile } from '../../../src/extract/go-build-info/random-access-file.js';
import { readGoBuildInfo } from '../../../src/extract/go-build-info/read-go-build-info.js';
import { overlappingSegmentsElf } from '../../helpers/synthetic-go-elf.js';

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
