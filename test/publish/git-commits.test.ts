import { parseParentLines } from '../../src/publish/git-commits.js';
import { isSafeRevision } from '../../src/settings/git-revision-name.js';

describe('parseParentLines', () => {
  it('reads the parent lines of the header only, in order', () => {
    const object = ['tree 04a59185a0c5f4047e4fd3fa87b0c84e671b00ee', `parent ${'a'.repeat(40)}`, `parent ${'b'.repeat(40)}`, 'author A <a@b> 1 +0000', '', `parent ${'c'.repeat(40)}`].join('\n');
    expect(parseParentLines(object)).toEqual(['a'.repeat(40), 'b'.repeat(40)]);
    expect(parseParentLines('tree x\nauthor A\n\nroot commit')).toEqual([]);
  });
});

describe('isSafeRevision', () => {
  it('takes branch, tag and commit names, never an option or a name with whitespace', () => {
    for (const name of ['main', 'origin/main', 'release-1.2', 'v1.2.3', 'a'.repeat(40), 'HEAD~1']) expect(isSafeRevision(name)).toBe(true);
    for (const name of ['', '-n', '--upload-pack=x', 'main branch', 'main\n', 'x'.repeat(257)]) expect(isSafeRevision(name)).toBe(false);
  });
});
