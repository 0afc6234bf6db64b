import type { CandidateFile } from '../discover/candidate-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { UnreadableSource } from '../model/unreadable-source.js';
import { describeOpenRefusal, type ReadLimits } from './open-inside-root.js';
import { readTextFile, type ReadRefusal } from './read-text-file.js';
import { countLines, searchFile, SEARCH_BUDGET_BYTES } from './search-file.js';

/** Where a refused read goes: a diagnostic, or an unreadable source when the file may bring a client in. */
export interface CandidateReadContext {
  readLimits: ReadLimits;
  diagnostics: Diagnostic[];
  unreadableSources: UnreadableSource[];
}

const GO_LEXED_KINDS: ReadonlySet<CandidateFile['kind']> = new Set(['go.mod', 'go.work']);

type Settled = { diagnostic: Diagnostic } | { unreadable: UnreadableSource };

/**
 * The candidate's text, or null. `mentions` is what makes a file of this format able to bring in a
 * Kubernetes client (the ecosystem's own test for being worth parsing): a file the gate cannot read in full
 * that has it, or that cannot be searched at all, is an unreadable source (an `unknown` finding); one
 * without it cannot make a finding and stays a diagnostic.
 */
export function readCandidate(candidate: CandidateFile, mentions: RegExp, context: CandidateReadContext): string | null {
  const read = readTextFile(candidate.absolutePath, context.readLimits);
  if (read.ok) return read.text;
  // Go's own lexer takes a NUL byte inside a // comment and refuses the file for one anywhere else; ours does the same.
  if (read.refusal.kind === 'binary' && GO_LEXED_KINDS.has(candidate.kind)) return read.refusal.bytes.toString('utf8');
  const settled = settleRefusal(candidate, read.refusal, mentions, context.readLimits);
  if ('diagnostic' in settled) context.diagnostics.push(settled.diagnostic);
  else context.unreadableSources.push(settled.unreadable);
  return null;
}

function settleRefusal(candidate: CandidateFile, refusal: ReadRefusal, mentions: RegExp, limits: ReadLimits): Settled {
  switch (refusal.kind) {
    case 'missing':
    case 'outside':
    case 'not-a-file':
      // Discovery lists regular files inside the root only: the tree changed since, and what is not there is not read.
      return diagnosticOf(candidate, describeOpenRefusal(refusal));
    case 'unreadable':
      return unreadableOf(candidate, null, `cannot be read (${refusal.code})`, 'Make the file readable by the user the gate runs as, or exclude it if it names no dependency.');
    case 'binary':
      return settleBinary(candidate, refusal.bytes, refusal.nulOffset, mentions);
    case 'over-cap':
      return settleOverCap(candidate, refusal.size, mentions, limits);
  }
}

function settleBinary(candidate: CandidateFile, bytes: Buffer, nulOffset: number, mentions: RegExp): Settled {
  const text = bytes.toString('latin1');
  const mention = mentions.exec(text);
  if (!mention) return diagnosticOf(candidate, 'is binary (contains NUL bytes); skipped');
  const nulLine = countLines(text, nulOffset) + 1;
  const others = text.indexOf('\0', nulOffset + 1) !== -1;
  return unreadableOf(
    candidate,
    nulLine,
    `contains a NUL byte on line ${nulLine}, so the gate did not parse it, although it names a Kubernetes client on line ${countLines(text, mention.index) + 1}`,
    others ? `Remove the NUL bytes from the file (the first is on line ${nulLine}).` : `Remove the NUL byte from line ${nulLine}.`,
  );
}

function settleOverCap(candidate: CandidateFile, size: number, mentions: RegExp, limits: ReadLimits): Settled {
  const over = `is ${size} bytes, over the max-file-size cap of ${limits.maxBytes} bytes, so it was not read`;
  const fix = `Raise max-file-size to at least ${sizeSetting(size)} (the file is ${size} bytes), or make the file smaller.`;
  const search = searchFile(candidate.absolutePath, limits.rootReal, mentions);
  switch (search.kind) {
    case 'not-found':
      return diagnosticOf(candidate, `is ${size} bytes, over the max-file-size cap of ${limits.maxBytes} bytes; not read`);
    case 'found':
      return unreadableOf(candidate, search.line, `${over}, although it names a Kubernetes client on line ${search.line}`, fix);
    case 'too-large':
      return unreadableOf(candidate, null, `${over}, and it is too large to search for a Kubernetes client beyond its first ${SEARCH_BUDGET_BYTES} bytes`, fix);
    case 'refused':
      return unreadableOf(candidate, null, `${over}, and it could not be searched for a Kubernetes client: it ${describeOpenRefusal(search.refusal)}`, fix);
  }
}

/** The smallest max-file-size value, in the input's own units, that admits `size` bytes. */
function sizeSetting(size: number): string {
  const MiB = 1024 * 1024;
  return size >= MiB ? `${Math.ceil(size / MiB)}m` : `${Math.ceil(size / 1024)}k`;
}

function diagnosticOf(candidate: CandidateFile, reason: string): Settled {
  return { diagnostic: { file: candidate.path, line: null, message: `${candidate.kind} ${reason}` } };
}

function unreadableOf(candidate: CandidateFile, line: number | null, reason: string, fix: string): Settled {
  // go.sum is only ever inferred evidence; the other formats say what is built.
  return { unreadable: { file: candidate.path, source: candidate.kind, line, reason, fix, inferred: candidate.kind === 'go.sum' } };
}
