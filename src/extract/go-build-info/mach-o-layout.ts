import { malformed } from './build-info-problem.js';
import { ByteFields, type ByteOrder } from './byte-fields.js';
import type { ExecutableLayout, MappedRange } from './executable-layout.js';
import { readExactly, type FileRange } from './file-ranges.js';
import type { RandomAccessFile } from './random-access-file.js';

const BUILD_INFO_SECTION = '__go_buildinfo';
const LC_SEGMENT = 0x1;
const LC_SEGMENT_64 = 0x19;
/** VM_PROT_READ | VM_PROT_WRITE: the data segment's protection. */
const READ_WRITE = 0x3;
/** Section types (low byte of flags) that take memory but no file bytes. */
const ZERO_FILL_TYPES = new Set([0x1, 0xc, 0x12]);

/** Field offsets of a segment command and of the sections that follow it, for 32- and 64-bit files. */
interface SegmentShape {
  command: number;
  headerSize: number;
  wordSize: 4 | 8;
  segment: { size: number; vmaddr: number; fileoff: number; filesize: number; maxprot: number; initprot: number; nsects: number };
  section: { size: number; sizeField: number; offset: number; flags: number };
}

const MACH_O_32: SegmentShape = {
  command: LC_SEGMENT,
  headerSize: 28,
  wordSize: 4,
  segment: { size: 56, vmaddr: 24, fileoff: 32, filesize: 36, maxprot: 40, initprot: 44, nsects: 48 },
  section: { size: 68, sizeField: 36, offset: 40, flags: 56 },
};

const MACH_O_64: SegmentShape = {
  command: LC_SEGMENT_64,
  headerSize: 32,
  wordSize: 8,
  segment: { size: 72, vmaddr: 24, fileoff: 40, filesize: 48, maxprot: 56, initprot: 60, nsects: 64 },
  section: { size: 80, sizeField: 40, offset: 48, flags: 64 },
};

/** The four thin Mach-O magics as the first four bytes read big-endian, with what each says. */
const THIN_MAGICS = new Map<number, { shape: SegmentShape; order: ByteOrder }>([
  [0xfeedface, { shape: MACH_O_32, order: 'big' }],
  [0xcefaedfe, { shape: MACH_O_32, order: 'little' }],
  [0xfeedfacf, { shape: MACH_O_64, order: 'big' }],
  [0xcffaedfe, { shape: MACH_O_64, order: 'little' }],
]);

export function isThinMachOMagic(bigEndianMagic: number): boolean {
  return THIN_MAGICS.has(bigEndianMagic);
}

interface MachOSegment extends MappedRange {
  name: string;
  maxProtection: number;
  initialProtection: number;
}

/**
 * Reads the segment load commands of a thin Mach-O that starts at `base` (0, or an architecture's offset
 * inside a universal file; the file offsets in its commands count from there). The build info is the
 * `__go_buildinfo` section, else the segments mapped read-write.
 */
export async function readMachOLayout(file: RandomAccessFile, base: number): Promise<ExecutableLayout> {
  const magic = new ByteFields(await readExactly(file, base, 4, 'Mach-O magic'), 'big', 'Mach-O magic').u32(0);
  const kind = THIN_MAGICS.get(magic);
  if (!kind) throw malformed(`no Mach-O header at offset ${base} (magic 0x${magic.toString(16)})`);
  const { shape, order } = kind;
  const header = new ByteFields(await readExactly(file, base, shape.headerSize, 'Mach-O header'), order, 'Mach-O header');
  const commandCount = header.u32(16);
  const commandBytes = header.u32(20);
  const commands = new ByteFields(await readExactly(file, base + shape.headerSize, commandBytes, 'Mach-O load commands'), order, 'Mach-O load commands');
  const segments: MachOSegment[] = [];
  let buildInfoSection: FileRange | null = null;
  let at = 0;
  for (let index = 0; index < commandCount; index += 1) {
    const command = commands.u32(at);
    const commandSize = commands.u32(at + 4);
    if (commandSize < 8 || at + commandSize > commands.length) throw malformed(`Mach-O load command ${index} has size ${commandSize}`);
    if (command === shape.command) {
      if (commandSize < shape.segment.size) throw malformed(`Mach-O segment command ${index} has size ${commandSize}, less than ${shape.segment.size}`);
      segments.push(segmentAt(commands, at, shape, base));
      buildInfoSection ??= buildInfoSectionIn(commands, at, commandSize, shape, base);
    }
    at += commandSize;
  }
  return layoutOf(segments, buildInfoSection);
}

function segmentAt(commands: ByteFields, at: number, shape: SegmentShape, base: number): MachOSegment {
  const field = shape.segment;
  return {
    name: commands.name(at + 8, 16),
    address: commands.word(at + field.vmaddr, shape.wordSize),
    fileOffset: base + commands.word(at + field.fileoff, shape.wordSize),
    fileSize: commands.word(at + field.filesize, shape.wordSize),
    maxProtection: commands.u32(at + field.maxprot),
    initialProtection: commands.u32(at + field.initprot),
  };
}

function buildInfoSectionIn(commands: ByteFields, at: number, commandSize: number, shape: SegmentShape, base: number): FileRange | null {
  const sectionCount = commands.u32(at + shape.segment.nsects);
  if (shape.segment.size + sectionCount * shape.section.size > commandSize) {
    throw malformed(`a Mach-O segment command of ${commandSize} bytes claims ${sectionCount} sections`);
  }
  for (let index = 0; index < sectionCount; index += 1) {
    const section = at + shape.segment.size + index * shape.section.size;
    if (commands.name(section, 16) !== BUILD_INFO_SECTION) continue;
    if (ZERO_FILL_TYPES.has(commands.u32(section + shape.section.flags) & 0xff)) continue;
    return { offset: base + commands.u32(section + shape.section.offset), size: commands.word(section + shape.section.sizeField, shape.wordSize) };
  }
  return null;
}

/**
 * Without the section, every read-write segment is a candidate, in file order. Go's own reader tries only
 * the first, but Go 1.19's linker already puts a read-write __DATA_CONST before the __DATA that holds the
 * build info.
 */
function layoutOf(segments: MachOSegment[], buildInfoSection: FileRange | null): ExecutableLayout {
  const mappedRanges = segments.map(({ address, fileOffset, fileSize }) => ({ address, fileOffset, fileSize }));
  const candidatesWanted = `a ${BUILD_INFO_SECTION} section or a read-write segment`;
  if (buildInfoSection) {
    return { format: 'mach-o', searchRanges: [{ ...buildInfoSection, name: `section ${BUILD_INFO_SECTION}` }], candidatesWanted, mappedRanges };
  }
  const searchRanges = segments
    .filter((segment) => segment.address !== 0 && segment.fileSize !== 0 && segment.initialProtection === READ_WRITE && segment.maxProtection === READ_WRITE)
    .map((segment) => ({ offset: segment.fileOffset, size: segment.fileSize, name: `the read-write segment ${segment.name}` }));
  return { format: 'mach-o', searchRanges, candidatesWanted, mappedRanges };
}
