// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. dist/ is committed:
// the runner executes it as is, and .ci/run fails when it differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const dist = path.join(root, 'dist');
const staging = path.join(root, 'build', 'ncc');

function bundle(entry, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', outDir, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
}

bundle('src/index.ts', path.join(staging, 'action'));
bundle('src/cli-bin.ts', path.join(staging, 'cli'));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const file of readdirSync(path.join(staging, 'action'))) {
  if (file !== 'package.json') copyFileSync(path.join(staging, 'action', file), path.join(dist, file));
}
copyFileSync(path.join(staging, 'cli', 'index.js'), path.join(dist, 'cli.js'));
chmodSync(path.join(dist, 'cli.js'), 0o755);
writeFileSync(path.join(dist, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
console.log(`built ${readdirSync(dist).join(', ')}`);
