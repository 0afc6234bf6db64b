import { describeExpiredEntry, ignoreEntryPlaceText, placeIgnoreEntry } from '../../src/report/ignore-entry-wording.js';
import type { IgnoreEntry } from '../../src/settings/config-file.js';
import type { ConfigOrigin } from '../../src/settings/config-from.js';

const CONFIG = '.github/client-go-token-gate.yml';
const BASE_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';

const entry = (fields: Partial<IgnoreEntry> = {}): IgnoreEntry => ({
  path: 'legacy/**', version: 'v10.0.0+incompatible', reason: 'legacy, retired in Q3', expires: '2026-11-29', line: 12, ...fields,
});

const fromHead: ConfigOrigin = { from: 'head', file: CONFIG, commit: null, found: true };
const fromBase: ConfigOrigin = { from: 'base', file: CONFIG, commit: BASE_SHA, found: true };

describe('placeIgnoreEntry', () => {
  it('the checked-out file: its own line, to annotate', () => {
    expect(placeIgnoreEntry(entry(), fromHead, { file: CONFIG, entries: [entry()] })).toEqual({ file: CONFIG, line: 12, baseCommit: null });
  });

  it("the base's file, and the checkout holds the same entry at another line: the checkout's file at the checkout's line", () => {
    const head = { file: 'ci/gate.yml', entries: [entry({ path: 'other/**', line: 3 }), entry({ line: 20 })] };
    expect(placeIgnoreEntry(entry(), fromBase, head)).toEqual({ file: 'ci/gate.yml', line: 20, baseCommit: null });
  });

  it.each([
    ['path', { path: 'legacy/x/**' }],
    ['version', { version: null }],
    ['expires', { expires: '2027-01-01' }],
    ['reason', { reason: 'changed' }],
  ] as const)("the base's file, and the checkout's entry differs in its %s: the base's line, named with the base commit", (_field, differs) => {
    const place = placeIgnoreEntry(entry(), fromBase, { file: CONFIG, entries: [entry({ ...differs, line: 12 })] });
    expect(place).toEqual({ file: CONFIG, line: 12, baseCommit: BASE_SHA });
    expect(ignoreEntryPlaceText(place)).toBe(`${CONFIG}:12 (base 1a2b3c4)`);
  });

  it("the base's file and no config file in the checkout: the base's line, named with the base commit", () => {
    expect(placeIgnoreEntry(entry(), fromBase, null)).toEqual({ file: CONFIG, line: 12, baseCommit: BASE_SHA });
  });
});

describe('describeExpiredEntry', () => {
  it('names the file and line of the checked-out file', () => {
    expect(describeExpiredEntry(entry({ version: null, line: 3 }), { file: CONFIG, line: 3, baseCommit: null })).toBe(
      `The ignore entry at ${CONFIG}:3 for "legacy/**" expired on 2026-11-29 and no longer suppresses anything (reason was: legacy, retired in Q3).`,
    );
  });

  it("names a line of the base's file with the base commit's short sha", () => {
    expect(describeExpiredEntry(entry(), { file: CONFIG, line: 12, baseCommit: BASE_SHA })).toBe(
      `The ignore entry at ${CONFIG}:12 (base 1a2b3c4) for "legacy/**" v10.0.0+incompatible expired on 2026-11-29 and no longer suppresses anything (reason was: legacy, retired in Q3).`,
    );
  });
});
