import { shortenText, utf8ByteLength } from '../../src/report/text-size.js';

describe('utf8ByteLength', () => {
  it('agrees with Node for ASCII, multi-byte, astral and lone surrogates', () => {
    for (const text of ['', 'abc', 'é', '→', '❌ fail', '😀', 'a😀b', '\ud800', 'x\udc00y', '\ud83d', '&#8205;\u200d']) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('shortenText', () => {
  it('leaves short text alone', () => {
    expect(shortenText('v0.15.7', 10)).toBe('v0.15.7');
  });

  it('cuts to the limit with an ellipsis', () => {
    expect(shortenText('abcdefghij', 5)).toBe('abcd…');
    expect(shortenText('abcdefghij', 5)).toHaveLength(5);
  });

  it('never leaves half a surrogate pair', () => {
    expect(shortenText('ab😀cd', 4)).toBe('ab…');
  });
});
