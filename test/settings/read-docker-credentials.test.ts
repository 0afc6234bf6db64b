import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDockerCredentials } from '../../src/settings/read-docker-credentials.js';

describe('readDockerCredentials', () => {
  const directories: string[] = [];
  afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

  it('warns with the file and a fixed reason for a malformed config.json, quoting none of it', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-docker-config-'));
    directories.push(directory);
    writeFileSync(path.join(directory, 'config.json'), '{"auths":{"ghcr.io":{"username":"octo","password":"ghp_s3cretT0ken" oops}}}');
    const warnings: string[] = [];
    const credentials = readDockerCredentials({ DOCKER_CONFIG: directory }, (message) => warnings.push(message));
    expect(credentials.size).toBe(0);
    expect(warnings).toEqual([
      `Could not read the Docker config ${path.join(directory, 'config.json')}: Docker config.json is not valid JSON (its contents are not shown: they hold credentials); images are pulled without its credentials.`,
    ]);
  });
});
