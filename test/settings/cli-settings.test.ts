import { parseConfigFile } from '../../src/settings/config-file.js';
import { parseCliArguments } from '../../src/settings/cli-settings.js';

describe('parseCliArguments', () => {
  it('defaults to a text scan of the current directory under strict', () => {
    expect(parseCliArguments(['scan'], '/here')).toEqual({
      kind: 'scan',
      ignore: [],
      configFile: null,
      configFrom: 'head',
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
      ['scan', 'repo', '--format', 'json', '--policy', 'documented', '--minimum-version', 'v0.15.7', '--fail-on', 'unknown',
        '--include', 'a/**', '--include', 'b/**,c/**', '--exclude', 'vendor/**', '--fail-on-inferred', '--no-color',
        '--max-file-size', '1m', '--output', 'out.json', '--dockerfile', 'build/*.docker', '--dockerfile', 'images/**/Dockerfile-*',
        '--build-arg', 'CLIENT_GO_VERSION=v0.15.7', '--build-arg', 'EMPTY=', '--build-arg', 'URL=https://x/?a=b', '--kubectl-severity', 'error'],
      '/here',
    );
    expect(command).toEqual({
      kind: 'scan',
      ignore: [],
      configFile: null,
      configFrom: 'head',
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

  describe('flags named after the action inputs, with their first names as aliases', () => {
    const scanOf = (argv: string[]) => {
      const command = parseCliArguments(['scan', ...argv], '/here');
      if (command.kind !== 'scan') throw new Error('not a scan');
      return command.scan;
    };

    it.each([
      [['--minimum-version', 'v0.15.7']],
      [['--minimum', 'v0.15.7']],
      [['--minimum', 'v0.15.7', '--minimum-version', ' v0.15.7 ']],
    ])('%j sets the floor', (argv) => {
      expect(scanOf(argv).minimumVersion).toBe('v0.15.7');
    });

    it('reads --allowed-registries and --insecure-registries (aliases --allowed-registry, --insecure-registry), repeatable and comma-separated', () => {
      const images = scanOf(['--inspect-dockerfile-images', '--allowed-registries', 'registry.internal:5000,*.corp.example', '--allowed-registry', '127.0.0.1', '--insecure-registries', 'registry.internal:5000', '--insecure-registry', '127.0.0.1']).images;
      expect(images?.allowedRegistries).toEqual(['registry.internal:5000', '*.corp.example', '127.0.0.1']);
      expect(images?.insecureRegistries).toEqual(['registry.internal:5000', '127.0.0.1']);
    });

    it.each([
      [['--image-platform', 'linux/arm64']],
      [['--platform', 'linux/arm64']],
      [['--platform', 'linux/arm64', '--image-platform', 'linux/arm64']],
    ])('%j picks the image platform', (argv) => {
      expect(scanOf(['--image', 'ghcr.io/acme/app:v1', ...argv]).images?.platform).toBe('linux/arm64');
    });

    it.each([
      [['--minimum', 'v0.15.7', '--minimum-version', 'v0.18.0'], '--minimum-version: "v0.18.0" is not valid; expected the same value as its alias --minimum ("v0.15.7"), or only one of the two'],
      [['--image-platform', 'linux/amd64', '--platform', 'linux/arm64'], '--image-platform: "linux/amd64" is not valid; expected the same value as its alias --platform ("linux/arm64"), or only one of the two'],
    ])('%j, the alias and the name with different values, is a usage error quoting both', (argv, message) => {
      expect(() => parseCliArguments(['scan', ...argv], '/')).toThrow(message);
    });
  });

  describe('an error names the flag as it was typed, never the action input', () => {
    it.each([
      [['--platform', 'amd64'], /^--platform: "amd64" is not valid; expected os\/architecture/],
      [['--image-platform', 'amd64'], /^--image-platform: "amd64" is not valid/],
      [['--image', 'ghcr.io/acme/app:v1', '--image-timeout', 'soon'], /^--image-timeout: "soon" is not valid; expected a duration/],
      [['--image', 'Not A Reference'], /^--image: "Not A Reference" is not valid; expected an image reference/],
      [['--insecure-registry', 'registry.internal:5000/team'], /^--insecure-registry: "registry.internal:5000\/team" is not valid; expected a registry host\[:port\]/],
      [['--insecure-registries', 'registry.internal:5000/team'], /^--insecure-registries: "registry.internal:5000\/team" is not valid; expected a registry host\[:port\]/],
      [['--inspect-dockerfile-images', '--allowed-registries', 'a b'], /^--allowed-registries: "a b" is not valid; expected a registry host\[:port\]/],
      [['--minimum', 'v99.0.0'], /^--minimum: "v99.0.0" is not valid; expected a client-go or Kubernetes version/],
      [['--minimum-version', 'v99.0.0'], /^--minimum-version: "v99.0.0" is not valid/],
      [['--minimum', 'v1 || true'], /^--minimum: "v1 \|\| true" is not valid/],
    ])('%j', (argv, message) => {
      expect(() => parseCliArguments(['scan', ...argv], '/')).toThrow(message);
    });

    it('a bad minimum-version in the config file names the file and line', () => {
      const loader = () => ({ config: parseConfigFile('policy: strict\nminimum-version: v99.0.0\n', 'gate.yml'), file: 'gate.yml' });
      expect(() => parseCliArguments(['scan'], '/', new Map(), loader)).toThrow(/^gate\.yml:2: minimum-version: "v99.0.0" is not valid/);
    });
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
