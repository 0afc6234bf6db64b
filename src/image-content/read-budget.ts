/** The blob bytes read from all layers of one scan, against the scan's cap. */
export class ReadBudget {
  bytesRead = 0;

  constructor(readonly limit: number) {}

  get exhausted(): boolean {
    return this.bytesRead > this.limit;
  }

  /** Counts `length` more bytes; throws once the cap is passed, which ends the read of the layer. */
  spend(length: number): void {
    this.bytesRead += length;
    if (this.exhausted) throw new ReadCapReached(this.limit);
  }
}

/** Raised inside a layer's byte stream, so it unwinds gunzip and the tar reader like any stream error. */
export class ReadCapReached extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes read from the image's layers`);
    this.name = 'ReadCapReached';
  }
}
