import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { pushEvent } from '../helpers/github-event-payloads.js';
import { gzipLayer, tarLayer } from '../helpers/image-layers.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage, sha256Digest } from '../helpers/registry-push.js';
import { startProxy, type TestServer } from '../helpers/registry-test-servers.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { NODE_BINARIES, runActionWithEvent, type ActionRun } from '../helpers/run-bundle.js';
import { phaseShiftedSegmentsElf } from '../helpers/synthetic-go-elf.js';

/**
 * `image-timeout` holds wherever an image's time goes: a registry that trickles a layer's bytes, a layer
 * that gunzips to gigabytes, an executable whose build info search reads it many times over. Each run
 * gets the smallest useful deadline and must end with one `unknown` finding at the image reference that
 * says the deadline ran out, the rest of the scan intact. Timing itself is the bench's business
 * (`npm run bench -- --only hostile --case timeout`), never asserted here.
 */

const available = dockerRegistryAvailable();
const MiB = 1024 * 1024;
const LOOPBACK = { 'allowed-registries': '127.0.0.1', 'insecure-registries': '127.0.0.1' };
const PUSH_EVENT = { name: 'push', payload: pushEvent({ before: '0'.repeat(40), after: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' }) };
const TIMED_OUT = 'not read within 1 s (image-timeout)';
const AMD64 = { os: 'linux', architecture: 'amd64' };
/** A config naming the layer's diff ID is not needed to scan; a fixed one spares gunzipping a bomb to make it. */
const CONFIG = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }));

interface ReportedFinding {
  file: string;
  line: number;
  verdict: string;
  message: string;
}

/** A tar of one `size`-byte file of zeros, gzipped as concatenated members so that making it costs little. */
function gzipBombLayer(size: number): Buffer {
  const piece = 64 * MiB;
  const header = tarLayer([{ type: 'file', path: 'var/lib/zeros.bin', content: new Uint8Array(0) }]).subarray(0, 512);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
  header.fill(' ', 148, 156);
  const checksum = header.reduce((total, byte) => total + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  const zeros = gzipSync(Buffer.alloc(piece), { level: 9 });
  const members = [gzipSync(header), ...Array.from({ length: size / piece }, () => zeros), gzipSync(Buffer.alloc(1024))];
  return Buffer.concat(members);
}

/** Serves the layer blob `digest` at a few bytes a tick, forever slower than any deadline; the rest comes from the registry. */
async function startTricklingRegistry(registryUrl: string, digest: string, blob: Buffer): Promise<TestServer> {
  const trickles = new Set<NodeJS.Timeout>();
  const server = await startProxy(registryUrl, (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!(request.url ?? '').endsWith(`/blobs/${digest}`)) return false;
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(blob.length), 'docker-content-digest': digest });
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed || sent >= blob.length) {
        clearInterval(timer);
        trickles.delete(timer);
        return;
      }
      response.write(blob.subarray(sent, sent + 16));
      sent += 16;
    }, 50);
    trickles.add(timer);
    return true;
  });
  return {
    ...server,
    close: async () => {
      for (const timer of trickles) clearInterval(timer);
      await server.close();
    },
  };
}

/** dist/cli.js without blocking this process, so that the stand-in registry it talks to keeps serving. */
function runCli(node: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(node, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], { env: { PATH: process.env.PATH ?? '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

function findingsOfAction(run: ActionRun): ReportedFinding[] {
  return (JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { findings: ReportedFinding[] }).findings;
}

(available ? describe : describe.skip)('image-timeout wherever the time goes', () => {
  let registry: LocalRegistry;
  let trickling: TestServer;
  const directory = (files: Record<string, string> = {}): string => inlineRepo(files);

  beforeAll(async () => {
    registry = await startLocalRegistry();
    const base = gzipLayer([{ type: 'file', path: 'etc/os-release', content: 'ID=test\n' }]);
    const slowLayer = gzipLayer([{ type: 'file', path: 'usr/local/bin/app', content: Buffer.alloc(256 * 1024, 1), mode: 0o755 }]);
    await pushImage({ url: registry.url }, { repository: 'team/slow', tag: 'v1', layers: [base, slowLayer], config: CONFIG, platform: AMD64 });
    const elfLayer = gzipLayer([{ type: 'file', path: 'usr/local/bin/crafted', content: phaseShiftedSegmentsElf(256 * MiB), mode: 0o755 }], { gzipLevel: 9 });
    await pushImage({ url: registry.url }, { repository: 'team/crafted-elf', tag: 'v1', layers: [elfLayer], config: CONFIG, platform: AMD64 });
    await pushImage({ url: registry.url }, { repository: 'team/bomb', tag: 'v1', layers: [gzipBombLayer(16 * 1024 * MiB)], config: CONFIG, platform: AMD64 });
    trickling = await startTricklingRegistry(registry.url, sha256Digest(slowLayer), slowLayer);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([trickling?.close(), registry?.stop()]);
    removeFixtureRepos();
  });

  describe.each(NODE_BINARIES)('on %s', (_label, node) => {
    it('a layer trickled by the registry: the action\'s `images` input gives unknown at the reference, the rest of the scan goes on', async () => {
      const root = directory({ 'go.mod': 'module example.com/app\n\ngo 1.21\n\nrequire k8s.io/client-go v0.28.4\n' });
      const run = await runActionWithEvent(node, root, { ...LOOPBACK, images: `${trickling.host}/team/slow:v1`, 'image-timeout': '1s', 'fail-on': 'unknown' }, PUSH_EVENT);
      const findings = findingsOfAction(run);
      expect(findings.map((finding) => [finding.file, finding.line, finding.verdict])).toEqual([
        ['go.mod', 5, 'ok'],
        ['images', 1, 'unknown'],
      ]);
      expect(findings[1]?.message).toContain(TIMED_OUT);
      expect(run.status).toBe(1);
    });

    it('a FROM image whose layer is trickled (inspect-dockerfile-images): unknown at the FROM line', async () => {
      const root = directory({ 'build/Dockerfile': `FROM ${trickling.host}/team/slow:v1\nRUN true\n` });
      const run = await runActionWithEvent(node, root, { ...LOOPBACK, 'inspect-dockerfile-images': 'true', 'image-timeout': '1s' }, PUSH_EVENT);
      const findings = findingsOfAction(run);
      expect(findings.map((finding) => [finding.file, finding.line, finding.verdict])).toEqual([['build/Dockerfile', 1, 'unknown']]);
      expect(findings[0]?.message).toContain(TIMED_OUT);
    });

    it.each([
      ['an executable whose build info search reads it 16 times', 'team/crafted-elf:v1'],
      ['a layer that gunzips to 16 GiB', 'team/bomb:v1'],
    ])('%s: the CLI\'s --image gives unknown at the reference', async (_what, image) => {
      const run = await runCli(node, ['scan', directory(), '--image', `${registry.host}/${image}`, ...Object.entries(LOOPBACK).flatMap(([name, value]) => [`--${name}`, value]), '--image-timeout', '1s', '--format', 'json', '--fail-on', 'unknown']);
      const report = JSON.parse(run.stdout) as { findings: ReportedFinding[] };
      expect(report.findings.map((finding) => [finding.file, finding.line, finding.verdict])).toEqual([['images', 1, 'unknown']]);
      expect(report.findings[0]?.message).toContain(TIMED_OUT);
      expect(run.status).toBe(1);
    });
  });
});
