import { extractGopkgToml } from '../../src/extract/gopkg-toml.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGopkgToml', () => {
  it('reads [[constraint]] tables and ignores the commented template dep init writes', () => {
    const records = extractGopkgToml(fixtureText('manifest-tilde-range.gopkg-toml.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.rules.map((rule) => [rule.kind, rule.line, rule.name.text, rule.version?.text])).toEqual([
      ['constraint', 12, 'k8s.io/api', '~0.17'],
      ['constraint', 16, 'k8s.io/client-go', '~0.17'],
    ]);
    expect(records.rules[1]?.version?.span).toEqual(spanAt(18, 14, 5));
  });

  it('reads overrides and constraints in file order', () => {
    const records = extractGopkgToml(fixtureText('manifest-override-wins.gopkg-toml.txt'));
    expect(records.rules.map((rule) => [rule.kind, rule.line, rule.version?.text, rule.version?.span])).toEqual([
      ['constraint', 1, 'v10.0.0', spanAt(3, 14, 7)],
      ['override', 5, 'kubernetes-1.15.0', spanAt(7, 14, 17)],
    ]);
  });

  it('reads branch, revision and source', () => {
    expect(extractGopkgToml(fixtureText('manifest-branch.gopkg-toml.txt')).rules[0]?.branch).toEqual({ text: 'release-11.0', span: spanAt(2, 13, 12) });
    expect(extractGopkgToml(fixtureText('manifest-revision.gopkg-toml.txt')).rules[0]?.revision).toEqual({
      text: '1a26190bd76a9017e289958b9fba936430aa3704',
      span: spanAt(3, 15, 40),
    });
    expect(extractGopkgToml(fixtureText('manifest-fork-source.gopkg-toml.txt')).rules[0]?.source).toEqual({
      text: 'github.com/example-org/client-go',
      span: spanAt(3, 13, 32),
    });
  });

  it('keeps the keys of a sub-table ([constraint.metadata]) out of the constraint', () => {
    const text = '[[constraint]]\n  name = "k8s.io/client-go"\n  version = "~0.17"\n\n  [constraint.metadata]\n    version = "not this one"\n';
    const [rule] = extractGopkgToml(text).rules;
    expect(rule?.version).toEqual({ text: '~0.17', span: spanAt(3, 14, 5) });
  });

  it('finds headers written with spaces, quotes and comments', () => {
    const text = '[[ "constraint" ]] # client-go\n  name = \'k8s.io/client-go\'\n  version = "^10.0.0" # old\n';
    const [rule] = extractGopkgToml(text).rules;
    expect(rule).toMatchObject({ line: 1, name: { text: 'k8s.io/client-go', span: spanAt(2, 11, 16) }, version: { text: '^10.0.0', span: spanAt(3, 14, 7) } });
  });

  it('keeps invalid TOML and nameless rules as skipped lines', () => {
    expect(extractGopkgToml('[[constraint]]\n  name = "k8s.io/client-go"\n  version = ~0.17\n').skipped).toEqual([
      { line: 3, reason: expect.stringMatching(/^invalid TOML: /) as unknown as string },
    ]);
    expect(extractGopkgToml('[[override]]\n  version = "v1.0.0"\n').skipped).toEqual([{ line: 1, reason: '[[override]] without a name' }]);
  });
});
