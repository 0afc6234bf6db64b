import { extractGodepsJson } from '../../src/extract/godeps-json.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGodepsJson', () => {
  const records = extractGodepsJson(fixtureText('forty-client-go-packages-with-comment.godeps-json.txt'));

  it('reads one entry per package, with its ImportPath, Comment and Rev placed', () => {
    expect(records.skipped).toEqual([]);
    expect(records.importPath).toBe('github.com/example/operator');
    expect(records.dependencies).toHaveLength(44);
    expect(records.dependencies.filter((dependency) => dependency.importPath.text.startsWith('k8s.io/client-go/'))).toHaveLength(40);
    expect(records.dependencies[4]).toEqual({
      importPath: { text: 'k8s.io/client-go/discovery', span: spanAt(29, 19, 26) },
      comment: { text: 'v8.0.0', span: spanAt(30, 16, 6) },
      rev: { text: '7d04d0e2a0a1a4d4a1cd6baa432a2301492e4e65', span: spanAt(31, 12, 40) },
      line: 28,
    });
    expect(records.dependencies[1]?.comment).toBeNull();
  });

  it('keeps invalid JSON as one skipped line, where the parser stopped', () => {
    const text = '{\n  "Deps": [\n    { "ImportPath": "k8s.io/client-go/rest", "Rev": "abc" },\n  ]\n}\n';
    expect(extractGodepsJson(text)).toEqual({ importPath: null, dependencies: [], skipped: [{ line: 4, reason: 'invalid JSON: expected a value' }] });
  });

  it('keeps entries that are not objects, lack an ImportPath or repeat a key', () => {
    const text = ['{"Deps": [', '  "k8s.io/client-go",', '  {"Rev": "abc"},', '  {"ImportPath": "k8s.io/client-go/rest", "Rev": "old",', '   "Rev": "new"}', ']}'].join('\n');
    const parsed = extractGodepsJson(text);
    expect(parsed.dependencies.map((dependency) => [dependency.importPath.text, dependency.rev?.text])).toEqual([['k8s.io/client-go/rest', 'new']]);
    expect(parsed.skipped).toEqual([
      { line: 2, reason: 'an entry of "Deps" is not an object' },
      { line: 3, reason: 'a Deps entry has no ImportPath' },
      { line: 4, reason: '"Rev" is repeated; the last one counts' },
    ]);
  });

  it('says so when the document is not an object', () => {
    expect(extractGodepsJson('[]').skipped).toEqual([{ line: 1, reason: 'the document is not a JSON object' }]);
  });
});

describe('extractGodepsJson with an entry filter', () => {
  it('asks once per named entry, in file order with its line, and keeps only what the filter accepts', () => {
    const asked: [string, number][] = [];
    const text = '{\n"Deps": [\n{"ImportPath": "a"},\n{"ImportPath": "k8s.io/client-go/rest", "Rev": "abc"},\n{"Rev": "def"}\n]\n}\n';
    const records = extractGodepsJson(text, (name, line) => {
      asked.push([name, line]);
      return name !== 'a';
    });
    expect(asked).toEqual([
      ['a', 3],
      ['k8s.io/client-go/rest', 4],
    ]);
    expect(records.dependencies.map((dependency) => [dependency.importPath.text, dependency.line])).toEqual([['k8s.io/client-go/rest', 4]]);
    expect(records.skipped).toEqual([{ line: 5, reason: 'a Deps entry has no ImportPath' }]);
  });
});
