import fc from 'fast-check';

/** One edit of a binary, at a position given as a fraction of its length so it fits any size. */
type ByteEdit =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'word'; at: number; bytes: readonly number[] }
  | { kind: 'insert'; at: number; bytes: readonly number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'copy'; from: number; to: number; length: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** Values that break size and offset arithmetic: zero, all ones, sign bits, just past 32 bits. */
const boundaryWord = fc.constantFrom(
  [0, 0, 0, 0], [0xff, 0xff, 0xff, 0xff], [0x7f, 0xff, 0xff, 0xff], [0x80, 0, 0, 0], [0, 0, 0, 0x80], [1, 0, 0, 0], [0xff, 0xff, 0xff, 0x7f],
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [0, 0, 0, 0, 1, 0, 0, 0], [0, 0x10, 0, 0], [0, 0, 0x10, 0], [0x40, 0, 0, 0, 0, 0, 0, 0],
);

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fraction, value: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('word' as const), at: fraction, bytes: boundaryWord }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), from: fraction, to: fraction, length: fc.integer({ min: 1, max: 64 }) }) },
);

function indexIn(length: number, at: number): number {
  return Math.min(length, Math.floor(at * (length + 1)));
}

function applyEdit(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  switch (edit.kind) {
    case 'set': {
      if (bytes.length === 0) return bytes;
      const copy = bytes.slice();
      copy[Math.min(bytes.length - 1, indexIn(bytes.length, edit.at))] = edit.value;
      return copy;
    }
    case 'word': {
      const copy = bytes.slice();
      const at = indexIn(bytes.length, edit.at);
      copy.set(edit.bytes.slice(0, Math.max(0, bytes.length - at)), at);
      return copy;
    }
    case 'insert': {
      const at = indexIn(bytes.length, edit.at);
      return Uint8Array.from([...bytes.subarray(0, at), ...edit.bytes, ...bytes.subarray(at)]);
    }
    case 'delete': {
      const at = indexIn(bytes.length, edit.at);
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + edit.length)]);
    }
    case 'truncate':
      return bytes.slice(0, indexIn(bytes.length, edit.at));
    case 'copy': {
      const copy = bytes.slice();
      const from = indexIn(bytes.length, edit.from);
      copy.set(bytes.subarray(from, from + edit.length).subarray(0, Math.max(0, bytes.length - indexIn(bytes.length, edit.to))), indexIn(bytes.length, edit.to));
      return copy;
    }
  }
}

/** A real (or synthetic but well-formed) binary with one to six byte-level edits. */
export function mutatedBytes(seeds: fc.Arbitrary<Uint8Array>, maxEdits = 6): fc.Arbitrary<Uint8Array> {
  return fc.tuple(seeds, fc.array(byteEdit, { minLength: 1, maxLength: maxEdits })).map(([bytes, edits]) => edits.reduce(applyEdit, bytes));
}

/** Random bytes behind one of the magics a reader dispatches on. */
export function bytesBehindMagic(magics: readonly number[][]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 2048 })).map(([magic, rest]) => Uint8Array.from([...magic, ...rest]));
}
