import { BuildInfoProblem } from './build-info-problem.js';
import { ByteFields } from './byte-fields.js';
import { readElfLayout } from './elf-layout.js';
import type { ExecutableLayout } from './executable-layout.js';
import { readExactly } from './file-ranges.js';
import { isThinMachOMagic, readMachOLayout } from './mach-o-layout.js';
import { isUniversalMachO, readUniversalMachOLayout } from './mach-o-universal.js';
import { readPeLayout } from './pe-layout.js';
import type { RandomAccessFile } from './random-access-file.js';

const ELF_MAGIC = 0x7f454c46; // "\x7fELF"
const MZ_MAGIC = 0x4d5a; // "MZ"
const MAGIC_BYTES = 8;

/** Tells the executable format from its first bytes and reads its layout; anything else is not an executable. */
export async function readExecutableLayout(file: RandomAccessFile): Promise<ExecutableLayout> {
  const start = new ByteFields(await readExactly(file, 0, Math.min(MAGIC_BYTES, file.size), 'file start'), 'big', 'file start');
  if (start.length >= 4) {
    const magic = start.u32(0);
    if (magic === ELF_MAGIC) return readElfLayout(file);
    if (isThinMachOMagic(magic)) return readMachOLayout(file, 0);
    if (start.length === MAGIC_BYTES && isUniversalMachO(start)) return readUniversalMachOLayout(file);
  }
  if (start.length >= 2 && start.u16(0) === MZ_MAGIC) return readPeLayout(file);
  throw new BuildInfoProblem('not-executable', file.size === 0 ? 'the file is empty' : 'not an ELF, Mach-O or PE executable');
}
