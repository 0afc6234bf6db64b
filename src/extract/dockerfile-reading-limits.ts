/**
 * How much of one Dockerfile the reader follows. Real files stay far below every limit; a generated one
 * (a pull request author's, to slow the gate down) can pass them by the hundred thousand. Past a limit the
 * reader stops, and one `unknown` finding says where and why: what comes after is not judged, and must not
 * pass unseen.
 */
import type { TextSpan } from '../model/location.js';
import type { DockerfileReferenceRecord } from './dockerfile-records.js';
import { MAX_EXPANDED_CHARS_PER_FILE } from './dockerfile-expansion.js';

/** Client versions judged per file; 300,000 findings would cost the report and the check run more than the scan. */
export const MAX_REFERENCES_PER_FILE = 1000;
/** ARG and ENV names defined per file: each keeps its value and where every character came from. */
export const MAX_DEFINITIONS_PER_FILE = 10_000;
/** Build stages per file: each keeps its own variables and copies. */
export const MAX_STAGES_PER_FILE = 1000;

export interface ReadingCounts {
  references: number;
  definitions: number;
  stages: number;
  expansionBudgetSpent: boolean;
}

const count = (limit: number): string => limit.toLocaleString('en-US');

/** Why the reader must stop after the instruction these counts follow, or null. */
export function exceededLimit(counts: ReadingCounts): string | null {
  if (counts.references > MAX_REFERENCES_PER_FILE) {
    return `this Dockerfile names more than ${count(MAX_REFERENCES_PER_FILE)} Kubernetes client versions: the gate judged the first ${count(MAX_REFERENCES_PER_FILE)}`;
  }
  if (counts.definitions > MAX_DEFINITIONS_PER_FILE) return `this Dockerfile defines more than ${count(MAX_DEFINITIONS_PER_FILE)} ARG and ENV variables`;
  if (counts.stages > MAX_STAGES_PER_FILE) return `this Dockerfile has more than ${count(MAX_STAGES_PER_FILE)} build stages`;
  if (counts.expansionBudgetSpent) return `the variables of this Dockerfile expand to more than ${count(MAX_EXPANDED_CHARS_PER_FILE)} characters in all`;
  return null;
}

/** Where the reader stopped: the first reference it does not judge, or the instruction that passed a limit. */
export interface StopPlace {
  keyword: string;
  /** 1-based. */
  line: number;
  at: TextSpan;
  written: string;
}

/** The unknown finding that stands for the rest of the file. */
export function stoppedReadingRecord(why: string, place: StopPlace): DockerfileReferenceRecord {
  const reason = `${why}, and stopped reading at line ${place.line}, so nothing from there on is judged`;
  return {
    carrier: 'module-version',
    scheme: 'client-go',
    subject: 'k8s.io/client-go',
    component: null,
    keyword: place.keyword,
    line: place.line,
    context: '',
    version: { value: null, written: place.written, at: place.at, variable: null, buildArg: null, related: [], unknownReason: reason },
    siblings: [],
    notes: [reason],
  };
}
