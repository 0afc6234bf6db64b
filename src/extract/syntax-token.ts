import type { TextSpan } from '../model/location.js';

/**
 * `value`: a bare word or a quoted string; `arrow`: the `=>` of a replacement; `open`/`close`: the
 * parentheses of a go.mod block.
 */
export type SyntaxTokenKind = 'value' | 'arrow' | 'open' | 'close';

/** One token of a Go-module text format, with the exact place it was written. */
export interface SyntaxToken {
  kind: SyntaxTokenKind;
  /** The value as Go reads it: quotes removed and escapes decoded. */
  text: string;
  /** Where the token is written, quotes included; endColumn is the column just past its last character. */
  span: TextSpan;
  quoted: boolean;
}

/** A span on one line; columns are 1-based UTF-16 offsets, the end is exclusive. */
export function spanOnLine(line: number, startIndex: number, endIndex: number): TextSpan {
  return { line, column: startIndex + 1, endLine: line, endColumn: endIndex + 1 };
}

/** Splits a line at spaces and tabs, keeping each field's place; `=>` fields become arrows. */
export function whitespaceFields(line: number, text: string, from = 0): SyntaxToken[] {
  const fields: SyntaxToken[] = [];
  const pattern = /[^ \t\r]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    fields.push({
      kind: word === '=>' ? 'arrow' : 'value',
      text: word,
      span: spanOnLine(line, match.index, match.index + word.length),
      quoted: false,
    });
  }
  return fields;
}
