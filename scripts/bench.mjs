// npm run bench [-- --check] [-- --node <path>] [-- --runs <n>] [-- --regenerate] [-- --only walk|image|hostile]
//                [-- --case <text>]
//
// Three parts; --only runs one of them.
// walk: measures the scan on a synthetic 100,000-file monorepo against a floor: a plain walk that lists the
//   same tree and reads the same kind of files, with nothing else. Also times the action's start-up on an
//   empty workspace. --runs defaults to 5.
// image: `dist/cli.js scan --image` of a ~200 MB, 50-layer image and of a ~5 MB, 5-layer one of the same
//   shape, pushed to a local Debian docker-registry (/usr/bin/docker-registry) started on 127.0.0.1 for the
//   bench and stopped after (scripts/bench-image.mjs). Target: peak RSS independent of image size. Every run
//   pulls the image again (the CLI keeps no cache), so --runs defaults to 3 here.
// hostile: `dist/cli.js scan` of inputs built to be slow or big (Dockerfiles of 12 MB and 16 MiB in every
//   shape, an ELF with thousands of overlapping segments, Gopkg.toml ranges, a 60 MB go.mod, an image slower
//   to read than its --image-timeout 10s), one run each (scripts/bench-hostile.mjs). Target: each within 10 s
//   (the image within its timeout + 2 s) and under 300 MB. Then 16 MiB dep, glide, godep, govendor files and
//   vendor/modules.txt of every shape, and trees of 50,000 small go.mod files (scripts/bench-hostile-premodules.mjs):
//   each within 5 s and under 300 MB. --case runs the cases whose name contains the text.
// Figures are for humans, so the exit status is 0 unless --check is given and a target fails.
//
// The tree is generated once under .bench/ (gitignored) and reused until GENERATOR_VERSION changes.
// Peak RSS comes from a preload that prints process.resourceUsage().maxRSS on exit (scripts/bench-measure.mjs).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchHostile } from './bench-hostile.mjs';
import { benchHostilePremodules } from './bench-hostile-premodules.mjs';
import { benchImages } from './bench-image.mjs';
import { formatMb, formatMs, median, nodeVersion, printTable, rssPreloadArgument, runFailure, summarize, timedRun, verdict } from './bench-measure.mjs';

/** Bump when the generated tree changes shape, so cached trees are rebuilt. */
const GENERATOR_VERSION = 2;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(REPO_ROOT, '.bench');
const TREE_DIR = path.join(BENCH_DIR, 'monorepo');
const MANIFEST_PATH = path.join(BENCH_DIR, 'monorepo.json');
const CLI_PATH = path.join(REPO_ROOT, 'dist', 'cli.js');
const ACTION_PATH = path.join(REPO_ROOT, 'dist', 'index.js');

const TARGETS = { scanOverFloor: 2, peakRssMb: 150, startupMs: 300 };
const STARTUP_RUNS = 10;
const WALK_RUNS = 5;
/** Each image run pulls the whole image again (the CLI keeps no cache), so fewer runs. */
const IMAGE_RUNS = 3;
const MODULE_COUNT = 1000;
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'testdata']);
const MANIFEST_NAMES = new Set(['go.mod', 'go.sum', 'go.work']);
const VENDOR_CHAIN = ['k8s.io', 'client-go', 'rest'];

// ---------------------------------------------------------------------------------------------------------
// Deterministic synthetic monorepo

/** mulberry32: tiny, seedable, and the same on every machine, so every bench runs on the same tree. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    hex: (length) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
    bytes: (length) => Buffer.from(Array.from({ length }, () => Math.floor(next() * 256))),
    /** Fisher-Yates: a sort with a random comparator would depend on the engine's sort algorithm. */
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

const CLIENT_GO_VERSIONS = [
  'v10.0.0+incompatible',
  'v11.0.0+incompatible',
  'v9.0.0+incompatible',
  'v12.0.0+incompatible',
  'v0.15.7',
  'v0.17.0',
  'v0.20.4',
  'v0.28.4',
  'v0.30.1',
  'v0.0.0-20190620085101-78d2af792bab',
  'v0.0.0-20190313235726-6ee68ca5fd83',
  'v2.0.0-alpha.0.0.20190313235726-6ee68ca5fd83+incompatible',
];

const THIRD_PARTY = [
  ['github.com/prometheus/client_golang', 'v1.17.0'],
  ['github.com/spf13/cobra', 'v1.8.0'],
  ['github.com/spf13/pflag', 'v1.0.5'],
  ['github.com/stretchr/testify', 'v1.8.4'],
  ['github.com/google/go-cmp', 'v0.6.0'],
  ['github.com/google/uuid', 'v1.4.0'],
  ['github.com/gogo/protobuf', 'v1.3.2'],
  ['github.com/golang/protobuf', 'v1.5.3'],
  ['github.com/pkg/errors', 'v0.9.1'],
  ['github.com/sirupsen/logrus', 'v1.9.3'],
  ['github.com/davecgh/go-spew', 'v1.1.1'],
  ['github.com/json-iterator/go', 'v1.1.12'],
  ['github.com/modern-go/reflect2', 'v1.0.2'],
  ['github.com/imdario/mergo', 'v0.3.16'],
  ['github.com/go-logr/logr', 'v1.3.0'],
  ['github.com/emicklei/go-restful/v3', 'v3.11.0'],
  ['github.com/gorilla/mux', 'v1.8.1'],
  ['github.com/hashicorp/golang-lru', 'v0.5.4'],
  ['go.uber.org/zap', 'v1.26.0'],
  ['go.uber.org/multierr', 'v1.11.0'],
  ['golang.org/x/net', 'v0.19.0'],
  ['golang.org/x/oauth2', 'v0.15.0'],
  ['golang.org/x/sys', 'v0.15.0'],
  ['golang.org/x/term', 'v0.15.0'],
  ['golang.org/x/text', 'v0.14.0'],
  ['golang.org/x/time', 'v0.5.0'],
  ['google.golang.org/grpc', 'v1.60.1'],
  ['google.golang.org/protobuf', 'v1.31.0'],
  ['gopkg.in/yaml.v2', 'v2.4.0'],
  ['gopkg.in/yaml.v3', 'v3.0.1'],
  ['gopkg.in/inf.v0', 'v0.9.1'],
  ['k8s.io/api', 'v0.28.4'],
  ['k8s.io/apimachinery', 'v0.28.4'],
  ['k8s.io/klog/v2', 'v2.110.1'],
  ['k8s.io/utils', 'v0.0.0-20230726121419-3b25d923346b'],
  ['sigs.k8s.io/yaml', 'v1.4.0'],
  ['sigs.k8s.io/structured-merge-diff/v4', 'v4.4.1'],
  ['sigs.k8s.io/json', 'v0.0.0-20221116044647-bc3834ca7abd'],
];

/** Writes files and directories, remembering created directories so each is made once. */
function createWriter(root) {
  const made = new Set();
  let files = 0;
  const ensure = (directory) => {
    if (made.has(directory)) return;
    mkdirSync(directory, { recursive: true });
    made.add(directory);
  };
  return {
    file(relative, content) {
      const absolute = path.join(root, relative);
      ensure(path.dirname(absolute));
      writeFileSync(absolute, content);
      files += 1;
    },
    link(relative, target) {
      const absolute = path.join(root, relative);
      ensure(path.dirname(absolute));
      symlinkSync(target, absolute);
    },
    count: () => files,
  };
}

function moduleLocation(index) {
  if (index < 600) return `services/team-${String(index % 40).padStart(2, '0')}/svc-${String(index).padStart(4, '0')}`;
  if (index < 850) return `libs/lib-${String(index).padStart(4, '0')}`;
  if (index < 950) return `tools/tool-${String(index).padStart(4, '0')}`;
  return `platform/operators/op-${String(index).padStart(4, '0')}`;
}

function goSumHash(random) {
  return `h1:${random.bytes(32).toString('base64')}`;
}

function goSum(random, dependencies, lineTarget) {
  const lines = [];
  for (const [module, version] of dependencies) {
    lines.push(`${module} ${version} ${goSumHash(random)}`, `${module} ${version}/go.mod ${goSumHash(random)}`);
  }
  // Older versions of the same modules, as minimal version selection leaves them in go.sum.
  while (lines.length < lineTarget) {
    const [module] = random.pick(THIRD_PARTY);
    lines.push(`${module} v0.${random.int(0, 30)}.${random.int(0, 9)}/go.mod ${goSumHash(random)}`);
  }
  return `${lines.sort().join('\n')}\n`;
}

/** One of the replace forms seen in the wild (domain.md §2.3), or null for most modules. */
function clientGoReplace(random, moduleDirectory) {
  if (!random.chance(0.2)) return null;
  const forms = [
    () => 'replace k8s.io/client-go => k8s.io/client-go v0.15.7',
    () => 'replace k8s.io/client-go v11.0.0+incompatible => k8s.io/client-go v0.0.0-20190620085101-78d2af792bab',
    () => 'replace k8s.io/client-go => github.com/acme/client-go v0.28.4-acme.1',
    () => `replace k8s.io/client-go => ${path.posix.relative(moduleDirectory, 'third_party/client-go')}`,
  ];
  return random.pick(forms)();
}

function goMod(random, location, dependencies, clientGo, replace) {
  const era = clientGo && /\+incompatible/.test(clientGo) ? '1.12' : random.pick(['1.19', '1.20', '1.21', '1.22']);
  const direct = dependencies.slice(0, Math.ceil(dependencies.length / 2));
  const indirect = dependencies.slice(direct.length);
  const requires = direct.map(([module, version]) => `\t${module} ${version}`);
  if (clientGo) requires.push(`\tk8s.io/client-go ${clientGo}`);
  const lines = [`module github.com/acme/monorepo/${location}`, '', `go ${era}`, '', 'require (', ...requires.sort(), ')'];
  if (indirect.length > 0) lines.push('', 'require (', ...indirect.map(([module, version]) => `\t${module} ${version} // indirect`), ')');
  if (replace) lines.push('', replace);
  return `${lines.join('\n')}\n`;
}

function goFile(random, packageName, index) {
  const body = Array.from({ length: random.int(1, 6) }, (_, n) => `func F${index}_${n}(x int) int {\n\treturn x * ${random.int(2, 99)}\n}\n`);
  return `package ${packageName}\n\n${body.join('\n')}`;
}

function writeGoPackages(write, random, moduleDirectory) {
  write.file(`${moduleDirectory}/cmd/${path.posix.basename(moduleDirectory)}/main.go`, 'package main\n\nfunc main() {}\n');
  const packageCount = random.int(5, 11);
  for (let p = 0; p < packageCount; p += 1) {
    const name = `${random.pick(['api', 'store', 'handler', 'config', 'metrics', 'auth', 'queue', 'util'])}${p}`;
    const directory = `${moduleDirectory}/${random.chance(0.5) ? 'internal' : 'pkg'}/${name}`;
    const fileCount = random.int(5, 14);
    for (let f = 0; f < fileCount; f += 1) {
      const test = f % 3 === 2 ? '_test' : '';
      write.file(`${directory}/file${f}${test}.go`, goFile(random, name, f));
    }
  }
}

/** Simplified client-go rest files in the shape the source judge reads; `reloads` picks the fixed shape. */
function clientGoRestSources(reloads) {
  const config = [
    'package rest',
    '',
    'func InClusterConfig() (*Config, error) {',
    '\ttoken, err := readTokenFile(tokenFile)',
    '\tif err != nil {',
    '\t\treturn nil, err',
    '\t}',
    '\treturn &Config{Host: host, BearerToken: string(token), BearerTokenFile: tokenFile}, nil',
    '}',
    '',
  ].join('\n');
  const copy = reloads ? '\t\tBearerToken:     c.BearerToken,\n\t\tBearerTokenFile: c.BearerTokenFile,\n' : '\t\tBearerToken: c.BearerToken,\n';
  const transport = `package rest\n\nfunc (c *Config) TransportConfig() (*transport.Config, error) {\n\tconf := &transport.Config{\n${copy}\t}\n\treturn conf, nil\n}\n`;
  return { config, transport };
}

function writeVendoredClientGo(write, random, vendorDirectory, reloads) {
  const base = `${vendorDirectory}/k8s.io/client-go`;
  const { config, transport } = clientGoRestSources(reloads);
  write.file(`${base}/rest/config.go`, config);
  write.file(`${base}/rest/transport.go`, transport);
  for (const name of ['client.go', 'request.go', 'urlbackoff.go', 'warnings.go', 'with_retry.go']) write.file(`${base}/rest/${name}`, 'package rest\n');
  for (const directory of ['tools/cache', 'tools/clientcmd', 'kubernetes/typed/core/v1', 'transport', 'util/flowcontrol']) {
    const fileCount = random.int(3, 8);
    for (let f = 0; f < fileCount; f += 1) write.file(`${base}/${directory}/file${f}.go`, `package ${path.posix.basename(directory)}\n`);
  }
  write.file(`${base}/LICENSE`, 'Apache License 2.0\n');
  write.file(`${base}/go.mod`, 'module k8s.io/client-go\n\ngo 1.20\n');
}

function writeVendor(write, random, moduleDirectory, dependencies, clientGo) {
  const vendorDirectory = `${moduleDirectory}/vendor`;
  const lines = [];
  for (const [module, version] of dependencies) {
    lines.push(`# ${module} ${version}`, '## explicit; go 1.17', module);
    const packageDirectory = `${vendorDirectory}/${module}`;
    if (random.chance(0.5)) write.file(`${packageDirectory}/go.mod`, `module ${module}\n\ngo 1.17\n\nrequire k8s.io/client-go v0.15.7\n`);
    write.file(`${packageDirectory}/LICENSE`, 'MIT\n');
    const fileCount = random.int(2, 7);
    for (let f = 0; f < fileCount; f += 1) write.file(`${packageDirectory}/${f % 2 ? 'internal/' : ''}file${f}.go`, 'package x\n');
    // A vendored module's own vendor tree: never a project's, so it must be ignored too.
    if (random.chance(0.1)) write.file(`${packageDirectory}/vendor/modules.txt`, `# k8s.io/client-go v11.0.0+incompatible\nk8s.io/client-go/rest\n`);
  }
  if (clientGo) {
    lines.push(`# k8s.io/client-go ${clientGo}`, '## explicit; go 1.20', 'k8s.io/client-go/rest', 'k8s.io/client-go/tools/cache');
    writeVendoredClientGo(write, random, vendorDirectory, !/^v1[01]\.|^v9\./.test(clientGo));
  }
  write.file(`${vendorDirectory}/modules.txt`, `${lines.join('\n')}\n`);
}

function writeModule(write, random, index) {
  const location = moduleLocation(index);
  const dependencies = random.shuffle(THIRD_PARTY).slice(0, random.int(4, 14));
  const clientGo = random.chance(0.3) ? random.pick(CLIENT_GO_VERSIONS) : null;
  const replace = clientGo ? clientGoReplace(random, location) : null;
  write.file(`${location}/go.mod`, goMod(random, location, dependencies, clientGo, replace));
  // Modules without client-go sometimes still list it in go.sum (a dependency pulled it in).
  const sumDependencies = clientGo || random.chance(0.1) ? [...dependencies, ['k8s.io/client-go', clientGo ?? random.pick(CLIENT_GO_VERSIONS)]] : dependencies;
  write.file(`${location}/go.sum`, goSum(random, sumDependencies, random.int(50, 200)));
  write.file(`${location}/README.md`, `# ${location}\n`);
  write.file(`${location}/Makefile`, 'build:\n\tgo build ./...\n');
  if (random.chance(0.5)) write.file(`${location}/Dockerfile`, 'FROM golang:1.21\n');
  writeGoPackages(write, random, location);
  if (random.chance(0.2)) {
    write.file(`${location}/internal/parser/testdata/go.mod`, 'module broken\n\nrequire k8s.io/client-go v1.5.2\n');
    write.file(`${location}/internal/parser/testdata/input.txt`, 'x\n');
  }
  if (random.chance(0.12)) writeVendor(write, random, location, dependencies, clientGo);
  return clientGo !== null;
}

function writeWebApp(write, random, index) {
  const app = `web/app-${String(index).padStart(2, '0')}`;
  write.file(`${app}/package.json`, `{ "name": "app-${index}", "private": true }\n`);
  for (let f = 0; f < 20; f += 1) write.file(`${app}/src/component${f}.ts`, `export const c${f} = ${f};\n`);
  const packageCount = random.int(90, 130);
  for (let p = 0; p < packageCount; p += 1) {
    const name = p % 5 === 0 ? `@scope${p % 7}/pkg-${p}` : `pkg-${p}`;
    const directory = `${app}/node_modules/${name}`;
    write.file(`${directory}/package.json`, `{ "name": "${name}", "version": "1.0.${p}" }\n`);
    write.file(`${directory}/README.md`, '# readme\n');
    for (let f = 0; f < random.int(3, 8); f += 1) write.file(`${directory}/lib/file${f}.js`, 'module.exports = 1;\n');
    // Go code shipped inside an npm package describes nothing the project builds.
    if (p % 25 === 0) write.file(`${directory}/go/go.mod`, 'module example.com/wasm\n\nrequire k8s.io/client-go v10.0.0+incompatible\n');
  }
}

function writeGitDirectory(write, random) {
  write.file('.git/HEAD', 'ref: refs/heads/main\n');
  write.file('.git/config', '[core]\n\tbare = false\n');
  write.file('.git/refs/heads/main', `${random.hex(40)}\n`);
  for (let o = 0; o < 1500; o += 1) {
    const id = random.hex(40);
    write.file(`.git/objects/${id.slice(0, 2)}/${id.slice(2)}`, random.bytes(64));
  }
}

function writeRoot(write) {
  const used = Array.from({ length: 40 }, (_, n) => `\t./${moduleLocation(850 + n)}`);
  write.file('go.work', `go 1.21\n\nuse (\n${used.join('\n')}\n)\n`);
  write.file('README.md', '# acme monorepo\n');
  write.file('.github/workflows/ci.yml', 'on: push\n');
  const { config, transport } = clientGoRestSources(true);
  write.file('third_party/client-go/go.mod', 'module k8s.io/client-go\n\ngo 1.20\n');
  write.file('third_party/client-go/rest/config.go', config);
  write.file('third_party/client-go/rest/transport.go', transport);
  // A convenience alias, as monorepos have: the scan must report it once and not walk the tree twice.
  write.link('services/current', 'team-00');
}

function generateTree() {
  rmSync(MANIFEST_PATH, { force: true });
  rmSync(TREE_DIR, { recursive: true, force: true });
  mkdirSync(TREE_DIR, { recursive: true });
  const started = performance.now();
  const random = createRandom(0x5eed);
  const write = createWriter(TREE_DIR);
  writeRoot(write);
  let clientGoModules = 0;
  for (let index = 0; index < MODULE_COUNT; index += 1) if (writeModule(write, random, index)) clientGoModules += 1;
  for (let index = 0; index < 12; index += 1) writeWebApp(write, random, index);
  writeGitDirectory(write, random);
  const manifest = { generatorVersion: GENERATOR_VERSION, files: write.count(), modules: MODULE_COUNT, clientGoModules };
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`generated ${TREE_DIR}: ${manifest.files.toLocaleString('en-US')} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}

function loadOrGenerateTree(regenerate) {
  if (!regenerate && existsSync(MANIFEST_PATH) && existsSync(TREE_DIR)) {
    const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
    if (manifest.generatorVersion === GENERATOR_VERSION) return manifest;
  }
  return generateTree();
}

// ---------------------------------------------------------------------------------------------------------
// The floor: list the tree and read the candidate files, skipping what discovery skips. Nothing else.

function floorWalk(root) {
  let listedFiles = 0;
  let readFiles = 0;
  let readBytes = 0;
  const read = (absolute) => {
    readBytes += readFileSync(absolute).length;
    readFiles += 1;
  };
  // vendorDepth: -1 outside vendor/; n = how far down the vendor/k8s.io/client-go/rest chain we are.
  const stack = [{ directory: root, vendorDepth: -1 }];
  while (stack.length > 0) {
    const { directory, vendorDepth } = stack.pop();
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (vendorDepth === -1 && !SKIPPED_DIRECTORIES.has(entry.name)) stack.push({ directory: absolute, vendorDepth: entry.name === 'vendor' ? 0 : -1 });
        else if (vendorDepth >= 0 && VENDOR_CHAIN[vendorDepth] === entry.name) stack.push({ directory: absolute, vendorDepth: vendorDepth + 1 });
      } else if (entry.isFile()) {
        listedFiles += 1;
        if (vendorDepth === -1 && MANIFEST_NAMES.has(entry.name)) read(absolute);
        else if (vendorDepth === 0 && entry.name === 'modules.txt') read(absolute);
        // The scan judges vendored client-go from these two files, so the floor reads them too.
        else if (vendorDepth === VENDOR_CHAIN.length && (entry.name === 'config.go' || entry.name === 'transport.go')) read(absolute);
      }
    }
  }
  return { listedFiles, readFiles, readBytes };
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

function assertSucceeded(label, run) {
  const failure = runFailure(label, run);
  if (failure === null) return;
  console.error(failure);
  process.exit(1);
}

function floorArgs() {
  return [rssPreloadArgument(), fileURLToPath(import.meta.url), '--floor-child', TREE_DIR];
}

function scanArgs() {
  return [rssPreloadArgument(), CLI_PATH, 'scan', TREE_DIR, '--format', 'json', '--fail-on', 'never'];
}

/** Floor and scan alternate, so a machine that slows down mid-bench slows both alike. A warm-up fills the page cache. */
function measureWalks(node, runs, withScan) {
  const floor = [];
  const scan = [];
  timedRun(node, floorArgs());
  if (withScan) assertSucceeded('scan (warm-up)', timedRun(node, scanArgs()));
  for (let i = 0; i < runs; i += 1) {
    const floorRun = timedRun(node, floorArgs());
    assertSucceeded('floor walk', floorRun);
    floor.push(floorRun);
    if (!withScan) continue;
    const scanRun = timedRun(node, scanArgs());
    assertSucceeded('scan', scanRun);
    scan.push(scanRun);
  }
  return { floor, scan };
}

/** The inputs the runner always sets: every input's default from action.yml, as INPUT_<NAME>. */
function actionInputDefaults() {
  const env = {};
  let current = null;
  for (const line of readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8').split('\n')) {
    if (/^\S/.test(line)) current = line.startsWith('inputs:') ? '' : null;
    if (current === null) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) env[`INPUT_${current.replace(/ /g, '_').toUpperCase()}`] = value[1].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

function measureStartup(node) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'cgtg-bench-startup-'));
  try {
    const workspace = path.join(temp, 'workspace');
    mkdirSync(workspace);
    const eventPath = path.join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'octo/repo' } }));
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: path.join(temp, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'octo/repo',
      RUNNER_TEMP: temp,
      ...actionInputDefaults(),
    };
    const runOnce = () => {
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      return timedRun(node, [ACTION_PATH], { env, cwd: workspace });
    };
    runOnce();
    const runs = Array.from({ length: STARTUP_RUNS }, runOnce);
    const failed = runs.find((run) => run.status !== 0);
    return { ms: median(runs.map((run) => run.ms)), failed };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reporting

const formatRate = (files, ms) => `${Math.round(files / (ms / 1000)).toLocaleString('en-US')}`;
/** What the CLI found, to show it scanned the tree it was timed on. */
function describeScanOutput(run) {
  try {
    const report = JSON.parse(run.stdout);
    const { summary } = report;
    return `scan read ${summary.filesScanned} files: ${report.findings.length} findings (${summary.outdated} outdated, ${summary.ok} ok, ${summary.unknown} unknown), ${report.diagnostics.length} diagnostics`;
  } catch {
    return 'scan output was not the JSON report';
  }
}

const USAGE = 'usage: bench.mjs [--check] [--node <path>] [--runs <n>] [--regenerate] [--only walk|image|hostile] [--case <text>]';
const PARTS = ['walk', 'image', 'hostile'];

function parseArguments(argv) {
  const options = { check: false, node: process.execPath, runs: null, regenerate: false, parts: PARTS, hostileCase: null };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--check') options.check = true;
    else if (argument === '--regenerate') options.regenerate = true;
    else if (argument === '--node') options.node = path.resolve(argv[(i += 1)] ?? '');
    else if (argument === '--runs') options.runs = Number.parseInt(argv[(i += 1)] ?? '', 10);
    else if (argument === '--only') options.parts = [argv[(i += 1)] ?? ''];
    else if (argument === '--case') options.hostileCase = argv[(i += 1)] ?? '';
    else throw new Error(`unknown argument ${argument}; ${USAGE}`);
  }
  if (options.runs !== null && (!Number.isInteger(options.runs) || options.runs < 1)) throw new Error('--runs needs a positive integer');
  if (!PARTS.includes(options.parts[0])) throw new Error(`--only needs one of ${PARTS.join(', ')}; ${USAGE}`);
  if (!existsSync(options.node)) throw new Error(`--node ${options.node} does not exist`);
  return options;
}

function exitWithoutCli() {
  console.error(`\n${path.relative(REPO_ROOT, CLI_PATH)} is missing: run \`npm run build\` first, then \`npm run bench\` again for the scan and start-up figures.`);
  process.exit(1);
}

/** The walk part: scan vs. floor on the synthetic monorepo, and the action's start-up. Answers whether all targets were met. */
function benchWalks(options) {
  const runs = options.runs ?? WALK_RUNS;
  const manifest = loadOrGenerateTree(options.regenerate);
  const haveCli = existsSync(CLI_PATH);
  console.log(
    `tree: ${manifest.files.toLocaleString('en-US')} files, ${manifest.modules} Go modules (${manifest.clientGoModules} pin client-go); ` +
      `node ${nodeVersion(options.node)}; median of ${runs} runs`,
  );
  const walks = measureWalks(options.node, runs, haveCli);
  const floor = summarize(walks.floor);
  const floorCounts = JSON.parse(walks.floor[0].stdout);
  console.log(`floor listed ${floorCounts.listedFiles.toLocaleString('en-US')} files, read ${floorCounts.readFiles} (${(floorCounts.readBytes / 1024 / 1024).toFixed(1)} MB)`);
  if (!haveCli) {
    printTable(
      [
        ['wall time', formatMs(floor.ms)],
        ['files per second', formatRate(manifest.files, floor.ms)],
        ['peak RSS', formatMb(floor.peakRssMb)],
      ],
      ['', 'floor (plain walk)'],
    );
    exitWithoutCli();
  }
  const scan = summarize(walks.scan);
  console.log(describeScanOutput(walks.scan[0]));
  const startup = existsSync(ACTION_PATH) ? measureStartup(options.node) : null;
  if (startup?.failed) console.warn(`warning: dist/index.js exited with status ${startup.failed.status} on an empty workspace:\n${startup.failed.stderr.slice(0, 2000)}`);
  const ratio = scan.ms / floor.ms;
  const checks = {
    speed: ratio <= TARGETS.scanOverFloor,
    rss: scan.peakRssMb !== null && scan.peakRssMb < TARGETS.peakRssMb,
    startup: startup !== null && startup.ms < TARGETS.startupMs,
  };
  console.log('');
  printTable(
    [
      ['wall time', formatMs(floor.ms), formatMs(scan.ms), `scan ≤ ${TARGETS.scanOverFloor}× floor`, `${verdict(checks.speed)} (${ratio.toFixed(2)}×)`],
      ['files per second', formatRate(manifest.files, floor.ms), formatRate(manifest.files, scan.ms)],
      ['peak RSS', formatMb(floor.peakRssMb), formatMb(scan.peakRssMb), `scan < ${TARGETS.peakRssMb} MB`, verdict(checks.rss)],
      ['action start-up', '', startup ? formatMs(startup.ms) : 'dist/index.js missing', `< ${TARGETS.startupMs} ms (median of ${STARTUP_RUNS})`, verdict(checks.startup)],
    ],
    ['', 'floor (plain walk)', 'scan (dist/cli.js)', 'target', 'result'],
  );
  return Object.values(checks).every(Boolean);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  let passed = true;
  if (options.parts.includes('walk')) passed = benchWalks(options) && passed;
  if (options.parts.includes('image')) {
    if (!existsSync(CLI_PATH)) exitWithoutCli();
    if (options.parts.length > 1) console.log('');
    console.log(`node ${nodeVersion(options.node)}`);
    passed = (await benchImages({ node: options.node, cli: CLI_PATH, runs: options.runs ?? IMAGE_RUNS })) && passed;
  }
  if (options.parts.includes('hostile')) {
    if (!existsSync(CLI_PATH)) exitWithoutCli();
    if (options.parts.length > 1) console.log('');
    console.log(`node ${nodeVersion(options.node)}; hostile inputs, one run each`);
    passed = (await benchHostile({ node: options.node, cli: CLI_PATH, benchDirectory: BENCH_DIR, regenerate: options.regenerate, only: options.hostileCase })) && passed;
    passed = benchHostilePremodules({ node: options.node, cli: CLI_PATH, only: options.hostileCase }) && passed;
  }
  if (options.check && !passed) process.exit(1);
}

if (process.argv[2] === '--floor-child') {
  process.stdout.write(`${JSON.stringify(floorWalk(process.argv[3]))}\n`);
} else {
  main().catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
