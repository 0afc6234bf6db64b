import { DEP_DIALECT, GLIDE_DIALECT, MAX_RANGE_CHARS, readVersionRange, type RangeReading } from '../../src/resolve/dependency-version-range.js';

function admittedTags(reading: RangeReading): (string | null)[] {
  if (reading.kind !== 'range') throw new Error(`not a range: ${JSON.stringify(reading)}`);
  return reading.admitted.map((release) => release.tag);
}

describe('readVersionRange', () => {
  it('~0.17 admits every v0.17.x release, lowest first, and no pre-release', () => {
    const tags = admittedTags(readVersionRange('~0.17', DEP_DIALECT));
    expect(tags[0]).toBe('v0.17.0');
    expect(tags.at(-1)).toBe('v0.17.17');
    expect(tags.every((tag) => /^v0\.17\.\d+$/.test(tag ?? ''))).toBe(true);
  });

  it('^10.0.0 admits only v10.0.0 (there are no v10 patch tags), named as the manifest can match it', () => {
    const reading = readVersionRange('^10.0.0', DEP_DIALECT);
    expect(admittedTags(reading)).toEqual(['v10.0.0']);
    expect(reading).toMatchObject({ readAs: null, admitted: [{ kubernetes: '1.13.0', commit: 'e64494209f55' }] });
  });

  it('reads dep\'s comma-separated comparators', () => {
    expect(admittedTags(readVersionRange('>= 9.0.0, < 11.0.0', DEP_DIALECT))).toEqual(['v9.0.0', 'v10.0.0']);
  });

  it('dep reads a bare version as ^version; glide reads it as that tag', () => {
    expect(readVersionRange('v11.0.0', DEP_DIALECT)).toMatchObject({ kind: 'range', readAs: '^v11.0.0' });
    expect(admittedTags(readVersionRange('v11.0.0', DEP_DIALECT))).toEqual(['v11.0.0']);
    expect(readVersionRange('v6.0.0', GLIDE_DIALECT)).toEqual({ kind: 'exact' });
  });

  it.each(['kubernetes-1.13.0-alpha.1', 'release-11.0', 'master', '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f'])(
    '%s is not a range: the version model resolves it',
    (text) => {
      expect(readVersionRange(text, DEP_DIALECT)).toEqual({ kind: 'exact' });
    },
  );

  it('a range no release satisfies admits nothing; unreadable syntax says so', () => {
    expect(admittedTags(readVersionRange('^13.0.0', DEP_DIALECT))).toEqual([]);
    expect(readVersionRange('!=1.0.0', GLIDE_DIALECT)).toEqual({ kind: 'invalid', reason: '"!=1.0.0" is not a version range glide can read' });
  });
});

describe('a very long range', () => {
  it('is invalid, with its length, instead of testing every tag against thousands of alternatives', () => {
    const range = `${Array.from({ length: 400 }, (_, i) => `>=1.${i % 50}.0, <2.0.0`).join(' || ')} || ^10.0.0`;
    expect(range.length).toBeGreaterThan(MAX_RANGE_CHARS);
    expect(readVersionRange(range, DEP_DIALECT)).toEqual({
      kind: 'invalid',
      reason: expect.stringMatching(/^the version range is [\d,]+ characters long, more than the 4,096 the gate reads$/),
    });
  });

  it('up to the limit is read as before', () => {
    const range = `${Array.from({ length: 100 }, (_, i) => `>=1.${i % 50}.0, <2.0.0`).join(' || ')} || ^10.0.0`;
    expect(range.length).toBeLessThanOrEqual(MAX_RANGE_CHARS);
    const reading = readVersionRange(range, DEP_DIALECT);
    expect(reading.kind).toBe('range');
    expect(reading.kind === 'range' && reading.admitted.map((release) => release.tag)).toContain('v10.0.0');
  });
});
