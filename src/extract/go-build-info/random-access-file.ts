/**
 * Bytes that can be read at any offset without loading them all: an open file, or later a tar entry of an
 * image layer. A Go binary is hundreds of megabytes and its build info a few hundred bytes, so the reader
 * asks only for the ranges it needs.
 */
export interface RandomAccessFile {
  /** Length in bytes. */
  readonly size: number;
  /** The bytes at [offset, offset + length); fewer only where the range runs past the end. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes already in memory (a small tar entry, a test input) seen as a RandomAccessFile. */
export function bytesAsRandomAccessFile(bytes: Uint8Array): RandomAccessFile {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(clampToSize(offset, bytes.length), clampToSize(offset + length, bytes.length)),
  };
}

function clampToSize(position: number, size: number): number {
  return Math.min(Math.max(position, 0), size);
}
