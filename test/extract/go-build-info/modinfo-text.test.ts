import { MODINFO_END_SENTINEL, MODINFO_START_SENTINEL, unframeModinfo } from '../../../src/extract/go-build-info/modinfo-framing.js';
import { parseModinfo } from '../../../src/extract/go-build-info/modinfo-text.js';

describe('parseModinfo', () => {
  it('reads path, mod, dep, => and build lines', () => {
    const records = parseModinfo(
      [
        'path\texample.com/app/cmd/app',
        'mod\texample.com/app\tv1.2.3\th1:main=',
        'dep\tgolang.org/x/net\tv0.1.0\th1:net=',
        'dep\tk8s.io/client-go\tv0.20.4',
        '=>\tgithub.com/acme/client-go\tv0.20.4-acme.1\th1:fork=',
        'build\t-compiler=gc',
        'build\tvcs.revision=0123456789abcdef',
        '',
      ].join('\n'),
    );
    expect(records).toEqual({
      path: 'example.com/app/cmd/app',
      mainModule: { path: 'example.com/app', version: 'v1.2.3', sum: 'h1:main=' },
      deps: [
        { path: 'golang.org/x/net', version: 'v0.1.0', sum: 'h1:net=' },
        {
          path: 'k8s.io/client-go',
          version: 'v0.20.4',
          sum: null,
          replacement: { path: 'github.com/acme/client-go', version: 'v0.20.4-acme.1', sum: 'h1:fork=', isDirectory: false },
        },
      ],
      settings: [
        { key: '-compiler', value: 'gc' },
        { key: 'vcs.revision', value: '0123456789abcdef' },
      ],
      skipped: [],
    });
  });

  it('unquotes quoted build keys and values, as Go writes those with spaces, quotes or =', () => {
    const records = parseModinfo('build\t-ldflags="-s -w -X \\"main.version=1\\""\nbuild\t"odd=key"=plain\n');
    expect(records.settings).toEqual([
      { key: '-ldflags', value: '-s -w -X "main.version=1"' },
      { key: 'odd=key', value: 'plain' },
    ]);
  });

  it('marks directory replacements, and applies a => after the mod line to the main module', () => {
    const records = parseModinfo('mod\texample.com/app\t(devel)\t\n=>\t../app\t(devel)\t\ndep\tk8s.io/client-go\tv0.20.4\n=>\tC:\\src\\client-go\t(devel)\t\n');
    expect(records.mainModule?.replacement).toEqual({ path: '../app', version: '(devel)', sum: null, isDirectory: true });
    expect(records.deps[0]?.replacement?.isDirectory).toBe(true);
  });

  it('keeps lines it cannot use, with their line number and a reason, and goes on', () => {
    const records = parseModinfo(
      [
        'path\tone',
        'path\ttwo',
        '=>\torphan\tv1.0.0\th1:x=',
        'dep\tonly-a-path',
        'dep\ta\tv1\th1:x=\textra',
        'dep\tk8s.io/client-go\tv0.20.4',
        '=>\tfork\tv1.0.0',
        'build\tno-equals-sign',
        'build\t"unterminated=x',
        'build\tkey="quoted" trailing',
        'nonsense',
        'dep\tk8s.io/api\tv0.20.4\th1:api=',
      ].join('\n'),
    );
    expect(records.path).toBe('one');
    expect(records.deps.map((dep) => dep.path)).toEqual(['k8s.io/client-go', 'k8s.io/api']);
    expect(records.deps[0]?.replacement).toBeUndefined();
    expect(records.skipped.map((skip) => skip.line)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11]);
    expect(records.skipped.every((skip) => skip.reason.length > 0)).toBe(true);
  });

  it('does not attach a second => line to the same module', () => {
    const records = parseModinfo('dep\tk8s.io/client-go\tv0.20.4\n=>\tfirst\tv1.0.0\t\n=>\tsecond\tv1.0.0\t\n');
    expect(records.deps[0]?.replacement?.path).toBe('first');
    expect(records.skipped).toEqual([{ line: 3, reason: '=> line that does not follow a mod or dep line' }]);
  });

  it('reads an empty text as nothing', () => {
    expect(parseModinfo('')).toEqual({ path: null, mainModule: null, deps: [], settings: [], skipped: [] });
  });
});

describe('unframeModinfo', () => {
  const text = new TextEncoder().encode('path\texample.com/app\n');

  it('strips the 16-byte sentinels around text that ends with a newline', () => {
    const framed = Uint8Array.from([...MODINFO_START_SENTINEL, ...text, ...MODINFO_END_SENTINEL]);
    expect(unframeModinfo(framed)).toEqual(text);
  });

  it('returns null for an empty string, a short one, or one whose byte before the end sentinel is not a newline', () => {
    expect(unframeModinfo(new Uint8Array(0))).toBeNull();
    expect(unframeModinfo(new Uint8Array(32))).toBeNull();
    expect(unframeModinfo(Uint8Array.from([...MODINFO_START_SENTINEL, ...text.subarray(0, -1), ...MODINFO_END_SENTINEL]))).toBeNull();
  });
});
