// The pre-modules part of `npm run bench -- --only hostile` (also `node scripts/bench-hostile-premodules.mjs
// [--case <text>]`): 16 MiB dep, glide, godep and govendor files and vendor/modules.txt in the shapes that
// used to cost seconds and gigabytes (one client-go entry repeated all the way, many unrelated entries, one
// long line, top-level keys), and a tree of 50,000 small go.mod files naming client-go. Generated into a
// temporary directory, scanned by `dist/cli.js scan --max-file-size 17m` one case at a time (runCase of
// bench-hostile.mjs), each checked against ≤ 5 s and < 300 MB; the tree of many files against its own time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatTo, runCase } from './bench-hostile.mjs';
import { printTable } from './bench-measure.mjs';

const MiB = 1024 * 1024;
const SIZE = 16 * MiB;
export const PREMODULES_TARGETS = { wallMs: 5_000, peakRssMb: 300 };
const CLIENT_GO = 'k8s.io/client-go';
const REV = '0123456789abcdef0123456789abcdef01234567';
const SMALL_FILE_COUNT = 50_000;

const one = (text) => () => text;

/** name, file (its directory is the scanned root), then either `make` (the file's text) or `write(root)`. */
export const PREMODULES_CASES = [
  { name: 'Gopkg.lock, client-go repeated', file: 'dep-repeated/Gopkg.lock', make: () => repeatTo(SIZE, '', one(`[[projects]]\n  name = "${CLIENT_GO}"\n  version = "v10.0.0"\n`)) },
  { name: 'Gopkg.lock, unrelated projects', file: 'dep-unrelated/Gopkg.lock', make: () => repeatTo(SIZE, `[[projects]]\n  name = "${CLIENT_GO}"\n  version = "v10.0.0"\n`, (i) => `[[projects]]\n  name = "example.com/m${i}"\n  packages = [\n    ".",\n    "pkg/x",\n  ]\n  revision = "${REV}"\n`) },
  { name: 'Gopkg.lock, one long packages list', file: 'dep-packages/Gopkg.lock', make: () => repeatTo(SIZE, `[[projects]]\n  name = "${CLIENT_GO}"\n  version = "v10.0.0"\n  packages = [`, (i) => `"pkg/p${i}", `, '"rest"]\n') },
  { name: 'Gopkg.toml, client-go repeated', file: 'dep-constraints/Gopkg.toml', make: () => repeatTo(SIZE, '', one(`[[constraint]]\n  name = "${CLIENT_GO}"\n  version = "^10.0.0"\n`)) },
  { name: 'Gopkg.toml, one long required list', file: 'dep-required/Gopkg.toml', make: () => repeatTo(SIZE, `[[constraint]]\n  name = "${CLIENT_GO}"\n  version = "^10.0.0"\n\n[prune]\n  required = [`, (i) => `"example.com/m${i}", `, '"x"]\n') },
  { name: 'glide.lock, client-go repeated', file: 'glide-repeated/glide.lock', make: () => repeatTo(SIZE, 'imports:\n', one(`- name: ${CLIENT_GO}\n  version: v10.0.0\n`)) },
  { name: 'glide.yaml, client-go repeated', file: 'glide-yaml-repeated/glide.yaml', make: () => repeatTo(SIZE, 'package: m\nimport:\n', one(`- package: ${CLIENT_GO}\n  version: ^10.0.0\n`)) },
  { name: 'glide.yaml, top-level keys', file: 'glide-keys/glide.yaml', make: () => repeatTo(SIZE, `package: m\nimport:\n- package: ${CLIENT_GO}\n  version: ^10.0.0\n`, (i) => `key${i}: value\n`) },
  { name: 'glide.yaml, one flow line', file: 'glide-flow/glide.yaml', make: () => repeatTo(SIZE, 'package: m\nimport: [', one(`{package: ${CLIENT_GO}, version: ^10.0.0}, `), '{package: x}]\n') },
  { name: 'Godeps.json, client-go repeated', file: 'godeps-repeated/Godeps/Godeps.json', make: () => repeatTo(SIZE, '{"ImportPath":"m","Deps":[', one(`{"ImportPath":"${CLIENT_GO}/rest","Comment":"v10.0.0","Rev":"${REV}"},`), `{"ImportPath":"${CLIENT_GO}/rest","Rev":"${REV}"}]}`) },
  { name: 'Godeps.json, unrelated packages', file: 'godeps-unrelated/Godeps/Godeps.json', make: () => repeatTo(SIZE, `{"ImportPath":"m","Deps":[{"ImportPath":"${CLIENT_GO}/rest","Rev":"${REV}"}`, (i) => `,\n{"ImportPath":"example.com/m${i}","Rev":"${REV}"}`, ']}') },
  { name: 'vendor.json, client-go repeated', file: 'govendor-repeated/vendor/vendor.json', make: () => repeatTo(SIZE, '{"package":[', one(`{"path":"${CLIENT_GO}/rest","revision":"${REV}","version":"v10.0.0"},`), `{"path":"${CLIENT_GO}/rest","revision":"${REV}"}]}`) },
  { name: 'vendor.json, one long string', file: 'govendor-string/vendor/vendor.json', make: () => `{"comment":"${'x'.repeat(SIZE)}","package":[{"path":"${CLIENT_GO}/rest","revision":"${REV}"}]}` },
  { name: 'vendor/modules.txt, client-go repeated', file: 'modtxt-repeated/vendor/modules.txt', make: () => repeatTo(SIZE, '', one(`# ${CLIENT_GO} v0.20.0\n## explicit\n${CLIENT_GO}/rest\n`)) },
  { name: 'vendor/modules.txt, unrelated modules', file: 'modtxt-unrelated/vendor/modules.txt', make: () => repeatTo(SIZE, `# ${CLIENT_GO} v0.20.0\n## explicit\n`, (i) => `# example.com/m${i} v1.0.0\nexample.com/m${i}/pkg\n`) },
  { name: 'go.sum, client-go repeated', file: 'gosum-repeated/go.sum', make: () => repeatTo(SIZE, '', one(`${CLIENT_GO} v0.20.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n`)) },
  {
    name: `${SMALL_FILE_COUNT.toLocaleString('en-US')} small go.mod files naming client-go`,
    file: 'many-go-mods/README',
    write: (root) => writeManyGoMods(root, true),
    /** Each file is a finding: the time goes into the walk, the reads and a report of 50,000 findings. */
    wallMs: 60_000,
    peakRssMb: 600,
  },
  {
    name: `${SMALL_FILE_COUNT.toLocaleString('en-US')} small go.mod files, none naming client-go`,
    file: 'many-other-go-mods/README',
    write: (root) => writeManyGoMods(root, false),
    wallMs: 30_000,
  },
];

/** The case's own directory: the first part of its file's path, the root it is scanned from. */
const caseRootOf = (hostile) => hostile.file.split('/')[0];

/** A go.mod at the root beside a modules.txt or go.sum, for the module they belong to. */
function writeCase(directory, hostile) {
  const root = path.join(directory, caseRootOf(hostile));
  const target = path.join(directory, hostile.file);
  mkdirSync(path.dirname(target), { recursive: true });
  if (hostile.write) return hostile.write(root);
  writeFileSync(target, hostile.make());
  if (/modules\.txt$|go\.sum$/.test(hostile.file)) writeFileSync(path.join(root, 'go.mod'), 'module m\n');
}

function writeManyGoMods(root, namingClientGo) {
  writeFileSync(path.join(root, 'README'), 'many modules\n');
  for (let i = 0; i < SMALL_FILE_COUNT; i += 1) {
    const directory = path.join(root, `d${Math.floor(i / 1000)}`, `m${i}`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, 'go.mod'), `module example.com/m${i}\n\ngo 1.19\n\nrequire ${namingClientGo ? CLIENT_GO : 'example.com/lib'} v0.${20 + (i % 10)}.0\n`);
  }
}

/** Generates the cases into a temporary directory, scans each once, prints the table; answers whether all met their targets. */
export function benchHostilePremodules({ node, cli, only = null }) {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-bench-premodules-'));
  const rows = [];
  let passed = true;
  try {
    for (const hostile of PREMODULES_CASES.filter((candidate) => only === null || candidate.name.toLowerCase().includes(only.toLowerCase()))) {
      writeCase(directory, hostile);
      // runCase scans the directory of `file`: the case's root, wherever in it the file sits.
      const row = runCase(node, cli, directory, { wallMs: PREMODULES_TARGETS.wallMs, ...hostile, file: `${caseRootOf(hostile)}/.`, args: ['--max-file-size', '17m'] });
      passed &&= row.ok;
      rows.push(row.cells);
      rmSync(path.join(directory, caseRootOf(hostile)), { recursive: true, force: true });
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  console.log('');
  printTable(rows, ['case', 'wall time', 'peak RSS', `≤ ${PREMODULES_TARGETS.wallMs / 1000} s (many files: 60 s and 600 MB / 30 s), < ${PREMODULES_TARGETS.peakRssMb} MB`, 'scan output']);
  return passed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const caseAt = process.argv.indexOf('--case');
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
  const passed = benchHostilePremodules({ node: process.execPath, cli, only: caseAt === -1 ? null : (process.argv[caseAt + 1] ?? '') });
  process.exit(passed ? 0 : 1);
}
