import type { TextSpan } from '../model/location.js';
import { GoModLexer, type GoModToken, type LexedItem, type LexFault } from './go-mod-lexer.js';

/**
 * One directive of a go.mod or go.work file. A block entry (`require (` … `)`) becomes a directive of its
 * own with the block's verb, so `require a v1` and the same line inside a block read alike.
 */
export interface GoModStatement {
  /** The verb as written (a quoted verb keeps its quotes, so it is no known verb, as in Go). */
  verb: string;
  /** Where the verb is written; for a block entry, the verb on the line that opened the block. */
  verbSpan: TextSpan;
  /** The first tokens after the verb (for a block entry, of its line); at most MAX_KEPT_ARGUMENTS. */
  args: GoModToken[];
  /** How many tokens follow the verb: a line longer than any directive is refused by its count alone. */
  argCount: number;
  /** The text after `//` on the statement's line, not trimmed, or null. */
  comment: string | null;
  line: number;
  /** The line of the `verb (` that opened the block, or null for a one-line directive. */
  blockLine: number | null;
}

/** What the parser hands on, in file order; nothing is collected here, so memory does not grow with the file. */
export interface GoModSyntaxVisitor {
  statement(statement: GoModStatement): void;
  /** `header (` opened a block at `line` (`header ( )` an empty one); called before its entries. */
  block(header: readonly GoModToken[], line: number): void;
  /** Go refuses the file here; the parser goes on with the next line. `reason` formats the why on demand. */
  fault(line: number, reason: () => string): void;
}

/** No directive takes more (retract `[ low , high ]` is five); the rest of a longer line is only counted. */
export const MAX_KEPT_ARGUMENTS = 8;

/**
 * Parses the shared go.mod/go.work grammar as golang.org/x/mod/modfile's parser does (read.go: parseFile,
 * parseStmt, parseLineBlock), without judging verbs: that is the caller's business.
 */
export function parseGoModSyntax(text: string, visitor: GoModSyntaxVisitor): void {
  const lexer = new GoModLexer(text);
  for (;;) {
    const item = lexer.peek();
    if (item.kind === 'eof') return;
    if (item.kind === 'newline' || item.kind === 'comment') {
      lexer.next();
    } else if (item.kind === 'fault') {
      recover(lexer, visitor, item);
    } else {
      parseStatement(lexer, visitor);
    }
  }
}

function isEndOfLine(item: LexedItem): boolean {
  return item.kind === 'eof' || item.kind === 'newline' || item.kind === 'comment';
}

function commentOf(item: LexedItem): string | null {
  return item.kind === 'comment' ? item.text : null;
}

function recover(lexer: GoModLexer, visitor: GoModSyntaxVisitor, fault: LexFault): void {
  visitor.fault(fault.line, () => fault.reason);
  lexer.skipLine();
}

/** Collects a line's tokens, keeping the first few; returns null when the line faulted (already reported). */
class LineTokens {
  readonly kept: GoModToken[] = [];
  count = 0;

  add(token: GoModToken): void {
    if (this.kept.length < MAX_KEPT_ARGUMENTS) this.kept.push(token);
    this.count += 1;
  }
}

function parseStatement(lexer: GoModLexer, visitor: GoModSyntaxVisitor): void {
  const first = (lexer.next() as LexedItem & { kind: 'token' }).token;
  const args = new LineTokens();
  for (;;) {
    const item = lexer.next();
    if (item.kind === 'fault') return recover(lexer, visitor, item);
    if (isEndOfLine(item)) {
      visitor.statement(statementOf(first, args, commentOf(item), first.span.line, null));
      return;
    }
    const token = (item as LexedItem & { kind: 'token' }).token;
    if (token.kind === 'open') {
      const next = lexer.peek();
      if (isEndOfLine(next)) {
        lexer.next();
        return parseBlock(lexer, visitor, [first, ...args.kept], first);
      }
      if (next.kind === 'token' && next.token.kind === 'close') {
        lexer.next();
        const after = lexer.peek();
        if (isEndOfLine(after)) {
          lexer.next();
          visitor.block([first, ...args.kept], first.span.line);
          return;
        }
        args.add(asValue(token));
        args.add(asValue(next.token));
        continue;
      }
    }
    args.add(asValue(token));
  }
}

/** A parenthesis in the middle of a line is an ordinary token in Go's grammar. */
function asValue(token: GoModToken): GoModToken {
  return token.kind === 'open' || token.kind === 'close' ? { ...token, kind: 'value' } : token;
}

function parseBlock(lexer: GoModLexer, visitor: GoModSyntaxVisitor, header: GoModToken[], verb: GoModToken): void {
  const blockLine = verb.span.line;
  visitor.block(header, blockLine);
  for (;;) {
    const item = lexer.peek();
    if (item.kind === 'eof') {
      visitor.fault(blockLine, () => `syntax error (unterminated block started at line ${blockLine})`);
      return;
    }
    if (item.kind === 'fault') {
      recover(lexer, visitor, item);
    } else if (item.kind === 'newline' || item.kind === 'comment') {
      lexer.next();
    } else if (item.token.kind === 'close') {
      lexer.next();
      const after = lexer.peek();
      if (!isEndOfLine(after)) {
        visitor.fault(item.token.span.line, () => 'syntax error (expected newline after closing paren)');
        lexer.skipLine();
      } else {
        lexer.next();
      }
      return;
    } else {
      parseBlockLine(lexer, visitor, verb, blockLine);
    }
  }
}

function parseBlockLine(lexer: GoModLexer, visitor: GoModSyntaxVisitor, verb: GoModToken, blockLine: number): void {
  const args = new LineTokens();
  const first = (lexer.next() as LexedItem & { kind: 'token' }).token;
  args.add(asValue(first));
  for (;;) {
    const item = lexer.next();
    if (item.kind === 'fault') return recover(lexer, visitor, item);
    if (isEndOfLine(item)) {
      visitor.statement(statementOf(verb, args, commentOf(item), first.span.line, blockLine));
      return;
    }
    args.add(asValue((item as LexedItem & { kind: 'token' }).token));
  }
}

function statementOf(verb: GoModToken, args: LineTokens, comment: string | null, line: number, blockLine: number | null): GoModStatement {
  return { verb: verb.raw, verbSpan: verb.span, args: args.kept, argCount: args.count, comment, line, blockLine };
}
