import { diffConfigFiles } from '../../src/settings/config-diff.js';
import { parseConfigFile } from '../../src/settings/config-file.js';

const FILE = '.github/client-go-token-gate.yml';

describe('diffConfigFiles', () => {
  it('names each changed key old → new and each list entry added or removed', () => {
    const base = parseConfigFile('policy: strict\nexclude: [third_party/**]\nignore:\n  - path: legacy/**\n    reason: Retired in Q1.\n');
    const head = parseConfigFile('policy: documented\nfail-on: never\nexclude: ["**"]\n');
    expect(diffConfigFiles(FILE, base, head)).toEqual({
      file: FILE,
      atBase: true,
      atHead: true,
      differences: [
        { kind: 'changed', key: 'policy', from: 'strict', to: 'documented' },
        { kind: 'changed', key: 'fail-on', from: null, to: 'never' },
        { kind: 'added', key: 'exclude', value: '**' },
        { kind: 'removed', key: 'exclude', value: 'third_party/**' },
        { kind: 'removed', key: 'ignore', value: 'legacy/**: Retired in Q1.' },
      ],
    });
  });

  it('is null when only comments, order or the lines of entries differ', () => {
    const base = parseConfigFile('policy: strict\nignore:\n  - path: a/**\n    reason: r\n');
    const head = parseConfigFile('# moved\nignore:\n\n  - reason: r\n    path: a/**\npolicy: strict\n');
    expect(diffConfigFiles(FILE, base, head)).toBeNull();
    expect(diffConfigFiles(FILE, null, null)).toBeNull();
  });

  it('a file the base does not have, or the head deletes, is a change even when it sets nothing', () => {
    expect(diffConfigFiles(FILE, null, parseConfigFile(''))).toEqual({ file: FILE, atBase: false, atHead: true, differences: [] });
    expect(diffConfigFiles(FILE, parseConfigFile('fail-on: unknown\n'), null)).toEqual({
      file: FILE,
      atBase: true,
      atHead: false,
      differences: [{ kind: 'changed', key: 'fail-on', from: 'unknown', to: null }],
    });
  });

  it('an ignore entry that changes its reason, version or end date is another entry', () => {
    const base = parseConfigFile('ignore:\n  - path: a/**\n    reason: r\n');
    const head = parseConfigFile('ignore:\n  - path: a/**\n    version: v11.0.0+incompatible\n    reason: r\n    expires: 2027-01-01\n');
    expect(diffConfigFiles(FILE, base, head)?.differences).toEqual([
      { kind: 'added', key: 'ignore', value: 'a/** v11.0.0+incompatible until 2027-01-01: r' },
      { kind: 'removed', key: 'ignore', value: 'a/**: r' },
    ]);
  });
});
