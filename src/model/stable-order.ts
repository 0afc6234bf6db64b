import type { Finding } from './finding.js';

/** File, line, column: findings at one place keep the order the ecosystems produced them in. */
export function compareByPosition(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** Position, then module: a total order so equal inputs always render the same bytes. */
export function compareByPlace(a: Finding, b: Finding): number {
  return compareByPosition(a, b) || compareText(a.module, b.module);
}

/** Code-unit order: unlike localeCompare it does not depend on the runner's ICU data. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
