/** Something the scan could not use. Never fatal: the scan goes on and reports it. */
export interface Diagnostic {
  /** POSIX path relative to the scanned root ("." for the root itself). */
  file: string;
  /** 1-based line, or null when no line applies (a directory, a binary file). */
  line: number | null;
  message: string;
}

/** What an extractor keeps of a line it could not use, instead of dropping it. */
export interface SkippedLine {
  line: number;
  reason: string;
}
