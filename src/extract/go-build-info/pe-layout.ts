import { malformed } from './build-info-problem.js';
import { ByteFields } from './byte-fields.js';
import type { ExecutableLayout, MappedRange } from './executable-layout.js';
import { readExactly } from './file-ranges.js';
import type { RandomAccessFile } from './random-access-file.js';

const PE_SIGNATURE = 0x00004550; // "PE\0\0" read little-endian
const PE32_MAGIC = 0x10b;
const PE32_PLUS_MAGIC = 0x20b;
const COFF_HEADER_SIZE = 20;
const SECTION_HEADER_SIZE = 40;
const IMAGE_SCN_CNT_INITIALIZED_DATA = 0x40;
const IMAGE_SCN_MEM_READ = 0x40000000;
const IMAGE_SCN_MEM_WRITE = 0x80000000;
/** Go's linker puts the build info at the start of the initialized, writable data section. */
const WRITABLE_DATA = (IMAGE_SCN_CNT_INITIALIZED_DATA | IMAGE_SCN_MEM_READ | IMAGE_SCN_MEM_WRITE) >>> 0;

interface PeSection extends MappedRange {
  name: string;
  characteristics: number;
}

/**
 * Reads a PE file's section table. There is no build info section by name: the header is searched in the
 * first initialized read-write data section, and the pre-1.18 pointers are ImageBase-relative addresses.
 */
export async function readPeLayout(file: RandomAccessFile): Promise<ExecutableLayout> {
  const dosHeader = new ByteFields(await readExactly(file, 0, 64, 'DOS header'), 'little', 'DOS header');
  const peOffset = dosHeader.u32(0x3c);
  const coff = new ByteFields(await readExactly(file, peOffset, 4 + COFF_HEADER_SIZE, 'PE header'), 'little', 'PE header');
  if (coff.u32(0) !== PE_SIGNATURE) throw malformed(`an MZ file without the PE signature at offset ${peOffset} (a DOS program?)`);
  const sectionCount = coff.u16(4 + 2);
  const optionalHeaderSize = coff.u16(4 + 16);
  const optionalHeaderOffset = peOffset + 4 + COFF_HEADER_SIZE;
  const imageBase = await readImageBase(file, optionalHeaderOffset, optionalHeaderSize);
  const sections = await readSections(file, optionalHeaderOffset + optionalHeaderSize, sectionCount, imageBase);
  const data = sections.find((section) => (section.characteristics & WRITABLE_DATA) >>> 0 === WRITABLE_DATA);
  return {
    format: 'pe',
    searchRanges: data ? [{ offset: data.fileOffset, size: data.fileSize, name: `the initialized read-write data section ${data.name}` }] : [],
    candidatesWanted: 'an initialized read-write data section',
    mappedRanges: sections.map(({ address, fileOffset, fileSize }) => ({ address, fileOffset, fileSize })),
  };
}

async function readImageBase(file: RandomAccessFile, offset: number, size: number): Promise<number> {
  if (size < 32) throw malformed(`PE optional header of ${size} bytes is too small to hold ImageBase`);
  const optional = new ByteFields(await readExactly(file, offset, 32, 'PE optional header'), 'little', 'PE optional header');
  const magic = optional.u16(0);
  if (magic === PE32_MAGIC) return optional.u32(28);
  if (magic === PE32_PLUS_MAGIC) return optional.u64(24);
  throw malformed(`PE optional header magic 0x${magic.toString(16)} is neither PE32 (0x10b) nor PE32+ (0x20b)`);
}

async function readSections(file: RandomAccessFile, offset: number, count: number, imageBase: number): Promise<PeSection[]> {
  const table = await readExactly(file, offset, count * SECTION_HEADER_SIZE, 'PE section table');
  return Array.from({ length: count }, (_, index) => {
    const entry = new ByteFields(table.subarray(index * SECTION_HEADER_SIZE, (index + 1) * SECTION_HEADER_SIZE), 'little', `PE section header ${index}`);
    const virtualSize = entry.u32(8);
    const rawSize = entry.u32(16);
    return {
      name: entry.name(0, 8),
      address: imageBase + entry.u32(12),
      fileOffset: entry.u32(20),
      // Raw data is padded to the file alignment; past VirtualSize it is padding, not program data.
      fileSize: virtualSize === 0 ? rawSize : Math.min(rawSize, virtualSize),
      characteristics: entry.u32(36),
    };
  });
}
