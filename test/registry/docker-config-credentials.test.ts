import path from 'node:path';
import { credentialsLookup, dockerConfigFilePath, readDockerConfigCredentials } from '../../src/registry/docker-config-credentials.js';

const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('readDockerConfigCredentials', () => {
  it('reads auth and username/password entries, keyed by the API host', () => {
    const credentials = readDockerConfigCredentials(
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: base64('hubuser:hub:pass') },
          'ghcr.io': { username: 'octo', password: 'ghp_token' },
          'http://localhost:5000/v2/': { auth: base64('local:secret') },
          'quay.io': { identitytoken: 'refresh-token' },
          'broken.example': { auth: base64('no-colon') },
        },
        credsStore: 'desktop',
      }),
    );
    expect(Object.fromEntries(credentials)).toEqual({
      'registry-1.docker.io': { username: 'hubuser', password: 'hub:pass' },
      'ghcr.io': { username: 'octo', password: 'ghp_token' },
      'localhost:5000': { username: 'local', password: 'secret' },
    });
  });

  it('answers no credentials for a config without auths', () => {
    expect(readDockerConfigCredentials('{"credsStore":"desktop"}').size).toBe(0);
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['[]', 'JSON object'],
  ])('names the problem with %j', (text, why) => {
    expect(() => readDockerConfigCredentials(text)).toThrow(why);
  });

  it.each([
    ['an unquoted value (Node quotes "…\\"auth\\":c2VjcmV0LX…")', '{"auths":{"ghcr.io":{"auth":c2VjcmV0LXRva2Vu}}}'],
    ['a value cut off', '{"auths":{"ghcr.io":{"auth":"c2VjcmV0LXRva2Vu'],
    ['a missing comma', '{"auths":{"ghcr.io":{"username":"octo" "password":"ghp_s3cret"}}}'],
    ['a stray byte', '{"auths":{"ghcr.io":{"password":"ghp_s3cret"x}}}'],
  ])('shows no fragment of a malformed file (%s): JSON.parse quotes the text near the error', (_case, text) => {
    let message = '';
    try {
      readDockerConfigCredentials(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('Docker config.json is not valid JSON (its contents are not shown: they hold credentials)');
    for (const fragment of ['c2VjcmV0', 'ghp_s3cret', 'octo', 'auths', 'ghcr.io']) expect(message).not.toContain(fragment);
  });

  it('looks Docker Hub up by any of its names', () => {
    const lookup = credentialsLookup(readDockerConfigCredentials(JSON.stringify({ auths: { 'docker.io': { auth: base64('u:p') } } })));
    expect(lookup('registry-1.docker.io')).toEqual({ username: 'u', password: 'p' });
    expect(lookup('index.docker.io')).toEqual({ username: 'u', password: 'p' });
    expect(lookup('ghcr.io')).toBeNull();
  });
});

describe('dockerConfigFilePath', () => {
  it('prefers DOCKER_CONFIG, else ~/.docker', () => {
    expect(dockerConfigFilePath({ DOCKER_CONFIG: '/run/docker' }, '/home/u')).toBe(path.join('/run/docker', 'config.json'));
    expect(dockerConfigFilePath({}, '/home/u')).toBe(path.join('/home/u', '.docker', 'config.json'));
  });
});
