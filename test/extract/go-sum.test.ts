import { extractGoSum } from '../../src/extract/go-sum.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGoSum', () => {
  const records = extractGoSum(fixtureText('client-go-and-siblings.sum.txt'));

  it('reads code and /go.mod lines, the version without its /go.mod suffix', () => {
    expect(records.skipped).toEqual([]);
    expect(records.entries.map((entry) => [entry.line, entry.path, entry.version, entry.goModOnly])).toEqual([
      [1, 'github.com/davecgh/go-spew', 'v1.1.1', false],
      [2, 'github.com/davecgh/go-spew', 'v1.1.1', true],
      [3, 'k8s.io/client-go', 'v0.18.0', true],
      [4, 'k8s.io/client-go', 'v0.28.1', false],
      [5, 'k8s.io/client-go', 'v0.28.1', true],
      [6, 'k8s.io/client-go', 'v10.0.0+incompatible', true],
    ]);
  });

  it('puts the span on the version token only', () => {
    expect(records.entries[3]?.versionSpan).toEqual(spanAt(4, 18, 7));
    expect(records.entries[4]?.versionSpan).toEqual(spanAt(5, 18, 7));
    expect(records.entries[5]?.versionSpan).toEqual(spanAt(6, 18, 20));
  });

  it('skips malformed lines and reads CRLF, BOM and blank lines', () => {
    const text = [
      '\uFEFFk8s.io/client-go v0.28.1 h1:abc=',
      '',
      'k8s.io/client-go v0.28.1',
      'k8s.io/client-go v0.28.1 sha256:abc',
      'k8s.io/client-go master h1:abc=',
      'k8s.io/client-go v0.28.1 h1:abc= extra',
      'k8s.io/\u0000 v1.0.0 h1:x',
    ].join('\r\n');
    const parsed = extractGoSum(text);
    expect(parsed.entries).toEqual([{ path: 'k8s.io/client-go', version: 'v0.28.1', versionSpan: spanAt(1, 18, 7), goModOnly: false, line: 1 }]);
    expect(parsed.skipped.map((skip) => skip.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('reads an empty go.sum as nothing', () => {
    expect(extractGoSum('')).toEqual({ entries: [], skipped: [] });
  });
});

describe('extractGoSum with onlyLinesContaining', () => {
  it('keeps the lines of the wanted module at their own line numbers and ignores the rest unread', () => {
    const text = 'golang.org/x/net v0.1.0 h1:a=\nnot a go.sum line at all\nk8s.io/client-go v0.28.4 h1:b=\nk8s.io/client-go v0.28.4/go.mod h1:c=\n';
    const records = extractGoSum(text, { onlyLinesContaining: 'client-go' });
    expect(records.skipped).toEqual([]);
    expect(records.entries.map((entry) => [entry.path, entry.version, entry.line, entry.goModOnly])).toEqual([
      ['k8s.io/client-go', 'v0.28.4', 3, false],
      ['k8s.io/client-go', 'v0.28.4', 4, true],
    ]);
  });
});
