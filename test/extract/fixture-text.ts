import { readdirSync, readFileSync } from 'node:fs';

/** The text of a scenario fixture, exactly as stored (BOM and CRLF included). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Every Dockerfile fixture's text, for the tests that compare two readings of the same files. */
export function dockerfileFixtureTexts(): string[] {
  const names = readdirSync(new URL('./fixtures/', import.meta.url)).filter((name) => /docker/i.test(name));
  if (names.length < 5) throw new Error(`expected the Dockerfile fixtures in test/extract/fixtures, found ${names.length}`);
  return names.map(fixtureText);
}

/** A span on one line, as the extractors report it (end column exclusive). */
export function spanAt(line: number, column: number, length: number): { line: number; column: number; endLine: number; endColumn: number } {
  return { line, column, endLine: line, endColumn: column + length };
}
