import { malformed } from './build-info-problem.js';
import { ByteFields, type ByteOrder } from './byte-fields.js';
import { readExactly } from './file-ranges.js';
import type { RandomAccessFile } from './random-access-file.js';

export const BUILD_INFO_HEADER_SIZE = 32;
const POINTER_SIZE_BYTE = 14;
const FLAGS_BYTE = 15;
const POINTERS_START = 16;
/** Flag bit 0: the target is big-endian (it matters only for the pointers of the old format). */
export const FLAG_BIG_ENDIAN = 0x1;
/** Flag bit 1: Go 1.18 and later put both strings right after the header instead of pointing at them. */
export const FLAG_STRINGS_INLINE = 0x2;

/** The 32-byte header that starts Go build info: magic, pointer size, flags, then (old format) two pointers. */
export type BuildInfoHeader =
  | { format: 'inline'; offset: number }
  | {
      format: 'pointer';
      offset: number;
      pointerSize: 4 | 8;
      byteOrder: ByteOrder;
      /** Virtual address of the Go string header holding the toolchain version. */
      versionAddress: number;
      /** Virtual address of the Go string header holding the framed modinfo. */
      modinfoAddress: number;
    };

export async function readBuildInfoHeader(file: RandomAccessFile, offset: number): Promise<BuildInfoHeader> {
  const bytes = await readExactly(file, offset, BUILD_INFO_HEADER_SIZE, 'Go build info header');
  const flags = bytes[FLAGS_BYTE] ?? 0;
  if ((flags & FLAG_STRINGS_INLINE) !== 0) return { format: 'inline', offset };
  const pointerSize = bytes[POINTER_SIZE_BYTE];
  if (pointerSize !== 4 && pointerSize !== 8) throw malformed(`Go build info header at offset ${offset} gives a pointer size of ${pointerSize ?? '?'} bytes`);
  const byteOrder: ByteOrder = (flags & FLAG_BIG_ENDIAN) !== 0 ? 'big' : 'little';
  const fields = new ByteFields(bytes, byteOrder, 'Go build info header');
  return {
    format: 'pointer',
    offset,
    pointerSize,
    byteOrder,
    versionAddress: fields.word(POINTERS_START, pointerSize),
    modinfoAddress: fields.word(POINTERS_START + pointerSize, pointerSize),
  };
}
