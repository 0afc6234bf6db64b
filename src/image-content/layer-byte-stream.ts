import { addAbortSignal, pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReadBudget } from './read-budget.js';

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const SNIFF_BYTES = 4;

/** A layer blob that is neither gzip nor tar as far as this reader goes. */
export class UnsupportedLayerFormat extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedLayerFormat';
  }
}

/** A blob stream as a node Readable that the signal destroys, so an abort also ends a read that waits for bytes. */
export function abortableReadable(stream: NodeJS.ReadableStream | Readable, signal: AbortSignal | undefined): Readable {
  const readable = stream instanceof Readable ? stream : new Readable().wrap(stream);
  return signal ? addAbortSignal(signal, readable) : readable;
}

/** The blob's chunks, each counted against the scan's budget before it is passed on. */
export async function* countedChunks(blob: Readable, budget: ReadBudget): AsyncGenerator<Uint8Array> {
  for await (const chunk of blob as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    budget.spend(bytes.length);
    yield bytes;
  }
}

/**
 * The tar bytes of a layer blob: gunzipped when the blob starts with the gzip magic, as is otherwise. The
 * first bytes decide, not the media type: build tools have pushed plain tars labelled gzip and the reverse.
 */
export async function* tarBytesOfBlob(blob: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = blob[Symbol.asyncIterator]();
  const { head, ended } = await readHead(iterator, SNIFF_BYTES);
  const whole = replayed(head, ended ? null : iterator);
  if (startsWith(head, ZSTD_MAGIC)) {
    await iterator.return?.();
    throw new UnsupportedLayerFormat('the blob is zstd-compressed; only gzip and uncompressed tar layers are read');
  }
  yield* startsWith(head, GZIP_MAGIC) ? gunzipped(whole) : whole;
}

async function readHead(iterator: AsyncIterator<Uint8Array>, length: number): Promise<{ head: Uint8Array; ended: boolean }> {
  const parts: Uint8Array[] = [];
  let collected = 0;
  while (collected < length) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(parts), ended: true };
    parts.push(next.value);
    collected += next.value.length;
  }
  return { head: Buffer.concat(parts), ended: false };
}

async function* replayed(head: Uint8Array, rest: AsyncIterator<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (head.length > 0) yield head;
  if (rest) yield* { [Symbol.asyncIterator]: () => rest };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

async function* gunzipped(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  // pipeline carries an error of either side to the gunzip stream, whose iteration then throws it.
  pipeline(Readable.from(compressed), gunzip, () => undefined);
  yield* gunzip as AsyncIterable<Uint8Array>;
}
