import type { SourceSpan, TextSpan } from '../model/location.js';

export function inFile(file: string, span: TextSpan): SourceSpan {
  return { file, ...span };
}

/** A span for a whole line when a format gives no column (column 1 to 1). */
export function lineSpan(file: string, line: number): SourceSpan {
  return { file, line, column: 1, endLine: line, endColumn: 1 };
}
