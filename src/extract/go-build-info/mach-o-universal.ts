import { malformed } from './build-info-problem.js';
import { ByteFields } from './byte-fields.js';
import type { ExecutableLayout } from './executable-layout.js';
import { readExactly } from './file-ranges.js';
import { readMachOLayout } from './mach-o-layout.js';
import type { RandomAccessFile } from './random-access-file.js';

const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
/**
 * Java class files share 0xcafebabe; where a universal header has its architecture count, a class file has
 * its version, 45 or more. Universal binaries hold a handful of architectures, so a small count decides.
 */
const MAX_ARCHITECTURES = 20;

/**
 * Whether a file starting with a universal magic is a Mach-O universal binary rather than a Java class.
 * `header` holds the file's first 8 bytes (big-endian, as universal headers always are).
 */
export function isUniversalMachO(header: ByteFields): boolean {
  const magic = header.u32(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) return false;
  const count = header.u32(4);
  return count > 0 && count < MAX_ARCHITECTURES;
}

/**
 * A universal (fat) Mach-O: a big-endian table of architectures, each a whole thin Mach-O at its own
 * offset. Every slice of a Go universal binary carries the same modules, so the first one is read.
 */
export async function readUniversalMachOLayout(file: RandomAccessFile): Promise<ExecutableLayout> {
  const header = new ByteFields(await readExactly(file, 0, 8, 'universal Mach-O header'), 'big', 'universal Mach-O header');
  const wide = header.u32(0) === FAT_MAGIC_64;
  const entry = new ByteFields(await readExactly(file, 8, wide ? 32 : 20, 'universal Mach-O architecture 0'), 'big', 'universal Mach-O architecture 0');
  const offset = wide ? entry.u64(8) : entry.u32(8);
  if (offset < 8) throw malformed(`universal Mach-O architecture 0 starts at offset ${offset}, inside the universal header`);
  return readMachOLayout(file, offset);
}
