import type { SkippedLine } from '../model/diagnostic.js';
import type { TextSpan } from '../model/location.js';
import { lexGoModLine, type LexedLine } from './go-mod-lexer.js';
import type { SyntaxToken } from './syntax-token.js';
import { splitLines } from './text-lines.js';

/**
 * One directive of a go.mod or go.work file. A block entry (`require (` … `)`) becomes a directive of its
 * own with the block's verb, so `require a v1` and the same line inside a block read alike.
 */
export interface GoModStatement {
  verb: string;
  /** Where the verb is written; for a block entry, the verb on the line that opened the block. */
  verbSpan: TextSpan;
  /** The tokens after the verb (for a block entry, every token of its line). */
  args: SyntaxToken[];
  /** The text after `//` on the statement's line, not trimmed, or null. */
  comment: string | null;
  line: number;
  /** The line of the `verb (` that opened the block, or null for a one-line directive. */
  blockLine: number | null;
}

export interface GoModSyntax {
  statements: GoModStatement[];
  skipped: SkippedLine[];
}

interface OpenBlock {
  verb: SyntaxToken;
  line: number;
}

/** Go directive keywords are plain lowercase words; anything else at the start of a line is not one. */
const DIRECTIVE_KEYWORD = /^[a-z]+$/;

/**
 * Parses the shared go.mod/go.work grammar into statements without judging which verbs exist: that is
 * the caller's business, and unknown verbs (newer Go versions add some) must read without error.
 */
export function parseGoModSyntax(text: string): GoModSyntax {
  const syntax: GoModSyntax = { statements: [], skipped: [] };
  let block: OpenBlock | null = null;
  for (const line of splitLines(text)) {
    const lexed = lexGoModLine(line);
    if (lexed.fault !== null) {
      skip(syntax, lexed.number, lexed.fault);
    } else if (lexed.tokens.length > 0) {
      block = block ? readBlockLine(syntax, block, lexed) : readTopLevelLine(syntax, lexed);
    }
  }
  if (block) skip(syntax, block.line, `the ${block.verb.text} block opened here is never closed with )`);
  syntax.skipped.sort((a, b) => a.line - b.line);
  return syntax;
}

/** A line inside a block: an entry, or the `)` that closes it. Returns the block still open, if any. */
function readBlockLine(syntax: GoModSyntax, block: OpenBlock, lexed: LexedLine): OpenBlock | null {
  const [first] = lexed.tokens;
  if (first?.kind === 'close') {
    if (lexed.tokens.length > 1) skip(syntax, lexed.number, 'unexpected text after the ) that closes the block');
    return null;
  }
  const parenthesis = lexed.tokens.find((token) => token.kind === 'open' || token.kind === 'close');
  if (parenthesis) {
    skip(syntax, lexed.number, `unexpected ${parenthesis.text} at column ${parenthesis.span.column} inside the ${block.verb.text} block`);
  } else {
    syntax.statements.push(statementOf(block.verb, lexed.tokens, lexed, block.line));
  }
  return block;
}

/** A line outside any block: a one-line directive, or `verb (` opening a block. */
function readTopLevelLine(syntax: GoModSyntax, lexed: LexedLine): OpenBlock | null {
  const [verb, ...args] = lexed.tokens;
  if (verb?.kind === 'close') {
    skip(syntax, lexed.number, 'unexpected ) with no block open');
    return null;
  }
  if (!verb || verb.kind !== 'value' || verb.quoted || !DIRECTIVE_KEYWORD.test(verb.text)) {
    skip(syntax, lexed.number, `${describe(verb)} is not a directive keyword`);
    return null;
  }
  if (args[0]?.kind === 'open') return readBlockOpening(syntax, verb, args.slice(1), lexed);
  const parenthesis = args.find((token) => token.kind === 'open' || token.kind === 'close');
  if (parenthesis) {
    skip(syntax, lexed.number, `unexpected ${parenthesis.text} at column ${parenthesis.span.column}`);
  } else {
    syntax.statements.push(statementOf(verb, args, lexed, null));
  }
  return null;
}

/** `verb (` opens a block; `verb ( )` on one line is an empty block. */
function readBlockOpening(syntax: GoModSyntax, verb: SyntaxToken, afterOpen: SyntaxToken[], lexed: LexedLine): OpenBlock | null {
  if (afterOpen.length === 0) return { verb, line: lexed.number };
  if (afterOpen.length === 1 && afterOpen[0]?.kind === 'close') return null;
  skip(syntax, lexed.number, `a ${verb.text} block must start with "${verb.text} (" alone on its line`);
  return null;
}

function statementOf(verb: SyntaxToken, args: SyntaxToken[], lexed: LexedLine, blockLine: number | null): GoModStatement {
  return { verb: verb.text, verbSpan: verb.span, args, comment: lexed.comment, line: lexed.number, blockLine };
}

function describe(token: SyntaxToken | undefined): string {
  if (!token) return 'the line';
  return token.quoted ? `the quoted string at column ${token.span.column}` : `"${token.text}"`;
}

function skip(syntax: GoModSyntax, line: number, reason: string): void {
  syntax.skipped.push({ line, reason });
}
