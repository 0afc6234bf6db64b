import type { RelatedLocation } from './location.js';
import type { SourceKind } from './source-kind.js';

export type Verdict = 'outdated' | 'ok' | 'unknown';
export type Severity = 'error' | 'warning' | 'notice';

/** Which rule decided a verdict. */
export type DecidingRule =
  | 'documented-minimum'
  | 'in-cluster-reload'
  | 'minimum-version'
  | 'unknown-version'
  | 'inferred-only'
  | 'unreadable-source'
  | 'passes';

/** One client-go reference, judged. Field names are the JSON contract's (findingContract adds what the comparison with the base says). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  source: SourceKind;
  module: string;
  declared: string | null;
  effective: string | null;
  kubernetes: string | null;
  kubernetesLine: string | null;
  reloadsToken: boolean | null;
  verdict: Verdict;
  severity: Severity;
  rule: DecidingRule;
  inferred: boolean;
  indirect: boolean;
  message: string;
  fix: string | null;
  related: RelatedLocation[];
}
