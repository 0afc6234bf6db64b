import { malformed, truncated } from './build-info-problem.js';
import { BUILD_INFO_HEADER_SIZE } from './build-info-header.js';
import { readExactly } from './file-ranges.js';
import type { RandomAccessFile } from './random-access-file.js';

/** The two strings of Go build info, as bytes (the modinfo still framed by its sentinels). */
export interface BuildInfoStrings {
  goVersion: Uint8Array;
  modinfo: Uint8Array;
}

/** A uvarint never takes more than 10 bytes. */
const MAX_UVARINT_BYTES = 10;

/** Go 1.18 and later: right after the header, the version and the modinfo, each a uvarint length then bytes. */
export async function readInlineStrings(file: RandomAccessFile, headerOffset: number): Promise<BuildInfoStrings> {
  const goVersion = await readLengthPrefixed(file, headerOffset + BUILD_INFO_HEADER_SIZE, 'Go version');
  const modinfo = await readLengthPrefixed(file, goVersion.end, 'modinfo');
  return { goVersion: goVersion.bytes, modinfo: modinfo.bytes };
}

async function readLengthPrefixed(file: RandomAccessFile, offset: number, what: string): Promise<{ bytes: Uint8Array; end: number }> {
  const prefixBytes = await readExactly(file, offset, Math.max(0, Math.min(MAX_UVARINT_BYTES, file.size - offset)), `${what} length`);
  const prefix = decodeUvarint(prefixBytes, what);
  const start = offset + prefix.byteLength;
  return { bytes: await readExactly(file, start, prefix.value, what), end: start + prefix.value };
}

/** Go's unsigned varint: 7 bits a byte, low bits first, high bit set on every byte but the last. */
function decodeUvarint(bytes: Uint8Array, what: string): { value: number; byteLength: number } {
  let value = 0;
  for (let index = 0; index < MAX_UVARINT_BYTES; index += 1) {
    const byte = bytes[index];
    if (byte === undefined) throw truncated(`the file ends inside the length of the ${what}`);
    value += (byte & 0x7f) * 2 ** (7 * index);
    if (!Number.isSafeInteger(value)) throw malformed(`the ${what} length overflows`);
    if (byte < 0x80) return { value, byteLength: index + 1 };
  }
  throw malformed(`the ${what} length is not a varint (more than ${MAX_UVARINT_BYTES} bytes)`);
}
