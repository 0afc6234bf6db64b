import { MAX_DIAGNOSTICS_PER_FILE as MAX_SKIPPED_PER_FILE } from '../../src/model/diagnostic-budget.js';
import { reportSkipped } from '../../src/pipeline/ecosystem.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

describe('reportSkipped', () => {
  it('keeps a file with few faults line by line', () => {
    const diagnostics: Diagnostic[] = [];
    reportSkipped(diagnostics, 'Godeps/Godeps.json', [{ line: 3, reason: 'a Deps entry has no ImportPath' }]);
    expect(diagnostics).toEqual([{ file: 'Godeps/Godeps.json', line: 3, message: 'a Deps entry has no ImportPath' }]);
  });

  it('lists the first 100 faults of a file, then counts the rest at the line of the 101st', () => {
    const diagnostics: Diagnostic[] = [];
    const skipped = Array.from({ length: 150 }, (_, index) => ({ line: index + 1, reason: 'a Deps entry has no ImportPath' }));
    reportSkipped(diagnostics, 'Godeps/Godeps.json', skipped);
    expect(diagnostics).toHaveLength(MAX_SKIPPED_PER_FILE + 1);
    expect(diagnostics[MAX_SKIPPED_PER_FILE - 1]).toEqual({ file: 'Godeps/Godeps.json', line: 100, message: 'a Deps entry has no ImportPath' });
    expect(diagnostics[MAX_SKIPPED_PER_FILE]).toEqual({ file: 'Godeps/Godeps.json', line: 101, message: 'and 50 more diagnostics of this file, not listed one by one' });
  });
});
