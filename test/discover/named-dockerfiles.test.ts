import { createFileMatcher, walkStartsFor } from '../../src/discover/glob-filter.js';
import { findNamedDockerfiles, type NamedDockerfileOptions } from '../../src/discover/named-dockerfiles.js';
import { link, makeTree, removeTempTrees } from './temp-tree.js';

afterEach(removeTempTrees);

function find(root: string, patterns: string[], options: Partial<NamedDockerfileOptions> = {}) {
  return findNamedDockerfiles({ root, patterns, include: [], exclude: [], ...options });
}

describe('the dockerfiles globs', () => {
  it('list the files they name that discovery does not already list as Dockerfiles', () => {
    const root = makeTree({
      'build/controller.docker': 'FROM x\n',
      'build/nested/agent.docker': 'FROM x\n',
      'build/Dockerfile': 'FROM x\n',
      'images/Dockerfile-controller': 'FROM x\n',
      'node_modules/pkg/x.docker': 'FROM x\n',
      'svc/testdata/t.docker': 'FROM x\n',
      'vendor/github.com/a/b/v.docker': 'FROM x\n',
    });
    expect(find(root, ['*.docker', 'images/Dockerfile-*', 'build/Dockerfile']).files.map((file) => [file.path, file.kind])).toEqual([
      ['build/controller.docker', 'Dockerfile'],
      ['build/nested/agent.docker', 'Dockerfile'],
      ['images/Dockerfile-controller', 'Dockerfile'],
    ]);
  });

  it('honour exclude, do not follow symlinks, and never leave the root (the read judges max-file-size)', () => {
    const root = makeTree({ 'a/big.docker': 'x'.repeat(2048), 'a/small.docker': 'FROM x\n', 'skip/s.docker': 'FROM x\n' });
    link(root, 'a/link.docker', 'small.docker');
    const result = find(root, ['**/*.docker', '../*.docker', '/../../etc/*'], { exclude: ['skip'] });
    expect(result.files.map((file) => file.path)).toEqual(['a/big.docker', 'a/small.docker']);
    expect(result.diagnostics).toEqual([
      { file: 'a/link.docker', line: null, message: 'matches the dockerfiles globs but is a symlink, which they do not follow; skipped' },
    ]);
  });

  it('no globs, no walk', () => {
    expect(find('/nonexistent', [])).toEqual({ files: [], diagnostics: [] });
  });
});

describe('createFileMatcher and walkStartsFor', () => {
  it('match a path itself, a slashless pattern by name at any depth', () => {
    const matches = createFileMatcher(['*.docker', 'images/Dockerfile-*']);
    expect(matches('a/b/x.docker')).toBe(true);
    expect(matches('images/Dockerfile-controller')).toBe(true);
    expect(matches('other/images/Dockerfile-controller')).toBe(false);
    expect(matches('images')).toBe(false);
  });

  it('start a walk at each literal directory prefix, at the root for a name pattern', () => {
    expect(walkStartsFor(['build/images/*.docker', './build/**/x', '/images/Dockerfile-a'])).toEqual(['build', 'build/images', 'images/Dockerfile-a']);
    expect(walkStartsFor(['build/*.docker', '*.docker'])).toEqual(['']);
  });
});

describe('a glob whose fixed prefix passes through a symlinked directory', () => {
  it('lists nothing outside the root', () => {
    const outside = makeTree({ 'sub/escape.docker': 'FROM x\n' });
    const root = makeTree({ 'in/inside.docker': 'FROM x\n' });
    link(root, 'linked', outside);
    expect(find(root, ['linked/sub/*.docker']).files).toEqual([]);
    expect(find(root, ['in/*.docker']).files.map((file) => file.path)).toEqual(['in/inside.docker']);
  });
});
