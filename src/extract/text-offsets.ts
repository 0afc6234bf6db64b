import type { TextSpan } from '../model/location.js';

/** Turns UTF-16 offsets of a text into 1-based lines and columns, as the rest of the gate counts them. */
export interface OffsetLocator {
  lineOf(offset: number): number;
  spanOf(start: number, end: number): TextSpan;
}

export function createOffsetLocator(text: string): OffsetLocator {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineIndexOf = (offset: number): number => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const positionOf = (offset: number): { line: number; column: number } => {
    const index = lineIndexOf(offset);
    return { line: index + 1, column: offset - (lineStarts[index] ?? 0) + 1 };
  };
  return {
    lineOf: (offset) => lineIndexOf(offset) + 1,
    spanOf: (start, end) => {
      const [from, to] = [positionOf(start), positionOf(end)];
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    },
  };
}
