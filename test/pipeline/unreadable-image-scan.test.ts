import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import type { ImageScanSettings } from '../../src/model/settings.js';
import { gzipLayer } from '../helpers/image-layers.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage } from '../helpers/registry-push.js';
import { startProxy, type TestServer } from '../helpers/registry-test-servers.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';

/**
 * An image whose layers cannot all be read may hide the binary that decides the verdict: a layer with the
 * wrong digest, or one cut off mid-download, is an `unknown` finding at the reference, never silence.
 */
const TOOL = { name: 'client-go-token-gate', version: 'test' };

(dockerRegistryAvailable() ? describe : describe.skip)('an image whose layers cannot be read in full', () => {
  let registry: LocalRegistry;
  let wrongDigest: TestServer;
  let cutShort: TestServer;
  let layerDigest = '';
  let root = '';

  beforeAll(async () => {
    registry = await startLocalRegistry();
    const layer = gzipLayer([{ type: 'file', path: 'etc/os-release', content: 'ID=test\n'.repeat(4000) }]);
    const image = await pushImage({ url: registry.url }, { repository: 'team/app', tag: 'v1', layers: [layer], platform: { os: 'linux', architecture: 'amd64' } });
    layerDigest = image.layers?.[0]?.digest ?? '';
    const isLayer = (url: string | undefined): boolean => (url ?? '').endsWith(`/blobs/${layerDigest}`);
    // A well-formed layer, but not the one the manifest names: only the digest can tell.
    const impostor = gzipLayer([{ type: 'file', path: 'etc/os-release', content: 'ID=other\n' }]);
    wrongDigest = await startProxy(registry.url, (request, response) => {
      if (!isLayer(request.url)) return false;
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(impostor.length) }).end(impostor);
      return true;
    });
    cutShort = await startProxy(registry.url, (request, response) => {
      if (!isLayer(request.url)) return false;
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(layer.length) });
      response.write(layer.subarray(0, Math.floor(layer.length / 2)), () => response.destroy());
      return true;
    });
    root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-unreadable-image-'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([wrongDigest?.close(), cutShort?.close(), registry?.stop()]);
    rmSync(root, { recursive: true, force: true });
  });

  const images = (reference: string): ImageScanSettings => ({
    references: [reference],
    fromDockerfiles: false,
    platform: 'linux/amd64',
    timeoutMs: 30_000,
    credentials: new Map(),
    // The stand-ins listen on loopback over plain http: both lists must name it.
    allowedRegistries: ['127.0.0.1'],
    insecureRegistries: ['127.0.0.1'],
    workDirectory: null,
  });

  it.each([
    ['a layer whose bytes do not match its digest', () => wrongDigest.host, 'digest mismatch'],
    ['a layer cut off mid-download', () => cutShort.host, 'cut short'],
  ])('%s is an unknown finding at the reference that fails under fail-on: unknown', async (_label, host, phrase) => {
    const report = await scanRepository(scanSettingsFor(root, { failOn: 'unknown', images: images(`${host()}/team/app:v1`) }), TOOL);
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.source, finding.verdict])).toEqual([['images', 1, 'go-binary', 'unknown']]);
    const [finding] = report.findings;
    expect(finding?.message).toContain('not every layer');
    expect(finding?.message).toContain(layerDigest);
    expect(finding?.message).toContain(phrase);
    expect(report.result).toBe('fail');
  });

  it('the same image read in full from the registry itself gives no finding (it holds no Go binary)', async () => {
    const report = await scanRepository(scanSettingsFor(root, { failOn: 'unknown', images: images(`${registry.host}/team/app:v1`) }), TOOL);
    expect(report.findings).toEqual([]);
    expect(report.result).toBe('pass');
  });
});
