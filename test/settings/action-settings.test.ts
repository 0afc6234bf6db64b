import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseConfigFile } from '../../src/settings/config-file.js';
import { ACTION_OUTPUT_NAMES } from '../../src/publish/action-outputs.js';
import { ACTION_INPUT_NAMES, checkNameFor, DEFAULT_CHECK_NAME, readActionSettings, type ActionInputName } from '../../src/settings/action-settings.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { parseBaseRef } from '../../src/settings/git-revision-name.js';

interface ActionDefinition {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionDefinition;
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

function inputsFromYaml(overrides: Partial<Record<ActionInputName, string>> = {}): (name: ActionInputName) => string {
  return (name) => overrides[name] ?? action.inputs[name]?.default ?? '';
}

describe('action.yml and the settings reader stay in step', () => {
  it('reads every input action.yml declares, and no other', () => {
    expect([...ACTION_INPUT_NAMES].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('sets every output action.yml declares, and no other', () => {
    expect([...ACTION_OUTPUT_NAMES].sort()).toEqual(Object.keys(action.outputs).sort());
    for (const [name, output] of Object.entries(action.outputs)) expect({ name, described: output.description.length > 5 }).toEqual({ name, described: true });
  });

  it('every input has a description and a default', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect({ name, described: input.description.length > 10 }).toEqual({ name, described: true });
      expect({ name, hasDefault: input.default !== undefined }).toEqual({ name, hasDefault: true });
    }
  });

  it('the README documents every input and output', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect({ name, documented: readme.includes(`\`${name}\``) }).toEqual({ name, documented: true });
    }
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('reading each input is observable: the defaults give the documented settings', () => {
    const asked: string[] = [];
    const settings = readActionSettings((name) => {
      asked.push(name);
      return inputsFromYaml()(name);
    }, '/work/space');
    expect(asked.sort()).toEqual([...ACTION_INPUT_NAMES].sort());
    expect(settings).toEqual({
      scan: {
        root: '/work/space',
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
      annotations: true,
      jobSummary: true,
      failOnScope: null,
      ignore: [],
      githubToken: '${{ github.token }}',
      checkName: 'client-go token gate',
      comment: 'on-failure',
      configFile: '.github/client-go-token-gate.yml',
      configFrom: null,
      baseRef: null,
      failOnEmpty: false,
    });
  });
});

describe('inputs over the config file over the defaults', () => {
  const config = parseConfigFile(
    ['policy: documented', 'minimum-version: v0.18.0', 'fail-on: unknown', 'fail-on-scope: all', 'include: [services/**]', 'exclude: [legacy/**]',
      'ignore:', '  - path: legacy/**', '    reason: retired in Q1'].join('\n'),
  );

  it('the config file fills what the inputs leave empty', () => {
    const settings = readActionSettings(inputsFromYaml(), '/ws', config);
    expect(settings.scan).toMatchObject({ policy: 'documented', minimumVersion: 'v0.18.0', failOn: 'unknown', include: ['services/**'], exclude: ['legacy/**'] });
    expect(settings.failOnScope).toBe('all');
    expect(settings.ignore).toEqual([expect.objectContaining({ path: 'legacy/**', reason: 'retired in Q1' })]);
  });

  it('an input that is set wins', () => {
    const settings = readActionSettings(inputsFromYaml({ policy: 'reload', 'fail-on-scope': 'new', include: 'a/**' }), '/ws', config);
    expect(settings.scan).toMatchObject({ policy: 'reload', include: ['a/**'], failOn: 'unknown' });
    expect(settings.failOnScope).toBe('new');
  });

  it('a bad comment or fail-on-scope input quotes the value and the expected form', () => {
    expect(() => readActionSettings(inputsFromYaml({ comment: 'sometimes' }), '/ws')).toThrow('comment: "sometimes" is not valid; expected on-failure, always, never');
    expect(() => readActionSettings(inputsFromYaml({ 'fail-on-scope': 'changed' }), '/ws')).toThrow('fail-on-scope: "changed" is not valid; expected new or all');
  });
});

describe('readActionSettings', () => {
  it('reads the Dockerfile inputs: build args one per line, globs, kubectl severity', () => {
    const settings = readActionSettings(
      inputsFromYaml({
        'docker-build-args': 'CLIENT_GO_VERSION=v10.0.0\r\n# a comment\n\n  KUBECTL_VERSION = v1.13.6 \nCLIENT_GO_VERSION=v0.15.7\nEQUALS=a=b',
        dockerfiles: 'build/*.docker\nimages/**/Dockerfile-*',
        'kubectl-severity': 'Error',
      }),
      '/ws',
    );
    expect(settings.scan.dockerBuildArgs).toEqual(
      new Map([
        ['CLIENT_GO_VERSION', 'v0.15.7'],
        ['KUBECTL_VERSION', 'v1.13.6'],
        ['EQUALS', 'a=b'],
      ]),
    );
    expect(settings.scan.dockerfiles).toEqual(['build/*.docker', 'images/**/Dockerfile-*']);
    expect(settings.scan.kubectlSeverity).toBe('error');
  });

  it('reads the binaries globs, one per line or comma-separated', () => {
    const settings = readActionSettings(inputsFromYaml({ binaries: 'bin/**\n# built by make\nout/app, ./dist/tool' }), '/ws');
    expect(settings.scan.binaries).toEqual(['bin/**', 'out/app', 'dist/tool']);
  });

  it('reads allowed-registries and insecure-registries, one per line or comma-separated; none by default', () => {
    const settings = readActionSettings(inputsFromYaml({ 'inspect-dockerfile-images': 'true', 'allowed-registries': 'registry.internal:5000\n# office\n*.corp.example, [::1]:5000', 'insecure-registries': 'registry.internal:5000' }), '/ws');
    expect(settings.scan.images).toMatchObject({ allowedRegistries: ['registry.internal:5000', '*.corp.example', '[::1]:5000'], insecureRegistries: ['registry.internal:5000'] });
    const defaults = readActionSettings(inputsFromYaml({ 'inspect-dockerfile-images': 'true' }), '/ws');
    expect(defaults.scan.images).toMatchObject({ allowedRegistries: [], insecureRegistries: [] });
  });

  it('parses lists, sizes and booleans', () => {
    const settings = readActionSettings(
      inputsFromYaml({
        path: 'services',
        policy: 'Reload',
        include: 'services/**\n# comment\n, ./tools/*',
        exclude: 'a/**,b/**',
        'max-file-size': '2k',
        'fail-on-inferred': 'yes',
        annotations: 'false',
      }),
      '/ws',
    );
    expect(settings.scan).toMatchObject({
      root: '/ws/services',
      policy: 'reload',
      include: ['services/**', 'tools/*'],
      exclude: ['a/**', 'b/**'],
      maxFileBytes: 2048,
      failOnInferred: true,
    });
    expect(settings.annotations).toBe(false);
  });

  it.each([
    ['policy', 'lenient', /policy: "lenient" is not valid; expected one of strict, documented, reload/],
    ['fail-on', 'always', /fail-on: "always" is not valid; expected one of outdated, unknown, never/],
    ['annotations', 'maybe', /annotations: "maybe" is not valid; expected true or false/],
    ['max-file-size', '-3', /max-file-size: "-3" is not valid/],
    ['minimum-version', 'v1 || rm -rf', /minimum-version: "v1 \|\| rm -rf" is not valid/],
    ['minimum-version', 'v99.0.0', /^minimum-version: "v99.0.0" is not valid; expected a client-go or Kubernetes version/],
    ['image-platform', 'amd64', /^image-platform: "amd64" is not valid; expected os\/architecture/],
    ['images', 'Not A Reference', /^images: "Not A Reference" is not valid; expected an image reference/],
    ['insecure-registries', 'registry.internal/team', /^insecure-registries: "registry.internal\/team" is not valid; expected a registry host/],
    ['allowed-registries', 'registry.internal:5000\nhttps://x/team', /^allowed-registries: "https:\/\/x\/team" is not valid; expected a registry host\[:port\] such as registry.internal:5000 or \*.corp.example/],
    ['path', '../outside', /path: "..\/outside" is not valid; expected a directory inside the workspace/],
    ['kubectl-severity', 'fatal', /kubectl-severity: "fatal" is not valid; expected one of warning, error/],
    ['docker-build-args', 'A=1\nJUST_A_NAME', /docker-build-args: "JUST_A_NAME" is not valid; expected NAME=value lines/],
  ] as const)('rejects %s=%j quoting the value and the expected form', (name, value, message) => {
    expect(() => readActionSettings(inputsFromYaml({ [name]: value }), '/ws')).toThrow(message);
  });
});

describe('checkNameFor and the new inputs', () => {
  it('appends the scanned directory to the default check name only', () => {
    expect(checkNameFor(DEFAULT_CHECK_NAME, '')).toBe(DEFAULT_CHECK_NAME);
    expect(checkNameFor(DEFAULT_CHECK_NAME, 'services/api')).toBe('client-go token gate (services/api)');
    expect(checkNameFor('my gate', 'services/api')).toBe('my gate');
    expect(checkNameFor('', 'services/api')).toBe('');
  });

  it('base-ref refuses what git would read as an option, quoting it', () => {
    expect(parseBaseRef('base-ref', ' main ')).toBe('main');
    expect(parseBaseRef('base-ref', '')).toBeNull();
    expect(() => parseBaseRef('base-ref', '--upload-pack=evil')).toThrow(/base-ref: "--upload-pack=evil" is not valid; expected a branch, tag or commit/);
  });
});
