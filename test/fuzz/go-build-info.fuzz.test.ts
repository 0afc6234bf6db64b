import fc from 'fast-check';
import type { GoBuildInfoFailureReason, GoBuildInfoResult } from '../../src/extract/go-build-info/build-info-records.js';
import { parseModinfo } from '../../src/extract/go-build-info/modinfo-text.js';
import { bytesAsRandomAccessFile, type RandomAccessFile } from '../../src/extract/go-build-info/random-access-file.js';
import { readGoBuildInfo } from '../../src/extract/go-build-info/read-go-build-info.js';
import { EXECUTABLE_MAGICS, modinfoText, syntheticGoBinary } from './arbitraries/build-info-grammar.js';
import { bytesBehindMagic, mutatedBytes } from './arbitraries/byte-mutations.js';
import { itHoldsFor, itHoldsForAsync } from './arbitraries/fuzz-run.js';
import { mutated } from './arbitraries/text-mutations.js';
import { expectPositionsInside, expectReasons } from './arbitraries/text-positions.js';

const REASONS = new Set<GoBuildInfoFailureReason>(['not-executable', 'no-build-info', 'truncated', 'not-module-build', 'malformed', 'unreadable']);
/** Bounded work: the reader asks for a few ranges, never many times the file. */
const READ_FACTOR = 8;
const READ_ALLOWANCE = 64 * 1024;

/** The bytes as a file that counts what is read from it. */
function countingFile(bytes: Uint8Array): { file: RandomAccessFile; bytesRead: () => number } {
  const inner = bytesAsRandomAccessFile(bytes);
  let total = 0;
  return {
    file: {
      size: inner.size,
      read: async (offset, length) => {
        const chunk = await inner.read(offset, length);
        total += chunk.length;
        return chunk;
      },
    },
    bytesRead: () => total,
  };
}

function expectWellFormed(result: GoBuildInfoResult): void {
  if (!result.ok) {
    if (!REASONS.has(result.reason) || result.message.trim() === '') throw new Error(`a failure without a known reason or a message: ${JSON.stringify(result)}`);
    return;
  }
  if (result.goVersion === '') throw new Error('build info without a Go version');
  expectReasons(result.skipped);
}

describe('Go build info reader under fuzzing', () => {
  itHoldsFor('parseModinfo', fc.oneof(modinfoText, mutated(modinfoText), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
    const records = parseModinfo(text);
    expectPositionsInside(records, text, 'lf');
    expectReasons(records.skipped);
  });

  const binaries = fc.oneof({ weight: 4, arbitrary: mutatedBytes(syntheticGoBinary) }, { weight: 1, arbitrary: syntheticGoBinary }, { weight: 2, arbitrary: bytesBehindMagic(EXECUTABLE_MAGICS) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1024 }) });
  itHoldsForAsync('readGoBuildInfo', binaries, async (bytes) => {
    const { file, bytesRead } = countingFile(bytes);
    expectWellFormed(await readGoBuildInfo(file));
    if (bytesRead() > READ_FACTOR * bytes.length + READ_ALLOWANCE) throw new Error(`read ${bytesRead()} bytes of a ${bytes.length}-byte file`);
  });
});
