// Times the CLI (dist/cli.js) on hostile go.mod files of the shapes that used to be slow or large:
// one huge comment, many short lines Go refuses, many requirements, a long quoted string, one very long
// line of tokens, many Kubernetes and client-go requirements (records kept, findings capped), a go.work of many uses. Prints seconds and peak RSS (from /usr/bin/time) per shape.
//   node scripts/bench-hostile-gomod.mjs [megabytes=16]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const megabytes = Number(process.argv[2] ?? 16);
const size = megabytes * 1024 * 1024;

function repeatTo(unit, head = 'module example.com/hostile\n\nrequire k8s.io/client-go v0.20.0\n') {
  return head + unit.repeat(Math.ceil((size - head.length) / unit.length));
}

const SHAPES = {
  'comment padding': () => repeatTo('// padding \u0001 to push the real directives past the cap\n'),
  'one comment line': () => `module m\nrequire k8s.io/client-go v0.20.0 //${'x'.repeat(size)}\n`,
  'refused lines': () => repeatTo('x\u0001\n'),
  'requirements': () => repeatTo('require a v1\n'),
  'k8s requirements': () => repeatTo('require k8s.io/api v1\n'),
  'client-go requires': () => repeatTo('require k8s.io/client-go v0.20.0\n'),
  'one long line': () => `module m\nrequire ${'a '.repeat(size / 2)}\n`,
  'long quoted string': () => `module m\nrequire "${'\\x41'.repeat(size / 4)}" v1.0.0\n`,
  'unterminated block': () => repeatTo('\t(\n', 'module m\nrequire (\n'),
  'go.work use lines': () => repeatTo('use ./m\n', 'go 1.22\nreplace k8s.io/client-go => ./m\n'),
};

/** Shapes named `go.work …` are written as a go.work; the rest as a go.mod. */
const fileNameOf = (shape) => (shape.startsWith('go.work') ? 'go.work' : 'go.mod');

const root = mkdtempSync(path.join(os.tmpdir(), 'bench-hostile-gomod-'));
try {
  console.log(`go.mod shapes of ${megabytes} MiB, CLI with --max-file-size ${megabytes + 1}m (node ${process.version})`);
  for (const [name, make] of Object.entries(SHAPES)) {
    const directory = path.join(root, name.replace(/\W+/g, '-'));
    mkdirSync(directory);
    writeFileSync(path.join(directory, fileNameOf(name)), make());
    const started = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(REPO_ROOT, 'dist', 'cli.js'), 'scan', directory, '--max-file-size', `${megabytes + 1}m`, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakKb = Number(run.stderr.trim().split('\n').at(-1));
    console.log(`${name.padEnd(20)} ${seconds.toFixed(2).padStart(6)} s  ${(peakKb / 1024).toFixed(0).padStart(5)} MiB  exit ${run.status}`);
    rmSync(directory, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
