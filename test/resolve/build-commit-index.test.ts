import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// Needs a kubernetes/client-go clone; set CLIENT_GO_GIT_DIR to its .git directory to run it.
const gitDir = process.env['CLIENT_GO_GIT_DIR'];

(gitDir ? describe : describe.skip)('scripts/build-commit-index.mjs', () => {
  it('regenerates the committed index byte for byte', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'client-go-index-'));
    try {
      const out = path.join(outDir, 'client-go-index.data.ts');
      const run = spawnSync(process.execPath, ['scripts/build-commit-index.mjs', '--git-dir', gitDir!, '--out', out], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const committed = readFileSync(path.join(repoRoot, 'src/resolve/client-go-index.data.ts'), 'utf8');
      expect(readFileSync(out, 'utf8') === committed).toBe(true);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
