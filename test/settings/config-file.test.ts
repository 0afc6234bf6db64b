import { parseConfigFile } from '../../src/settings/config-file.js';

describe('parseConfigFile', () => {
  it('reads every key', () => {
    const config = parseConfigFile(
      [
        'policy: reload',
        'minimum-version: v0.15.7',
        'include: [services/**]',
        'exclude:',
        '  - tools/**',
        'fail-on: unknown',
        'fail-on-scope: all',
        'ignore:',
        '  - path: legacy/**',
        '    version: v10.0.0+incompatible',
        '    reason: retired with the old billing stack',
        '    expires: 2027-03-31',
        '  - path: tools/go.mod',
        '    reason: "build tool, never deployed"',
      ].join('\n'),
    );
    expect(config).toEqual({
      policy: 'reload',
      minimumVersion: 'v0.15.7',
      include: ['services/**'],
      exclude: ['tools/**'],
      failOn: 'unknown',
      failOnScope: 'all',
      ignore: [
        { path: 'legacy/**', version: 'v10.0.0+incompatible', reason: 'retired with the old billing stack', expires: '2027-03-31', line: 9 },
        { path: 'tools/go.mod', version: null, reason: 'build tool, never deployed', expires: null, line: 13 },
      ],
    });
  });

  it('an empty file sets nothing', () => {
    expect(parseConfigFile('')).toEqual({ ignore: [] });
    expect(parseConfigFile('# only a comment\n')).toEqual({ ignore: [] });
  });

  it.each([
    ['ignore:\n  - path: legacy/**\n', /:2: ignore reason: "" is not valid; expected a sentence saying why "legacy\/\*\*" is ignored \(reason is required\)/],
    ['policy: lenient\n', /:1: policy: "lenient" is not valid; expected one of strict, documented, reload/],
    ['fail-on-scope: some\n', /fail-on-scope: "some" is not valid; expected new or all/],
    ['ignore:\n  - path: a\n    reason: b\n    expires: next year\n', /:4: ignore expires: "next year" is not valid; expected a date YYYY-MM-DD/],
    ['ignore:\n  - path: a\n    reason: b\n    expires: 2027-02-30\n', /"2027-02-30" is not valid; expected a date YYYY-MM-DD/],
    ['polcy: strict\n', /:1: "polcy" is not valid; expected one of the keys policy, minimum-version/],
    ['policy: [strict\n', /is not valid; expected valid YAML/],
    ['- a\n- b\n', /expected a mapping with keys/],
  ])('rejects %j quoting the value and the expected form', (text, message) => {
    expect(() => parseConfigFile(text)).toThrow(message);
  });
});
