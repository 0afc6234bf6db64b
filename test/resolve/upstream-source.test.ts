import { clientGoRootOf, forkOf, k8sRepositoryOf } from '../../src/resolve/upstream-source.js';

describe('forkOf', () => {
  it.each([
    ['https://github.com/example-org/client-go.git', 'github.com/example-org/client-go'],
    ['git@github.com:example-org/client-go.git', 'github.com/example-org/client-go'],
    ['github.com/example-org/client-go/', 'github.com/example-org/client-go'],
    ['ssh://git@gitlab.example.com:2222/k8s/client-go', 'gitlab.example.com:2222/k8s/client-go'],
  ])('%s is the fork %s', (written, fork) => {
    expect(forkOf(written)).toBe(fork);
  });

  it.each([null, '', 'https://github.com/kubernetes/client-go', 'https://github.com/Kubernetes/client-go.git', 'k8s.io/client-go'])('%j is upstream', (written) => {
    expect(forkOf(written)).toBeNull();
  });
});

describe('package paths', () => {
  it('finds the client-go root of a package and the repository of a k8s.io package', () => {
    expect(clientGoRootOf('k8s.io/client-go/rest')).toBe('k8s.io/client-go');
    expect(clientGoRootOf('github.com/kubernetes/client-go/kubernetes')).toBe('github.com/kubernetes/client-go');
    expect(clientGoRootOf('k8s.io/client-go-extra')).toBeNull();
    expect(k8sRepositoryOf('k8s.io/api/core/v1')).toBe('k8s.io/api');
    expect(k8sRepositoryOf('github.com/a/b')).toBeNull();
  });
});
