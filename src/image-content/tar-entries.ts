import { extract, type Extract, type Header } from 'tar-stream';

export type TarHeader = Header;

/** One tar entry: its header (PAX and GNU long names already applied) and its data. */
export interface TarEntry {
  header: TarHeader;
  /** Must be read to its end before the next entry is asked for; leaving it early ends the whole archive. */
  body: AsyncIterable<Uint8Array>;
}

/**
 * The entries of a tar stream, in order, one at a time: only the entry being read is buffered, never the
 * archive. A cut or corrupt archive makes the iteration throw after the entries read before the damage.
 */
export async function* tarEntries(tarBytes: AsyncIterable<Uint8Array>): AsyncGenerator<TarEntry> {
  const parser = extract();
  void feed(tarBytes, parser);
  try {
    for await (const entry of parser) yield { header: entry.header, body: entry as AsyncIterable<Uint8Array> };
  } finally {
    parser.destroy();
  }
}

async function feed(tarBytes: AsyncIterable<Uint8Array>, parser: Extract): Promise<void> {
  try {
    for await (const chunk of tarBytes) {
      if (parser.destroyed) return;
      if (!parser.write(chunk)) await writable(parser);
    }
    parser.end(null);
  } catch (error) {
    parser.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function writable(parser: Extract): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}
