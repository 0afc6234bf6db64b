import { extractVendorModulesTxt } from '../../src/extract/vendor-modules-txt.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractVendorModulesTxt', () => {
  it('reads module lines, versioned replacements, ## explicit and wildcard replacements', () => {
    const records = extractVendorModulesTxt(fixtureText('modules-with-explicit.modules.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.modules.map((mod) => [mod.line, mod.path, mod.version, mod.replacement?.path ?? null, mod.replacement?.version ?? null, mod.explicit])).toEqual([
      [1, 'github.com/davecgh/go-spew', 'v1.1.1', null, null, true],
      [4, 'k8s.io/api', 'v0.23.0', 'k8s.io/api', 'v0.23.0', true],
      [7, 'k8s.io/client-go', 'v0.23.0', 'k8s.io/client-go', 'v0.23.0', true],
      [12, 'sigs.k8s.io/yaml', 'v1.2.0', null, null, false],
      [14, 'k8s.io/api', null, 'k8s.io/api', 'v0.23.0', false],
      [15, 'k8s.io/client-go', null, 'k8s.io/client-go', 'v0.23.0', false],
    ]);
    const clientGo = records.modules[2];
    expect(clientGo?.pathSpan).toEqual(spanAt(7, 3, 16));
    expect(clientGo?.versionSpan).toEqual(spanAt(7, 20, 7));
    expect(clientGo?.replacement?.versionSpan).toEqual(spanAt(7, 48, 7));
    expect(records.modules[5]?.versionSpan).toBeNull();
    expect(records.modules[5]?.replacement?.versionSpan).toEqual(spanAt(15, 40, 7));
  });

  it('reads the pre-Go 1.14 form (no ## lines) with a pseudo-version replacement', () => {
    const records = extractVendorModulesTxt(fixtureText('modules-pre-go114.modules.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.modules[1]).toEqual({
      path: 'k8s.io/client-go',
      pathSpan: spanAt(3, 3, 16),
      version: 'v2.0.0-alpha.0.0.20181121191925-a47917edff34+incompatible',
      versionSpan: spanAt(3, 20, 57),
      replacement: {
        path: 'k8s.io/client-go',
        pathSpan: spanAt(3, 81, 16),
        version: 'v0.0.0-20190620085101-78d2af792bab',
        versionSpan: spanAt(3, 98, 34),
      },
      replacementIsDirectory: false,
      explicit: false,
      line: 3,
    });
  });

  it('reads directory replacements with CRLF endings', () => {
    const records = extractVendorModulesTxt(fixtureText('modules-replaced-by-directories-crlf.modules.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.modules.map((mod) => [mod.path, mod.version, mod.replacement?.path, mod.replacementIsDirectory, mod.explicit])).toEqual([
      ['k8s.io/client-go', 'v0.0.0', './staging/src/k8s.io/client-go', true, true],
      ['k8s.io/api', 'v0.0.0', '../api', true, true],
      ['k8s.io/apimachinery', null, 'C:\\work\\apimachinery', true, false],
      ['k8s.io/client-go', null, './staging/src/k8s.io/client-go', true, false],
    ]);
    expect(records.modules[0]?.replacement?.pathSpan).toEqual(spanAt(1, 30, 30));
  });

  it('skips bad lines with a reason and goes on', () => {
    const text = [
      'k8s.io/orphan/pkg',
      '## explicit',
      '# k8s.io/client-go',
      '# k8s.io/client-go latest',
      '# k8s.io/client-go v0.20.0 =>',
      '# k8s.io/client-go v0.20.0 => k8s.io/fork',
      '# k8s.io/client-go v0.20.0 => ./dir v1.0.0',
      '#k8s.io/client-go',
      '# k8s.io/client-go v0.20.0',
      'two words',
      'k8s.io/client-go/rest',
      '\u0000\u0000',
    ].join('\n');
    const records = extractVendorModulesTxt(text);
    expect(records.modules.map((mod) => [mod.line, mod.version])).toEqual([[9, 'v0.20.0']]);
    expect(records.skipped.map((skip) => skip.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 12]);
    expect(records.skipped.find((skip) => skip.line === 4)?.reason).toBe('"latest" is not a module version');
    expect(records.skipped.find((skip) => skip.line === 8)?.reason).toContain('space after "#"');
  });

  it('reads an empty file as nothing', () => {
    expect(extractVendorModulesTxt('')).toEqual({ modules: [], skipped: [] });
    expect(extractVendorModulesTxt('\r\n\r\n')).toEqual({ modules: [], skipped: [] });
  });
});
