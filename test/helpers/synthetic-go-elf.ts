import { FLAG_BIG_ENDIAN, FLAG_STRINGS_INLINE } from '../../src/extract/go-build-info/build-info-header.js';
import { BUILD_INFO_MAGIC } from '../../src/extract/go-build-info/header-search.js';
import { MODINFO_END_SENTINEL, MODINFO_START_SENTINEL } from '../../src/extract/go-build-info/modinfo-framing.js';

/**
 * SYNTHETIC: a minimal ELF executable laid out like a Go < 1.18 binary, for the pointer format of the build
 * info header, which no toolchain installable here (Go 1.18 and later) produces. The bytes follow the format
 * (domain.md §5) rather than a real binary:
 *   - a read-only, executable PT_LOAD segment holding the string bytes (the Go version, the framed modinfo);
 *   - a writable PT_LOAD segment starting with the 32-byte build info header (pointer size, flags 0 or 1,
 *     then the virtual addresses of two Go string headers), followed by those string headers, each
 *     {data pointer, length} in the target's byte order;
 *   - optionally section headers naming the header's place `.go.buildinfo`.
 */
export interface SyntheticGoElfOptions {
  wordSize: 4 | 8;
  byteOrder: 'little' | 'big';
  goVersion: string;
  /** The modinfo string as the binary stores it (see framedModinfo); empty for a build outside module mode. */
  modinfo: Uint8Array;
  withSectionHeaders: boolean;
}

/** File offsets the tests corrupt on purpose. */
export const SYNTHETIC_LAYOUT = {
  textOffset: 0x1000,
  dataOffset: 0x2000,
  /** The build info header is the start of the data segment. */
  headerOffset: 0x2000,
  baseAddress: 0x400000,
} as const;

const PT_LOAD = 1;
const PF_X = 1;
const PF_W = 2;
const PF_R = 4;
const SHT_PROGBITS = 1;
const SHT_STRTAB = 3;
const VERSION_AT = SYNTHETIC_LAYOUT.textOffset;
const MODINFO_AT = SYNTHETIC_LAYOUT.textOffset + 0x100;
const DATA_SIZE = 0x100;

export function framedModinfo(text: string): Uint8Array {
  return Uint8Array.from([...MODINFO_START_SENTINEL, ...new TextEncoder().encode(text), ...MODINFO_END_SENTINEL]);
}

export function syntheticGoElf(options: SyntheticGoElfOptions): Uint8Array {
  const version = new TextEncoder().encode(options.goVersion);
  if (version.length > MODINFO_AT - VERSION_AT || MODINFO_AT + options.modinfo.length > SYNTHETIC_LAYOUT.dataOffset) throw new Error('strings too long for the synthetic layout');
  const names = new TextEncoder().encode('\0.go.buildinfo\0.shstrtab\0');
  const namesOffset = SYNTHETIC_LAYOUT.dataOffset + DATA_SIZE;
  const sectionTableOffset = namesOffset + names.length + (8 - ((namesOffset + names.length) % 8));
  const is64 = options.wordSize === 8;
  const sectionEntrySize = is64 ? 64 : 40;
  const size = options.withSectionHeaders ? sectionTableOffset + 3 * sectionEntrySize : namesOffset;
  const file = new Uint8Array(size);
  const out = new FieldWriter(file, options.byteOrder, options.wordSize);
  writeElfHeader(out, options.withSectionHeaders ? sectionTableOffset : 0);
  writeProgramHeaders(out, is64 ? 64 : 52);
  file.set(version, VERSION_AT);
  file.set(options.modinfo, MODINFO_AT);
  writeBuildInfo(out, version.length, options.modinfo.length);
  if (options.withSectionHeaders) {
    file.set(names, namesOffset);
    writeSectionHeaders(out, sectionTableOffset, namesOffset, names.length);
  }
  return file;
}

function addressOf(fileOffset: number): number {
  return SYNTHETIC_LAYOUT.baseAddress + fileOffset;
}

function writeElfHeader(out: FieldWriter, sectionTableOffset: number): void {
  const is64 = out.wordSize === 8;
  out.bytes.set([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, out.byteOrder === 'little' ? 1 : 2, 1], 0);
  out.u16(16, 2); // ET_EXEC
  out.u16(18, is64 ? 62 : 20); // EM_X86_64 or EM_PPC: any machine will do
  out.u32(20, 1);
  const entry = 24; // e_entry, e_phoff and e_shoff follow, each a word
  out.word(entry, addressOf(SYNTHETIC_LAYOUT.textOffset));
  out.word(entry + out.wordSize, is64 ? 64 : 52);
  out.word(entry + 2 * out.wordSize, sectionTableOffset);
  const rest = entry + 3 * out.wordSize + 4; // after e_flags
  out.u16(rest, is64 ? 64 : 52); // e_ehsize
  out.u16(rest + 2, is64 ? 56 : 32); // e_phentsize
  out.u16(rest + 4, 2); // e_phnum
  out.u16(rest + 6, is64 ? 64 : 40); // e_shentsize
  out.u16(rest + 8, sectionTableOffset === 0 ? 0 : 3); // e_shnum
  out.u16(rest + 10, sectionTableOffset === 0 ? 0 : 2); // e_shstrndx
}

function writeProgramHeaders(out: FieldWriter, at: number): void {
  const segments = [
    { offset: SYNTHETIC_LAYOUT.textOffset, size: SYNTHETIC_LAYOUT.dataOffset - SYNTHETIC_LAYOUT.textOffset, flags: PF_R | PF_X },
    { offset: SYNTHETIC_LAYOUT.dataOffset, size: DATA_SIZE, flags: PF_R | PF_W },
  ];
  segments.forEach((segment, index) => {
    if (out.wordSize === 8) {
      const entry = at + index * 56;
      out.u32(entry, PT_LOAD);
      out.u32(entry + 4, segment.flags);
      out.word(entry + 8, segment.offset);
      out.word(entry + 16, addressOf(segment.offset));
      out.word(entry + 24, addressOf(segment.offset));
      out.word(entry + 32, segment.size);
      out.word(entry + 40, segment.size);
      out.word(entry + 48, 0x1000);
    } else {
      const entry = at + index * 32;
      out.u32(entry, PT_LOAD);
      out.u32(entry + 4, segment.offset);
      out.u32(entry + 8, addressOf(segment.offset));
      out.u32(entry + 12, addressOf(segment.offset));
      out.u32(entry + 16, segment.size);
      out.u32(entry + 20, segment.size);
      out.u32(entry + 24, segment.flags);
      out.u32(entry + 28, 0x1000);
    }
  });
}

/** The header, then the two string headers it points at, all in the data segment. */
function writeBuildInfo(out: FieldWriter, versionLength: number, modinfoLength: number): void {
  const header = SYNTHETIC_LAYOUT.headerOffset;
  const versionHeader = header + 32;
  const modinfoHeader = versionHeader + 2 * out.wordSize;
  out.bytes.set(BUILD_INFO_MAGIC, header);
  out.bytes[header + 14] = out.wordSize;
  out.bytes[header + 15] = out.byteOrder === 'big' ? FLAG_BIG_ENDIAN : 0; // and no FLAG_STRINGS_INLINE: the pointer format
  out.word(header + 16, addressOf(versionHeader));
  out.word(header + 16 + out.wordSize, addressOf(modinfoHeader));
  out.word(versionHeader, addressOf(VERSION_AT));
  out.word(versionHeader + out.wordSize, versionLength);
  out.word(modinfoHeader, modinfoLength === 0 ? 0 : addressOf(MODINFO_AT));
  out.word(modinfoHeader + out.wordSize, modinfoLength);
}

function writeSectionHeaders(out: FieldWriter, at: number, namesOffset: number, namesLength: number): void {
  const sections = [
    { name: 1, type: SHT_PROGBITS, offset: SYNTHETIC_LAYOUT.headerOffset, size: 32, address: addressOf(SYNTHETIC_LAYOUT.headerOffset) },
    { name: 15, type: SHT_STRTAB, offset: namesOffset, size: namesLength, address: 0 },
  ];
  const entrySize = out.wordSize === 8 ? 64 : 40;
  sections.forEach((section, index) => {
    const entry = at + (index + 1) * entrySize; // entry 0 stays the all-zero null section
    out.u32(entry, section.name);
    out.u32(entry + 4, section.type);
    if (out.wordSize === 8) {
      out.word(entry + 16, section.address);
      out.word(entry + 24, section.offset);
      out.word(entry + 32, section.size);
    } else {
      out.u32(entry + 12, section.address);
      out.u32(entry + 16, section.offset);
      out.u32(entry + 20, section.size);
    }
  });
}

class FieldWriter {
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly byteOrder: 'little' | 'big',
    readonly wordSize: 4 | 8,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u16(at: number, value: number): void {
    this.view.setUint16(at, value, this.byteOrder === 'little');
  }

  u32(at: number, value: number): void {
    this.view.setUint32(at, value, this.byteOrder === 'little');
  }

  word(at: number, value: number): void {
    if (this.wordSize === 4) this.u32(at, value);
    else this.view.setBigUint64(at, BigInt(value), this.byteOrder === 'little');
  }
}

/**
 * SYNTHETIC, hostile: a 64-bit little-endian ELF of `size` bytes whose `segmentCount` writable PT_LOAD
 * program headers all cover the file from offset 0 (all but the last stop 8 KiB short of its end), with no
 * section table, and Go 1.18 build info (strings inline) naming `dependency` in the last 4 KiB, which only
 * the last segment holds. A reader that searches segment by segment reads the file `segmentCount` times.
 */
export function overlappingSegmentsElf(size: number, segmentCount: number, dependency: string): Uint8Array {
  const file = new Uint8Array(size);
  const out = new FieldWriter(file, 'little', 8);
  if (64 + segmentCount * 56 > size - 8192) throw new Error('too many segments for the file size');
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  out.u16(16, 2);
  out.u16(18, 62);
  out.u32(20, 1);
  out.word(32, 64); // e_phoff; e_shoff stays 0: no section table
  out.u16(52, 64);
  out.u16(54, 56);
  out.u16(56, segmentCount);
  for (let index = 0; index < segmentCount; index += 1) {
    const entry = 64 + index * 56;
    const covered = index === segmentCount - 1 ? size : size - 8192;
    out.u32(entry, PT_LOAD);
    out.u32(entry + 4, PF_R | PF_W);
    out.word(entry + 16, SYNTHETIC_LAYOUT.baseAddress);
    out.word(entry + 32, covered);
    out.word(entry + 40, covered);
  }
  const header = size - 4096;
  file.set(BUILD_INFO_MAGIC, header);
  file[header + 14] = 8;
  file[header + 15] = FLAG_STRINGS_INLINE;
  const version = new TextEncoder().encode('go1.21.0');
  const modinfo = framedModinfo(`path\texample.com/app\nmod\texample.com/app\t(devel)\t\ndep\t${dependency}\th1:abc=\n`);
  if (modinfo.length >= 0x4000) throw new Error('modinfo too long for a two-byte length');
  file.set([version.length, ...version, (modinfo.length & 0x7f) | 0x80, modinfo.length >> 7], header + 32);
  file.set(modinfo, header + 32 + 1 + version.length + 2);
  return file;
}

/**
 * SYNTHETIC, hostile: a 64-bit little-endian ELF of `size` bytes (all zeros but its headers, so a gzip layer
 * holding it is tiny) with 16 writable PT_LOAD segments starting at offsets 0 to 15, each running to the end
 * of the file, and no build info: a header search can merge overlapping ranges only where their candidates
 * line up (the same offset modulo 16); a search that took the merged ranges one by one read the file 16 times.
 */
export function phaseShiftedSegmentsElf(size: number): Uint8Array {
  const segmentCount = 16;
  const file = new Uint8Array(size);
  const out = new FieldWriter(file, 'little', 8);
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  out.u16(16, 2);
  out.u16(18, 62);
  out.u32(20, 1);
  out.word(32, 64);
  out.u16(52, 64);
  out.u16(54, 56);
  out.u16(56, segmentCount);
  for (let index = 0; index < segmentCount; index += 1) {
    const entry = 64 + index * 56;
    out.u32(entry, PT_LOAD);
    out.u32(entry + 4, PF_R | PF_W);
    out.word(entry + 8, index);
    out.word(entry + 16, SYNTHETIC_LAYOUT.baseAddress + index);
    out.word(entry + 32, size - index);
    out.word(entry + 40, size - index);
  }
  return file;
}
