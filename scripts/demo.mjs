// `node scripts/demo.mjs [CLI options]`: unpacks examples/demo-repository.txtar into a temporary
// directory and runs the committed bundle on it. Needs nothing installed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { materializeTxtar } from './txtar.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repository = materializeTxtar(path.join(root, 'examples', 'demo-repository.txtar'));
const args = process.argv.slice(2);
console.log(`Scanning the example repository unpacked in ${repository}\n`);
const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'scan', repository, ...args], { stdio: 'inherit' });
rmSync(repository, { recursive: true, force: true });
process.exitCode = run.status ?? 2;
