import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';

/**
 * Image layer blobs for the image-content tests and the bench: tar archives written here byte by byte
 * (ustar headers, PAX or GNU long names), independent of the tar library the scanner reads them with. Small
 * layers come as Buffers; big ones as Readables that generate their filler entries while being read, so a
 * 200 MB layer never sits in memory, neither here nor (the point of the test) in the scanner.
 */
export type LayerEntry =
  | { type: 'file'; path: string; content: Uint8Array | string; mode?: number }
  /** `size` bytes generated from `seed` (not compressible), optionally starting with `head`. */
  | { type: 'filler'; path: string; size: number; mode?: number; seed?: number; head?: Uint8Array }
  | { type: 'directory'; path: string; mode?: number }
  /** `.wh.<name>` beside the path it deletes. */
  | { type: 'whiteout'; path: string }
  /** `.wh..wh..opq` inside the directory it makes opaque. */
  | { type: 'opaque'; directory: string }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'hardlink'; path: string; target: string };

export interface LayerOptions {
  /** How names longer than the 100-byte header field are written. Default pax. */
  longNames?: 'pax' | 'gnu';
  /** gzip level of gzipLayer and gzipLayerStream. Default 1: the filler does not compress anyway. */
  gzipLevel?: number;
}

const BLOCK = 512;
const FILLER_CHUNK = 64 * 1024;

/** The tar layer as one Buffer: for small layers. */
export function tarLayer(entries: LayerEntry[], options: LayerOptions = {}): Buffer {
  return Buffer.concat([...tarChunks(entries, options)]);
}

export function gzipLayer(entries: LayerEntry[], options: LayerOptions = {}): Buffer {
  return gzipSync(tarLayer(entries, options), { level: options.gzipLevel ?? 1 });
}

/** The tar layer generated while it is read. */
export function tarLayerStream(entries: LayerEntry[], options: LayerOptions = {}): Readable {
  return Readable.from(tarChunks(entries, options), { objectMode: false });
}

/** The gzip layer generated and compressed while it is read. */
export function gzipLayerStream(entries: LayerEntry[], options: LayerOptions = {}): Readable {
  return tarLayerStream(entries, options).pipe(createGzip({ level: options.gzipLevel ?? 1 }));
}

function* tarChunks(entries: LayerEntry[], options: LayerOptions): Generator<Buffer> {
  for (const entry of entries) yield* entryChunks(entry, options.longNames ?? 'pax');
  yield Buffer.alloc(2 * BLOCK);
}

function* entryChunks(entry: LayerEntry, longNames: 'pax' | 'gnu'): Generator<Buffer> {
  switch (entry.type) {
    case 'file': {
      const content = typeof entry.content === 'string' ? Buffer.from(entry.content) : Buffer.from(entry.content);
      yield* headerChunks({ name: entry.path, typeflag: '0', mode: entry.mode ?? 0o644, size: content.length }, longNames);
      yield content;
      yield padding(content.length);
      return;
    }
    case 'filler':
      yield* headerChunks({ name: entry.path, typeflag: '0', mode: entry.mode ?? 0o644, size: entry.size }, longNames);
      yield* fillerChunks(entry.size, entry.seed ?? 1, entry.head ?? new Uint8Array(0));
      yield padding(entry.size);
      return;
    case 'directory':
      yield* headerChunks({ name: `${entry.path.replace(/\/$/, '')}/`, typeflag: '5', mode: entry.mode ?? 0o755, size: 0 }, longNames);
      return;
    case 'whiteout':
      yield* headerChunks({ name: whiteoutName(entry.path), typeflag: '0', mode: 0o644, size: 0 }, longNames);
      return;
    case 'opaque':
      yield* headerChunks({ name: `${entry.directory.replace(/\/$/, '')}/.wh..wh..opq`, typeflag: '0', mode: 0o644, size: 0 }, longNames);
      return;
    case 'symlink':
      yield* headerChunks({ name: entry.path, typeflag: '2', mode: 0o777, size: 0, linkname: entry.target }, longNames);
      return;
    case 'hardlink':
      yield* headerChunks({ name: entry.path, typeflag: '1', mode: 0o755, size: 0, linkname: entry.target }, longNames);
      return;
  }
}

function whiteoutName(deletedPath: string): string {
  const slash = deletedPath.lastIndexOf('/');
  return `${deletedPath.slice(0, slash + 1)}.wh.${deletedPath.slice(slash + 1)}`;
}

interface HeaderFields {
  name: string;
  typeflag: string;
  mode: number;
  size: number;
  linkname?: string;
}

function* headerChunks(fields: HeaderFields, longNames: 'pax' | 'gnu'): Generator<Buffer> {
  const nameTooLong = Buffer.byteLength(fields.name) > 100 || Buffer.byteLength(fields.linkname ?? '') > 100;
  if (!nameTooLong) {
    yield header(fields, 'ustar');
    return;
  }
  if (longNames === 'pax') {
    const records = paxRecord('path', fields.name) + (fields.linkname ? paxRecord('linkpath', fields.linkname) : '');
    yield header({ name: 'PaxHeaders/long-name', typeflag: 'x', mode: 0o644, size: Buffer.byteLength(records) }, 'ustar');
    yield Buffer.from(records);
    yield padding(Buffer.byteLength(records));
  } else {
    for (const [typeflag, value] of [['L', fields.name], ['K', fields.linkname]] as const) {
      if (value === undefined || Buffer.byteLength(value) <= 100) continue;
      const data = Buffer.from(`${value}\0`);
      yield header({ name: '././@LongLink', typeflag, mode: 0o644, size: data.length }, 'gnu');
      yield data;
      yield padding(data.length);
    }
  }
  yield header({ ...fields, name: truncatedName(fields.name), linkname: fields.linkname && truncatedName(fields.linkname) }, longNames === 'gnu' ? 'gnu' : 'ustar');
}

/** A PAX record counts its own length, digits included. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length += 1;
  return `${length}${body}`;
}

function truncatedName(name: string): string {
  return Buffer.from(name).subarray(0, 100).toString('latin1');
}

function header(fields: HeaderFields, magic: 'ustar' | 'gnu'): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, 'utf8');
  writeOctal(block, 100, 8, fields.mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, fields.size);
  writeOctal(block, 136, 12, 1_700_000_000);
  block.write(fields.typeflag, 156, 1, 'latin1');
  block.write(fields.linkname ?? '', 157, 100, 'utf8');
  block.write(magic === 'ustar' ? 'ustar\u000000' : 'ustar  \u0000', 257, 8, 'latin1');
  block.fill(' ', 148, 156);
  const checksum = block.reduce((total, byte) => total + byte, 0);
  block.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return block;
}

function writeOctal(block: Buffer, offset: number, width: number, value: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, width, 'latin1');
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** xorshift32 bytes: cheap, deterministic, incompressible enough that gzip cannot shrink the layer away. */
function* fillerChunks(size: number, seed: number, head: Uint8Array): Generator<Buffer> {
  let state = seed >>> 0 || 1;
  for (let offset = 0; offset < size; offset += FILLER_CHUNK) {
    const chunk = Buffer.alloc(Math.min(FILLER_CHUNK, size - offset));
    for (let index = 0; index + 4 <= chunk.length; index += 4) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      chunk.writeUInt32LE(state >>> 0, index);
    }
    if (offset === 0) chunk.set(head.subarray(0, chunk.length));
    yield chunk;
  }
}
