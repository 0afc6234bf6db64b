import { readFileSync } from 'node:fs';

/** The text of a scenario fixture, exactly as stored (BOM and CRLF included). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** A span on one line, as the extractors report it (end column exclusive). */
export function spanAt(line: number, column: number, length: number): { line: number; column: number; endLine: number; endColumn: number } {
  return { line, column, endLine: line, endColumn: column + length };
}
