// txtar archives (Go's test-data format: "-- path --" lines start each file) hold example repositories,
// so the tree never contains files named go.mod that other scanners would read.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MARKER = /^-- (.+) --$/;

/** @returns {{ path: string, content: string }[]} */
export function parseTxtar(text) {
  const files = [];
  let current = null;
  for (const line of text.split('\n')) {
    const match = MARKER.exec(line.replace(/\r$/, ''));
    if (match) {
      current = { path: match[1].trim(), lines: [] };
      files.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return files.map((file) => ({ path: file.path, content: file.lines.join('\n').replace(/\n$/, '') + '\n' }));
}

/** Writes the archive's files under a new temporary directory (or `into`) and returns that directory. */
export function materializeTxtar(archivePath, into = mkdtempSync(path.join(os.tmpdir(), 'cgtg-repo-'))) {
  for (const file of parseTxtar(readFileSync(archivePath, 'utf8'))) {
    const target = path.resolve(into, file.path);
    if (!target.startsWith(path.resolve(into) + path.sep)) throw new Error(`txtar entry escapes the directory: ${file.path}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return into;
}
