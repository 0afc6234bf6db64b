import { parsePlatform, platformMatches, platformText } from '../../src/registry/platform.js';

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['Linux/x86_64', { os: 'linux', architecture: 'amd64' }],
    ['linux/aarch64', { os: 'linux', architecture: 'arm64' }],
    ['windows/amd64', { os: 'windows', architecture: 'amd64' }],
  ])('%s', (text, platform) => {
    expect(parsePlatform(text)).toEqual({ ok: true, platform });
  });

  it.each(['linux', 'linux/', '/amd64', 'linux/arm64/v8/extra', 'linux/am d64'])('rejects %j quoting it', (text) => {
    const result = parsePlatform(text);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining(`"${text}"`) });
  });
});

describe('platformMatches', () => {
  it.each([
    ['linux/arm64', 'linux/arm64/v8', true],
    ['linux/arm64/v8', 'linux/arm64', true],
    ['linux/arm/v7', 'linux/arm', true],
    ['linux/arm/v6', 'linux/arm/v7', false],
    ['linux/amd64', 'linux/amd64/v2', false],
    ['linux/amd64', 'windows/amd64', false],
    ['linux/amd64', 'linux/arm64', false],
  ])('%s against %s: %s', (wanted, offered, matches) => {
    const parse = (text: string) => {
      const result = parsePlatform(text);
      if (!result.ok) throw new Error(result.reason);
      return result.platform;
    };
    expect(platformMatches(parse(wanted), parse(offered))).toBe(matches);
  });

  it('writes platforms as os/architecture[/variant]', () => {
    expect(platformText({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux/arm64/v8');
    expect(platformText({ os: 'linux', architecture: 'amd64' })).toBe('linux/amd64');
  });
});
