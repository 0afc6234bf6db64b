import { extractGovendorJson } from '../../src/extract/govendor-json.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGovendorJson', () => {
  it('reads packages with revision, revisionTime, version and versionExact', () => {
    const records = extractGovendorJson(fixtureText('with-version.govendor-json.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.rootPath).toBe('github.com/example/operator');
    expect(records.packages[0]).toEqual({
      path: { text: 'k8s.io/client-go/rest', span: spanAt(7, 13, 21) },
      revision: { text: '36368dede29baa5ecd253416d70ddc0c76bde69b', span: spanAt(8, 17, 40) },
      revisionTime: '2018-08-17T17:43:22Z',
      version: { text: 'release-7.0', span: spanAt(10, 16, 11) },
      versionExact: { text: 'release-7.0', span: spanAt(11, 21, 11) },
      origin: null,
      line: 5,
    });
  });

  it('reads packages without a version', () => {
    const records = extractGovendorJson(fixtureText('without-version.govendor-json.txt'));
    expect(records.packages.map((item) => [item.path.text, item.revision?.text, item.version, item.versionExact])).toEqual([
      ['github.com/golang/glog', '23def4e6c14b4da8ac2ed8007337bc5eb5007998', null, null],
      ['k8s.io/client-go/kubernetes', 'e64494209f554a6723674bd494d69445fb76a1d4', null, null],
      ['k8s.io/client-go/rest', 'e64494209f554a6723674bd494d69445fb76a1d4', null, null],
    ]);
  });

  it('reads origin, and keeps bad entries and invalid JSON as skipped lines', () => {
    const text = '{"package": [\n {"path": "k8s.io/client-go/rest", "origin": "github.com/example/app/vendor/k8s.io/client-go/rest", "revision": "abc"},\n {"revision": "abc"}\n]}';
    const records = extractGovendorJson(text);
    expect(records.packages[0]?.origin).toBe('github.com/example/app/vendor/k8s.io/client-go/rest');
    expect(records.skipped).toEqual([{ line: 3, reason: 'a package entry has no path' }]);
    expect(extractGovendorJson('{"package": [').skipped).toEqual([{ line: 1, reason: 'invalid JSON: the text ends where a value should be' }]);
  });
});
