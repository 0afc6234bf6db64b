/**
 * Go source with the insides of comments, strings and rune literals replaced by spaces. Lengths and line
 * breaks are kept, so an index into the result is an index into the source and lines still match; what
 * is left is only code, so a commented-out `BearerTokenFile: tokenFile` or a `{` in a string cannot fool a
 * pattern or the brace matching. String delimiters stay, so an empty literal still reads `""`.
 */
export function blankCommentsAndLiterals(source: string): string {
  const out: string[] = [];
  let index = 0;
  while (index < source.length) {
    const end = endOfNonCode(source, index);
    if (end === null) {
      out.push(source[index] as string);
      index += 1;
      continue;
    }
    out.push(blankRegion(source, index, end));
    index = end;
  }
  return out.join('');
}

/** Where the comment or literal starting at `index` ends, or null when code continues there. */
function endOfNonCode(source: string, index: number): number | null {
  if (source.startsWith('//', index)) return indexOrEnd(source, '\n', index);
  if (source.startsWith('/*', index)) return indexOrEnd(source, '*/', index + 2, 2);
  const char = source[index];
  if (char === '`') return indexOrEnd(source, '`', index + 1, 1);
  if (char === '"' || char === "'") return endOfQuoted(source, index, char);
  return null;
}

function indexOrEnd(source: string, needle: string, from: number, include = 0): number {
  const found = source.indexOf(needle, from);
  return found < 0 ? source.length : found + include;
}

/** An interpreted string or rune literal ends at its unescaped quote, or at the line end if unterminated. */
function endOfQuoted(source: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < source.length && source[index] !== '\n') {
    if (source[index] === '\\') index += 2;
    else if (source[index] === quote) return index + 1;
    else index += 1;
  }
  return Math.min(index, source.length);
}

/** Blanks a comment completely, and a literal's contents between its delimiters; line breaks stay. */
function blankRegion(source: string, start: number, end: number): string {
  const region = source.slice(start, end);
  const blanked = region.replace(/[^\n]/g, ' ');
  const first = region[0] as string;
  if (first === '/') return blanked;
  const closes = region.length > 1 && region.endsWith(first);
  return first + blanked.slice(1, closes ? -1 : undefined) + (closes ? first : '');
}

/** A function's body as indexes into the code: from its `{` to just past its matching `}`. */
export interface FunctionBody {
  headerIndex: number;
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Finds the body of the first function whose header matches. The body starts at the first `{` outside the
 * parameter and result parentheses; the code must already be blanked so braces in strings do not count.
 */
export function findFunctionBody(code: string, header: RegExp): FunctionBody | null {
  const match = header.exec(code);
  if (!match) return null;
  const bodyStart = firstBraceOutsideParentheses(code, match.index + match[0].length);
  if (bodyStart < 0) return null;
  return { headerIndex: match.index, bodyStart, bodyEnd: matchingBraceEnd(code, bodyStart) };
}

function firstBraceOutsideParentheses(code: string, from: number): number {
  let depth = 0;
  for (let index = from; index < code.length; index += 1) {
    const char = code[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '{' && depth === 0) return index;
  }
  return -1;
}

/** The index just past the `}` matching the `{` at `open`, or the end of the code if it never closes. */
function matchingBraceEnd(code: string, open: number): number {
  let depth = 0;
  for (let index = open; index < code.length; index += 1) {
    if (code[index] === '{') depth += 1;
    else if (code[index] === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return code.length;
}

/** The 1-based line of an index into the text. */
export function lineNumberAt(text: string, index: number): number {
  let line = 1;
  for (let cursor = text.indexOf('\n'); cursor >= 0 && cursor < index; cursor = text.indexOf('\n', cursor + 1)) line += 1;
  return line;
}
