import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findBranch,
  findTag,
  indexSource,
  listBranches,
  listCommits,
  listTags,
  lookupCommit,
  tagsAtCommit,
} from '../../src/resolve/client-go-index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const researchDir = process.env['CLIENT_GO_RESEARCH_DIR'] ?? path.resolve(repoRoot, '../shared/research');
// CI always has ../shared beside the clone; a developer's clone elsewhere may not, and says so instead of failing.
const researchAvailable = existsSync(path.join(researchDir, 'client-go-commits.tsv')) || process.env['CI'] === 'true';
if (!researchAvailable) console.warn(`${researchDir} not found: the index-vs-research comparison is skipped (set CLIENT_GO_RESEARCH_DIR)`);

/** Data rows of a research TSV (its first line is the legend). */
function researchRows(file: string): string[][] {
  return readFileSync(path.join(researchDir, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** The first few differing rows, so a failure shows what moved instead of an 8 000-row diff. */
function firstDifferences(actual: string[][], expected: string[][]): { row: number; actual?: string[]; expected?: string[] }[] {
  const differences = [];
  for (let row = 0; row < Math.max(actual.length, expected.length) && differences.length < 5; row += 1) {
    if (JSON.stringify(actual[row]) !== JSON.stringify(expected[row])) {
      differences.push({ row, actual: actual[row], expected: expected[row] });
    }
  }
  return differences;
}

(researchAvailable ? describe : describe.skip)('embedded client-go index against the research tables', () => {
  it('reproduces client-go-commits.tsv row for row', () => {
    const expected = researchRows('client-go-commits.tsv');
    const actual = listCommits().map((c) => [
      c.commit.slice(0, 12),
      c.timestamp,
      c.kubernetesLine,
      c.via,
      c.inCluster,
      c.kubeconfig,
    ]);
    expect(expected).toHaveLength(8183);
    expect(firstDifferences(actual, expected)).toEqual([]);
  });

  it('reproduces client-go-tags.tsv row for row', () => {
    const expected = researchRows('client-go-tags.tsv');
    const actual = listTags().map((t) => [
      t.name,
      t.lineLabel,
      t.commit.commit.slice(0, 12),
      t.commit.timestamp,
      t.commit.inCluster,
      t.commit.kubeconfig,
    ]);
    expect(expected).toHaveLength(1604);
    expect(firstDifferences(actual, expected)).toEqual([]);
  });
});

describe('lookupCommit', () => {
  it('finds a commit by 12 or 40 hex digits in any case', () => {
    for (const hash of ['ee6c071a42cf', 'EE6C071A42CF', 'ee6c071a42cffd19361fc3f4ca995829328a0678']) {
      const lookup = lookupCommit(hash);
      expect(lookup).toMatchObject({ found: true, commit: { commit: 'ee6c071a42cf', kubernetesLine: '1.13' } });
    }
  });

  it('says a hash outside client-go may be a fork', () => {
    expect(lookupCommit('0123456789ab')).toEqual({
      found: false,
      problem: 'not-found',
      reason: expect.stringContaining('commit 0123456789ab is not in kubernetes/client-go (a fork?)'),
    });
  });

  it('refuses text that is not 12 to 40 hex digits', () => {
    for (const text of ['ee6c071', 'zz6c071a42cf', 'ee6c071a42cf5e4eb40ca4ac6a9a5ad4e4a3ee2c00']) {
      expect(lookupCommit(text)).toMatchObject({ found: false, problem: 'malformed' });
    }
  });

  it('gives classification and line for the #71713 and #77613 commits', () => {
    expect(lookupCommit('66e83da33c60')).toMatchObject({ found: true, commit: { inCluster: 'NO-btf-dropped' } });
    expect(lookupCommit('459cb72bc620')).toMatchObject({ found: true, commit: { inCluster: 'yes-btf' } });
    expect(lookupCommit('eb0f6510effb')).toMatchObject({ found: true, commit: { inCluster: 'yes-wrap', kubeconfig: 'no' } });
  });
});

describe('tags and branches', () => {
  it('finds tags by exact name only', () => {
    expect(findTag('v11.0.0')?.commit.commit).toBe('6ee68ca5fd83');
    expect(findTag('v11.0.0+incompatible')).toBeUndefined();
    expect(findTag('v0.15.0')).toBeUndefined();
  });

  it('peels a tag of a tag to its commit (v7.0.0 tags the kubernetes-1.10.0 tag object)', () => {
    expect(findTag('v7.0.0')?.commit.commit).toBe('23781f4d6632');
  });

  it('lists every tag on a commit', () => {
    const commit = findTag('v11.0.0')?.commit;
    expect(commit).toBeDefined();
    expect(tagsAtCommit(commit!).map((t) => t.name)).toEqual([
      'v11.0.0',
      'kubernetes-1.14.0',
      'kubernetes-1.14.0-rc.1',
      'kubernetes-1.14.1-beta.0',
    ]);
  });

  it('knows v1.5.x as Kubernetes 1.4 and keeps the research label', () => {
    expect(findTag('v1.5.0')).toMatchObject({ kubernetesLine: '1.4', lineLabel: '1.4*' });
    expect(findTag('v1.5.2')).toMatchObject({ kubernetesLine: '1.4', lineLabel: '(retraction-only)' });
  });

  it('has every release branch tip and master', () => {
    const names = listBranches().map((b) => b.name);
    expect(names).toHaveLength(35);
    expect(names.slice(0, 3)).toEqual(['release-1.4', 'release-1.5', 'release-2.0']);
    expect(names.at(-1)).toBe('master');
    expect(findBranch('release-11.0')).toMatchObject({ kubernetesLine: '1.14', tip: { commit: '8e4128053008' } });
    expect(findBranch('release-14.0')?.kubernetesLine).toBe('1.17');
    expect(findBranch('master')).toMatchObject({ kubernetesLine: '1.37-dev', tip: { commit: indexSource().head } });
    expect(findBranch('release-1.16')).toBeUndefined();
  });

  it('says where the index stops', () => {
    expect(indexSource()).toEqual({ head: '32ce75a7d6bc', timestamp: '20260724140530', devLine: '1.37-dev' });
  });
});
