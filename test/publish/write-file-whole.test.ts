import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { actionWorkDirectory } from '../../src/publish/action-work-directory.js';
import { writeFileWhole } from '../../src/publish/write-file-whole.js';
import { REPO_ROOT } from '../helpers/repo-root.js';

const created: string[] = [];
afterAll(() => {
  for (const directory of created) rmSync(directory, { recursive: true, force: true });
});

function tempDirectory(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-write-'));
  created.push(directory);
  return directory;
}

/**
 * The writer as plain ESM, run by `bash -c 'ulimit -f 1; node …'`: past 1 KiB every write fails with EFBIG
 * (Node ignores SIGXFSZ), as a full disk fails with ENOSPC, without mocking fs or mounting anything.
 */
function writeUnderFileSizeLimit(file: string, text: string): { status: number | null; stdout: string } {
  const directory = tempDirectory();
  const source = readFileSync(path.join(REPO_ROOT, 'src', 'publish', 'write-file-whole.ts'), 'utf8');
  const output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  writeFileSync(path.join(directory, 'write-file-whole.mjs'), output.outputText);
  writeFileSync(
    path.join(directory, 'run.mjs'),
    "import { writeFileWhole } from './write-file-whole.mjs';\n" +
      'try { await writeFileWhole(process.argv[2], process.argv[3]); console.log("written"); } catch (error) { console.log(error.code); }\n',
  );
  const child = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, path.join(directory, 'run.mjs'), file, text], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout.trim() };
}

describe('writeFileWhole', () => {
  it('writes a new file and replaces an old one, leaving nothing beside it', async () => {
    const directory = tempDirectory();
    const file = path.join(directory, 'report.json');
    await writeFileWhole(file, 'first');
    await writeFileWhole(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(directory)).toEqual(['report.json']);
  });

  (process.platform === 'win32' ? it.skip : it)('a write that fails part way (EFBIG past ulimit -f) leaves the old file as it was and no partial file', () => {
    const directory = tempDirectory();
    const file = path.join(directory, 'results.sarif');
    writeFileSync(file, 'previous run');
    expect(writeUnderFileSizeLimit(file, 'x'.repeat(64 * 1024))).toEqual({ status: 0, stdout: 'EFBIG' });
    expect(readFileSync(file, 'utf8')).toBe('previous run');
    expect(readdirSync(directory)).toEqual(['results.sarif']);
    const fresh = path.join(directory, 'report.json');
    expect(writeUnderFileSizeLimit(fresh, 'x'.repeat(64 * 1024))).toEqual({ status: 0, stdout: 'EFBIG' });
    expect(readdirSync(directory)).toEqual(['results.sarif']);
  });

  (process.platform === 'linux' ? it : it.skip)('writes a device directly instead of renaming over it: /dev/full fails with ENOSPC', async () => {
    await expect(writeFileWhole('/dev/full', 'report')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('actionWorkDirectory', () => {
  it('is RUNNER_TEMP when set', async () => {
    expect(await actionWorkDirectory({ RUNNER_TEMP: '/runner/temp' })).toBe('/runner/temp');
  });

  it('without RUNNER_TEMP is a fresh private directory under the system temp directory, never a fixed path', async () => {
    const first = await actionWorkDirectory({});
    const second = await actionWorkDirectory({ RUNNER_TEMP: '' });
    created.push(first, second);
    expect(first).not.toBe(second);
    for (const directory of [first, second]) {
      expect(path.dirname(directory)).toBe(os.tmpdir());
      expect(path.basename(directory)).toMatch(/^client-go-token-gate-.{6}$/);
      if (process.platform !== 'win32') expect(statSync(directory).mode & 0o777).toBe(0o700);
    }
  });
});
