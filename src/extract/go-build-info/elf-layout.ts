import { malformed } from './build-info-problem.js';
import { ByteFields, type ByteOrder } from './byte-fields.js';
import type { ExecutableLayout, MappedRange } from './executable-layout.js';
import { readExactly, type FileRange } from './file-ranges.js';
import type { RandomAccessFile } from './random-access-file.js';

const BUILD_INFO_SECTION = '.go.buildinfo';
const BUILD_INFO_NAME_BYTES = new TextEncoder().encode(BUILD_INFO_SECTION);
const PT_LOAD = 1;
const PF_X = 0x1;
const PF_W = 0x2;
/** A section that takes memory but no file bytes (.bss). */
const SHT_NOBITS = 8;
/** e_shstrndx value meaning "the real index is in section 0's sh_link". */
const SHN_XINDEX = 0xffff;

/** Where each header field sits, for ELF32 and ELF64. */
interface ElfClass {
  wordSize: 4 | 8;
  headerSize: number;
  header: { phoff: number; shoff: number; phentsize: number; phnum: number; shentsize: number; shnum: number; shstrndx: number };
  program: { entrySize: number; type: number; flags: number; offset: number; vaddr: number; filesz: number };
  section: { entrySize: number; name: number; type: number; offset: number; size: number; link: number };
}

const ELF32: ElfClass = {
  wordSize: 4,
  headerSize: 52,
  header: { phoff: 28, shoff: 32, phentsize: 42, phnum: 44, shentsize: 46, shnum: 48, shstrndx: 50 },
  program: { entrySize: 32, type: 0, offset: 4, vaddr: 8, filesz: 16, flags: 24 },
  section: { entrySize: 40, name: 0, type: 4, offset: 16, size: 20, link: 24 },
};

const ELF64: ElfClass = {
  wordSize: 8,
  headerSize: 64,
  header: { phoff: 32, shoff: 40, phentsize: 54, phnum: 56, shentsize: 58, shnum: 60, shstrndx: 62 },
  program: { entrySize: 56, type: 0, flags: 4, offset: 8, vaddr: 16, filesz: 32 },
  section: { entrySize: 64, name: 0, type: 4, offset: 24, size: 32, link: 40 },
};

interface ElfSegment extends MappedRange {
  type: number;
  flags: number;
}

/**
 * Reads an ELF file's program headers and, where present, its section headers. The build info is the
 * `.go.buildinfo` section; a file without section headers (stripped by other tools, or cut short: the
 * table sits at the end) is searched in its writable, non-executable PT_LOAD segments instead, in file
 * order (Go's own reader tries only the first).
 */
export async function readElfLayout(file: RandomAccessFile): Promise<ExecutableLayout> {
  const ident = await readExactly(file, 0, 16, 'ELF identification');
  const elfClass = classOf(ident[4]);
  const order = byteOrderOf(ident[5]);
  const header = new ByteFields(await readExactly(file, 0, elfClass.headerSize, 'ELF header'), order, 'ELF header');
  const segments = await readSegments(file, header, elfClass);
  const mappedRanges = segments.filter((segment) => segment.type === PT_LOAD);
  const candidatesWanted = `a ${BUILD_INFO_SECTION} section or a writable PT_LOAD segment`;
  const buildInfoSection = await findBuildInfoSection(file, header, elfClass);
  if (buildInfoSection) {
    return { format: 'elf', searchRanges: [{ ...buildInfoSection, name: `section ${BUILD_INFO_SECTION}` }], candidatesWanted, mappedRanges };
  }
  const searchRanges = mappedRanges
    .filter((segment) => (segment.flags & PF_W) !== 0 && (segment.flags & PF_X) === 0)
    .map((segment) => ({ offset: segment.fileOffset, size: segment.fileSize, name: `the writable PT_LOAD segment at offset ${segment.fileOffset}` }));
  return { format: 'elf', searchRanges, candidatesWanted, mappedRanges };
}

function classOf(identClass: number | undefined): ElfClass {
  if (identClass === 1) return ELF32;
  if (identClass === 2) return ELF64;
  throw malformed(`ELF class ${identClass ?? '?'} is neither 32-bit (1) nor 64-bit (2)`);
}

function byteOrderOf(identData: number | undefined): ByteOrder {
  if (identData === 1) return 'little';
  if (identData === 2) return 'big';
  throw malformed(`ELF data encoding ${identData ?? '?'} is neither little-endian (1) nor big-endian (2)`);
}

async function readSegments(file: RandomAccessFile, header: ByteFields, elfClass: ElfClass): Promise<ElfSegment[]> {
  const offset = header.word(elfClass.header.phoff, elfClass.wordSize);
  const count = header.u16(elfClass.header.phnum);
  const entrySize = header.u16(elfClass.header.phentsize);
  if (count === 0 || offset === 0) return [];
  if (entrySize < elfClass.program.entrySize) throw malformed(`ELF program header entries of ${entrySize} bytes are smaller than ${elfClass.program.entrySize}`);
  const table = await readExactly(file, offset, count * entrySize, 'ELF program header table');
  const segments: ElfSegment[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = new ByteFields(table.subarray(index * entrySize, (index + 1) * entrySize), header.order, `ELF program header ${index}`);
    const field = elfClass.program;
    segments.push({
      type: entry.u32(field.type),
      flags: entry.u32(field.flags),
      fileOffset: entry.word(field.offset, elfClass.wordSize),
      address: entry.word(field.vaddr, elfClass.wordSize),
      fileSize: entry.word(field.filesz, elfClass.wordSize),
    });
  }
  return segments;
}

/**
 * The `.go.buildinfo` section, or null when there is no usable section table. A table past the end of a
 * cut-short file is not fatal here: the segment search may still find build info that lies before the cut.
 */
async function findBuildInfoSection(file: RandomAccessFile, header: ByteFields, elfClass: ElfClass): Promise<FileRange | null> {
  const offset = header.word(elfClass.header.shoff, elfClass.wordSize);
  const entrySize = header.u16(elfClass.header.shentsize);
  if (offset === 0 || entrySize < elfClass.section.entrySize || offset >= file.size) return null;
  const first = sectionAt(await readExactly(file, offset, entrySize, 'ELF section header 0'), 0, header.order, elfClass);
  // Extended numbering: counts too large for the 16-bit fields live in section 0.
  const count = header.u16(elfClass.header.shnum) || first.size;
  const namesIndex = header.u16(elfClass.header.shstrndx) === SHN_XINDEX ? first.link : header.u16(elfClass.header.shstrndx);
  if (count === 0 || namesIndex >= count || offset + count * entrySize > file.size) return null;
  const table = await readExactly(file, offset, count * entrySize, 'ELF section header table');
  const sections = Array.from({ length: count }, (_, index) => sectionAt(table.subarray(index * entrySize, (index + 1) * entrySize), index, header.order, elfClass));
  const names = sections[namesIndex];
  if (!names || names.type === SHT_NOBITS || names.offset + names.size > file.size) return null;
  const nameTable = await readExactly(file, names.offset, names.size, 'ELF section name table');
  const found = sections.find((section) => section.type !== SHT_NOBITS && isNameAt(nameTable, section.nameOffset, BUILD_INFO_NAME_BYTES));
  return found ? { offset: found.offset, size: found.size } : null;
}

interface RawSection {
  nameOffset: number;
  type: number;
  offset: number;
  size: number;
  link: number;
}

function sectionAt(bytes: Uint8Array, index: number, order: ByteOrder, elfClass: ElfClass): RawSection {
  const entry = new ByteFields(bytes, order, `ELF section header ${index}`);
  const field = elfClass.section;
  return {
    nameOffset: entry.u32(field.name),
    type: entry.u32(field.type),
    offset: entry.word(field.offset, elfClass.wordSize),
    size: entry.word(field.size, elfClass.wordSize),
    link: entry.u32(field.link),
  };
}

/** Whether the NUL-terminated name at `offset` of the section name table is exactly `name`. */
function isNameAt(table: Uint8Array, offset: number, name: Uint8Array): boolean {
  if (offset + name.length >= table.length || table[offset + name.length] !== 0) return false;
  return name.every((byte, index) => table[offset + index] === byte);
}
