import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readActionSettings, type ActionInputName } from '../../src/settings/action-settings.js';
import { parseCliArguments } from '../../src/settings/cli-settings.js';

const created: string[] = [];
afterAll(() => {
  for (const directory of created) rmSync(directory, { recursive: true, force: true });
});

/** A workspace with `app/` (real), `inner` → app, and `out` → a directory outside it. */
function workspaceWithLinks(): { workspace: string; outside: string } {
  const workspace = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cgtg-workspace-')));
  const outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cgtg-elsewhere-')));
  created.push(workspace, outside);
  mkdirSync(path.join(workspace, 'app'));
  symlinkSync('app', path.join(workspace, 'inner'));
  symlinkSync(outside, path.join(workspace, 'out'));
  return { workspace, outside };
}

const inputs = (values: Partial<Record<ActionInputName, string>>) => (name: ActionInputName) => values[name] ?? '';

describe('the scanned directory is checked on its real path', () => {
  it('path: a symlink out of the workspace is refused, quoting the value and where it leads', () => {
    const { workspace, outside } = workspaceWithLinks();
    expect(() => readActionSettings(inputs({ path: 'out' }), workspace)).toThrow(
      `path: "out" is not valid; expected a directory inside the workspace, not a symlink out of it (it resolves to ${outside})`,
    );
    expect(() => readActionSettings(inputs({ path: 'out/sub/..' }), workspace)).toThrow(/^path: "out\/sub\/\.\." is not valid/);
  });

  it('path: a symlink to a directory inside the workspace, a real directory, and a missing one pass', () => {
    const { workspace } = workspaceWithLinks();
    for (const value of ['inner', 'app', '.', 'missing']) expect(readActionSettings(inputs({ path: value }), workspace).scan.root).toBe(path.join(workspace, value));
  });

  it('DIR: a relative DIR inside the working directory that leads out of it is refused; one written outside is the user\'s choice', () => {
    const { workspace, outside } = workspaceWithLinks();
    expect(() => parseCliArguments(['scan', 'out'], workspace)).toThrow(
      `DIR: "out" is not valid; expected a directory inside the working directory, not a symlink out of it (it resolves to ${outside})`,
    );
    expect(parseCliArguments(['scan', 'inner'], workspace)).toMatchObject({ scan: { root: path.join(workspace, 'inner') } });
    expect(parseCliArguments(['scan', path.join(workspace, 'out')], workspace)).toMatchObject({ scan: { root: path.join(workspace, 'out') } });
    expect(parseCliArguments(['scan', '..'], path.join(workspace, 'app'))).toMatchObject({ scan: { root: workspace } });
  });
});
