import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIRECTORY = new URL('./golden/', import.meta.url);

/**
 * Compares `actual` byte for byte with test/report/golden/<name> (or <directory>/<name>, for golden files
 * kept beside other tests). With UPDATE_GOLDEN=1 the file is written instead, so a deliberate change is one
 * command and a reviewable diff.
 */
export function expectGolden(name: string, actual: string, directory: URL = GOLDEN_DIRECTORY): void {
  const file = fileURLToPath(new URL(name, directory));
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing golden file ${file}; run with UPDATE_GOLDEN=1 to create it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
