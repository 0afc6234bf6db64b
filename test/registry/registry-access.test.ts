import { matchesHost, NO_EXTRA_ACCESS, parseHostPattern, registryBaseUrl } from '../../src/registry/registry-access.js';
import { hostPatterns } from './registry-fixtures.js';

const at = (url: string): URL => new URL(url);

describe('host patterns (allowed-registries, insecure-registries)', () => {
  it('matches a host on any port, or host:port on that port only', () => {
    expect(matchesHost(hostPatterns('registry.internal'), at('https://registry.internal:5000/'))).toBe(true);
    expect(matchesHost(hostPatterns('registry.internal:5000'), at('https://registry.internal:5000/'))).toBe(true);
    expect(matchesHost(hostPatterns('registry.internal:5000'), at('https://registry.internal:5001/'))).toBe(false);
    expect(matchesHost(hostPatterns('registry.internal:443'), at('https://registry.internal/'))).toBe(true);
    expect(matchesHost(hostPatterns('registry.internal:80'), at('http://registry.internal/'))).toBe(true);
  });

  it('reads * as any run of host characters, and nothing else as special', () => {
    const corp = hostPatterns('*.corp.example');
    expect(matchesHost(corp, at('https://a.corp.example/'))).toBe(true);
    expect(matchesHost(corp, at('https://a.b.corp.example:5000/'))).toBe(true);
    expect(matchesHost(corp, at('https://corp.example/'))).toBe(false);
    expect(matchesHost(corp, at('https://a.corp.example.evil.test/'))).toBe(false);
    expect(matchesHost(corp, at('https://acorp.example/'))).toBe(false);
    expect(matchesHost(hostPatterns('registry.internal'), at('https://registryxinternal/'))).toBe(false);
  });

  it('compares literal addresses as the URL parser writes them, and host names in any case', () => {
    expect(matchesHost(hostPatterns('[0:0::1]:5000'), at('http://[::1]:5000/'))).toBe(true);
    expect(matchesHost(hostPatterns('127.0.0.1'), at('http://2130706433:5000/'))).toBe(true);
    expect(matchesHost(hostPatterns('Registry.Internal'), at('https://REGISTRY.internal/'))).toBe(true);
    expect(matchesHost(hostPatterns('http://registry.internal:5000/'), at('http://registry.internal:5000/'))).toBe(true);
  });

  it.each(['registry.internal/team', 'ftp://registry.internal', 'a b', '', 'registry.internal:99999999', '[zz::1]', 'host:port'])('refuses %j', (entry) => {
    expect(parseHostPattern(entry)).toBeNull();
  });
});

describe('registryBaseUrl', () => {
  it('is https for every registry, loopback ones included, unless listed in insecure-registries', () => {
    for (const registry of ['localhost:5000', '127.0.0.1:5000', '[::1]:5000', 'ghcr.io']) expect(registryBaseUrl(registry, NO_EXTRA_ACCESS)).toBe(`https://${registry}`);
    const access = { allowed: [], insecure: hostPatterns('registry.lan', '127.0.0.1:5000') };
    expect(registryBaseUrl('registry.lan:5000', access)).toBe('http://registry.lan:5000');
    expect(registryBaseUrl('127.0.0.1:5000', access)).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('127.0.0.1:5001', access)).toBe('https://127.0.0.1:5001');
    expect(registryBaseUrl('other.lan', access)).toBe('https://other.lan');
  });
});
