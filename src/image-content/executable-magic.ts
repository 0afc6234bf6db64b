import { isThinMachOMagic } from '../extract/go-build-info/mach-o-layout.js';

/** Enough for every magic below. */
export const EXECUTABLE_MAGIC_BYTES = 4;

const ELF_MAGIC = 0x7f454c46;
const UNIVERSAL_MACH_O_MAGICS = new Set([0xcafebabe, 0xcafebabf]);
const MZ = [0x4d, 0x5a];

/**
 * Whether a file's first bytes are those of an executable format the build info reader understands (ELF,
 * Mach-O thin or universal, PE). Only such files are worth spooling to disk; scripts and data are drained.
 * 0xcafebabe also starts Java class files: the build info reader tells those apart.
 */
export function looksLikeExecutable(head: Uint8Array): boolean {
  if (head.length >= 2 && head[0] === MZ[0] && head[1] === MZ[1]) return true;
  if (head.length < 4) return false;
  const magic = Buffer.from(head.buffer, head.byteOffset, 4).readUInt32BE(0);
  return magic === ELF_MAGIC || isThinMachOMagic(magic) || UNIVERSAL_MACH_O_MAGICS.has(magic);
}
