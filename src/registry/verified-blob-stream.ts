import { Readable } from 'node:stream';
import { digestHasher } from './content-digest.js';
import { asError, RegistryError, targetText, type RegistryTarget } from './registry-error.js';

interface VerifiedBlobSource {
  target: RegistryTarget;
  digest: string;
  /** The size the manifest lists, when known: more bytes than that is corrupt without reading on. */
  expectedSize: number | null;
  body: ReadableStream<Uint8Array>;
  /** What a failed read means (a timeout, a dropped connection). */
  readError: (error: unknown) => unknown;
  /** Runs once when the stream ends, fails or is destroyed. */
  onClose: () => void;
}

/**
 * A blob as a Node stream that hashes what passes through and fails at the end when the bytes are not
 * the digest's; it pulls from the HTTP body only as fast as its reader consumes, so nothing is buffered whole.
 */
export class VerifiedBlobStream extends Readable {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly hasher: ReturnType<typeof digestHasher>;
  private received = 0;
  private finished = false;

  constructor(private readonly source: VerifiedBlobSource) {
    super();
    this.reader = source.body.getReader();
    this.hasher = digestHasher(source.digest);
  }

  override _read(): void {
    this.reader.read().then(
      ({ done, value }) => (done ? this.finishReading() : this.pass(value)),
      (error: unknown) => this.destroy(asError(this.source.readError(error))),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.reader.cancel().catch(() => undefined);
    this.close();
    callback(error);
  }

  private pass(chunk: Uint8Array): void {
    this.received += chunk.length;
    const { expectedSize } = this.source;
    if (expectedSize !== null && this.received > expectedSize) {
      this.destroy(this.corrupt(`more than the ${expectedSize} bytes the manifest lists`));
      return;
    }
    this.hasher.hash.update(chunk);
    this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }

  private finishReading(): void {
    const actual = this.hasher.digestNow();
    if (actual !== this.source.digest) {
      this.destroy(this.corrupt(`received ${this.received} bytes hashing to ${actual}`));
      return;
    }
    this.close();
    this.push(null);
  }

  private corrupt(detail: string): RegistryError {
    return new RegistryError(
      'corrupt',
      `${targetText(this.source.target)}: corrupt layer: digest mismatch for ${this.source.digest} (${detail}); the download was damaged or the registry serves bad content, try again`,
    );
  }

  private close(): void {
    if (this.finished) return;
    this.finished = true;
    this.source.onClose();
  }
}
