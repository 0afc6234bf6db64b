import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pushEvent } from '../helpers/github-event-payloads.js';
import { gzipLayer } from '../helpers/image-layers.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage } from '../helpers/registry-push.js';
import { NODE_BINARIES, runAction, runActionWithEvent, runCliBundle } from '../helpers/run-bundle.js';
import { ACTION_COMMANDS, forgedRunnerCommands } from '../helpers/runner-commands.js';
import { framedModinfo, syntheticGoElf } from '../helpers/synthetic-go-elf.js';

/**
 * Names a pull request can give directories, files, symlink targets and replace paths (Linux and git
 * allow every byte but NUL and `/`), each written to open a workflow command in the runner's log: a line
 * break then `::name::`, the old `##[name]` syntax that needs no line break, `::` at the start of a
 * line, ANSI escapes, a line separator. Every message a forged command could carry starts with `forged`.
 */
const HOSTILE_NAMES = [
  'a\n::error::forged',
  'b\r::add-mask::forged',
  'c\r\n::stop-commands::forgedtoken',
  'd ##[error]forged',
  '::error::forged',
  'e\u001b[31m\u2028::warning::forged',
];

const HOSTILE_REASON = 'r\n::error::forged \u001b[31m ##[error]forged \r::add-mask::forged \u202Edesrever';

const OUTDATED_GO_MOD = (module: string): string => `module example.com/${module}\n\ngo 1.12\n\nrequire k8s.io/client-go v10.0.0+incompatible\n`;

/** YAML double-quoted: JSON's escapes are YAML's, and \u001b stays an escape. */
const yamlQuoted = (text: string): string => JSON.stringify(text);

/**
 * One repository with every kind of place: outdated go.mod files in hostile directories, dangling go.mod
 * symlinks whose targets are hostile, go.mod files replacing client-go by hostile local directories, and a
 * config file whose ignore reasons (one entry suppressing, one expired) are hostile.
 */
function hostileRepository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-hostile-log-'));
  HOSTILE_NAMES.forEach((name, index) => {
    mkdirSync(path.join(root, name), { recursive: true });
    writeFileSync(path.join(root, name, 'go.mod'), OUTDATED_GO_MOD(`hostile${index}`));
    mkdirSync(path.join(root, 'links', `l${index}`), { recursive: true });
    symlinkSync(path.join('missing', name), path.join(root, 'links', `l${index}`, 'go.mod'));
    const replacing = path.join(root, 'replaced', `r${index}`);
    mkdirSync(path.join(replacing, name), { recursive: true });
    // A Go quoted string: JSON's escapes (\n, \r, \u001b) are Go's too.
    writeFileSync(path.join(replacing, 'go.mod'), `module example.com/r${index}\n\ngo 1.16\n\nrequire k8s.io/client-go v0.20.0\n\nreplace k8s.io/client-go => ${JSON.stringify(`./${name}`)}\n`);
  });
  mkdirSync(path.join(root, 'suppressed'));
  writeFileSync(path.join(root, 'suppressed', 'go.mod'), OUTDATED_GO_MOD('suppressed'));
  mkdirSync(path.join(root, '.github'));
  writeFileSync(
    path.join(root, '.github', 'client-go-token-gate.yml'),
    [
      'fail-on: outdated',
      'ignore:',
      '  - path: "suppressed/**"',
      `    reason: ${yamlQuoted(HOSTILE_REASON)}`,
      '  - path: "retired/**"',
      `    reason: ${yamlQuoted(HOSTILE_REASON)}`,
      '    expires: 2020-01-01',
      '',
    ].join('\n'),
  );
  return root;
}

let root: string;
beforeAll(() => {
  root = hostileRepository();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(NODE_BINARIES)('hostile names reach no runner command, on %s', (_label, node) => {
  it('dist/index.js: every stdout and stderr line is plain text or one of the action’s own commands', () => {
    const run = runAction(node, root);
    expect(run.status).toBe(1);
    expect(forgedRunnerCommands(run.stdout, ACTION_COMMANDS)).toEqual([]);
    expect(forgedRunnerCommands(run.stderr)).toEqual([]);
    // The hostile text did reach the log, shown: the scan read every place.
    expect(run.stdout).toContain('diagnostic: links/l0/go.mod: dangling symlink (its target missing/a\\n::error::forged does not exist)');
    expect(run.stdout).toContain('#\\x23[error]forged');
    expect(run.stdout).toMatch(/^::warning title=Expired ignore entry.*reason was: r\\n::error::forged \\x1B\[31m ##\[error\]forged \\r::add-mask::forged \\u202Edesrever/m);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error title=')).length).toBeGreaterThanOrEqual(HOSTILE_NAMES.length);
  });

  it.each([['text'], ['markdown'], ['json'], ['sarif']])('dist/cli.js --format %s with GITHUB_ACTIONS=true: no line of stdout or stderr is a command', (format) => {
    const run = runCliBundle(node, ['scan', root, '--format', format], root, { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(forgedRunnerCommands(run.stdout)).toEqual([]);
    expect(forgedRunnerCommands(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('suppressed suppressed/go.mod:5 (outdated) by the ignore entry at .github/client-go-token-gate.yml:3: r\\n::error::forged \\x1B[31m #\\x23[error]forged \\r::add-mask::forged \\u202Edesrever');
    // eslint-disable-next-line no-control-regex -- no raw escape, line break or bidi control in any line
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    if (format === 'json') {
      // JSON on stdout keeps its value: the file names come back byte for byte.
      const files = (JSON.parse(run.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file);
      expect(files).toEqual(expect.arrayContaining(HOSTILE_NAMES.map((name) => `${name}/go.mod`)));
    }
  });

  it('dist/cli.js --color keeps its own colours and shows every other escape', () => {
    const run = runCliBundle(node, ['scan', root, '--color'], root, { GITHUB_ACTIONS: 'true' });
    expect(forgedRunnerCommands(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('\u001b[1m');
    // eslint-disable-next-line no-control-regex -- ESC only as the start of an SGR colour sequence
    expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

/** SYNTHETIC Go binaries (test/helpers/synthetic-go-elf.ts): one built with client-go v0.20.4, one outside module mode. */
const goBinary = (modinfo: string): Uint8Array => syntheticGoElf({ wordSize: 8, byteOrder: 'little', goVersion: 'go1.16.15', modinfo: framedModinfo(modinfo), withSectionHeaders: true });
const WITH_CLIENT_GO = ['path\texample.com/app', 'mod\texample.com/app\t(devel)\t', 'dep\tk8s.io/client-go\tv0.20.4\th1:c3ludGhldGljIGNsaWVudC1nbyBzdW0=', ''].join('\n');

(dockerRegistryAvailable() ? describe : describe.skip)('hostile file paths inside an image reach no runner command', () => {
  let registry: LocalRegistry;
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'cgtg-hostile-image-'));
  const PUSH = { name: 'push', payload: pushEvent({ before: '0'.repeat(40), after: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' }) };

  beforeAll(async () => {
    registry = await startLocalRegistry();
    const layer = gzipLayer(
      HOSTILE_NAMES.flatMap((name, index) => [
        { type: 'file' as const, path: `usr/local/bin/with-client-go-${index}${name}`, content: goBinary(WITH_CLIENT_GO), mode: 0o755 },
        { type: 'file' as const, path: `usr/local/bin/no-modules-${index}${name}`, content: goBinary(''), mode: 0o755 },
      ]),
    );
    await pushImage({ url: registry.url }, { repository: 'team/hostile', tag: 'v1', layers: [layer], platform: { os: 'linux', architecture: 'amd64' } });
    writeFileSync(path.join(workspace, 'README.md'), 'images only\n');
  }, 120_000);

  afterAll(async () => {
    await registry?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it.each(NODE_BINARIES)('dist/index.js on %s', async (_label, node) => {
    // The loopback registry must be allowed (a non-public address) and insecure-listed (plain http).
    const access = { 'allowed-registries': registry.host, 'insecure-registries': registry.host };
    const run = await runActionWithEvent(node, workspace, { images: `${registry.host}/team/hostile:v1`, ...access }, PUSH);
    expect(forgedRunnerCommands(run.stdout, ACTION_COMMANDS)).toEqual([]);
    expect(forgedRunnerCommands(run.stderr)).toEqual([]);
    // The paths were read: each binary is a finding (an annotation) or a diagnostic (a plain line, shown).
    const report = readFileSync(run.outputs['report-path'] ?? '', 'utf8');
    HOSTILE_NAMES.forEach((name, index) => expect(report).toContain(JSON.stringify(`/usr/local/bin/with-client-go-${index}${name}`).slice(1, -1)));
    expect(run.stdout).toContain('/usr/local/bin/no-modules-0a\\n::error::forged: Go binary without a module list');
  });
});
