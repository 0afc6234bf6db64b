/**
 * A minimal zip writer for the module zips of a file-based GOPROXY: stored (uncompressed) file entries only,
 * no directory entries (Go rejects a module zip that has them), UTF-8 names. Go's module zip reader checks
 * the CRC-32 of every entry, so that is computed for real.
 */
export function zipArchive(files: Record<string, string | Uint8Array>): Uint8Array {
  const localParts: Uint8Array[] = [];
  const centralParts: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const entry = { name: new TextEncoder().encode(name), data: typeof content === 'string' ? new TextEncoder().encode(content) : content, offset };
    const crc = crc32(entry.data);
    const local = concat([localFileHeader(entry.name, entry.data.length, crc), entry.name, entry.data]);
    localParts.push(local);
    centralParts.push(concat([centralDirectoryHeader(entry.name, entry.data.length, crc, entry.offset), entry.name]));
    offset += local.length;
  }
  const central = concat(centralParts);
  return concat([...localParts, central, endOfCentralDirectory(centralParts.length, central.length, offset)]);
}

const VERSION_NEEDED = 20;
const UTF8_NAMES_FLAG = 0x0800;
const METHOD_STORED = 0;
/** 1980-01-01 00:00, the earliest DOS date: fixed so the zips (and their go.sum hashes) are reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localFileHeader(name: Uint8Array, size: number, crc: number): Uint8Array {
  return record(30, (view) => {
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, VERSION_NEEDED, true);
    view.setUint16(6, UTF8_NAMES_FLAG, true);
    view.setUint16(8, METHOD_STORED, true);
    view.setUint16(10, DOS_TIME, true);
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, size, true);
    view.setUint32(22, size, true);
    view.setUint16(26, name.length, true);
  });
}

function centralDirectoryHeader(name: Uint8Array, size: number, crc: number, localOffset: number): Uint8Array {
  return record(46, (view) => {
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, VERSION_NEEDED, true);
    view.setUint16(6, VERSION_NEEDED, true);
    view.setUint16(8, UTF8_NAMES_FLAG, true);
    view.setUint16(10, METHOD_STORED, true);
    view.setUint16(12, DOS_TIME, true);
    view.setUint16(14, DOS_DATE, true);
    view.setUint32(16, crc, true);
    view.setUint32(20, size, true);
    view.setUint32(24, size, true);
    view.setUint16(28, name.length, true);
    view.setUint32(42, localOffset, true);
  });
}

function endOfCentralDirectory(count: number, centralSize: number, centralOffset: number): Uint8Array {
  return record(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, count, true);
    view.setUint16(10, count, true);
    view.setUint32(12, centralSize, true);
    view.setUint32(16, centralOffset, true);
  });
}

function record(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zip stores it. */
function crc32(data: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, byte) => {
    let value = byte;
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    return value >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
