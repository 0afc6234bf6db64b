import { MAX_DIAGNOSTICS_PER_FILE as MAX_SKIPPED_PER_FILE } from '../../src/model/diagnostic-budget.js';
import { reportSkipped } from '../../src/pipeline/ecosystem.js';
import { reportRepeated } from '../../src/resolve/pre-modules-pins.js';
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

describe('one diagnostic budget per file', () => {
  it('counts skipped lines and repeated entries together: 100 listed, then one entry counting the rest at the line of the 101st', () => {
    const diagnostics: Diagnostic[] = [];
    reportSkipped(diagnostics, 'glide.lock', Array.from({ length: 60 }, (_, index) => ({ line: index + 1, reason: 'invalid YAML' })));
    reportSkipped(diagnostics, 'other/glide.lock', [{ line: 1, reason: 'invalid YAML' }]);
    const entries = Array.from({ length: 61 }, (_, index) => ({ line: 100 + index }));
    reportRepeated(entries, (entry) => entry.line, 'k8s.io/client-go (imports)', 'glide.lock', diagnostics);
    reportRepeated(entries, (entry) => entry.line, 'k8s.io/client-go (imports)', 'glide.lock', diagnostics);
    const ofFile = diagnostics.filter((diagnostic) => diagnostic.file === 'glide.lock');
    expect(ofFile).toHaveLength(MAX_SKIPPED_PER_FILE + 1);
    expect(ofFile[MAX_SKIPPED_PER_FILE - 1]).toEqual({ file: 'glide.lock', line: 140, message: 'k8s.io/client-go (imports) is listed again (first on line 100); the first entry is judged' });
    expect(ofFile[MAX_SKIPPED_PER_FILE]).toEqual({ file: 'glide.lock', line: 141, message: 'and 80 more diagnostics of this file, not listed one by one' });
    expect(diagnostics.filter((diagnostic) => diagnostic.file === 'other/glide.lock')).toHaveLength(1);
  });

  it('says "diagnostic" for exactly one left out', () => {
    const diagnostics: Diagnostic[] = [];
    reportSkipped(diagnostics, 'Gopkg.lock', Array.from({ length: 101 }, (_, index) => ({ line: index + 1, reason: 'invalid TOML' })));
    expect(diagnostics.at(-1)).toEqual({ file: 'Gopkg.lock', line: 101, message: 'and 1 more diagnostic of this file, not listed one by one' });
  });
});
