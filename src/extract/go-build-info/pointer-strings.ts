import { malformed } from './build-info-problem.js';
import type { BuildInfoHeader } from './build-info-header.js';
import { ByteFields } from './byte-fields.js';
import { fileOffsetOfAddress, type ExecutableLayout } from './executable-layout.js';
import { readExactly } from './file-ranges.js';
import type { BuildInfoStrings } from './inline-strings.js';
import type { RandomAccessFile } from './random-access-file.js';

type PointerHeader = Extract<BuildInfoHeader, { format: 'pointer' }>;

/**
 * Go before 1.18: the header holds the addresses of two Go string headers ({data pointer, length}, each
 * pointer-sized, in the target's byte order), which in turn point at the bytes. Both hops go through the
 * executable's mapped ranges.
 */
export async function readPointerStrings(file: RandomAccessFile, layout: ExecutableLayout, header: PointerHeader): Promise<BuildInfoStrings> {
  return {
    goVersion: await readGoString(file, layout, header, header.versionAddress, 'Go version'),
    modinfo: await readGoString(file, layout, header, header.modinfoAddress, 'modinfo'),
  };
}

async function readGoString(file: RandomAccessFile, layout: ExecutableLayout, header: PointerHeader, address: number, what: string): Promise<Uint8Array> {
  const size = header.pointerSize;
  const headerAt = fileOffsetOf(layout, address, 2 * size, `${what} string header`);
  const stringHeader = new ByteFields(await readExactly(file, headerAt, 2 * size, `${what} string header`), header.byteOrder, `${what} string header`);
  const dataAddress = stringHeader.word(0, size);
  const length = stringHeader.word(size, size);
  if (length === 0) return new Uint8Array(0);
  return readExactly(file, fileOffsetOf(layout, dataAddress, length, what), length, what);
}

function fileOffsetOf(layout: ExecutableLayout, address: number, length: number, what: string): number {
  const offset = fileOffsetOfAddress(layout, address, length);
  if (offset === null) throw malformed(`the ${what} (${length} bytes at address 0x${address.toString(16)}) is not inside any loaded part of the file`);
  return offset;
}
