/** A place in a scanned file. Lines and columns are 1-based; columns count UTF-16 code units of the line. */
export interface SourceSpan {
  /** POSIX path relative to the scanned root. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A span inside a file whose path the caller adds later (extractors see text, not paths). */
export type TextSpan = Omit<SourceSpan, 'file'>;

export interface RelatedLocation {
  file: string;
  line: number;
  column?: number;
  /** Why this place matters to the finding, e.g. "require line". */
  label?: string;
}
