import { parseImageReference, type ImageReference } from '../../src/registry/image-reference.js';

function parsed(text: string): Omit<ImageReference, 'text'> {
  const result = parseImageReference(text);
  if (!result.ok) throw new Error(result.reason);
  const { text: _text, ...rest } = result.reference;
  return rest;
}

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'registry-1.docker.io', 'library/nginx', 'latest', null],
    ['nginx:1.25', 'registry-1.docker.io', 'library/nginx', '1.25', null],
    ['bitnami/kubectl:1.29', 'registry-1.docker.io', 'bitnami/kubectl', '1.29', null],
    ['docker.io/nginx', 'registry-1.docker.io', 'library/nginx', 'latest', null],
    ['index.docker.io/library/nginx', 'registry-1.docker.io', 'library/nginx', 'latest', null],
    ['docker.io/bitnami/kubectl', 'registry-1.docker.io', 'bitnami/kubectl', 'latest', null],
    ['ghcr.io/org/app:v1', 'ghcr.io', 'org/app', 'v1', null],
    ['registry.k8s.io/kube-apiserver:v1.29.0', 'registry.k8s.io', 'kube-apiserver', 'v1.29.0', null],
    ['localhost/app', 'localhost', 'app', 'latest', null],
    ['localhost:5000/team/app:dev', 'localhost:5000', 'team/app', 'dev', null],
    ['127.0.0.1:5000/app', '127.0.0.1:5000', 'app', 'latest', null],
    ['[::1]:5000/app', '[::1]:5000', 'app', 'latest', null],
    ['Registry/app', 'Registry', 'app', 'latest', null],
    [`quay.io/org/app@${DIGEST}`, 'quay.io', 'org/app', null, DIGEST],
    [`quay.io/org/app:1.0@${DIGEST}`, 'quay.io', 'org/app', '1.0', DIGEST],
    ['a/b__c/d-e.f_g', 'registry-1.docker.io', 'a/b__c/d-e.f_g', 'latest', null],
  ])('%s', (text, registry, repository, tag, digest) => {
    expect(parsed(text)).toEqual({ registry, repository, tag, digest });
  });

  it('keeps the text as written', () => {
    const result = parseImageReference('nginx');
    expect(result.ok && result.reference.text).toBe('nginx');
  });

  it.each([
    ['', 'it is empty'],
    [' nginx', 'white space'],
    ['Nginx', 'repository name must be lowercase'],
    ['docker.io/Library/nginx', 'repository name must be lowercase'],
    ['nginx:', 'tag ""'],
    ['nginx:-bad', 'tag "-bad"'],
    [`nginx:${'t'.repeat(129)}`, 'tag'],
    ['nginx@sha256:abc', 'must have 64 lowercase hexadecimal digits'],
    [`nginx@md5:${'a'.repeat(32)}`, 'not supported'],
    ['nginx@', 'digest ""'],
    ['a//b', 'path component ""'],
    ['ghcr.io/org/app_', 'path component "app_"'],
    ['-host.io/app', 'not a valid registry host'],
    ['ghcr.io/', 'path component ""'],
    ['a'.repeat(64), 'image ID'],
    [`${'a'.repeat(250)}/${'b'.repeat(10)}`, 'longer than 255'],
  ])('rejects %j', (text, why) => {
    const result = parseImageReference(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(`"${text}"`);
      expect(result.reason).toContain(why);
    }
  });
});
