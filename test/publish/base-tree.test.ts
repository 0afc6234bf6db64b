import { isSafeRelativePath, isWantedBasePath, selectBaseFiles, type TreeFile } from '../../src/publish/base-tree.js';
import { parseLsTree } from '../../src/publish/git-tree-reader.js';

const LIMITS = { maxFiles: 100, maxTotalBytes: 10_000 };

function file(path: string, size = 10): TreeFile {
  return { path, sha: `sha-of-${path}`, size };
}

describe('isWantedBasePath', () => {
  it.each([
    'go.mod',
    'a/b/go.sum',
    'go.work',
    'vendor/modules.txt',
    'vendor/k8s.io/client-go/rest/config.go',
    'vendor/k8s.io/client-go/rest/transport.go',
    'staging/src/k8s.io/client-go/rest/config.go',
    'third_party/forked-client/rest/transport.go',
    'Godeps/Godeps.json',
    'build/Dockerfile.release',
  ])('wants %s', (path) => expect(isWantedBasePath(path)).toBe(true));

  it.each([
    'main.go',
    'README.md',
    'vendor/github.com/other/lib/go.mod',
    'vendor/github.com/other/rest/config.go',
    'node_modules/x/go.mod',
    'testdata/go.mod',
    'a/testdata/rest/config.go',
    'rest/config.go.orig',
  ])('skips %s', (path) => expect(isWantedBasePath(path)).toBe(false));
});

describe('selectBaseFiles', () => {
  it('keeps wanted files under the scanned directory', () => {
    const selection = selectBaseFiles([file('go.mod'), file('svc/go.mod'), file('svc/main.go'), file('svcx/go.mod')], 'svc', LIMITS);
    expect(selection).toEqual({ files: [file('svc/go.mod')], refusal: null });
  });

  it('keeps a file of any size, and refuses over the count or total limits', () => {
    expect(selectBaseFiles([file('go.mod', 9000), file('a/go.mod')], '', LIMITS)).toEqual({ files: [file('go.mod', 9000), file('a/go.mod')], refusal: null });
    expect(selectBaseFiles([file('go.mod'), file('a/go.mod')], '', { ...LIMITS, maxFiles: 1 }).refusal).toMatch(/2 files to scan, more than the 1/);
    expect(selectBaseFiles([file('go.mod', 900), file('a/go.mod', 900)], '', { ...LIMITS, maxTotalBytes: 1000 }).refusal).toMatch(/1800 bytes/);
  });

  it('drops paths that could leave the snapshot directory', () => {
    const hostile = ['../go.mod', 'a/../../go.mod', '/etc/go.mod', 'a//go.mod', 'a\\..\\go.mod', './go.mod'].map((path) => file(path));
    expect(selectBaseFiles(hostile, '', LIMITS).files).toEqual([]);
    expect(isSafeRelativePath('services/api/go.mod')).toBe(true);
  });
});

describe('parseLsTree', () => {
  it('reads `git ls-tree -r -z -l` records, keeping regular files only', () => {
    const output = [
      '100644 blob 1111111111111111111111111111111111111111      42\tgo.mod',
      '100755 blob 2222222222222222222222222222222222222222 1234567\tscripts/go.sum',
      '120000 blob 3333333333333333333333333333333333333333      6\tlinked/go.mod',
      '160000 commit 4444444444444444444444444444444444444444       -\tsubmodule',
      '100644 blob 5555555555555555555555555555555555555555       3\tname with\ttab and\nnewline/go.mod',
      '',
    ].join('\u0000');
    expect(parseLsTree(output)).toEqual([
      { path: 'go.mod', sha: '1111111111111111111111111111111111111111', size: 42 },
      { path: 'scripts/go.sum', sha: '2222222222222222222222222222222222222222', size: 1234567 },
      { path: 'name with\ttab and\nnewline/go.mod', sha: '5555555555555555555555555555555555555555', size: 3 },
    ]);
  });
});
