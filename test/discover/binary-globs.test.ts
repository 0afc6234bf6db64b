import path from 'node:path';
import { findBinaries } from '../../src/discover/binary-globs.js';
import { link, makeTree, removeTempTrees } from './temp-tree.js';

afterEach(removeTempTrees);

const paths = (found: Awaited<ReturnType<typeof findBinaries>>) => found.files.map((file) => file.path);

describe('the binaries globs', () => {
  it('reach directories discovery skips, list files only, each once, sorted', async () => {
    const root = makeTree({
      'bin/controller': 'x',
      'bin/nested/agent': 'x',
      'vendor/tool/bin/vendored': 'x',
      'testdata/fixture-bin': 'x',
      'node_modules/pkg/bin/npm-tool': 'x',
      '.git/objects/blob': 'x',
      'out/app.exe': 'x',
    });
    const found = await findBinaries({ root, patterns: ['bin/**', 'bin/controller', '**/bin/*', '*.exe', 'testdata'] });
    expect(paths(found)).toEqual(['bin/controller', 'bin/nested/agent', 'out/app.exe', 'testdata/fixture-bin', 'vendor/tool/bin/vendored']);
    expect(found.files[0]?.absolutePath).toBe(path.join(root, 'bin', 'controller'));
    expect(found.diagnostics).toEqual([]);
  });

  it('say which glob matched nothing, since the usual cause is a gate placed before the build', async () => {
    const root = makeTree({ 'bin/app': 'x' });
    const found = await findBinaries({ root, patterns: ['build/**', 'bin/app'] });
    expect(paths(found)).toEqual(['bin/app']);
    expect(found.diagnostics).toEqual([
      { file: '.', line: null, message: 'binaries glob "build/**" matches no file (does the gate run before the step that builds the binaries?)' },
    ]);
  });

  it('take absolute paths inside the root and refuse places outside it', async () => {
    const outside = makeTree({ 'secret-bin': 'x' });
    const root = makeTree({ 'bin/app': 'x' });
    const found = await findBinaries({ root, patterns: [`${root}/bin/*`, path.join(outside, 'secret-bin'), '../*'] });
    expect(paths(found)).toEqual(['bin/app']);
    expect(found.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      `binaries glob "${path.join(outside, 'secret-bin')}" names a path outside the scanned root; binaries are read only inside it`,
      'binaries glob "../*" names a path outside the scanned root; binaries are read only inside it',
    ]);
  });

  it('follow a symlink only to a file inside the root, and never enter a symlinked directory', async () => {
    const outside = makeTree({ 'tool': 'x', 'dir/inner': 'x' });
    const root = makeTree({ 'bin/app-v1': 'x', 'sub/file': 'x' });
    link(root, 'bin/app', 'app-v1');
    link(root, 'bin/escape', path.join(outside, 'tool'));
    link(root, 'bin/linked-dir', path.join(outside, 'dir'));
    link(root, 'bin/inner-dir', '../sub');
    link(root, 'through', outside);
    const found = await findBinaries({ root, patterns: ['bin/**', 'through/dir/*'] });
    // app and app-v1 are one file: read once, under the first path.
    expect(paths(found)).toEqual(['bin/app']);
    expect(found.diagnostics).toEqual([
      { file: 'bin/escape', line: null, message: 'matches the binaries globs but is a symlink that points outside the scanned root; not followed' },
      { file: 'bin/inner-dir', line: null, message: 'matches the binaries globs but is a symlink to something other than a file; skipped' },
      { file: 'bin/linked-dir', line: null, message: 'matches the binaries globs but is a symlink that points outside the scanned root; not followed' },
      { file: '.', line: null, message: 'binaries glob "through/dir/*" matches no file (does the gate run before the step that builds the binaries?)' },
    ]);
  });

  it('no globs, no walk', async () => {
    expect(await findBinaries({ root: '/nonexistent', patterns: [] })).toEqual({ files: [], diagnostics: [] });
  });
});
