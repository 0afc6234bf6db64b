import { registryBaseUrl } from '../../src/registry/registry-scheme.js';

describe('registryBaseUrl', () => {
  it.each([
    ['localhost', 'http://localhost'],
    ['localhost:5000', 'http://localhost:5000'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['127.1.2.3', 'http://127.1.2.3'],
    ['[::1]:5000', 'http://[::1]:5000'],
    ['ghcr.io', 'https://ghcr.io'],
    ['registry-1.docker.io', 'https://registry-1.docker.io'],
    ['localhost.example.com', 'https://localhost.example.com'],
  ])('%s → %s', (registry, url) => {
    expect(registryBaseUrl(registry)).toBe(url);
  });

  it('serves listed insecure registries over http, by host or host:port', () => {
    expect(registryBaseUrl('registry.lan:5000', ['registry.lan:5000'])).toBe('http://registry.lan:5000');
    expect(registryBaseUrl('registry.lan:5000', ['registry.lan'])).toBe('http://registry.lan:5000');
    expect(registryBaseUrl('other.lan', ['registry.lan'])).toBe('https://other.lan');
  });
});
