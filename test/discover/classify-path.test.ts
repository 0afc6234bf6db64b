import { classifyPath, clientGoDirectoryOf, isWalkableDirectory } from '../../src/discover/classify-path.js';

describe('classifyPath', () => {
  it.each([
    ['go.mod', 'go.mod'],
    ['go.sum', 'go.sum'],
    ['go.work', 'go.work'],
    ['services/billing/go.mod', 'go.mod'],
    ['a/b/c/d/go.sum', 'go.sum'],
    ['vendor/modules.txt', 'vendor/modules.txt'],
    ['services/api/vendor/modules.txt', 'vendor/modules.txt'],
    ['vendor/k8s.io/client-go/rest/config.go', 'client-go-source'],
    ['tools/vendor/k8s.io/client-go/rest/config.go', 'client-go-source'],
  ])('%s is %s', (file, kind) => {
    expect(classifyPath(file)).toBe(kind);
  });

  it.each([
    // third-party manifests inside a vendor tree
    'vendor/github.com/foo/bar/go.mod',
    'vendor/k8s.io/client-go/go.mod',
    'vendor/go.mod',
    'vendor/go.sum',
    'svc/vendor/golang.org/x/net/go.work',
    // a vendor/ inside another vendor/ tree belongs to a third-party module
    'vendor/github.com/foo/bar/vendor/modules.txt',
    'vendor/github.com/foo/bar/vendor/k8s.io/client-go/rest/config.go',
    'vendor/k8s.io/client-go/rest/vendor/modules.txt',
    // client-go source only counts at the vendored location, with the marker file at the right depth
    'vendor/k8s.io/client-go/rest/transport.go',
    'vendor/k8s.io/client-go/config.go',
    'vendor/k8s.io/client-go/rest/sub/config.go',
    'k8s.io/client-go/rest/config.go',
    'vendor/k8s.io/api/rest/config.go',
    // modules.txt outside a vendor dir, or deeper inside one
    'modules.txt',
    'vendor/k8s.io/modules.txt',
    // skipped directories
    'node_modules/pkg/go.mod',
    'web/node_modules/x/go.sum',
    '.git/go.mod',
    'pkg/testdata/go.mod',
    'testdata/vendor/modules.txt',
    // names that only look alike
    'go.mod.bak',
    'my-go.mod',
    'go.work.sum',
    'GO.MOD',
    'go.mod/README',
    '',
  ])('%s is not a candidate', (file) => {
    expect(classifyPath(file)).toBeNull();
  });

  it('names the client-go directory of the marker file', () => {
    expect(clientGoDirectoryOf('vendor/k8s.io/client-go/rest/config.go')).toBe('vendor/k8s.io/client-go');
    expect(clientGoDirectoryOf('a/b/vendor/k8s.io/client-go/rest/config.go')).toBe('a/b/vendor/k8s.io/client-go');
  });
});

describe('isWalkableDirectory', () => {
  it.each(['', 'services', 'a/b/c', 'vendor', 'svc/vendor', 'vendor/k8s.io', 'vendor/k8s.io/client-go', 'vendor/k8s.io/client-go/rest', '.github', 'x/.gitlab'])(
    '%s is entered',
    (directory) => {
      expect(isWalkableDirectory(directory)).toBe(true);
    },
  );

  it.each([
    '.git',
    'node_modules',
    'a/node_modules',
    'a/node_modules/b',
    'testdata',
    'pkg/testdata/sub',
    'vendor/github.com',
    'vendor/k8s.io/api',
    'vendor/k8s.io/client-go/tools',
    'vendor/k8s.io/client-go/rest/watch',
    'vendor/github.com/x/vendor',
    'node_modules/vendor',
  ])('%s is skipped', (directory) => {
    expect(isWalkableDirectory(directory)).toBe(false);
  });
});

describe('classifyPath for pre-modules managers and Dockerfiles', () => {
  it.each([
    ['Gopkg.lock', 'Gopkg.lock'],
    ['svc/Gopkg.toml', 'Gopkg.toml'],
    ['glide.yaml', 'glide.yaml'],
    ['a/glide.lock', 'glide.lock'],
    ['Godeps/Godeps.json', 'Godeps.json'],
    ['app/Godeps/Godeps.json', 'Godeps.json'],
    ['vendor/vendor.json', 'vendor.json'],
    ['app/vendor/vendor.json', 'vendor.json'],
    ['Dockerfile', 'Dockerfile'],
    ['build/Dockerfile.controller', 'Dockerfile'],
    ['images/controller.Dockerfile', 'Dockerfile'],
    ['images/controller.dockerfile', 'Dockerfile'],
    ['Containerfile', 'Dockerfile'],
  ])('%s is %s', (file, kind) => {
    expect(classifyPath(file)).toBe(kind);
  });

  it.each([
    'Godeps.json',
    'other/Godeps.json',
    'vendor/github.com/x/y/Gopkg.lock',
    'vendor/github.com/x/y/Godeps/Godeps.json',
    'vendor/github.com/x/y/vendor.json',
    'vendor/github.com/x/y/Dockerfile',
    'test/fixtures/outdated.dockerfile.txt',
    '.dockerfile',
    'vendor.json',
    'testdata/Dockerfile',
  ])('%s is not a candidate', (file) => {
    expect(classifyPath(file)).toBeNull();
  });
});
