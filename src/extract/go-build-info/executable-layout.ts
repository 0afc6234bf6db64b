import type { ExecutableFormat } from './build-info-records.js';
import type { FileRange } from './file-ranges.js';

/** Where a loaded part of the program lies in memory and in the file. */
export interface MappedRange {
  address: number;
  fileOffset: number;
  /** Bytes present in the file; the rest of the range in memory (bss) has no file data. */
  fileSize: number;
}

/** A part of the file that may hold the build info header, named for messages ("section .go.buildinfo"). */
export interface SearchRange extends FileRange {
  name: string;
}

/** What the build info reader needs from an executable's section and segment tables. */
export interface ExecutableLayout {
  format: ExecutableFormat;
  /** Where the build info header is searched for, most likely first; empty when there is no candidate. */
  searchRanges: SearchRange[];
  /** What was looked for, for the message when searchRanges is empty. */
  candidatesWanted: string;
  /** The loaded ranges, for the virtual addresses of the pre-1.18 pointer format. */
  mappedRanges: MappedRange[];
}

/** The file offset of `length` bytes at a virtual address, or null when no mapped range holds them all. */
export function fileOffsetOfAddress(layout: ExecutableLayout, address: number, length: number): number | null {
  for (const range of layout.mappedRanges) {
    const start = address - range.address;
    if (start >= 0 && start + length <= range.fileSize) return range.fileOffset + start;
  }
  return null;
}
