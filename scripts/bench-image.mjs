// The image part of `npm run bench`: how long `dist/cli.js scan --image` takes and how much memory it holds
// for a big and a small image of the same shape, pulled from a local Debian docker-registry.
//
// The target is a peak RSS that does not grow with the image: layers are streamed through gunzip and the
// tar reader, and executables are spooled to disk, so a 200 MB image should need what a 5 MB one does.
// Images are generated and pushed on every bench (a few seconds): the registry's storage is temporary.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { pack } from 'tar-stream';
import { dockerRegistryConfig } from './docker-registry-config.mjs';
import { formatMb, formatMs, median, printTable, rssPreloadArgument, runFailure, summarize, timedRun, verdict } from './bench-measure.mjs';

const gzip = promisify(gzipCallback);
const DOCKER_REGISTRY_BINARY = '/usr/bin/docker-registry';
const START_TIMEOUT_MS = 20_000;
const MiB = 1024 * 1024;
const TARGETS = { peakRssMb: 150, growthMb: 40 };
const REPOSITORY = 'bench/images';
const MEDIA = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Same shape, 40 times the bytes: 1 MiB random files, a non-Go ELF every 5th layer, one Go binary mid-way. */
const IMAGES = {
  small: { tag: 'small', layers: 5, fillerFilesPerLayer: 1 },
  big: { tag: 'big', layers: 50, fillerFilesPerLayer: 4 },
};
const NON_GO_ELF = '/usr/bin/ls';

// ---------------------------------------------------------------------------------------------------------
// A local registry (as test/helpers/local-registry.ts starts one, minus htpasswd)

/**
 * Starts the registry with its log in a file, not a pipe: the bench measures with spawnSync, which blocks
 * this process's event loop, and a registry writing a line per request into an undrained pipe would stall.
 */
export async function startRegistry(directory) {
  if (spawnSync(DOCKER_REGISTRY_BINARY, ['--version']).status !== 0) {
    throw new Error(`docker-registry is not installed at ${DOCKER_REGISTRY_BINARY} (apt-get install docker-registry)`);
  }
  const configPath = path.join(directory, 'config.yml');
  const logPath = path.join(directory, 'registry.log');
  writeFileSync(configPath, dockerRegistryConfig(directory));
  const log = openSync(logPath, 'w');
  const child = spawn(DOCKER_REGISTRY_BINARY, ['serve', configPath], { stdio: ['ignore', log, log] });
  closeSync(log);
  const started = Date.now();
  for (;;) {
    const text = readFileSync(logPath, 'utf8');
    const host = /listening on (127\.0\.0\.1:\d+)/.exec(text)?.[1];
    if (host) {
      const url = `http://${host}`;
      await waitUntilAnswering(url);
      return { child, host, url };
    }
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode} before listening:\n${text}`);
    if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`docker-registry did not start within ${START_TIMEOUT_MS} ms:\n${text}`);
    await sleep(50);
  }
}

async function waitUntilAnswering(url) {
  const started = Date.now();
  for (;;) {
    try {
      const response = await globalThis.fetch(`${url}/v2/`, { signal: globalThis.AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch (error) {
      if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`docker-registry at ${url} never answered /v2/: ${String(error)}`);
    }
    await sleep(50);
  }
}

export async function stopRegistry(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = sleep(5_000).then(() => child.kill('SIGKILL'));
  await Promise.race([exited, forced]);
}

// ---------------------------------------------------------------------------------------------------------
// Pushing generated images over the registry API (as test/helpers/registry-push.ts does)

const sha256Digest = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

async function expectStatus(response, status, what) {
  if (response.status === status) return void (await response.body?.cancel());
  throw new Error(`${what}: HTTP ${response.status}: ${await response.text()}`);
}

/** Monolithic upload: POST a session, then PUT the bytes with their digest. */
async function pushBlob(url, bytes, mediaType) {
  const digest = sha256Digest(bytes);
  const start = await globalThis.fetch(`${url}/v2/${REPOSITORY}/blobs/uploads/`, { method: 'POST' });
  await expectStatus(start, 202, 'starting a blob upload');
  const location = new URL(start.headers.get('location') ?? '', url);
  location.searchParams.set('digest', digest);
  const put = await globalThis.fetch(location, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
  await expectStatus(put, 201, `uploading ${digest}`);
  return { mediaType, digest, size: bytes.length };
}

/**
 * A Go binary whose build info names k8s.io/client-go, so the scan has something to report: a hello-world
 * module requiring it, replaced by a one-file stand-in directory, which needs no module proxy or network.
 */
function buildGoBinary(directory) {
  const files = {
    'client-go/go.mod': 'module k8s.io/client-go\n\ngo 1.19\n',
    'client-go/rest/rest.go': 'package rest\n\nfunc Host() string { return "bench" }\n',
    'hello/go.mod': 'module example.com/bench/hello\n\ngo 1.19\n\nrequire k8s.io/client-go v0.15.7\n\nreplace k8s.io/client-go => ../client-go\n',
    'hello/main.go': 'package main\n\nimport (\n\t"fmt"\n\n\t"k8s.io/client-go/rest"\n)\n\nfunc main() { fmt.Println(rest.Host()) }\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  const output = path.join(directory, 'hello-bin');
  const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'amd64' };
  const built = spawnSync('go', ['build', '-o', output, '.'], { cwd: path.join(directory, 'hello'), env, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`go build of the bench's Go binary failed: ${built.error?.message ?? built.stderr}`);
  return readFileSync(output);
}

/** One layer's files; random bytes so that gzip cannot shrink the image. */
function layerFiles(shape, index, goBinary) {
  const directory = `opt/layer-${String(index).padStart(2, '0')}`;
  const files = Array.from({ length: shape.fillerFilesPerLayer }, (_, n) => ({ name: `${directory}/filler-${n}.bin`, mode: 0o644, body: randomBytes(MiB) }));
  // Executable but not a binary: the scan reads its first bytes and drains the rest.
  files.push({ name: `${directory}/run.sh`, mode: 0o755, body: Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), randomBytes(64 * 1024)]) });
  if (index % 5 === 0) files.push({ name: `${directory}/ls`, mode: 0o755, body: readFileSync(NON_GO_ELF) });
  if (index === Math.floor(shape.layers / 2)) files.push({ name: 'usr/local/bin/hello', mode: 0o755, body: goBinary });
  return files;
}

export function tarOf(files) {
  return new Promise((resolve, reject) => {
    const tar = pack();
    const chunks = [];
    tar.on('data', (chunk) => chunks.push(chunk));
    tar.on('end', () => resolve(Buffer.concat(chunks)));
    tar.on('error', reject);
    for (const file of files) tar.entry({ name: file.name, mode: file.mode, mtime: new Date(0) }, file.body);
    tar.finalize();
  });
}

/** Layers generated and pushed at once: gzip runs on libuv's thread pool, and the registry hashes in parallel. */
const LAYERS_IN_FLIGHT = 4;

async function pushGeneratedLayer(url, shape, index, goBinary) {
  const tar = await tarOf(layerFiles(shape, index, goBinary));
  const layer = await pushBlob(url, await gzip(tar, { level: 1 }), MEDIA.layer);
  return { layer, diffId: sha256Digest(tar) };
}

/** Pushes the image a few layers at a time, so the bench holds a few MB at once, never the image. */
async function pushGeneratedImage(url, shape, goBinary) {
  const pushed = new Array(shape.layers);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < shape.layers; index = next++) pushed[index] = await pushGeneratedLayer(url, shape, index, goBinary);
  };
  await Promise.all(Array.from({ length: LAYERS_IN_FLIGHT }, worker));
  const layers = pushed.map((entry) => entry.layer);
  await pushManifestOf(url, shape.tag, layers, pushed.map((entry) => entry.diffId));
  return { layers: shape.layers, compressedBytes: layers.reduce((total, layer) => total + layer.size, 0) };
}

async function pushManifestOf(url, tag, layers, diffIds) {
  const configBytes = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: diffIds } }));
  const config = await pushBlob(url, configBytes, MEDIA.config);
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifest, config, layers }));
  const response = await globalThis.fetch(`${url}/v2/${REPOSITORY}/manifests/${tag}`, { method: 'PUT', headers: { 'content-type': MEDIA.manifest }, body: manifest });
  await expectStatus(response, 201, `putting manifest ${tag}`);
}

/**
 * Pushes an image of already gzipped layers and answers its reference. The config lists each layer's digest
 * for its diff ID: nothing here reads diff IDs, and a hostile layer may be too big to gunzip to hash it.
 */
export async function pushLayers(registry, tag, gzippedLayers) {
  const layers = [];
  for (const bytes of gzippedLayers) layers.push(await pushBlob(registry.url, bytes, MEDIA.layer));
  await pushManifestOf(registry.url, tag, layers, layers.map((layer) => layer.digest));
  return `${registry.host}/${REPOSITORY}:${tag}`;
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

function imageScanArgs(cli, emptyDirectory, reference) {
  return [rssPreloadArgument(), cli, 'scan', emptyDirectory, '--image', reference, '--allowed-registries', '127.0.0.1', '--insecure-registries', '127.0.0.1', '--format', 'json', '--fail-on', 'never'];
}

function checkedRun(node, args, label) {
  const run = timedRun(node, args);
  const failure = runFailure(label, run);
  if (failure !== null) throw new Error(failure);
  return run;
}

/** What the scan found in the image, to show it read the image it was timed on. */
function describeImageScan(run) {
  try {
    const report = JSON.parse(run.stdout);
    const findings = report.findings.map((finding) => `${finding.file}: ${finding.module} ${finding.effective ?? finding.declared} ${finding.verdict}`);
    const diagnostics = report.diagnostics.map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`);
    return [`${findings.length} findings`, ...findings, `${diagnostics.length} diagnostics`, ...diagnostics].join('\n  ');
  } catch {
    return 'scan output was not the JSON report';
  }
}

/** Big and small alternate, so a machine that slows down mid-bench slows both alike. */
function measureImages(node, cli, emptyDirectory, references, runs) {
  const argsOf = (reference) => imageScanArgs(cli, emptyDirectory, reference);
  const results = { small: [], big: [] };
  const warmUp = {};
  for (const name of ['small', 'big']) warmUp[name] = checkedRun(node, argsOf(references[name]), `image scan of ${references[name]} (warm-up)`);
  for (let i = 0; i < runs; i += 1) {
    for (const name of ['big', 'small']) results[name].push(checkedRun(node, argsOf(references[name]), `image scan of ${references[name]}`));
  }
  return { warmUp, results };
}

const formatRate = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
const formatSize = (image) => `${(image.compressedBytes / 1e6).toFixed(0)} MB in ${image.layers} layers`;

/**
 * Runs the image part and prints its figures; answers whether every target was met.
 * `cli` is dist/cli.js; `runs` how many measured runs of each image (after one warm-up each).
 */
export async function benchImages({ node, cli, runs }) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'cgtg-bench-image-'));
  let registry = null;
  // process.exit() skips `finally`: this still stops the registry and removes the temp data.
  const cleanUpOnExit = () => {
    registry?.child.kill('SIGKILL');
    rmSync(temp, { recursive: true, force: true });
  };
  process.on('exit', cleanUpOnExit);
  try {
    const setupStarted = performance.now();
    registry = await startRegistry(temp);
    const goBinary = buildGoBinary(temp);
    const images = {};
    for (const [name, shape] of Object.entries(IMAGES)) images[name] = await pushGeneratedImage(registry.url, shape, goBinary);
    console.log(`images: pushed to docker-registry at ${registry.host} in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; median of ${runs} runs each`);
    const references = Object.fromEntries(Object.entries(IMAGES).map(([name, shape]) => [name, `${registry.host}/${REPOSITORY}:${shape.tag}`]));
    const emptyDirectory = path.join(temp, 'empty');
    mkdirSync(emptyDirectory);
    const { warmUp, results } = measureImages(node, cli, emptyDirectory, references, runs);
    for (const name of ['small', 'big']) console.log(`${name} image scan: ${describeImageScan(warmUp[name])}`);
    const small = summarize(results.small);
    const big = summarize(results.big);
    const growth = big.peakRssMb === null || small.peakRssMb === null ? null : big.peakRssMb - small.peakRssMb;
    const checks = {
      peak: big.peakRssMb !== null && big.peakRssMb <= TARGETS.peakRssMb,
      growth: growth !== null && growth <= TARGETS.growthMb,
    };
    console.log('');
    printTable(
      [
        ['image', formatSize(images.small), formatSize(images.big)],
        ['wall time', formatMs(small.ms), formatMs(big.ms)],
        ['pull + scan rate', formatRate(images.small.compressedBytes, small.ms), formatRate(images.big.compressedBytes, big.ms)],
        ['peak RSS', formatMb(small.peakRssMb), formatMb(big.peakRssMb), `big ≤ ${TARGETS.peakRssMb} MB`, verdict(checks.peak)],
        ['peak RSS growth', '', growth === null ? 'n/a' : `${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB`, `big − small ≤ ${TARGETS.growthMb} MB`, verdict(checks.growth)],
        ['runs (ms)', results.small.map((run) => Math.round(run.ms)).join(' '), results.big.map((run) => Math.round(run.ms)).join(' ')],
        ['median RSS', formatMb(median(results.small.map((run) => run.maxRssKb / 1024))), formatMb(median(results.big.map((run) => run.maxRssKb / 1024)))],
      ],
      ['', 'small image', 'big image', 'target', 'result'],
    );
    return Object.values(checks).every(Boolean);
  } finally {
    if (registry) await stopRegistry(registry.child);
    rmSync(temp, { recursive: true, force: true });
    process.off('exit', cleanUpOnExit);
  }
}
