import { readdirSync, readFileSync } from 'node:fs';

const EXTRACT_FIXTURES = new URL('../../extract/fixtures/', import.meta.url);
const REPO_FIXTURES = new URL('../../fixtures/repos/', import.meta.url);

/** The files of every txtar repository fixture, by their path inside the repository. */
function txtarFiles(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  for (const name of readdirSync(REPO_FIXTURES).filter((file) => file.endsWith('.txtar'))) {
    const archive = readFileSync(new URL(name, REPO_FIXTURES), 'utf8');
    const parts = archive.split(/^-- (.+?) --\n/m);
    for (let index = 1; index + 1 < parts.length; index += 2) files.push({ path: parts[index] as string, text: parts[index + 1] as string });
  }
  return files;
}

/**
 * The project's real inputs of one format, to mutate: test/extract/fixtures files whose name ends with one of
 * `suffixes`, and test/fixtures/repos files whose base name matches `repoFile`. Never empty.
 */
export function fixtureTexts(suffixes: readonly string[], repoFile: RegExp | null): string[] {
  const texts = readdirSync(EXTRACT_FIXTURES)
    .filter((name) => suffixes.some((suffix) => name.endsWith(suffix)))
    .sort()
    .map((name) => readFileSync(new URL(name, EXTRACT_FIXTURES), 'utf8'));
  if (repoFile) for (const file of txtarFiles()) if (repoFile.test(file.path.split('/').pop() ?? '')) texts.push(file.text);
  if (texts.length === 0) throw new Error(`no fixture ends with ${suffixes.join(' or ')}`);
  return texts;
}
