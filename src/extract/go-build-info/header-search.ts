import { BuildInfoProblem, truncated } from './build-info-problem.js';
import type { ExecutableFormat } from './build-info-records.js';
import type { ExecutableLayout, SearchRange } from './executable-layout.js';
import { clampToFile, readExactly } from './file-ranges.js';
import type { RandomAccessFile } from './random-access-file.js';

/** The first 14 bytes of the build info header: "\xff Go buildinf:". */
export const BUILD_INFO_MAGIC = Uint8Array.from([0xff, ...new TextEncoder().encode(' Go buildinf:')]);
/** The linker aligns the header to 16 bytes, so only those positions are candidates. */
const HEADER_ALIGNMENT = 16;
/**
 * The header is at the very start of its section or segment in every binary seen, so the first read is
 * small; the rest of a large data segment is read in 1 MiB chunks, as Go's own reader does. Both sizes
 * are multiples of the alignment, so no candidate straddles two chunks.
 */
const FIRST_CHUNK_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/** Names listed in a message; a crafted file may have thousands of ranges. */
const MAX_NAMED_RANGES = 5;

/**
 * The file offset of the build info header in the first of `layout`'s search ranges that holds one.
 * `signal` is checked between chunks: the caller's deadline holds inside a large search.
 */
export async function findBuildInfoHeader(file: RandomAccessFile, layout: ExecutableLayout, signal?: AbortSignal): Promise<number> {
  const formatName = FORMAT_NAMES[layout.format];
  if (layout.searchRanges.length === 0) throw new BuildInfoProblem('no-build-info', `no Go build info: the ${formatName} has no ${layout.candidatesWanted}`);
  for (const range of mergeOverlapping(layout.searchRanges)) {
    const found = await searchRange(file, range, signal);
    if (found !== null) return found;
  }
  const cut = layout.searchRanges.find((range) => clampToFile(file, range).size < range.size);
  if (cut) throw truncated(`${cut.name} runs past the end of the file (${file.size} bytes) and no build info was found before it`);
  const names = layout.searchRanges.slice(0, MAX_NAMED_RANGES).map((range) => range.name);
  const more = layout.searchRanges.length - names.length;
  const searched = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
  throw new BuildInfoProblem('no-build-info', `no Go build info header in ${searched} of the ${formatName}: not a Go program, or one whose build info was removed`);
}

/**
 * The ranges with overlaps merged, so each byte of the file is searched once per alignment: a crafted ELF
 * lists the whole file in thousands of program headers. Candidates are aligned from a range's start, so
 * only ranges of the same start modulo the alignment are merged (at most 16 passes over any byte). One
 * range stays as it is; several are searched in file order.
 */
export function mergeOverlapping(ranges: readonly SearchRange[]): SearchRange[] {
  if (ranges.length <= 1) return [...ranges];
  const sorted = [...ranges].sort((a, b) => a.offset - b.offset || b.size - a.size);
  const open = new Map<number, SearchRange>();
  const merged: SearchRange[] = [];
  for (const range of sorted) {
    const phase = range.offset % HEADER_ALIGNMENT;
    const current = open.get(phase);
    if (current && range.offset <= current.offset + current.size) {
      current.size = Math.max(current.size, range.offset + range.size - current.offset);
      continue;
    }
    const copy = { ...range };
    open.set(phase, copy);
    merged.push(copy);
  }
  return merged;
}

async function searchRange(file: RandomAccessFile, range: SearchRange, signal: AbortSignal | undefined): Promise<number | null> {
  const present = clampToFile(file, range);
  for (let searched = 0; searched < present.size; ) {
    signal?.throwIfAborted();
    const length = Math.min(searched === 0 ? FIRST_CHUNK_BYTES : CHUNK_BYTES, present.size - searched);
    const found = alignedMagicIndex(await readExactly(file, present.offset + searched, length, range.name));
    if (found !== null) return present.offset + searched + found;
    searched += length;
  }
  return null;
}

const FORMAT_NAMES: Record<ExecutableFormat, string> = { elf: 'ELF file', 'mach-o': 'Mach-O file', pe: 'PE file' };

function alignedMagicIndex(chunk: Uint8Array): number | null {
  for (let index = 0; index + BUILD_INFO_MAGIC.length <= chunk.length; index += HEADER_ALIGNMENT) {
    if (BUILD_INFO_MAGIC.every((byte, offset) => chunk[index + offset] === byte)) return index;
  }
  return null;
}
