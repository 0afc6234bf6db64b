import type { Diagnostic } from './diagnostic.js';

/** Past this many diagnostics of one file, the rest are counted in one last entry: a file repeating one fault stays one screen. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

interface FileBudget {
  listed: number;
  /** The entry counting the rest, at the line of the first one left out; null while under the limit. */
  summary: Diagnostic | null;
  leftOut: number;
}

/**
 * The budget belongs to the list every stage already hands on (the extractors' skipped lines go in while
 * files are read, repeated entries while they are resolved), so one count per file covers them all.
 */
const budgets = new WeakMap<Diagnostic[], Map<string, FileBudget>>();

/**
 * Adds a diagnostic about a file to the scan's list: the first MAX_DIAGNOSTICS_PER_FILE of that file as they
 * come, then one entry, at the line of the first left out, that counts the rest.
 */
export function addFileDiagnostic(diagnostics: Diagnostic[], diagnostic: Diagnostic): void {
  const budget = budgetOf(diagnostics, diagnostic.file);
  if (budget.listed < MAX_DIAGNOSTICS_PER_FILE) {
    budget.listed += 1;
    diagnostics.push(diagnostic);
    return;
  }
  budget.leftOut += 1;
  const message = `and ${budget.leftOut} more diagnostic${budget.leftOut === 1 ? '' : 's'} of this file, not listed one by one`;
  if (budget.summary) budget.summary.message = message;
  else {
    budget.summary = { file: diagnostic.file, line: diagnostic.line, message };
    diagnostics.push(budget.summary);
  }
}

function budgetOf(diagnostics: Diagnostic[], file: string): FileBudget {
  let byFile = budgets.get(diagnostics);
  if (!byFile) {
    byFile = new Map();
    budgets.set(diagnostics, byFile);
  }
  let budget = byFile.get(file);
  if (!budget) {
    budget = { listed: 0, summary: null, leftOut: 0 };
    byFile.set(file, budget);
  }
  return budget;
}
