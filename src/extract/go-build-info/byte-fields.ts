import { malformed, truncated } from './build-info-problem.js';

export type ByteOrder = 'little' | 'big';

/**
 * Fixed-width unsigned fields of one structure read from a file (a header, a table entry). Every read is
 * bounds-checked: a structure cut short means the file was. 64-bit fields become numbers, because offsets
 * and addresses of real binaries stay far below 2^53; a larger value is reported, not rounded.
 */
export class ByteFields {
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly order: ByteOrder,
    /** What the bytes are, for messages ("ELF header"). */
    readonly what: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  u8(at: number): number {
    this.need(at, 1);
    return this.view.getUint8(at);
  }

  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, this.order === 'little');
  }

  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, this.order === 'little');
  }

  u64(at: number): number {
    this.need(at, 8);
    const value = this.view.getBigUint64(at, this.order === 'little');
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed(`${this.what} holds 0x${value.toString(16)} at byte ${at}, beyond any file offset or address this reader handles`);
    return Number(value);
  }

  /** A pointer-sized or class-sized field: 4 or 8 bytes. */
  word(at: number, size: 4 | 8): number {
    return size === 4 ? this.u32(at) : this.u64(at);
  }

  /** A fixed-size name field: ASCII up to the first NUL. */
  name(at: number, length: number): string {
    this.need(at, length);
    const field = this.bytes.subarray(at, at + length);
    const end = field.indexOf(0);
    return String.fromCharCode(...(end < 0 ? field : field.subarray(0, end)));
  }

  private need(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) throw truncated(`${this.what} ends before byte ${at + size}`);
  }
}
