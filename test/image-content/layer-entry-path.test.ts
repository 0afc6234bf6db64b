import { entryPlaceOf, imagePathOf } from '../../src/image-content/layer-entry-path.js';

describe('imagePathOf', () => {
  it.each([
    ['./usr/bin/', '/usr/bin'],
    ['usr/bin', '/usr/bin'],
    ['/usr//bin/./app', '/usr/bin/app'],
    ['./', '/'],
    ['../../etc/passwd', '/etc/passwd'],
    // Found by the fuzz suite: a directory whose name ends in a newline kept its trailing slash.
    ['dir\n/', '/dir\n'],
    ['\n/', '/\n'],
    ['/', '/'],
  ])('%s is %s', (name, expected) => {
    expect(imagePathOf(name)).toBe(expected);
  });
});

describe('entryPlaceOf', () => {
  it('reads whiteouts, opaque markers and aufs metadata', () => {
    expect(entryPlaceOf('./usr/bin/.wh.app')).toEqual({ kind: 'whiteout', path: '/usr/bin/app' });
    expect(entryPlaceOf('.wh.opt')).toEqual({ kind: 'whiteout', path: '/opt' });
    expect(entryPlaceOf('app/.wh..wh..opq')).toEqual({ kind: 'opaque', directory: '/app' });
    expect(entryPlaceOf('.wh..wh..opq')).toEqual({ kind: 'opaque', directory: '/' });
    expect(entryPlaceOf('.wh..wh.plnk/123.4')).toEqual({ kind: 'ignored' });
    expect(entryPlaceOf('.wh..wh.aufs')).toEqual({ kind: 'ignored' });
    expect(entryPlaceOf('.wh..wh.plnk')).toEqual({ kind: 'ignored' });
    expect(entryPlaceOf('dir/.wh.')).toEqual({ kind: 'ignored' });
    expect(entryPlaceOf('./')).toEqual({ kind: 'ignored' });
    expect(entryPlaceOf('usr/bin/wh.app')).toEqual({ kind: 'path', path: '/usr/bin/wh.app' });
  });
});
