import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_FILE_PATH } from '../../src/settings/config-file.js';
import { ACTION_CONFIG_PLACE, CLI_DEFAULT_CONFIG_PLACE, readConfigFile } from '../../src/settings/read-config-file.js';

const directories: string[] = [];

afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A scanned directory whose config file is a symlink to a file outside it. */
function rootWithConfigSymlinkedOut(): string {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'cgtg-outside-'));
  const root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-root-'));
  directories.push(outside, root);
  writeFileSync(path.join(outside, 'gate.yml'), 'policy: reload\n');
  mkdirSync(path.join(root, '.github'));
  symlinkSync(path.join(outside, 'gate.yml'), path.join(root, CONFIG_FILE_PATH));
  return root;
}

describe('readConfigFile', () => {
  it('the action names its config-file input and the workspace', () => {
    expect(() => readConfigFile(rootWithConfigSymlinkedOut(), CONFIG_FILE_PATH, ACTION_CONFIG_PLACE)).toThrow(
      /^config-file: "\.github\/client-go-token-gate\.yml" is not valid; expected a file inside the workspace, not a symlink out of it$/,
    );
  });

  it('the CLI, which looked for the file without a flag, names the flags that decide and the scanned directory', () => {
    expect(() => readConfigFile(rootWithConfigSymlinkedOut(), CONFIG_FILE_PATH, CLI_DEFAULT_CONFIG_PLACE)).toThrow(
      /^config file \(--config FILE picks another, --no-config none\): "\.github\/client-go-token-gate\.yml" is not valid; expected a file inside the scanned directory, not a symlink out of it$/,
    );
  });

  it('a missing file is no config', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-empty-'));
    directories.push(root);
    expect(readConfigFile(root, CONFIG_FILE_PATH, CLI_DEFAULT_CONFIG_PLACE)).toBeNull();
  });
});
