/**
 * A cheap test that tells, before any parsing, that a RUN, CMD or ENTRYPOINT cannot give the reader
 * anything: most lines of a big Dockerfile install packages or build something else, and parsing and
 * lexing them is where the time of a 16 MiB file goes. The test is conservative: it only passes over a
 * single-line instruction without quotes, escapes or variables, whose raw text is then the text every
 * detector reads, and which names none of the words those detectors need.
 */
import type { InstructionChunk } from './dockerfile-instruction-chunks.js';

const SKIPPABLE_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
/**
 * What the detectors look for, as substrings: k8s.io/… and github.com/kubernetes/… modules and release
 * URLs (k8s, kube), kubectl (kube), git clone/checkout (git), the stage's go build or go install (build,
 * install), RUN --mount (mount), and `$` because a variable may hold any of these.
 */
const NEEDLES = /k8s|kube|client-go|git|build|install|mount|\$/i;
/** Quotes, line breaks, heredocs and the escape character make the read text differ from the raw text. */
const REWRITING = /["'\n\r<]/;

export function isInertInstruction(text: string, chunk: InstructionChunk, escape: string): boolean {
  if (!SKIPPABLE_KEYWORDS.has(chunk.keyword)) return false;
  const raw = text.slice(chunk.start, chunk.end);
  return !raw.includes(escape) && !REWRITING.test(raw) && !NEEDLES.test(raw);
}
