// The hostile part of `npm run bench` (`npm run bench -- --only hostile`): inputs a pull request author can
// write to make the scan slow or big — Dockerfiles of 12 MB and 16 MiB in every shape that stresses one part
// of the reader, an ELF whose program headers list the whole file thousands of times, Gopkg.toml files of
// version ranges, a 60 MB go.mod read with the size cap raised, and an image (pushed to a local docker-registry)
// that takes over a minute to read, scanned with `--image-timeout 10s`. Each is generated under .bench/hostile/
// (gitignored; regenerated when HOSTILE_GENERATOR_VERSION changes) and scanned by `dist/cli.js scan`, one
// case at a time, with its wall time and peak RSS checked against the same targets: every input of any
// shape within seconds and bounded memory. A case that runs past the time limit is stopped and fails.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatMb, formatMs, printTable, rssPreloadArgument, timedRun, verdict } from './bench-measure.mjs';
import { pushLayers, startRegistry, stopRegistry, tarOf } from './bench-image.mjs';

const HOSTILE_GENERATOR_VERSION = 4;
const MiB = 1024 * 1024;
export const HOSTILE_TARGETS = { wallMs: 10_000, peakRssMb: 300 };
/** A case is stopped here: the figures before the fixes ran for minutes or out of memory. */
const KILL_AFTER_MS = 120_000;
const CLIENT_GO = 'k8s.io/client-go';

// ---------------------------------------------------------------------------------------------------------
// Generators: each returns the file's bytes (a string or a Uint8Array) for a size in bytes.

/** Repeats `unit(i)` until the text reaches `size` characters; one join, not a growing string. */
export function repeatTo(size, head, unit, tail = '') {
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 0; length < size; i += 1) {
    const piece = unit(i);
    parts.push(piece);
    length += piece.length;
  }
  parts.push(tail);
  return parts.join('');
}

/**
 * A module for the go commands of unit `i`: client-go every 1,000th unit, so a file names it a few thousand
 * times (each a finding, as it should be) and the bench measures the reader rather than a huge report.
 */
const moduleOf = (i) => (i % 1000 === 0 ? `${CLIENT_GO}@v0.${i % 30}.0` : `example.com/m${i % 5000}@v1.${i % 30}.0`);

export const dockerfiles = {
  /** What a big real Dockerfile looks like, only longer: stages, ARGs, RUNs with go commands, COPYs. */
  mixed: (size) =>
    repeatTo(size, 'ARG CLIENT_GO=v0.20.0\n', (i) =>
      [
        `FROM golang:1.21 AS build${i}`,
        `ARG V${i}=v0.${i % 30}.0`,
        `ENV GOFLAGS=-mod=mod PATH_${i}=/go/bin`,
        `RUN go get ${i % 100 === 0 ? `${CLIENT_GO}@\${CLIENT_GO}` : moduleOf(i + 1)} && go build -o /out/app${i} ./cmd/app${i}`,
        `COPY . /src/${i}`,
        `RUN curl -fsSL https://example.com/release/v1.2${i % 10}.0/bin/linux/amd64/tool -o /usr/bin/tool`,
        '',
      ].join('\n'),
    ),
  oneLine: (size) => repeatTo(size, `FROM golang:1.21\nRUN go get ${CLIENT_GO}@v0.20.0 && echo `, (i) => `word${i % 1000} `, '\n'),
  continuations: (size) => repeatTo(size, 'FROM golang:1.21\nRUN true \\\n', (i) => `  && go get ${moduleOf(i)} \\\n`, '  && true\n'),
  instructions: (size) => repeatTo(size, 'FROM golang:1.21\n', (i) => `RUN go get ${moduleOf(i)}\n`),
  /** Every RUN names client-go: some 200,000 findings, for the report's share. */
  findings: (size) => repeatTo(size, 'FROM golang:1.21\n', (i) => `RUN go get ${CLIENT_GO}@v0.${i % 30}.0\n`),
  heredoc: (size) => repeatTo(size, 'FROM golang:1.21\nRUN <<EOF\n', (i) => `go get ${moduleOf(i)}\n`, 'EOF\n'),
  /** Each ARG doubles the one before: the expanded text would be 2^n long without a cap. */
  expansions: (size) => {
    const args = ['FROM golang:1.21', `ARG A0=${CLIENT_GO}@v0.20.0`];
    for (let i = 1; i <= 64; i += 1) args.push(`ARG A${i}=\${A${i - 1}}\${A${i - 1}}`);
    return repeatTo(size, `${args.join('\n')}\n`, (i) => `RUN go get \${A${(i % 64) + 1}} \${A64:-x} \${A63:+\${A64}}\n`);
  },
  args: (size) => repeatTo(size, 'FROM golang:1.21\n', (i) => `ARG V${i}=v0.${i % 30}.0\nRUN go get ${i % 1000 === 0 ? CLIENT_GO : `example.com/m${i}`}@\${V${i}}\n`),
  stages: (size) =>
    repeatTo(size, 'FROM golang:1.21 AS s0\n', (i) => `FROM s${i} AS s${i + 1}\nCOPY --from=s${i} /out /out\nRUN go get ${moduleOf(i)}\n`),
};

/** A 1 MB Gopkg.toml of many constraints, each a version range. */
function gopkgManyRanges(size) {
  return repeatTo(size, '', (i) => `[[constraint]]\n  name = "example.com/m${i}"\n  version = ">=1.${i % 50}.0, <2.0.0 || ^3.${i % 7}.1 || ~4.0.${i % 9}"\n\n`, `[[constraint]]\n  name = "${CLIENT_GO}"\n  version = ">=10.0.0, <11.0.0"\n`);
}

/** One constraint whose range is a 1 MB chain of alternatives. */
function gopkgOneHugeRange(size) {
  const range = repeatTo(size - 100, '', (i) => `>=1.${i % 50}.${i % 7}, <2.${i % 9}.0 || `, '^10.0.0');
  return `[[constraint]]\n  name = "${CLIENT_GO}"\n  version = "${range}"\n`;
}

/** A go.mod padded with requires and comments to 60 MB; only the cap raised lets the scan read it. */
function goModHuge(size) {
  return repeatTo(
    size,
    `module example.com/huge\n\ngo 1.21\n\nrequire ${CLIENT_GO} v0.20.0\n\nrequire (\n`,
    (i) => (i % 2 === 0 ? `\texample.com/dep${i} v1.${i % 100}.0 // indirect\n` : `\t// padding comment ${i} ${'x'.repeat(40)}\n`),
    ')\n',
  );
}

const PT_LOAD = 1;
const PF_W = 2;
const PF_R = 4;
const BUILD_INFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const MODINFO_START_SENTINEL = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const MODINFO_END_SENTINEL = Buffer.from('f932433186182072008242104116d8f2', 'hex');

/**
 * A 64-bit little-endian ELF of `size` bytes with `segmentCount` writable PT_LOAD program headers that
 * each cover all of the file but its last 8 KiB, the last one all of it, and no section table: a reader that
 * searches segment by segment reads the file `segmentCount` times. The Go 1.18 build info (inline strings)
 * is in the last 4 KiB, which only the last segment holds.
 */
function craftedElf(size, segmentCount) {
  const file = Buffer.alloc(size);
  const programHeaders = 64;
  if (programHeaders + segmentCount * 56 > size - 4096) throw new Error('too many segments for the file size');
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  file.writeUInt16LE(2, 16); // ET_EXEC
  file.writeUInt16LE(62, 18); // EM_X86_64
  file.writeUInt32LE(1, 20);
  file.writeBigUInt64LE(0x400000n, 24);
  file.writeBigUInt64LE(BigInt(programHeaders), 32);
  file.writeBigUInt64LE(0n, 40); // no section headers
  file.writeUInt16LE(64, 52);
  file.writeUInt16LE(56, 54);
  file.writeUInt16LE(segmentCount, 56);
  file.writeUInt16LE(64, 58);
  for (let index = 0; index < segmentCount; index += 1) {
    const entry = programHeaders + index * 56;
    file.writeUInt32LE(PT_LOAD, entry);
    file.writeUInt32LE(PF_R | PF_W, entry + 4);
    file.writeBigUInt64LE(0n, entry + 8);
    file.writeBigUInt64LE(0x400000n, entry + 16);
    file.writeBigUInt64LE(0x400000n, entry + 24);
    const covered = BigInt(index === segmentCount - 1 ? size : size - 8192);
    file.writeBigUInt64LE(covered, entry + 32);
    file.writeBigUInt64LE(covered, entry + 40);
    file.writeBigUInt64LE(0x1000n, entry + 48);
  }
  const header = size - 4096;
  BUILD_INFO_MAGIC.copy(file, header);
  file[header + 14] = 8;
  file[header + 15] = 2; // strings inline
  const version = Buffer.from('go1.21.0');
  const modinfo = Buffer.concat([
    MODINFO_START_SENTINEL,
    Buffer.from(`path\texample.com/app\nmod\texample.com/app\t(devel)\t\ndep\t${CLIENT_GO}\tv0.20.0\th1:abc=\n`),
    MODINFO_END_SENTINEL,
  ]);
  let at = header + 32;
  file[at++] = version.length;
  version.copy(file, at);
  at += version.length;
  file[at++] = (modinfo.length & 0x7f) | 0x80;
  file[at++] = modinfo.length >> 7;
  modinfo.copy(file, at);
  return file;
}

/**
 * A 64-bit ELF of `size` zero bytes but its headers, with 16 writable PT_LOAD segments starting at offsets 0
 * to 15 and running to the end, and no build info: overlapping ranges merge only where their aligned
 * candidates line up (the same offset modulo 16). Searching each merged range apart read the file 16 times
 * over; the search now reads each byte of the ranges' union once.
 */
function phaseShiftedElf(size) {
  const segmentCount = 16;
  const file = Buffer.alloc(size);
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  file.writeUInt16LE(2, 16);
  file.writeUInt16LE(62, 18);
  file.writeUInt32LE(1, 20);
  file.writeBigUInt64LE(64n, 32);
  file.writeUInt16LE(64, 52);
  file.writeUInt16LE(56, 54);
  file.writeUInt16LE(segmentCount, 56);
  for (let index = 0; index < segmentCount; index += 1) {
    const entry = 64 + index * 56;
    file.writeUInt32LE(PT_LOAD, entry);
    file.writeUInt32LE(PF_R | PF_W, entry + 4);
    file.writeBigUInt64LE(BigInt(index), entry + 8);
    file.writeBigUInt64LE(BigInt(0x400000 + index), entry + 16);
    file.writeBigUInt64LE(BigInt(size - index), entry + 32);
    file.writeBigUInt64LE(BigInt(size - index), entry + 40);
  }
  return file;
}

/**
 * A gzipped tar of one non-executable file of `size` zero bytes, as concatenated gzip members (one member of
 * 64 MiB of zeros, repeated), so that making a 16 GiB layer costs a fraction of a second and 16 MB.
 */
async function gzipBombLayer(size) {
  const piece = 64 * MiB;
  const header = (await tarOf([{ name: 'var/lib/zeros.bin', mode: 0o644, body: Buffer.alloc(0) }])).subarray(0, 512);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
  header.fill(' ', 148, 156);
  const checksum = header.reduce((total, byte) => total + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  const zeros = gzipSync(Buffer.alloc(piece), { level: 9 });
  return Buffer.concat([gzipSync(header), ...Array.from({ length: size / piece }, () => zeros), gzipSync(Buffer.alloc(1024))]);
}

/**
 * An image that takes over a minute to read with no deadline (a 512 MiB crafted ELF, then
 * a layer that gunzips to 16 GiB): with `--image-timeout 10s` the scan must end at the deadline, the image
 * `unknown`. Pushed to a local docker-registry (scripts/bench-image.mjs) for the run.
 */
async function slowImageLayers() {
  const elf = await tarOf([{ name: 'usr/local/bin/crafted', mode: 0o755, body: phaseShiftedElf(512 * MiB) }]);
  return [gzipSync(elf, { level: 9 }), await gzipBombLayer(16 * 1024 * MiB)];
}

const IMAGE_TIMEOUT_MS = 10_000;

/** Every case: where its input goes, how it is made, and the scan's extra arguments. */
export const HOSTILE_CASES = [
  { name: 'Dockerfile 12 MB, mixed instructions', file: 'dockerfile-mixed-12mb/Dockerfile', make: () => dockerfiles.mixed(12_000_000) },
  { name: 'Dockerfile 16 MiB, one line', file: 'dockerfile-one-line/Dockerfile', make: () => dockerfiles.oneLine(16 * MiB - 1024) },
  { name: 'Dockerfile 16 MiB, continuation lines', file: 'dockerfile-continuations/Dockerfile', make: () => dockerfiles.continuations(16 * MiB - 1024) },
  { name: 'Dockerfile 16 MiB, many instructions', file: 'dockerfile-instructions/Dockerfile', make: () => dockerfiles.instructions(16 * MiB - 1024) },
  { name: 'Dockerfile 12 MB, a client-go RUN a line', file: 'dockerfile-findings/Dockerfile', make: () => dockerfiles.findings(12_000_000) },
  { name: 'Dockerfile 16 MiB, one heredoc', file: 'dockerfile-heredoc/Dockerfile', make: () => dockerfiles.heredoc(16 * MiB - 1024) },
  { name: 'Dockerfile 16 MiB, doubling ${VAR}', file: 'dockerfile-expansions/Dockerfile', make: () => dockerfiles.expansions(16 * MiB - 1024) },
  { name: 'Dockerfile 16 MiB, many ARGs', file: 'dockerfile-args/Dockerfile', make: () => dockerfiles.args(16 * MiB - 1024) },
  { name: 'Dockerfile 16 MiB, many stages', file: 'dockerfile-stages/Dockerfile', make: () => dockerfiles.stages(16 * MiB - 1024) },
  { name: 'ELF 64 MiB, 8,000 writable PT_LOADs', file: 'elf-segments/app', make: () => craftedElf(64 * MiB, 8000), args: ['--binary', 'app'] },
  { name: 'ELF 256 MiB, 16 phase-shifted PT_LOADs', file: 'elf-phases/app', make: () => phaseShiftedElf(256 * MiB), args: ['--binary', 'app'] },
  { name: 'Gopkg.toml 1 MB, many ranges', file: 'gopkg-many-ranges/Gopkg.toml', make: () => gopkgManyRanges(1_000_000) },
  { name: 'Gopkg.toml 1 MB, one range', file: 'gopkg-one-range/Gopkg.toml', make: () => gopkgOneHugeRange(1_000_000) },
  { name: 'go.mod 60 MB (--max-file-size 64m)', file: 'go-mod-60mb/go.mod', make: () => goModHuge(60_000_000), args: ['--max-file-size', '64m'] },
  {
    name: 'image past its timeout (--image-timeout 10s)',
    file: 'image-timeout/README.md',
    make: () => 'the scanned tree is empty: the time goes into the image\n',
    image: { tag: 'past-timeout', layers: slowImageLayers },
    args: ['--image-timeout', `${IMAGE_TIMEOUT_MS / 1000}s`, '--allowed-registries', '127.0.0.1', '--insecure-registries', '127.0.0.1'],
    /** The deadline plus start-up and the report: the case is about stopping at the deadline. */
    wallMs: IMAGE_TIMEOUT_MS + 2_000,
  },
];

// ---------------------------------------------------------------------------------------------------------

function generateCases(directory, regenerate) {
  const stamp = path.join(directory, 'generator-version');
  const current = existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === String(HOSTILE_GENERATOR_VERSION);
  if (current && !regenerate) return;
  rmSync(directory, { recursive: true, force: true });
  for (const hostile of HOSTILE_CASES) {
    const target = path.join(directory, hostile.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, hostile.make(), hostile.file.endsWith('app') ? { mode: 0o755 } : undefined);
  }
  writeFileSync(stamp, `${HOSTILE_GENERATOR_VERSION}\n`);
}

function describeOutput(run) {
  if (run.error?.code === 'ETIMEDOUT') return `stopped after ${KILL_AFTER_MS / 1000} s`;
  try {
    const report = JSON.parse(run.stdout);
    const kinds = ['outdated', 'ok', 'unknown'].map((kind) => `${report.summary[kind]} ${kind}`).join(', ');
    return `${report.findings.length} findings (${kinds}), ${report.diagnostics.length} diagnostics`;
  } catch {
    const last = run.stderr.trim().split('\n').at(-1) ?? '';
    return `no report (exit ${run.status ?? run.signal ?? '?'}): ${last.slice(0, 100)}`;
  }
}

/**
 * Starts a local registry and pushes the images of the selected cases, when any has one: their arguments
 * then name the image. Answers how to stop the registry.
 */
async function pushCaseImages(cases) {
  const withImages = cases.filter((hostile) => hostile.image);
  if (withImages.length === 0) return { references: new Map(), stop: async () => undefined };
  const temp = mkdtempSync(path.join(os.tmpdir(), 'cgtg-bench-hostile-'));
  const registry = await startRegistry(temp);
  const stop = async () => {
    await stopRegistry(registry.child);
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    const references = new Map();
    for (const hostile of withImages) references.set(hostile, await pushLayers(registry, hostile.image.tag, await hostile.image.layers()));
    return { references, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Generates the inputs, scans each once, prints the table; answers whether every case met its targets. */
export async function benchHostile({ node, cli, benchDirectory, regenerate = false, only = null }) {
  const directory = path.join(benchDirectory, 'hostile');
  generateCases(directory, regenerate);
  const rows = [];
  let passed = true;
  const cases = HOSTILE_CASES.filter((candidate) => only === null || candidate.name.toLowerCase().includes(only.toLowerCase()));
  const images = await pushCaseImages(cases);
  try {
    for (const hostile of cases) {
      const row = runCase(node, cli, directory, hostile, images.references.get(hostile));
      passed &&= row.ok;
      rows.push(row.cells);
    }
  } finally {
    await images.stop();
  }
  console.log('');
  printTable(rows, ['case', 'wall time', 'peak RSS', `≤ ${HOSTILE_TARGETS.wallMs / 1000} s (an image: its timeout + 2 s), < ${HOSTILE_TARGETS.peakRssMb} MB`, 'scan output']);
  return passed;
}

export function runCase(node, cli, directory, hostile, imageReference) {
  const root = path.join(directory, path.dirname(hostile.file));
  const image = imageReference === undefined ? [] : ['--image', imageReference];
  const run = timedRun(node, [rssPreloadArgument(), cli, 'scan', root, '--format', 'json', '--no-config', '--fail-on', 'never', ...image, ...(hostile.args ?? [])], {
    timeout: KILL_AFTER_MS,
    killSignal: 'SIGKILL',
  });
  const peakRssMb = run.maxRssKb === null ? null : run.maxRssKb / 1024;
  const ok = run.status === 0 && run.ms <= (hostile.wallMs ?? HOSTILE_TARGETS.wallMs) && peakRssMb !== null && peakRssMb < (hostile.peakRssMb ?? HOSTILE_TARGETS.peakRssMb);
  console.log(`${hostile.name}: ${formatMs(run.ms)}, ${formatMb(peakRssMb)}`);
  return { ok, cells: [hostile.name, formatMs(run.ms), formatMb(peakRssMb), verdict(ok), describeOutput(run)] };
}
