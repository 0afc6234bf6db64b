import { jest } from '@jest/globals';

// Real client-go has no two commits sharing 12 hex digits, so the ambiguity rule is shown on a made-up table.
jest.unstable_mockModule('../../src/resolve/client-go-index.data.js', () => ({
  INDEX_SOURCE_HEAD: 'aaaaaaaaaaaa',
  INDEX_SOURCE_TIMESTAMP: '20200101000000',
  DEV_LINE: '1.2-dev',
  BRANCHES_TSV: 'release-1.1\t1.1\taaaaaaaaaaaa0\nmaster\t-\taaaaaaaaaaaa1',
  TAGS_TSV: 'kubernetes-1.1.0\t1.1\taaaaaaaaaaaa0',
  COMMITS_TSV: 'aaaaaaaaaaaa0\t20200101000000\tb0\tbb\naaaaaaaaaaaa1\t20200102000000\tm\tnn',
}));

const { lookupCommit } = await import('../../src/resolve/client-go-index.js');

describe('lookupCommit with 12-digit twins', () => {
  it('treats a prefix that fits two commits as unknown', () => {
    expect(lookupCommit('aaaaaaaaaaaa')).toEqual({
      found: false,
      problem: 'ambiguous',
      reason: expect.stringContaining('fits 2 client-go commits'),
    });
  });

  it('tells the twins apart with more digits', () => {
    expect(lookupCommit('aaaaaaaaaaaa1234')).toMatchObject({ found: true, commit: { commit: 'aaaaaaaaaaaa1', kubernetesLine: '1.2-dev' } });
    expect(lookupCommit('aaaaaaaaaaaa0')).toMatchObject({ found: true, commit: { via: 'release-1.1' } });
  });
});
