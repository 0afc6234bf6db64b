import type { ReplaceDirective } from './go-mod-records.js';
import type { GoModStatement } from './go-mod-syntax.js';
import { readReplacement } from './replace-directive.js';
import type { SyntaxToken } from './syntax-token.js';

/** Reads one statement into the records; returns why it was skipped, or null when it was used or ignored. */
export type DirectiveReader<Records> = (records: Records, statement: GoModStatement) => string | null;

export type ArgumentsRead = { ok: true; values: SyntaxToken[] } | { ok: false; reason: string };

/** The statement's arguments when there are exactly `count` plain values (no `=>`). */
export function expectValues(statement: GoModStatement, count: number, shape: string): ArgumentsRead {
  const { args } = statement;
  if (args.length !== count || args.some((token) => token.kind !== 'value')) {
    return { ok: false, reason: `${statement.verb}: expected "${shape}", found ${describeArguments(args)}` };
  }
  return { ok: true, values: args };
}

function describeArguments(args: readonly SyntaxToken[]): string {
  if (args.length === 0) return 'nothing';
  return args.map((token) => (token.kind === 'value' && !token.quoted ? token.text : JSON.stringify(token.text))).join(' ');
}

/** `go 1.21`: the first one counts, as Go refuses a file with two. */
export const readGoVersion: DirectiveReader<{ goVersion: string | null }> = (records, statement) => {
  const read = expectValues(statement, 1, 'go <version>');
  if (!read.ok) return read.reason;
  if (records.goVersion !== null) return `repeated go directive (the first, go ${records.goVersion}, is kept)`;
  records.goVersion = (read.values[0] as SyntaxToken).text;
  return null;
};

export const readReplace: DirectiveReader<{ replaces: ReplaceDirective[] }> = (records, statement) => {
  const read = readReplacement(statement.args, statement.line);
  if (!read.ok) return `replace: ${read.reason}`;
  records.replaces.push(read.directive);
  return null;
};

/**
 * Reads every statement with the reader for its verb. Verbs without a reader (toolchain, godebug, tool,
 * retract, ignore, and whatever later Go versions add) are read without error and left out.
 */
export function readStatements<Records extends { skipped: { line: number; reason: string }[] }>(
  records: Records,
  statements: readonly GoModStatement[],
  readers: Readonly<Record<string, DirectiveReader<Records>>>,
): Records {
  for (const statement of statements) {
    const reader = Object.hasOwn(readers, statement.verb) ? readers[statement.verb] : undefined;
    const reason = reader ? reader(records, statement) : null;
    if (reason !== null) records.skipped.push({ line: statement.line, reason });
  }
  records.skipped.sort((a, b) => a.line - b.line);
  return records;
}
