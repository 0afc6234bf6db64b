import fc from 'fast-check';
import { hugeNumber, nastyPiece, nastyRun } from './nasty-text.js';

/** One edit of a text, at a position given as a fraction of its length so it fits any text. */
type TextEdit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'replace-char'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'line-endings'; ending: string }
  | { kind: 'repeat-line'; at: number; times: number };

const MAX_REPEATED_CHARACTERS = 20_000;

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof(nastyPiece, nastyRun, hugeNumber) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fc.nat(80) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace-char' as const), at: fraction, text: fc.oneof(nastyPiece, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: fraction, other: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\n', '\r\n', '\r', '\n\r', '\u2028') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat-line' as const), at: fraction, times: fc.integer({ min: 2, max: 200 }) }) },
);

function indexIn(length: number, at: number): number {
  return Math.min(length, Math.floor(at * (length + 1)));
}

function applyEdit(text: string, edit: TextEdit): string {
  switch (edit.kind) {
    case 'insert': {
      const at = indexIn(text.length, edit.at);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      const at = indexIn(text.length, edit.at);
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'duplicate': {
      const at = indexIn(text.length, edit.at);
      return text.slice(0, at + edit.length) + text.slice(at);
    }
    case 'replace-char': {
      const at = indexIn(text.length, edit.at);
      return text.slice(0, at) + edit.text + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, indexIn(text.length, edit.at));
    case 'swap-lines': {
      const lines = text.split('\n');
      const [a, b] = [indexIn(lines.length - 1, edit.at), indexIn(lines.length - 1, edit.other)];
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      return lines.join('\n');
    }
    case 'line-endings':
      return text.replace(/\r\n|\r|\n/g, edit.ending);
    case 'repeat-line': {
      const lines = text.split('\n');
      const at = indexIn(lines.length - 1, edit.at);
      const line = lines[at] as string;
      // Growth is capped so that a case stays a case: size and speed are the benchmark's job.
      const times = Math.min(edit.times, Math.max(2, Math.floor(MAX_REPEATED_CHARACTERS / (line.length + 1))));
      lines.splice(at, 0, ...Array<string>(times - 1).fill(line));
      return lines.join('\n');
    }
  }
}

/** A real input of the format with one to eight edits: close enough to the grammar to reach deep code. */
export function mutatedFixture(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...texts), fc.array(textEdit, { minLength: 1, maxLength: 8 })).map(([text, edits]) => edits.reduce(applyEdit, text));
}

/** Any input with one to four edits. */
export function mutated(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(texts, fc.array(textEdit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => edits.reduce(applyEdit, text));
}

/** Two real inputs spliced at random points, then mutated. */
export function splicedFixtures(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.constantFrom(...texts), fraction, fraction, fc.array(textEdit, { maxLength: 3 }))
    .map(([first, second, cut, from, edits]) => edits.reduce(applyEdit, first.slice(0, indexIn(first.length, cut)) + second.slice(indexIn(second.length, from))));
}

/** The usual mix for a text format: grammar-made inputs, mutated fixtures, spliced fixtures and random text. */
export function textInputs(grammar: fc.Arbitrary<string>, fixtures: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: grammar },
    { weight: 2, arbitrary: mutated(grammar) },
    { weight: 4, arbitrary: mutatedFixture(fixtures) },
    { weight: 1, arbitrary: splicedFixtures(fixtures) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  );
}
