import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../../src/pipeline/read-text-file.js';
import { searchFile } from '../../src/pipeline/search-file.js';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';

afterAll(removeFixtureRepos);

describe('searchFile', () => {
  it('finds a match that straddles two chunks, on the right line', () => {
    const root = realpathSync(inlineRepo({}));
    const before = `${'x'.repeat(99)}\n`.repeat(10_485);
    const head = 'y'.repeat((1 << 20) - before.length - 4);
    writeFileSync(path.join(root, 'big.txt'), `${before}${head}client-go\nrest\n`);
    expect(searchFile(path.join(root, 'big.txt'), root, /client-go/)).toEqual({ kind: 'found', line: 10_486 });
    expect(searchFile(path.join(root, 'big.txt'), root, /kubernetes/)).toEqual({ kind: 'not-found' });
  });

  it('refuses a file outside the root', () => {
    const root = realpathSync(inlineRepo({}));
    expect(searchFile('/etc/passwd', root, /root/)).toEqual({ kind: 'refused', refusal: { kind: 'outside', real: '/etc/passwd' } });
  });
});

describe('readTextFile', () => {
  it('reads a file of exactly the cap and refuses one byte more, and refuses what is not a regular file', () => {
    const root = realpathSync(inlineRepo({}));
    writeFileSync(path.join(root, 'a'), 'x'.repeat(64));
    mkdirSync(path.join(root, 'dir'));
    expect(readTextFile(path.join(root, 'a'), { rootReal: root, maxBytes: 64 })).toEqual({ ok: true, text: 'x'.repeat(64) });
    expect(readTextFile(path.join(root, 'a'), { rootReal: root, maxBytes: 63 })).toEqual({ ok: false, refusal: { kind: 'over-cap', size: 64 } });
    expect(readTextFile(path.join(root, 'dir'), { rootReal: root, maxBytes: 64 })).toEqual({ ok: false, refusal: { kind: 'not-a-file', type: 'a directory' } });
    expect(readTextFile(path.join(root, 'gone'), { rootReal: root, maxBytes: 64 })).toEqual({ ok: false, refusal: { kind: 'missing' } });
  });
});
