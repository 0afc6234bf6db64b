import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { DiscoveryResult } from '../../src/discover/candidate-file.js';
import { discoverFiles } from '../../src/discover/walk-tree.js';
import { link, makeTree, MODULE, removeTempTrees, tempDirectory } from './temp-tree.js';

/*
 * Permission bits do not stop root, and CI runs as root. There the walk runs in a child process that drops
 * to nobody (uid/gid 65534): the discover sources are transpiled with TypeScript into a temp directory the
 * child can read, picomatch beside them, and the child prints the DiscoveryResult as JSON. As a normal user
 * the walk runs in-process. The test is skipped only when running as root without the right to switch user
 * (a container without CAP_SETUID), or on Windows, where mode bits do not deny reads.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOBODY = 65534;

const isRoot = process.getuid?.() === 0;
const canDropPrivileges =
  isRoot && spawnSync(process.execPath, ['-e', `process.exit(process.getuid() === ${NOBODY} ? 0 : 3)`], { uid: NOBODY, gid: NOBODY, cwd: os.tmpdir() }).status === 0;
const runnable = process.platform !== 'win32' && (!isRoot || canDropPrivileges);

afterEach(removeTempTrees);

/** A tree where `locked` cannot be listed or entered and `gate` can be entered but not listed. */
function lockedTree(): { root: string; unlock: () => void } {
  const root = makeTree({
    'go.mod': MODULE('root'),
    'open/go.mod': MODULE('open'),
    'locked/go.mod': MODULE('locked'),
    'locked/sub/go.mod': MODULE('sub'),
    'gate/inner/go.mod': MODULE('inner'),
  });
  // Reachable only through the link: the walk cannot list `gate`, so `gate/inner` is never visited directly.
  link(root, 'alias', 'gate/inner');
  // Resolving this link needs to enter `locked`, which is denied.
  link(root, 'peek', 'locked/sub');
  chmodSync(root, 0o755);
  chmodSync(path.join(root, 'locked'), 0o000);
  chmodSync(path.join(root, 'gate'), 0o711);
  return {
    root,
    unlock: () => {
      chmodSync(path.join(root, 'locked'), 0o755);
      chmodSync(path.join(root, 'gate'), 0o755);
    },
  };
}

/** The discover sources as plain ESM, runnable by a node process that cannot read the repository. */
function buildChildModule(): string {
  const directory = tempDirectory('cgtg-discover-child-');
  // discover imports the shared model, so both folders keep their places beside each other.
  for (const folder of ['discover', 'model']) {
    const sources = path.join(REPO_ROOT, 'src', folder);
    mkdirSync(path.join(directory, folder));
    for (const file of readdirSync(sources).filter((name) => name.endsWith('.ts'))) {
      const output = ts.transpileModule(readFileSync(path.join(sources, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(path.join(directory, folder, file.replace(/\.ts$/, '.js')), output.outputText);
    }
  }
  cpSync(path.join(REPO_ROOT, 'node_modules', 'picomatch'), path.join(directory, 'node_modules', 'picomatch'), { recursive: true });
  writeFileSync(path.join(directory, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    path.join(directory, 'run.js'),
    [
      "import { discoverFiles } from './discover/walk-tree.js';",
      'const result = await discoverFiles({ root: process.argv[2], include: [], exclude: [] });',
      'process.stdout.write(JSON.stringify(result));',
    ].join('\n'),
  );
  spawnSync('chmod', ['-R', 'a+rX', directory]);
  return directory;
}

async function discoverAsUnprivileged(root: string): Promise<DiscoveryResult> {
  if (!isRoot) return discoverFiles({ root, include: [], exclude: [] });
  const moduleDirectory = buildChildModule();
  const child = spawnSync(process.execPath, [path.join(moduleDirectory, 'run.js'), root], {
    uid: NOBODY,
    gid: NOBODY,
    cwd: moduleDirectory,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  if (child.status !== 0) throw new Error(`child walk failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as DiscoveryResult;
}

(runnable ? it : it.skip)('reports a directory it may not read and goes on with the rest of the walk', async () => {
  const { root, unlock } = lockedTree();
  try {
    const result = await discoverAsUnprivileged(root);
    expect(result.files.map((file) => [file.path, file.absolutePath])).toEqual([
      ['alias/go.mod', path.join(root, 'alias', 'go.mod')],
      ['go.mod', path.join(root, 'go.mod')],
      ['open/go.mod', path.join(root, 'open', 'go.mod')],
    ]);
    expect(result.diagnostics).toEqual([
      { file: 'gate', line: null, message: 'directory cannot be read (EACCES); its contents were not scanned' },
      { file: 'locked', line: null, message: 'directory cannot be read (EACCES); its contents were not scanned' },
      { file: 'peek', line: null, message: 'symlink cannot be resolved (EACCES); not followed' },
    ]);
  } finally {
    unlock();
  }
});
