import { parseWwwAuthenticate } from '../../src/registry/www-authenticate.js';

describe('parseWwwAuthenticate', () => {
  it('reads a Docker Hub bearer challenge', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"')).toEqual([
      { scheme: 'bearer', parameters: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/nginx:pull' } },
    ]);
  });

  it('reads a basic challenge and several challenges in one header', () => {
    expect(parseWwwAuthenticate('Basic realm="basic-realm"')).toEqual([{ scheme: 'basic', parameters: { realm: 'basic-realm' } }]);
    expect(parseWwwAuthenticate('Basic realm="a", Bearer realm="https://t/x", service=s')).toEqual([
      { scheme: 'basic', parameters: { realm: 'a' } },
      { scheme: 'bearer', parameters: { realm: 'https://t/x', service: 's' } },
    ]);
  });

  it('unescapes quoted pairs and answers nothing for an empty header', () => {
    expect(parseWwwAuthenticate('Bearer realm="a\\"b"')).toEqual([{ scheme: 'bearer', parameters: { realm: 'a"b' } }]);
    expect(parseWwwAuthenticate('')).toEqual([]);
  });
});
