import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_FILE_PATH } from '../../src/settings/config-file.js';
import { ACTION_CONFIG_PLACE, CLI_DEFAULT_CONFIG_PLACE, MAX_CONFIG_BYTES, readConfigFile, readExplicitConfigFile } from '../../src/settings/read-config-file.js';

const directories: string[] = [];

afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), prefix));
  directories.push(directory);
  return realpathSync(directory);
}

/** A scanned directory whose config file is a symlink to `target`. */
function rootWithConfigLinkedTo(target: string): string {
  const root = temporaryDirectory('cgtg-root-');
  mkdirSync(path.join(root, '.github'));
  symlinkSync(target, path.join(root, CONFIG_FILE_PATH));
  return root;
}

function outsideConfig(): string {
  const outside = temporaryDirectory('cgtg-outside-');
  writeFileSync(path.join(outside, 'gate.yml'), 'policy: reload\n');
  return path.join(outside, 'gate.yml');
}

function fifoAt(directory: string, name: string): string {
  const fifo = path.join(directory, name);
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

describe('readConfigFile', () => {
  it('the action names its config-file input and the workspace', () => {
    const target = outsideConfig();
    expect(() => readConfigFile(rootWithConfigLinkedTo(target), CONFIG_FILE_PATH, ACTION_CONFIG_PLACE)).toThrow(
      `config-file: ".github/client-go-token-gate.yml" is not valid; expected a regular file inside the workspace, not a symlink out of it (it resolves to ${target})`,
    );
  });

  it('the CLI, which looked for the file without a flag, names the flags that decide and the scanned directory', () => {
    expect(() => readConfigFile(rootWithConfigLinkedTo(outsideConfig()), CONFIG_FILE_PATH, CLI_DEFAULT_CONFIG_PLACE)).toThrow(
      /^config file \(--config FILE picks another, --no-config none\): "\.github\/client-go-token-gate\.yml" is not valid; expected a regular file inside the scanned directory, not a symlink out of it/,
    );
  });

  it('a config file symlinked to /etc/passwd or /dev/zero is refused, not read', () => {
    expect(() => readConfigFile(rootWithConfigLinkedTo('/etc/passwd'), CONFIG_FILE_PATH)).toThrow(/not a symlink out of it \(it resolves to \/etc\/passwd\)$/);
    expect(() => readConfigFile(rootWithConfigLinkedTo('/dev/zero'), CONFIG_FILE_PATH)).toThrow(/not a symlink out of it \(it resolves to \/dev\/zero\)$/);
  });

  it('a FIFO inside the root is refused at once instead of waiting for a writer', () => {
    const root = temporaryDirectory('cgtg-fifo-');
    mkdirSync(path.join(root, '.github'));
    fifoAt(root, CONFIG_FILE_PATH);
    expect(() => readConfigFile(root, CONFIG_FILE_PATH)).toThrow(
      'config-file: ".github/client-go-token-gate.yml" is not valid; expected a regular file inside the workspace (it is a FIFO, not a regular file; not read)',
    );
  });

  it('a file over the cap is refused with the cap', () => {
    const root = temporaryDirectory('cgtg-large-');
    mkdirSync(path.join(root, '.github'));
    writeFileSync(path.join(root, CONFIG_FILE_PATH), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(() => readConfigFile(root, CONFIG_FILE_PATH)).toThrow(`expected a regular file inside the workspace under ${MAX_CONFIG_BYTES} bytes`);
  });

  it('a symlink that stays inside the root is followed', () => {
    const root = temporaryDirectory('cgtg-inside-');
    mkdirSync(path.join(root, '.github'));
    writeFileSync(path.join(root, 'shared-gate.yml'), 'policy: reload\n');
    symlinkSync('../shared-gate.yml', path.join(root, CONFIG_FILE_PATH));
    expect(readConfigFile(root, CONFIG_FILE_PATH)).toMatchObject({ policy: 'reload' });
  });

  it('a missing file is no config', () => {
    expect(readConfigFile(temporaryDirectory('cgtg-empty-'), CONFIG_FILE_PATH, CLI_DEFAULT_CONFIG_PLACE)).toBeNull();
  });
});

describe('readExplicitConfigFile', () => {
  it('a --config file outside the scanned directory is read: the person running the CLI named it', () => {
    expect(readExplicitConfigFile(outsideConfig(), '--config')).toBe('policy: reload\n');
  });

  it('a --config that names a FIFO or a device is refused, quoting the path', () => {
    const fifo = fifoAt(temporaryDirectory('cgtg-fifo-'), 'gate.yml');
    expect(() => readExplicitConfigFile(fifo, '--config')).toThrow(`--config: ${JSON.stringify(fifo)} is not valid; expected a readable regular YAML file (it is a FIFO, not a regular file; not read)`);
    expect(() => readExplicitConfigFile('/dev/zero', '--config')).toThrow('--config: "/dev/zero" is not valid; expected a readable regular YAML file (it is a character device, not a regular file; not read)');
  });

  it('a missing --config file is an error, not an empty config', () => {
    expect(() => readExplicitConfigFile('/nonexistent/gate.yml', '--config')).toThrow('--config: "/nonexistent/gate.yml" is not valid; expected a readable regular YAML file (it does not exist)');
  });
});
