import { parseCliArguments } from '../../src/settings/cli-settings.js';

describe('parseCliArguments', () => {
  it('defaults to a text scan of the current directory under strict', () => {
    expect(parseCliArguments(['scan'], '/here')).toEqual({
      kind: 'scan',
      ignore: [],
      configFile: null,
      baseRef: null,
      failOnEmpty: false,
      format: 'text',
      color: null,
      output: null,
      scan: {
        root: '/here',
        policy: 'strict',
        minimumVersion: null,
        failOn: 'outdated',
        failOnInferred: false,
        include: [],
        exclude: [],
        maxFileBytes: 16 * 1024 * 1024,
        dockerfiles: [],
        dockerBuildArgs: new Map(),
        kubectlSeverity: 'warning',
        binaries: [],
      },
    });
  });

  it('reads every option', () => {
    const command = parseCliArguments(
      ['scan', 'repo', '--format', 'json', '--policy', 'documented', '--minimum', 'v0.15.7', '--fail-on', 'unknown',
        '--include', 'a/**', '--include', 'b/**,c/**', '--exclude', 'vendor/**', '--fail-on-inferred', '--no-color',
        '--max-file-size', '1m', '--output', 'out.json', '--dockerfile', 'build/*.docker', '--dockerfile', 'images/**/Dockerfile-*',
        '--build-arg', 'CLIENT_GO_VERSION=v0.15.7', '--build-arg', 'EMPTY=', '--build-arg', 'URL=https://x/?a=b', '--kubectl-severity', 'error'],
      '/here',
    );
    expect(command).toEqual({
      kind: 'scan',
      ignore: [],
      configFile: null,
      baseRef: null,
      failOnEmpty: false,
      format: 'json',
      color: false,
      output: 'out.json',
      scan: {
        root: '/here/repo',
        policy: 'documented',
        minimumVersion: 'v0.15.7',
        failOn: 'unknown',
        failOnInferred: true,
        include: ['a/**', 'b/**', 'c/**'],
        exclude: ['vendor/**'],
        maxFileBytes: 1024 * 1024,
        dockerfiles: ['build/*.docker', 'images/**/Dockerfile-*'],
        dockerBuildArgs: new Map([
          ['CLIENT_GO_VERSION', 'v0.15.7'],
          ['EMPTY', ''],
          ['URL', 'https://x/?a=b'],
        ]),
        kubectlSeverity: 'error',
        binaries: [],
      },
    });
  });

  it('takes --binary globs, repeatable and comma-separated', () => {
    const command = parseCliArguments(['scan', '--binary', 'bin/**', '--binary', 'out/app,/abs/tool'], '/here');
    expect(command.kind === 'scan' && command.scan.binaries).toEqual(['bin/**', 'out/app', '/abs/tool']);
  });

  it('recognises help and version', () => {
    expect(parseCliArguments(['--help'], '/')).toEqual({ kind: 'help' });
    expect(parseCliArguments(['-h'], '/')).toEqual({ kind: 'help' });
    expect(parseCliArguments(['--version'], '/')).toEqual({ kind: 'version' });
  });

  it.each([
    [['lint'], /command: "lint" is not valid; expected "scan"/],
    [[], /command: "" is not valid/],
    [['scan', '--format', 'xml'], /--format: "xml" is not valid; expected one of text, json, sarif, markdown/],
    [['scan', '--policy', 'loose'], /--policy: "loose" is not valid/],
    [['scan', 'a', 'b'], /DIR: "b" is not valid/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', '--kubectl-severity', 'fatal'], /--kubectl-severity: "fatal" is not valid; expected one of warning, error/],
    [['scan', '--build-arg', 'NO_VALUE'], /--build-arg: "NO_VALUE" is not valid; expected NAME=value/],
    [['scan', '--build-arg', '1BAD=x'], /--build-arg: "1BAD=x" is not valid/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArguments(argv, '/')).toThrow(message);
  });
});
