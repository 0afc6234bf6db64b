import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { readBaseFile } from '../../src/publish/base-file.js';
import { commitAll, git, temporaryParent, writeFiles } from './git-fixture.js';

const parent = temporaryParent();
afterAll(() => parent.remove());

function repository(files: Record<string, string>): { root: string; sha: string } {
  const root = path.join(parent.path, `repo-${Math.random().toString(36).slice(2)}`);
  git(parent.path, 'init', '--quiet', root);
  writeFiles(root, files);
  return { root, sha: commitAll(root, 'base') };
}

const CONFIG = '.github/client-go-token-gate.yml';

describe('readBaseFile from the local history', () => {
  it('reads the file as the commit has it, not as the work tree has it', async () => {
    const { root, sha } = repository({ [CONFIG]: 'fail-on: unknown\n' });
    writeFiles(root, { [CONFIG]: 'exclude: ["**"]\n' });
    expect(await readBaseFile({ sha, repositoryPath: CONFIG, repositoryRoot: root, api: null, maxBytes: 1024 })).toEqual({ ok: true, text: 'fail-on: unknown\n', fetched: false });
  });

  it('a file the commit does not have is null; a glob character in the path is no pattern', async () => {
    const { root, sha } = repository({ 'README.md': 'x\n', '.github/a.yml': 'policy: reload\n' });
    expect(await readBaseFile({ sha, repositoryPath: CONFIG, repositoryRoot: root, api: null, maxBytes: 1024 })).toEqual({ ok: true, text: null, fetched: false });
    expect(await readBaseFile({ sha, repositoryPath: '.github/*.yml', repositoryRoot: root, api: null, maxBytes: 1024 })).toEqual({ ok: true, text: null, fetched: false });
  });

  it('refuses a symbolic link, a file over the cap, a path that climbs out and an unknown commit, with the reason', async () => {
    const { root } = repository({ 'elsewhere.yml': 'fail-on: never\n' });
    symlinkSync('../elsewhere.yml', path.join(root, 'linked.yml'));
    const sha = commitAll(root, 'link');
    expect(await readBaseFile({ sha, repositoryPath: 'linked.yml', repositoryRoot: root, api: null, maxBytes: 1024 })).toMatchObject({ ok: false, reason: expect.stringContaining('not a regular file') as string });
    expect(await readBaseFile({ sha, repositoryPath: 'elsewhere.yml', repositoryRoot: root, api: null, maxBytes: 4 })).toMatchObject({ ok: false, reason: expect.stringContaining('over 4') as string });
    expect(await readBaseFile({ sha, repositoryPath: '../x.yml', repositoryRoot: root, api: null, maxBytes: 1024 })).toMatchObject({ ok: false });
    expect(await readBaseFile({ sha: 'ab'.repeat(20), repositoryPath: 'elsewhere.yml', repositoryRoot: root, api: null, maxBytes: 1024 })).toMatchObject({ ok: false, reason: expect.stringContaining('not in the checkout') as string });
  });
});
