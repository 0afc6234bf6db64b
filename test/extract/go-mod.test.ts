import { extractGoMod, isIndirectComment } from '../../src/extract/go-mod.js';
import { isKubernetesModule } from '../../src/model/client-go-module-paths.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGoMod: require', () => {
  const records = extractGoMod(fixtureText('single-and-block-require.mod.txt'));

  it('reads the module, the go version and nothing skipped', () => {
    expect(records.module).toEqual({ path: 'example.com/operator', line: 1 });
    expect(records.goVersion).toBe('1.21');
    expect(records.skipped).toEqual([]);
  });

  it('reads a one-line require with exact spans', () => {
    expect(records.requires[0]).toEqual({
      path: 'k8s.io/client-go',
      pathSpan: spanAt(5, 9, 16),
      version: 'v0.28.1',
      versionSpan: spanAt(5, 26, 7),
      indirect: false,
      line: 5,
    });
  });

  it('reads block entries with tab-indented spans', () => {
    expect(records.requires.map((req) => [req.path, req.version, req.line, req.versionSpan.column])).toEqual([
      ['k8s.io/client-go', 'v0.28.1', 5, 26],
      ['k8s.io/api', 'v0.28.1', 8, 13],
      ['k8s.io/apimachinery', 'v0.28.1', 9, 22],
      ['github.com/kubernetes/client-go', 'v11.0.0+incompatible', 10, 34],
      ['golang.org/x/net', 'v0.17.0', 11, 19],
      ['sigs.k8s.io/yaml', 'v1.3.0', 12, 19],
    ]);
    expect(records.requires[3]?.versionSpan).toEqual(spanAt(10, 34, 'v11.0.0+incompatible'.length));
  });

  it('marks // indirect, // indirect; note and //indirect, but not other comments', () => {
    expect(records.requires.map((req) => req.indirect)).toEqual([false, false, true, true, true, false]);
  });
});

describe('extractGoMod: CRLF and a byte order mark', () => {
  const records = extractGoMod(fixtureText('block-require-crlf-bom.mod.txt'));

  it('refuses the BOM on line 1 as Go does, and drops the CR from every token of the rest', () => {
    expect(records.module).toBeNull();
    expect(records.goVersion).toBe('1.20');
    expect(records.requires).toEqual([
      { path: 'k8s.io/client-go', pathSpan: spanAt(6, 2, 16), version: 'v0.20.4', versionSpan: spanAt(6, 19, 7), indirect: false, line: 6 },
      { path: 'k8s.io/api', pathSpan: spanAt(7, 2, 10), version: 'v0.20.4', versionSpan: spanAt(7, 13, 7), indirect: true, line: 7 },
    ]);
    expect(records.skipped).toEqual([{ line: 1, reason: expect.stringContaining('U+FEFF (a byte order mark; Go does not accept one') }]);
  });

  it('reads a line Go reads whatever bytes its trailing comment holds', () => {
    const records = extractGoMod('module m\nrequire k8s.io/client-go v0.20.0\nreplace k8s.io/client-go => k8s.io/client-go v11.0.0+incompatible // \u0001 \u0000 \u001b[31m\n');
    expect(records.skipped).toEqual([]);
    expect(records.replaces.map((r) => [r.new.path, r.new.version])).toEqual([['k8s.io/client-go', 'v11.0.0+incompatible']]);
  });
});

describe('extractGoMod: quoted strings', () => {
  const records = extractGoMod(fixtureText('quoted-paths.mod.txt'));

  it('unquotes paths and versions; spans include the quotes', () => {
    expect(records.module?.path).toBe('example.com/quoted');
    expect(records.requires.map((req) => [req.path, req.version])).toEqual([
      ['k8s.io/client-go', 'v0.22.0'],
      ['example.com/escaped', 'v1.0.0'],
    ]);
    expect(records.requires[0]?.pathSpan).toEqual(spanAt(4, 2, 18));
    // Go's parseString refuses backquoted strings in directives.
    expect(records.skipped).toEqual([{ line: 5, reason: 'unquoted string cannot contain quote: `k8s.io/api`' }]);
  });

  it('reads a quoted directory with a space as a directory replacement', () => {
    expect(records.replaces[0]?.new).toEqual({ path: '../client go fork', pathSpan: spanAt(9, 31, 19), version: null, versionSpan: null });
    expect(records.replaces[0]?.newIsDirectory).toBe(true);
  });
});

describe('extractGoMod: replace', () => {
  it('reads replacements to forks, with and without a version on the left', () => {
    const records = extractGoMod(fixtureText('replace-to-fork.mod.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.replaces.map((r) => [r.line, r.old.path, r.old.version, r.new.path, r.new.version, r.newIsDirectory])).toEqual([
      [10, 'k8s.io/client-go', null, 'github.com/someone/client-go', 'v2.0.0-alpha.0.0.20190313235726-6ee68ca5fd83+incompatible', false],
      [12, 'k8s.io/api', 'v10.0.0+incompatible', 'k8s.io/api', 'v0.0.0-20190817221950-ebce17126a01', false],
      [15, 'k8s.io/apimachinery', null, 'k8s.io/apimachinery', 'v0.0.0-20190817221809-bf4de9df677c', false],
      [16, 'k8s.io/client-go', 'v0.0.0', 'k8s.io/client-go', 'v0.0.0-20190817222206-ee6c071a42cf', false],
    ]);
    const fork = records.replaces[0];
    expect(fork?.old.versionSpan).toBeNull();
    expect(fork?.new.pathSpan).toEqual(spanAt(10, 29, 28));
    expect(fork?.new.versionSpan).toEqual(spanAt(10, 58, 57));
    expect(records.replaces[3]?.old.versionSpan).toEqual(spanAt(16, 19, 6));
    expect(records.replaces[3]?.new.versionSpan).toEqual(spanAt(16, 46, 34));
  });

  it('reads directory replacements: ./, ../, rooted, drive letter and .\\', () => {
    const records = extractGoMod(fixtureText('replace-to-directories.mod.txt'));
    expect(records.replaces.map((r) => [r.old.path, r.old.version, r.new.path, r.newIsDirectory, r.new.version])).toEqual([
      ['k8s.io/client-go', null, './staging/src/k8s.io/client-go', true, null],
      ['k8s.io/api', 'v0.0.0', '../api', true, null],
      ['k8s.io/apimachinery', null, '/opt/src/apimachinery', true, null],
      ['k8s.io/klog', null, 'C:\\src\\klog', true, null],
      ['k8s.io/utils', null, '.\\vendor-src\\utils', true, null],
    ]);
    expect(records.replaces[0]?.new.pathSpan).toEqual(spanAt(5, 29, 30));
  });

  it('skips a replacement without a version that is no directory, and a directory with a version', () => {
    const records = extractGoMod(fixtureText('replace-to-directories.mod.txt'));
    expect(records.skipped).toEqual([
      // Go on Windows reads these; Go elsewhere refuses the file. Kept, and reported.
      { line: 8, reason: expect.stringContaining('Windows path') },
      { line: 9, reason: expect.stringContaining('Windows path') },
      { line: 10, reason: expect.stringContaining('replacement module without version must be directory path') },
      { line: 11, reason: 'replacement module directory path "./dir" cannot have version' },
    ]);
  });
});

describe('extractGoMod: other directives', () => {
  const records = extractGoMod(fixtureText('exclude-retract-tool-godebug.mod.txt'));

  it('reads exclude, single and block', () => {
    expect(records.excludes).toEqual([
      { path: 'k8s.io/client-go', pathSpan: spanAt(23, 9, 16), version: 'v11.0.0+incompatible', versionSpan: spanAt(23, 26, 20), line: 23 },
      { path: 'k8s.io/client-go', pathSpan: spanAt(26, 2, 16), version: 'v12.0.0+incompatible', versionSpan: spanAt(26, 19, 20), line: 26 },
      { path: 'k8s.io/api', pathSpan: spanAt(27, 2, 10), version: 'v0.15.0', versionSpan: spanAt(27, 13, 7), line: 27 },
    ]);
  });

  it('reads toolchain, godebug, tool, retract ranges and ignore without error and without records', () => {
    expect(records.skipped).toEqual([]);
    expect(records.module).toEqual({ path: 'example.com/everything', line: 2 });
    expect(records.goVersion).toBe('1.24');
    expect(records.requires.map((req) => [req.path, req.line])).toEqual([['k8s.io/client-go', 21]]);
    expect(records.replaces).toEqual([]);
  });

  it('refuses directives no Go knows, as Go does, and reads the rest', () => {
    const future = extractGoMod('module m\nfrobnicate a b c\nfrobnicate (\n\tx\n)\nrequire k8s.io/client-go v0.31.0\n');
    expect(future.skipped).toEqual([
      { line: 2, reason: 'unknown directive: frobnicate' },
      { line: 3, reason: 'unknown block type: frobnicate' },
    ]);
    expect(future.requires).toHaveLength(1);
  });
});

describe('extractGoMod: lines it cannot use', () => {
  it('skips each garbage line with a reason and keeps everything around it', () => {
    const records = extractGoMod(fixtureText('garbage-lines.mod.txt'));
    expect(records.requires.map((req) => [req.path, req.line])).toEqual([
      ['k8s.io/client-go', 3],
      ['k8s.io/klog/v2', 7],
      ['k8s.io/component-base', 11],
    ]);
    expect(records.module).toEqual({ path: 'example.com/garbage', line: 1 });
    expect(records.goVersion).toBe('1.19');
    expect(records.replaces).toEqual([]);
    expect(records.skipped.map((skip) => skip.line)).toEqual([4, 5, 8, 9, 10, 13, 14, 15, 16, 17, 19, 20, 21]);
    for (const skip of records.skipped) expect(skip.reason.length).toBeGreaterThan(10);
    expect(records.skipped.find((skip) => skip.line === 4)?.reason).toBe('unknown directive: k8s.io/api');
    expect(records.skipped.find((skip) => skip.line === 5)?.reason).toBe('usage: require module/path v1.2.3');
    expect(records.skipped.find((skip) => skip.line === 9)?.reason).toBe('unexpected newline in string at column 2');
    expect(records.skipped.find((skip) => skip.line === 19)?.reason).toBe('repeated go statement');
  });

  it('reads an empty file, blank lines and comments as nothing', () => {
    const empty = { module: null, goVersion: null, requires: [], replaces: [], excludes: [], skipped: [] };
    expect(extractGoMod(fixtureText('empty.mod.txt'))).toEqual(empty);
    expect(extractGoMod('\n\n   \t\n// only a comment\r\n')).toEqual(empty);
    expect(extractGoMod('\uFEFF').skipped).toEqual([{ line: 1, reason: expect.stringContaining('byte order mark') }]);
  });

  it('skips every line of binary junk instead of throwing', () => {
    const junk = '\u0000\u0001ELF\u0002\n\u0000require k8s.io/client-go v1.0.0\n\u0000\u0000\u0000\nrequire\u0000x v1\n';
    const records = extractGoMod(junk);
    expect(records.requires).toEqual([]);
    expect(records.skipped.map((skip) => skip.line)).toEqual([1, 2, 3, 4]);
    expect(records.skipped[0]?.reason).toBe('unexpected input character NUL (U+0000) at column 1');
  });

  it('reports a block that never closes, keeping its entries', () => {
    const records = extractGoMod('module m\nrequire (\n\tk8s.io/client-go v0.26.0\n');
    expect(records.requires.map((req) => req.version)).toEqual(['v0.26.0']);
    expect(records.skipped).toEqual([{ line: 2, reason: 'syntax error (unterminated block started at line 2)' }]);
  });

  it('reads an empty one-line block and rejects an entry on the opening line', () => {
    expect(extractGoMod('require ()\n').skipped).toEqual([]);
    expect(extractGoMod('require ( k8s.io/client-go v1.0.0 )\n').skipped.map((skip) => skip.line)).toEqual([1]);
  });
});

describe('extractGoMod: a very long file', () => {
  it('reads 50,000 requirements with the right lines and columns', () => {
    const count = 50_000;
    const lines = ['module example.com/huge', '', 'go 1.22', '', 'require ('];
    for (let index = 0; index < count; index += 1) lines.push(`\texample.com/dep${index} v1.${index}.0${index % 2 === 0 ? ' // indirect' : ''}`);
    lines.push(')', 'require k8s.io/client-go v0.29.1');
    const records = extractGoMod(lines.join('\n'));
    expect(records.requires).toHaveLength(count + 1);
    expect(records.skipped).toEqual([]);
    expect(records.requires.filter((req) => req.indirect)).toHaveLength(count / 2);
    const last = records.requires[count - 1];
    expect(last?.line).toBe(5 + count);
    expect(last?.versionSpan).toEqual(spanAt(5 + count, 2 + `example.com/dep${count - 1} `.length, `v1.${count - 1}.0`.length));
    expect(records.requires[count]).toMatchObject({ path: 'k8s.io/client-go', line: 7 + count });
  });
});

describe('extractGoMod: keeping only the Kubernetes modules', () => {
  const text = [
    'module example.com/app',
    'require example.com/other v1.0.0',
    'require k8s.io/client-go v0.29.1',
    'require k8s.io/api v0.29.1 // indirect',
    'exclude example.com/other v0.9.0',
    'replace example.com/other => ../other',
    'replace k8s.io/client-go => example.com/fork/client-go v0.29.2',
  ].join('\n');

  it('drops the records of other modules and keeps the Kubernetes ones as read in full', () => {
    const all = extractGoMod(text);
    const kept = extractGoMod(text, isKubernetesModule);
    expect(kept.module).toEqual(all.module);
    expect(kept.requires).toEqual(all.requires.filter((req) => req.path.startsWith('k8s.io/')));
    expect(kept.requires.map((req) => req.path)).toEqual(['k8s.io/client-go', 'k8s.io/api']);
    expect(kept.excludes).toEqual([]);
    expect(kept.replaces).toEqual(all.replaces.filter((replace) => replace.old.path === 'k8s.io/client-go'));
  });

  it('still refuses a file for a line of a module it does not keep', () => {
    const refused = extractGoMod(`${text}\nrequire example.com/other/v2 v1.0.0\n`, isKubernetesModule);
    expect(refused.skipped).toEqual([{ line: 8, reason: 'example.com/other/v2: version "v1.0.0" invalid: should be v2, not v1' }]);
  });
});

describe('isIndirectComment', () => {
  it.each([
    [' indirect', true],
    ['indirect', true],
    [' indirect; used by tests', true],
    [' indirect ', true],
    [' indirectly', false],
    [' Indirect', false],
    [' not indirect', false],
    [null, false],
  ] as const)('%p → %p', (comment, expected) => {
    expect(isIndirectComment(comment)).toBe(expected);
  });
});
