/**
 * The data of one tar entry, read forward once: first a few bytes to tell what the file is, then either the
 * rest (to spool it) or nothing (drained). Every chunk is checked against the abort signal, so a scan stops
 * between chunks of a large file rather than at its end.
 */
export class EntryBody {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private readonly pending: Uint8Array[] = [];
  private ended = false;

  constructor(
    body: AsyncIterable<Uint8Array>,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.iterator = body[Symbol.asyncIterator]();
  }

  /** At least the first `length` bytes (fewer in a shorter file), kept to be read again by chunks(). */
  async head(length: number): Promise<Uint8Array> {
    let collected = this.pending.reduce((total, chunk) => total + chunk.length, 0);
    while (collected < length) {
      const chunk = await this.nextChunk();
      if (chunk === null) break;
      this.pending.push(chunk);
      collected += chunk.length;
    }
    return Buffer.concat(this.pending);
  }

  /** The data from the start (what head() read included) to the end. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    while (this.pending.length > 0) yield this.pending.shift() as Uint8Array;
    for (let chunk = await this.nextChunk(); chunk !== null; chunk = await this.nextChunk()) yield chunk;
  }

  /** Reads to the end without keeping anything: the tar reader moves on only then. */
  async drain(): Promise<void> {
    this.pending.length = 0;
    while ((await this.nextChunk()) !== null);
  }

  private async nextChunk(): Promise<Uint8Array | null> {
    this.signal?.throwIfAborted();
    if (this.ended) return null;
    const next = await this.iterator.next();
    this.signal?.throwIfAborted();
    if (next.done) this.ended = true;
    return next.done ? null : next.value;
  }
}
