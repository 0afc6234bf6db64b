import { credentialsMayGoTo } from '../../src/registry/credential-scope.js';
import { NO_EXTRA_ACCESS } from '../../src/registry/registry-access.js';
import { hostPatterns } from './registry-fixtures.js';

const realm = (url: string): URL => new URL(url);

describe('credentialsMayGoTo (a token realm named by WWW-Authenticate)', () => {
  it('sends them over https to the registry host or a host of its parent domain', () => {
    expect(credentialsMayGoTo('ghcr.io', realm('https://ghcr.io/token'), NO_EXTRA_ACCESS)).toBe(true);
    expect(credentialsMayGoTo('registry-1.docker.io', realm('https://auth.docker.io/token'), NO_EXTRA_ACCESS)).toBe(true);
    expect(credentialsMayGoTo('registry.gitlab.com', realm('https://gitlab.com/jwt/auth'), NO_EXTRA_ACCESS)).toBe(true);
    expect(credentialsMayGoTo('registry.example.com:5000', realm('https://registry.example.com:5000/token'), NO_EXTRA_ACCESS)).toBe(true);
  });

  it('keeps them from a realm on another site', () => {
    expect(credentialsMayGoTo('ghcr.io', realm('https://evil.io/token'), NO_EXTRA_ACCESS)).toBe(false);
    expect(credentialsMayGoTo('registry-1.docker.io', realm('https://docker.io.evil.test/token'), NO_EXTRA_ACCESS)).toBe(false);
    expect(credentialsMayGoTo('registry.example.com', realm('https://example.org/token'), NO_EXTRA_ACCESS)).toBe(false);
    expect(credentialsMayGoTo('10.0.0.1:5000', realm('https://10.0.0.2/token'), NO_EXTRA_ACCESS)).toBe(false);
  });

  it('keeps them from a realm over plain http, even on the registry host, unless the registry itself is insecure-listed', () => {
    expect(credentialsMayGoTo('registry.example.com', realm('http://registry.example.com/token'), NO_EXTRA_ACCESS)).toBe(false);
    expect(credentialsMayGoTo('registry-1.docker.io', realm('http://auth.docker.io/token'), NO_EXTRA_ACCESS)).toBe(false);
    const insecure = { allowed: [], insecure: hostPatterns('registry.lan:5000', 'auth.lan') };
    expect(credentialsMayGoTo('registry.lan:5000', realm('http://registry.lan:5000/token'), insecure)).toBe(true);
    expect(credentialsMayGoTo('registry.lan:5000', realm('http://auth.lan/token'), insecure)).toBe(false);
    expect(credentialsMayGoTo('registry.lan:5000', realm('http://registry.lan:5001/token'), insecure)).toBe(false);
  });

  it('never sends them to another scheme', () => {
    expect(credentialsMayGoTo('ghcr.io', realm('file:///etc/passwd'), NO_EXTRA_ACCESS)).toBe(false);
  });
});
