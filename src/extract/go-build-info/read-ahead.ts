import type { RandomAccessFile } from './random-access-file.js';

/** Small reads are widened to this much, which covers a header and the table after it in one read. */
const BLOCK_BYTES = 4096;
/** Headers, the section names and the build info: a few places at most are visited at once. */
const CACHED_BLOCKS = 4;

interface CachedBlock {
  offset: number;
  bytes: Uint8Array;
}

/**
 * The format readers ask for many small structures (a magic, a header, a table, a string) that mostly lie
 * next to each other; each read of a file, or of a tar entry in an image layer, has a cost of its own. This
 * wrapper reads a whole block for any small request and answers the following ones from it. Large reads
 * (search chunks) pass straight through and are not kept.
 */
export function withReadAhead(file: RandomAccessFile): RandomAccessFile {
  const blocks: CachedBlock[] = [];
  return {
    size: file.size,
    read: async (offset, length) => {
      const cached = blocks.find((block) => offset >= block.offset && offset + length <= block.offset + block.bytes.length);
      if (cached) return cached.bytes.subarray(offset - cached.offset, offset - cached.offset + length);
      if (length > BLOCK_BYTES) return file.read(offset, length);
      const block = { offset, bytes: await file.read(offset, Math.max(length, Math.min(BLOCK_BYTES, file.size - offset))) };
      blocks.unshift(block);
      blocks.length = Math.min(blocks.length, CACHED_BLOCKS);
      return block.bytes.subarray(0, length);
    },
  };
}
