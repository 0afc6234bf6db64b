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
  const found = await searchOnce(file, mergeOverlapping(layout.searchRanges), signal);
  if (found !== null) return found;
  const cut = layout.searchRanges.find((range) => clampToFile(file, range).size < range.size);
  if (cut) throw truncated(`${cut.name} runs past the end of the file (${file.size} bytes) and no build info was found before it`);
  const names = layout.searchRanges.slice(0, MAX_NAMED_RANGES).map((range) => range.name);
  const more = layout.searchRanges.length - names.length;
  const searched = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
  throw new BuildInfoProblem('no-build-info', `no Go build info header in ${searched} of the ${formatName}: not a Go program, or one whose build info was removed`);
}

/**
 * The ranges with overlaps merged where their candidates line up: candidates are aligned from a range's
 * start, so only ranges of the same start modulo the alignment are merged. One range stays as it is;
 * several come in file order, which is the order they are judged in.
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

/** A merged range, clamped to the file, with its place in the order ranges are judged in. */
interface Candidates {
  start: number;
  end: number;
  order: number;
}

/**
 * Each byte of the ranges' union is read once, whatever their phases (a crafted ELF lists the whole file
 * in 16 segments that start 0 to 15 bytes apart; searching each range apart read it 16 times). Every
 * occurrence of the magic is then judged against the ranges it is aligned in, and the one in the earliest
 * range wins, as if the ranges had been searched one after another.
 */
async function searchOnce(file: RandomAccessFile, ranges: readonly SearchRange[], signal: AbortSignal | undefined): Promise<number | null> {
  const candidates = ranges.map((range, order) => {
    const present = clampToFile(file, range);
    return { start: present.offset, end: present.offset + present.size, order };
  });
  const byPhase = candidatesByPhase(candidates);
  // Past the end of every range judged before the best so far, nothing later can beat it.
  const endBefore = endsOfEarlierRanges(candidates);
  let best: { offset: number; order: number } | null = null;
  for (const span of unionOf(candidates)) {
    for (let at = span.start; at < span.end; ) {
      if (best !== null && at >= (endBefore[best.order] ?? 0)) return best.offset;
      signal?.throwIfAborted();
      const length = Math.min(at === span.start ? FIRST_CHUNK_BYTES : CHUNK_BYTES, span.end - at);
      // The chunk reads on by the magic's length less one, so a magic across the chunk boundary is seen.
      const chunk = await readExactly(file, at, Math.min(length + BUILD_INFO_MAGIC.length - 1, span.end - at), 'the build info search range');
      for (let index = indexOfMagic(chunk, 0); index >= 0 && index < length; index = indexOfMagic(chunk, index + 1)) {
        const order = alignedRangeOrder(byPhase, at + index);
        if (order !== null && (best === null || order < best.order)) best = { offset: at + index, order };
      }
      at += length;
    }
  }
  return best === null ? null : best.offset;
}

function indexOfMagic(chunk: Uint8Array, from: number): number {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).indexOf(BUILD_INFO_MAGIC, from);
}

/** Per phase, the ranges of that phase in file order: merged ranges of one phase never overlap. */
function candidatesByPhase(candidates: readonly Candidates[]): Map<number, Candidates[]> {
  const byPhase = new Map<number, Candidates[]>();
  for (const candidate of candidates) {
    const phase = candidate.start % HEADER_ALIGNMENT;
    byPhase.set(phase, [...(byPhase.get(phase) ?? []), candidate]);
  }
  for (const list of byPhase.values()) list.sort((a, b) => a.start - b.start);
  return byPhase;
}

/** The earliest range in which a magic at `offset` is an aligned candidate that fits whole, or null. */
function alignedRangeOrder(byPhase: ReadonlyMap<number, readonly Candidates[]>, offset: number): number | null {
  const list = byPhase.get(offset % HEADER_ALIGNMENT) ?? [];
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as Candidates).start <= offset) low = middle + 1;
    else high = middle;
  }
  const holder = list[low - 1];
  return holder !== undefined && offset + BUILD_INFO_MAGIC.length <= holder.end ? holder.order : null;
}

/** For each order, the furthest end of the ranges judged before it (0 for the first). */
function endsOfEarlierRanges(candidates: readonly Candidates[]): number[] {
  const ends: number[] = [];
  let furthest = 0;
  for (const candidate of candidates) {
    ends.push(furthest);
    furthest = Math.max(furthest, candidate.end);
  }
  return ends;
}

/** The ranges' union as disjoint spans in file order. */
function unionOf(candidates: readonly Candidates[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const candidate of [...candidates].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && candidate.start <= last.end) last.end = Math.max(last.end, candidate.end);
    else if (candidate.end > candidate.start) spans.push({ start: candidate.start, end: candidate.end });
  }
  return spans;
}

const FORMAT_NAMES: Record<ExecutableFormat, string> = { elf: 'ELF file', 'mach-o': 'Mach-O file', pe: 'PE file' };
