import TOML from '@iarna/toml';
import type { SkippedLine } from '../model/diagnostic.js';
import { splitLines } from './text-lines.js';

const BYTE_ORDER_MARK = '\uFEFF';

export type TomlParse = { ok: true; data: Record<string, unknown> } | { ok: false; problem: SkippedLine };

interface TomlSyntaxError {
  /** 0-based, as @iarna/toml reports it. */
  line?: unknown;
  message?: unknown;
}

/**
 * Parses a whole TOML document. The parser names the line of a syntax error (and of a repeated key, which
 * TOML forbids), so the problem is kept with that line instead of thrown.
 */
export function parseTomlDocument(text: string): TomlParse {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  try {
    return { ok: true, data: TOML.parse(body) as Record<string, unknown> };
  } catch (error) {
    return { ok: false, problem: problemOf(error, splitLines(body).length) };
  }
}

/** An error at the end of the text is kept on the last line: past a final newline there is no line to point at. */
function problemOf(error: unknown, lineCount: number): SkippedLine {
  const { line, message } = (error ?? {}) as TomlSyntaxError;
  const zeroBasedLine = typeof line === 'number' && Number.isInteger(line) && line >= 0 ? Math.min(line, lineCount - 1) : 0;
  // The parser's message repeats the place and quotes the text around it; its first clause is the reason.
  const firstLine = (typeof message === 'string' ? message : String(error)).split('\n')[0] ?? '';
  const reason = firstLine.replace(/ at row \d+, col \d+, pos \d+:?$/, '').trim();
  return { line: zeroBasedLine + 1, reason: `invalid TOML: ${reason || 'unreadable'}` };
}

/** The tables of an array of tables (`[[projects]]`), or null when the key holds something else. */
export function arrayOfTables(data: Record<string, unknown>, key: string): unknown[] | null {
  const value = data[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : null;
}

export function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
