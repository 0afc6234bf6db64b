import { spawnSync } from 'node:child_process';
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { discoverFiles, type DiscoverOptions } from '../../src/discover/walk-tree.js';
import { link, makeTree, MODULE, removeTempTrees, tempDirectory, writeTree } from './temp-tree.js';

const MB = 1024 * 1024;

function discover(root: string, options: Partial<DiscoverOptions> = {}) {
  return discoverFiles({ root, include: [], exclude: [], ...options });
}

afterEach(removeTempTrees);

describe('discoverFiles', () => {
  it('finds go.mod, go.sum and go.work at any depth, sorted by path, with sizes and absolute paths', async () => {
    const root = makeTree({
      'go.work': 'go 1.21\n\nuse ./services/billing\n',
      'services/billing/go.mod': MODULE('billing'),
      'services/billing/go.sum': 'k8s.io/client-go v0.28.4 h1:abc=\n',
      'services/billing/main.go': 'package main\n',
      'libs/a/b/c/go.mod': MODULE('c'),
      'README.md': '# hi\n',
      '.github/workflows/go.mod': MODULE('odd'),
    });
    const result = await discover(root);
    expect(result.files.map((file) => [file.path, file.kind])).toEqual([
      ['.github/workflows/go.mod', 'go.mod'],
      ['go.work', 'go.work'],
      ['libs/a/b/c/go.mod', 'go.mod'],
      ['services/billing/go.mod', 'go.mod'],
      ['services/billing/go.sum', 'go.sum'],
    ]);
    const billing = result.files.find((file) => file.path === 'services/billing/go.mod');
    expect(billing?.absolutePath).toBe(path.join(root, 'services', 'billing', 'go.mod'));
    expect(billing?.size).toBe(Buffer.byteLength(MODULE('billing')));
    expect(result.clientGoSourceDirectories).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a project vendor/modules.txt and vendored client-go source, but no third-party manifest', async () => {
    const root = makeTree({
      'svc/go.mod': MODULE('svc'),
      'svc/vendor/modules.txt': '# k8s.io/client-go v0.28.4\n## explicit\nk8s.io/client-go/rest\n',
      'svc/vendor/k8s.io/client-go/rest/config.go': 'package rest\n',
      'svc/vendor/k8s.io/client-go/rest/transport.go': 'package rest\n',
      'svc/vendor/k8s.io/client-go/go.mod': MODULE('client-go'),
      'svc/vendor/k8s.io/api/go.mod': MODULE('api'),
      'svc/vendor/github.com/foo/bar/go.mod': MODULE('bar'),
      'svc/vendor/github.com/foo/bar/go.sum': '',
      'svc/vendor/github.com/foo/bar/vendor/modules.txt': '# x v1\n',
      'svc/vendor/github.com/foo/bar/vendor/k8s.io/client-go/rest/config.go': 'package rest\n',
      'other/vendor/k8s.io/client-go/tools/cache/go.mod': MODULE('nope'),
      'other/vendor/k8s.io/client-go/README.md': 'no rest/config.go here\n',
    });
    const result = await discover(root);
    expect(result.files.map((file) => [file.path, file.kind])).toEqual([
      ['svc/go.mod', 'go.mod'],
      ['svc/vendor/modules.txt', 'vendor/modules.txt'],
    ]);
    expect(result.clientGoSourceDirectories).toEqual([
      { path: 'svc/vendor/k8s.io/client-go', absolutePath: path.join(root, 'svc', 'vendor', 'k8s.io', 'client-go') },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('skips node_modules, .git and testdata wherever they are', async () => {
    const root = makeTree({
      'go.mod': MODULE('root'),
      'node_modules/pkg/go.mod': MODULE('npm'),
      'web/node_modules/pkg/go.sum': '',
      '.git/go.mod': MODULE('git'),
      'pkg/parser/testdata/go.mod': MODULE('fixture'),
      'pkg/parser/testdata/vendor/modules.txt': '',
      'testdata/go.work': 'go 1.21\n',
    });
    const result = await discover(root);
    expect(result.files.map((file) => file.path)).toEqual(['go.mod']);
    expect(result.diagnostics).toEqual([]);
  });

  it('applies include and exclude globs', async () => {
    const root = makeTree({
      'go.mod': MODULE('root'),
      'go.sum': '',
      'services/a/go.mod': MODULE('a'),
      'services/a/go.sum': '',
      'services/legacy/go.mod': MODULE('legacy'),
      'services/a/vendor/modules.txt': '',
      'services/a/vendor/k8s.io/client-go/rest/config.go': 'package rest\n',
      'tools/go.mod': MODULE('tools'),
    });
    const paths = async (include: string[], exclude: string[]) => (await discover(root, { include, exclude })).files.map((file) => file.path);
    expect(await paths(['services/**'], ['legacy'])).toEqual(['services/a/go.mod', 'services/a/go.sum', 'services/a/vendor/modules.txt']);
    expect(await paths(['go.mod'], [])).toEqual(['go.mod', 'services/a/go.mod', 'services/legacy/go.mod', 'tools/go.mod']);
    expect(await paths([], ['*.sum', 'vendor', 'services/legacy/**'])).toEqual(['go.mod', 'services/a/go.mod', 'tools/go.mod']);
    expect(await paths(['/go.mod'], [])).toEqual(['go.mod']);
    expect((await discover(root, { exclude: ['vendor'] })).clientGoSourceDirectories).toEqual([]);
    expect((await discover(root, { include: ['tools'] })).clientGoSourceDirectories).toEqual([]);
    expect((await discover(root, { include: ['services/a'] })).clientGoSourceDirectories.map((dir) => dir.path)).toEqual(['services/a/vendor/k8s.io/client-go']);
  });

  it('does not follow symlinks out of the scanned root', async () => {
    const outside = makeTree({ 'go.mod': MODULE('outside'), 'lib/go.mod': MODULE('lib'), 'LICENSE': 'MIT\n' });
    const root = makeTree({ 'go.mod': MODULE('root') });
    link(root, 'external', outside);
    link(root, 'relative-external', path.relative(root, path.join(outside, 'lib')));
    link(root, 'svc/go.mod', path.join(outside, 'go.mod'));
    link(root, 'LICENSE', path.join(outside, 'LICENSE'));
    const result = await discover(root);
    expect(result.files.map((file) => file.path)).toEqual(['go.mod']);
    expect(result.diagnostics).toEqual([
      { file: 'external', line: null, message: 'symlink points outside the scanned root; not followed' },
      { file: 'relative-external', line: null, message: 'symlink points outside the scanned root; not followed' },
      { file: 'svc/go.mod', line: null, message: 'symlink points outside the scanned root; not followed' },
    ]);
  });

  it('reports a symlink loop once and does not hang', async () => {
    const root = makeTree({ 'a/go.mod': MODULE('a') });
    link(root, 'a/b', '..');
    link(root, 'a/self', 'self');
    const result = await discover(root);
    expect(result.files.map((file) => file.path)).toEqual(['a/go.mod']);
    expect(result.diagnostics).toEqual([
      { file: 'a/b', line: null, message: 'symlink loop (it points to ., which contains the link); not followed' },
      { file: 'a/self', line: null, message: 'symlink loop (the link resolves through itself); not followed' },
    ]);
  });

  it('reports a loop through a sibling directory pair once per link', async () => {
    const root = makeTree({ 'x/go.mod': MODULE('x'), 'y/go.mod': MODULE('y') });
    link(root, 'x/to-y', '../y');
    link(root, 'y/to-x', '../x');
    const result = await discover(root);
    expect(result.files.map((file) => file.path)).toEqual(['x/go.mod', 'y/go.mod']);
    expect(result.diagnostics).toEqual([
      { file: 'x/to-y', line: null, message: 'symlink to a directory already scanned as y; not followed' },
      { file: 'y/to-x', line: null, message: 'symlink to a directory already scanned as x; not followed' },
    ]);
  });

  it('keeps files at their real path when a directory symlink duplicates them', async () => {
    const root = makeTree({ 'real/svc/go.mod': MODULE('svc') });
    link(root, 'aaa-alias', 'real');
    link(root, 'zzz-alias', 'real/svc');
    const result = await discover(root);
    expect(result.files.map((file) => file.path)).toEqual(['real/svc/go.mod']);
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['aaa-alias', 'symlink to a directory already scanned as real; not followed'],
      ['zzz-alias', 'symlink to a directory already scanned as real/svc; not followed'],
    ]);
  });

  it('does not follow a symlink into a directory the scan skips or the user excluded', async () => {
    const root = makeTree({ 'node_modules/pkg/go.mod': MODULE('npm'), 'legacy/go.mod': MODULE('legacy') });
    link(root, 'pkg', 'node_modules/pkg');
    link(root, 'old', 'legacy');
    const result = await discover(root, { exclude: ['legacy'] });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['old', 'symlink points into an excluded path (legacy); not followed'],
      ['pkg', 'symlink points into a directory the scan skips (node_modules/pkg); not followed'],
    ]);
  });

  it('lists a candidate that is a symlink to a file inside the root under the link path', async () => {
    const root = makeTree({ 'templates/go.mod.tmpl': MODULE('tmpl'), 'svc/README': '' });
    link(root, 'svc/go.mod', '../templates/go.mod.tmpl');
    link(root, 'svc/notes', '../svc/README');
    const result = await discover(root);
    expect(result.files).toEqual([
      { kind: 'go.mod', path: 'svc/go.mod', absolutePath: path.join(root, 'svc', 'go.mod'), size: Buffer.byteLength(MODULE('tmpl')) },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a dangling symlink', async () => {
    const root = makeTree({ 'go.mod': MODULE('root') });
    link(root, 'svc/go.sum', 'missing.sum');
    link(root, 'gone', 'no/such/dir');
    const result = await discover(root);
    expect(result.files.map((file) => file.path)).toEqual(['go.mod']);
    expect(result.diagnostics).toEqual([
      { file: 'gone', line: null, message: 'dangling symlink (its target no/such/dir does not exist); not followed' },
      { file: 'svc/go.sum', line: null, message: 'dangling symlink (its target missing.sum does not exist); not followed' },
    ]);
  });

  it('lists a candidate over the size cap with its size: the read judges the cap, on the open file', async () => {
    const root = makeTree({ 'go.mod': MODULE('root'), 'go.sum': '' });
    truncateSync(path.join(root, 'go.sum'), 50 * MB);
    const result = await discover(root);
    expect(result.files.map((file) => [file.path, file.size])).toEqual([['go.mod', Buffer.byteLength(MODULE('root'))], ['go.sum', 50 * MB]]);
    expect(result.diagnostics).toEqual([]);
  });

  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  (hasMkfifo ? it : it.skip)('refuses a candidate that is not a regular file instead of hanging on it', async () => {
    const root = makeTree({ 'svc/main.go': 'package main\n' });
    expect(spawnSync('mkfifo', [path.join(root, 'svc', 'go.mod')]).status).toBe(0);
    const result = await discover(root);
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toEqual([{ file: 'svc/go.mod', line: null, message: 'go.mod is not a regular file; skipped' }]);
  });

  it('treats a directory named like a candidate as a directory', async () => {
    const root = makeTree({ 'go.mod/go.sum': '' });
    expect((await discover(root)).files.map((file) => file.path)).toEqual(['go.mod/go.sum']);
  });

  it('gives the same result on every run', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i += 1) {
      files[`m${i % 7}/n${i}/go.mod`] = MODULE(`n${i}`);
      files[`m${i % 7}/n${i}/go.sum`] = '';
    }
    const root = makeTree(files);
    link(root, 'dup', 'm1');
    link(root, 'm2/out', '/');
    const first = await discover(root);
    const second = await discover(root);
    expect(second).toEqual(first);
    expect(first.files).toHaveLength(120);
    const paths = first.files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
  });

  it('accepts a root given as a relative path and reports paths relative to it', async () => {
    const root = makeTree({ 'a/go.mod': MODULE('a') });
    const result = await discover(path.relative(process.cwd(), root));
    expect(result.files.map((file) => [file.path, file.absolutePath])).toEqual([['a/go.mod', path.join(root, 'a', 'go.mod')]]);
  });

  it('scans through a root that is itself a symlink', async () => {
    const real = makeTree({ 'go.mod': MODULE('root') });
    const holder = tempDirectory();
    link(holder, 'root', real);
    const result = await discover(path.join(holder, 'root'));
    expect(result.files.map((file) => file.path)).toEqual(['go.mod']);
    expect(result.diagnostics).toEqual([]);
  });

  it('throws a clear error for a root that does not exist or is not a directory', async () => {
    const holder = tempDirectory();
    writeTree(holder, { 'file.txt': 'x' });
    await expect(discover(path.join(holder, 'missing'))).rejects.toThrow(/cannot scan .*missing: it does not exist/);
    await expect(discover(path.join(holder, 'file.txt'))).rejects.toThrow(/cannot scan .*file\.txt: it is not a directory/);
  });

  it('says which exclude glob skipped which paths: a directory once, a file by its path, the first five and a count', async () => {
    const root = makeTree({
      'go.mod': MODULE('app'),
      'README.md': 'not a candidate\n',
      'third_party/a/go.mod': MODULE('a'),
      'third_party/b/go.mod': MODULE('b'),
      ...Object.fromEntries(Array.from({ length: 7 }, (_, index) => [`tools/t${index}/go.sum`, ''])),
    });
    const result = await discover(root, { exclude: ['third_party', '*.sum', 'third_party', 'never-matches/**'] });
    expect(result.files.map((file) => file.path)).toEqual(['go.mod']);
    expect(result.exclusions).toEqual([
      { pattern: 'third_party', count: 1, firstPaths: ['third_party/'] },
      { pattern: '*.sum', count: 7, firstPaths: expect.arrayContaining([expect.stringMatching(/^tools\/t\d\/go\.sum$/)]) as string[] },
    ]);
    expect(result.exclusions[1]?.firstPaths).toHaveLength(5);
    expect((await discover(root, { exclude: ['**'] })).exclusions).toEqual([{ pattern: '**', count: 3, firstPaths: expect.arrayContaining(['go.mod', 'third_party/', 'tools/']) as string[] }]);
  });

  it('handles an empty root', async () => {
    const root = tempDirectory();
    writeFileSync(path.join(root, '.keep'), '');
    expect(await discover(root)).toEqual({ files: [], clientGoSourceDirectories: [], diagnostics: [], exclusions: [] });
    expect(existsSync(root)).toBe(true);
  });
});
