import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { writeGoModuleProxy, type ProxyModule } from './go-module-proxy.js';

/**
 * Real Go binaries for the build info reader's tests, built once per test run by the machine's Go
 * toolchain (CI installs Debian's golang-go) from generated modules named k8s.io/client-go served by a
 * file-based GOPROXY. Nothing touches the network or the user's Go caches.
 */

const run = promisify(execFile);

/** The client-go version most binaries require: a pre-modules major version, hence +incompatible. */
export const CLIENT_GO_INCOMPATIBLE = 'v10.0.0+incompatible';
export const CLIENT_GO_SEMANTIC = 'v0.15.7';
export const FORK_MODULE = 'example.com/fork';
export const FORK_VERSION = 'v1.0.0';
export const MAIN_MODULE = 'example.com/app';

interface BinarySpec {
  goos: string;
  goarch: string;
  /** The client-go version the main module requires; ignored in GOPATH mode. */
  clientGo: string;
  /** A replace directive for client-go, as written in go.mod after `replace k8s.io/client-go => `. */
  replaceWith?: string;
  ldflags?: string;
  /** Build with GO111MODULE=off from a GOPATH tree holding client-go, as pre-modules projects did. */
  gopathMode?: boolean;
}

const BINARY_SPECS = {
  'linux-amd64': { goos: 'linux', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE },
  'linux-386': { goos: 'linux', goarch: '386', clientGo: CLIENT_GO_INCOMPATIBLE },
  'linux-ppc64': { goos: 'linux', goarch: 'ppc64', clientGo: CLIENT_GO_INCOMPATIBLE },
  'darwin-arm64': { goos: 'darwin', goarch: 'arm64', clientGo: CLIENT_GO_INCOMPATIBLE },
  'darwin-amd64': { goos: 'darwin', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE },
  'windows-amd64': { goos: 'windows', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE },
  'windows-386': { goos: 'windows', goarch: '386', clientGo: CLIENT_GO_INCOMPATIBLE },
  'semantic-version': { goos: 'linux', goarch: 'amd64', clientGo: CLIENT_GO_SEMANTIC },
  'replaced-by-fork': { goos: 'linux', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE, replaceWith: `${FORK_MODULE} ${FORK_VERSION}` },
  'replaced-by-directory': { goos: 'linux', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE, replaceWith: './client-go-fork' },
  stripped: { goos: 'linux', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE, ldflags: '-s -w' },
  'gopath-mode': { goos: 'linux', goarch: 'amd64', clientGo: CLIENT_GO_INCOMPATIBLE, gopathMode: true },
} satisfies Record<string, BinarySpec>;

export type GoTestBinaryName = keyof typeof BINARY_SPECS;

export interface GoTestBinaries {
  /** `go env GOVERSION` of the toolchain that built them, e.g. go1.19.8. */
  goVersion: string;
  paths: Record<GoTestBinaryName, string>;
  /** The go.sum hash of each module version the builds downloaded, by `path@version`. */
  moduleSums: Record<string, string>;
  setupMilliseconds: number;
}

let building: Promise<GoTestBinaries> | undefined;
let workDirectory: string | undefined;

/** The version of the `go` on PATH, or null when there is none. */
export function installedGoVersion(): string | null {
  const result = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', GOTOOLCHAIN: 'local', GOENV: 'off', HOME: os.tmpdir() } });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Builds every test binary on the first call; later calls in the same test file share the result. */
export function goTestBinaries(): Promise<GoTestBinaries> {
  building ??= buildAll();
  return building;
}

export function removeGoTestBinaries(): void {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
  workDirectory = undefined;
  building = undefined;
}

async function buildAll(): Promise<GoTestBinaries> {
  const started = Date.now();
  const root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-go-binaries-'));
  workDirectory = root;
  writeGoModuleProxy(path.join(root, 'proxy'), proxyModules());
  const goVersion = installedGoVersion();
  if (goVersion === null) throw new Error('go is not installed (CI installs golang-go in .ci/run)');
  const names = Object.keys(BINARY_SPECS) as GoTestBinaryName[];
  const built = await Promise.all(names.map((name) => buildBinary(root, name, BINARY_SPECS[name])));
  return {
    goVersion,
    paths: Object.fromEntries(names.map((name, index) => [name, built[index]])) as Record<GoTestBinaryName, string>,
    moduleSums: moduleSumsOf(root),
    setupMilliseconds: Date.now() - started,
  };
}

/** A package `rest` that says which module version it came from, like client-go's own rest package. */
function clientGoFiles(version: string): Record<string, string> {
  return { 'rest/config.go': `package rest\n\n// Version is the generated module version this package was served as.\nvar Version = "${version}"\n` };
}

function proxyModules(): ProxyModule[] {
  return [
    { path: 'k8s.io/client-go', version: CLIENT_GO_INCOMPATIBLE, goMod: null, files: clientGoFiles(CLIENT_GO_INCOMPATIBLE) },
    { path: 'k8s.io/client-go', version: CLIENT_GO_SEMANTIC, goMod: 'module k8s.io/client-go\n\ngo 1.12\n', files: clientGoFiles(CLIENT_GO_SEMANTIC) },
    // A fork keeps upstream's module path in its go.mod, as real client-go forks do.
    { path: FORK_MODULE, version: FORK_VERSION, goMod: 'module k8s.io/client-go\n\ngo 1.12\n', files: clientGoFiles(`${FORK_MODULE} ${FORK_VERSION}`) },
  ];
}

const MAIN_GO = 'package main\n\nimport "k8s.io/client-go/rest"\n\nfunc main() { println(rest.Version) }\n';

async function buildBinary(root: string, name: GoTestBinaryName, spec: BinarySpec): Promise<string> {
  const output = path.join(root, 'bin', name);
  mkdirSync(path.dirname(output), { recursive: true });
  const { directory, environment } = spec.gopathMode ? writeGopathApp(root, name) : writeModuleApp(root, name, spec);
  const ldflags = spec.ldflags ? [`-ldflags=${spec.ldflags}`] : [];
  await run('go', ['build', ...ldflags, '-o', output, '.'], {
    cwd: directory,
    env: { ...isolatedGoEnvironment(root), ...environment, GOOS: spec.goos, GOARCH: spec.goarch },
  }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`go build of ${name} failed: ${error.stderr ?? error.message}`);
  });
  return output;
}

function writeModuleApp(root: string, name: string, spec: BinarySpec): { directory: string; environment: NodeJS.ProcessEnv } {
  const directory = path.join(root, 'apps', name);
  const replace = spec.replaceWith ? `\nreplace k8s.io/client-go => ${spec.replaceWith}\n` : '';
  writeFiles(directory, {
    'go.mod': `module ${MAIN_MODULE}\n\ngo 1.17\n\nrequire k8s.io/client-go ${spec.clientGo}\n${replace}`,
    'main.go': MAIN_GO,
  });
  if (spec.replaceWith?.startsWith('./')) {
    writeFiles(path.join(directory, spec.replaceWith), { 'go.mod': 'module k8s.io/client-go\n', ...clientGoFiles('directory fork') });
  }
  return { directory, environment: { GOFLAGS: '-mod=mod -modcacherw -buildvcs=false', GO111MODULE: 'on' } };
}

/** A GOPATH tree with client-go beside the program, built with modules off: the binary lists no modules. */
function writeGopathApp(root: string, name: string): { directory: string; environment: NodeJS.ProcessEnv } {
  const gopath = path.join(root, 'gopath-mode');
  writeFiles(path.join(gopath, 'src', 'k8s.io', 'client-go'), clientGoFiles('gopath'));
  const directory = path.join(gopath, 'src', 'example.com', name);
  writeFiles(directory, { 'main.go': MAIN_GO });
  return { directory, environment: { GOPATH: gopath, GO111MODULE: 'off', GOFLAGS: '-buildvcs=false' } };
}

/** Go's every input from the environment, pointed into the test's own directory. */
function isolatedGoEnvironment(root: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: path.join(root, 'home'),
    GOPATH: path.join(root, 'gopath'),
    GOMODCACHE: path.join(root, 'gopath', 'pkg', 'mod'),
    GOCACHE: path.join(root, 'go-build-cache'),
    GOENV: 'off',
    GOPROXY: pathToFileURL(path.join(root, 'proxy')).href,
    GOSUMDB: 'off',
    GONOSUMDB: '*',
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
  };
}

function writeFiles(directory: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), content);
  }
}

/** The h1: hashes `go build -mod=mod` wrote to the apps' go.sum files, by `path@version`: modinfo repeats them. */
function moduleSumsOf(root: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const app of readdirSync(path.join(root, 'apps'))) {
    const goSum = path.join(root, 'apps', app, 'go.sum');
    if (!existsSync(goSum)) continue;
    for (const [modulePath, version, hash] of readFileSync(goSum, 'utf8').split('\n').map((line) => line.split(' '))) {
      if (modulePath && version && hash && !version.endsWith('/go.mod')) sums[`${modulePath}@${version}`] = hash;
    }
  }
  return sums;
}
