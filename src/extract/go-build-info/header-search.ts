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

/** The file offset of the build info header in the first of `layout`'s search ranges that holds one. */
export async function findBuildInfoHeader(file: RandomAccessFile, layout: ExecutableLayout): Promise<number> {
  const formatName = FORMAT_NAMES[layout.format];
  if (layout.searchRanges.length === 0) throw new BuildInfoProblem('no-build-info', `no Go build info: the ${formatName} has no ${layout.candidatesWanted}`);
  for (const range of layout.searchRanges) {
    const found = await searchRange(file, range);
    if (found !== null) return found;
  }
  const cut = layout.searchRanges.find((range) => clampToFile(file, range).size < range.size);
  if (cut) throw truncated(`${cut.name} runs past the end of the file (${file.size} bytes) and no build info was found before it`);
  const searched = layout.searchRanges.map((range) => range.name).join(', ');
  throw new BuildInfoProblem('no-build-info', `no Go build info header in ${searched} of the ${formatName}: not a Go program, or one whose build info was removed`);
}

async function searchRange(file: RandomAccessFile, range: SearchRange): Promise<number | null> {
  const present = clampToFile(file, range);
  for (let searched = 0; searched < present.size; ) {
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
