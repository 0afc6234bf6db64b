import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pushEvent } from '../helpers/github-event-payloads.js';
import { goTestBinaries, installedGoVersion, removeGoTestBinaries, type GoTestBinaries } from '../helpers/go-binaries.js';
import { gzipLayer } from '../helpers/image-layers.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage, pushIndex } from '../helpers/registry-push.js';
import { startFlakyProxy, startProxy, startSilentServer } from '../helpers/registry-test-servers.js';
import { NODE_BINARIES, runActionWithEvent, type ActionRun } from '../helpers/run-bundle.js';

/**
 * dist/index.js pulling real images from Debian's docker-registry on 127.0.0.1: images assembled from
 * real Go binaries (built against client-go v10.0.0+incompatible and v0.15.7) and pushed over the
 * registry API, with and without auth, one of them multi-platform; a registry that fails three times,
 * one that never answers.
 */

const available = (installedGoVersion() !== null || process.env['CI'] === 'true') && dockerRegistryAvailable();

interface ReportedFinding {
  file: string;
  line: number;
  column: number;
  source: string;
  verdict: string;
  effective: string | null;
  message: string;
  fix: string | null;
}

const CREDENTIALS = { username: 'gate', password: 'pa55-word' };
/** The test registries are plain http on 127.0.0.1: refused unless the workflow allows both explicitly. */
const LOOPBACK_REGISTRIES = { 'allowed-registries': '127.0.0.1', 'insecure-registries': '127.0.0.1' };
const PUSH_EVENT = { name: 'push', payload: pushEvent({ before: '0'.repeat(40), after: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' }) };

function binaryLayer(binaries: GoTestBinaries, name: keyof GoTestBinaries['paths'], inImage: string): Buffer {
  return gzipLayer([
    { type: 'directory', path: 'usr/local/bin' },
    { type: 'file', path: inImage, content: readFileSync(binaries.paths[name]), mode: 0o755 },
  ]);
}

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cgtg-images-workspace-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function findingsOf(run: ActionRun): ReportedFinding[] {
  return (JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { findings: ReportedFinding[] }).findings;
}

(available ? describe : describe.skip)('container images through dist/index.js', () => {
  let binaries: GoTestBinaries;
  let open: LocalRegistry;
  let locked: LocalRegistry;
  const workspaces: string[] = [];

  beforeAll(async () => {
    binaries = await goTestBinaries();
    [open, locked] = await Promise.all([startLocalRegistry(), startLocalRegistry({ credentials: CREDENTIALS })]);
    const amd64 = { os: 'linux', architecture: 'amd64' };
    const arm64 = { os: 'linux', architecture: 'arm64' };
    const base = gzipLayer([{ type: 'file', path: 'etc/os-release', content: 'ID=test\n' }]);
    await pushImage({ url: open.url }, { repository: 'team/controller', tag: 'v1', layers: [base, binaryLayer(binaries, 'linux-amd64', 'usr/local/bin/controller')], platform: amd64 });
    const outdated = await pushImage({ url: open.url }, { repository: 'team/multi', tag: null, layers: [binaryLayer(binaries, 'linux-amd64', 'usr/local/bin/agent')], platform: amd64, format: 'oci' });
    const current = await pushImage({ url: open.url }, { repository: 'team/multi', tag: null, layers: [binaryLayer(binaries, 'semantic-version', 'usr/local/bin/agent')], platform: arm64, format: 'oci' });
    await pushIndex({ url: open.url }, { repository: 'team/multi', tag: 'v2', manifests: [{ ...outdated, platform: amd64 }, { ...current, platform: arm64 }] });
    await pushImage({ url: locked.url, credentials: CREDENTIALS }, { repository: 'private/operator', tag: 'v3', layers: [binaryLayer(binaries, 'linux-amd64', 'usr/local/bin/operator')], platform: amd64 });
  }, 300_000);

  afterAll(async () => {
    await Promise.all([open?.stop(), locked?.stop()]);
    for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
    removeGoTestBinaries();
  });

  const workspace = (files: Record<string, string>): string => {
    const root = workspaceWith(files);
    workspaces.push(root);
    return root;
  };

  describe.each(NODE_BINARIES)('on %s', (_label, node) => {
    it('reports the client-go inside a FROM image at the FROM line, naming the digest and the binary', async () => {
      const root = workspace({ 'deploy/Dockerfile': `# the controller image\nFROM ${open.host}/team/controller:v1\nCOPY config.yaml /etc/\n` });
      const run = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, 'inspect-dockerfile-images': 'true' }, PUSH_EVENT);
      expect(run.status).toBe(1);
      const [finding, ...others] = findingsOf(run);
      expect(others).toEqual([]);
      expect(finding).toMatchObject({ file: 'deploy/Dockerfile', line: 2, column: 6, source: 'go-binary', verdict: 'outdated', effective: 'v10.0.0+incompatible' });
      expect(finding?.message).toContain('/usr/local/bin/controller');
      expect(finding?.message).toMatch(/sha256:[0-9a-f]{64}/);
      expect(run.stdout).toMatch(/^::error title=[^,]*,file=deploy\/Dockerfile,line=2,/m);
    });

    it('picks linux/amd64 from a multi-platform index by default, and another platform when asked', async () => {
      const root = workspace({ 'README.md': 'images only\n' });
      const amd64 = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: `${open.host}/team/multi:v2` }, PUSH_EVENT);
      expect(findingsOf(amd64).map((finding) => [finding.file, finding.line, finding.verdict])).toEqual([['images', 1, 'outdated']]);
      const arm64 = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: `${open.host}/team/multi:v2`, 'image-platform': 'linux/arm64' }, PUSH_EVENT);
      expect(arm64.status).toBe(0);
      expect(findingsOf(arm64).map((finding) => finding.verdict)).toEqual(['ok']);
    });

    it('pulls from a registry with auth using registry-username / registry-password, and says what to do without them', async () => {
      const root = workspace({ 'README.md': 'private\n' });
      const image = `${locked.host}/private/operator:v3`;
      const withCredentials = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: image, registry: locked.host, 'registry-username': CREDENTIALS.username, 'registry-password': CREDENTIALS.password }, PUSH_EVENT);
      expect(findingsOf(withCredentials).map((finding) => finding.verdict)).toEqual(['outdated']);
      // The runner masks the password from the log once the action registers it; it appears nowhere else.
      expect(withCredentials.stdout.split('\n').filter((line) => line.includes(CREDENTIALS.password))).toEqual([`::add-mask::${CREDENTIALS.password}`]);
      const anonymous = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: image }, PUSH_EVENT);
      const [unknown] = findingsOf(anonymous);
      expect(unknown).toMatchObject({ file: 'images', line: 1, verdict: 'unknown' });
      expect(unknown?.message).toContain('registry-username');
      expect(anonymous.status).toBe(0);
    });

    it('a second run with the same RUNNER_TEMP reads the image from the cache by digest: no layer is downloaded again', async () => {
      const blobRequests: string[] = [];
      const proxy = await startProxy(open.url, (request) => {
        if (/\/blobs\//.test(request.url ?? '')) blobRequests.push(request.url ?? '');
        return false;
      });
      const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'cgtg-images-runner-'));
      workspaces.push(runnerTemp);
      try {
        const root = workspace({ 'README.md': 'cached\n' });
        const event = { ...PUSH_EVENT, env: { RUNNER_TEMP: runnerTemp } };
        const first = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: `${proxy.host}/team/controller:v1` }, event);
        const downloaded = blobRequests.length;
        expect(downloaded).toBeGreaterThanOrEqual(2);
        const second = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: `${proxy.host}/team/controller:v1` }, event);
        // Only the small image config is read again (it names the platform); no layer is.
        expect(blobRequests.slice(downloaded)).toEqual([blobRequests[0]]);
        expect(findingsOf(second)).toEqual(findingsOf(first));
      } finally {
        await proxy.close();
      }
    });

    it('a registry that answers 500 three times and then 200 still gives the right verdict', async () => {
      const flaky = await startFlakyProxy(open.url, { failFirst: 3, status: 500 });
      try {
        const root = workspace({ 'README.md': 'flaky\n' });
        const run = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: `${flaky.host}/team/controller:v1` }, PUSH_EVENT);
        expect(flaky.failures()).toBe(3);
        expect(findingsOf(run).map((finding) => finding.verdict)).toEqual(['outdated']);
        expect(run.status).toBe(1);
      } finally {
        await flaky.close();
      }
    });

    it('a registry that never answers gives unknown within the image timeout, and the rest of the scan goes on', async () => {
      const silent = await startSilentServer();
      try {
        const root = workspace({ 'go.mod': 'module example.com/app\n\ngo 1.21\n\nrequire k8s.io/client-go v0.28.4\n' });
        const run = await runActionWithEvent(node, root, { ...LOOPBACK_REGISTRIES, images: `${silent.host}/team/controller:v1`, 'image-timeout': '2s' }, PUSH_EVENT);
        const findings = findingsOf(run);
        expect(findings.map((finding) => [finding.file, finding.verdict])).toEqual([
          ['go.mod', 'ok'],
          ['images', 'unknown'],
        ]);
        expect(findings[1]?.message).toContain('not read within 2 s');
        expect(run.status).toBe(0);
      } finally {
        await silent.close();
      }
    });
  });
});
