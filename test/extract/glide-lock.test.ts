import { extractGlideLock } from '../../src/extract/glide-lock.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGlideLock', () => {
  it('reads imports and testImports with the full commit of each and its place', () => {
    const records = extractGlideLock(fixtureText('imports-bare-commit-1.14.1.glide-lock.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.dependencies.map((dependency) => [dependency.section, dependency.line, dependency.name.text])).toEqual([
      ['imports', 4, 'github.com/golang/glog'],
      ['imports', 6, 'k8s.io/api'],
      ['imports', 10, 'k8s.io/client-go'],
      ['testImports', 17, 'github.com/stretchr/testify'],
    ]);
    expect(records.dependencies[2]).toEqual({
      section: 'imports',
      name: { text: 'k8s.io/client-go', span: spanAt(10, 9, 16) },
      version: { text: '1a26190bd76a9017e289958b9fba936430aa3704', span: spanAt(11, 12, 40) },
      repo: null,
      subpackages: ['kubernetes', 'rest', 'tools/clientcmd'],
      line: 10,
    });
  });

  it('spans a quoted commit without its quotes and reads an empty testImports list', () => {
    const records = extractGlideLock(fixtureText('imports-bare-commit-1.15.0.glide-lock.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.dependencies.map((dependency) => dependency.version)).toEqual([
      { text: '78d2af792babf2dd937ba2e2a8d99c753a5eda89', span: spanAt(5, 13, 40) },
    ]);
  });

  it('counts columns after a byte order mark and through CRLF line endings', () => {
    const text = `\uFEFF${fixtureText('imports-bare-commit-1.15.0.glide-lock.txt').replace(/\n/g, '\r\n')}`;
    expect(extractGlideLock(text).dependencies[0]?.version?.span).toEqual(spanAt(5, 13, 40));
  });

  it('reads nothing from an empty file, and says so when the document is not a mapping', () => {
    expect(extractGlideLock('')).toEqual({ dependencies: [], skipped: [] });
    expect(extractGlideLock('- name: k8s.io/client-go\n').skipped).toEqual([{ line: 1, reason: 'the document is not a mapping of keys' }]);
    expect(extractGlideLock('imports: k8s.io/client-go\n').skipped).toEqual([{ line: 1, reason: '"imports" is not a list' }]);
  });
});

describe('a very large glide.lock', () => {
  it('is reduced to its client-go entry, keeping the exact line, without a full YAML parse', () => {
    const filler = Array.from({ length: 40_000 }, (_, i) => `- name: example.com/dep${i}\n  version: ${'a'.repeat(40)}\n  subpackages:\n  - pkg`).join('\n');
    const text = `hash: abc\nupdated: 2019-01-01T00:00:00Z\nimports:\n${filler}\n- name: k8s.io/client-go\n  version: 6ee68ca5fd8355d024d02f9db0b3b667e8357a0f\n  subpackages:\n  - rest\ntestImports: []\n`;
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const records = extractGlideLock(text);
    const clientGo = records.dependencies.filter((dependency) => dependency.name.text === 'k8s.io/client-go');
    expect(clientGo).toHaveLength(1);
    expect(clientGo[0]?.name.span.line).toBe(3 + 40_000 * 4 + 1);
  });

  it('keeps entries on their own lines after a syntax error the parser recovers from (found by the fuzz suite)', () => {
    // The YAML parser's line counter lost a line after the stray alias; the name was put on the line above.
    const records = extractGlideLock('*aash: 3\nupdated: 2019\nimports:\n- name: github.com/golang/glog\n  version: 23def\n');
    expect(records.skipped).toEqual([{ line: 1, reason: 'invalid YAML: Unexpected scalar token' }]);
    expect(records.dependencies.map((dependency) => [dependency.line, dependency.name, dependency.version])).toEqual([
      [4, { text: 'github.com/golang/glog', span: spanAt(4, 9, 22) }, { text: '23def', span: spanAt(5, 12, 5) }],
    ]);
  });
});
