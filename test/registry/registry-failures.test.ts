import { openBlob, resolveImage, type RegistryClientOptions } from '../../src/registry/registry-client.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage, type PushedImage } from '../helpers/registry-push.js';
import { startFlakyProxy, startProxy, startSilentServer, type TestServer } from '../helpers/registry-test-servers.js';
import { expectRegistryError, layer, readAll, reference, registryErrorOf, LOOPBACK_ACCESS } from './registry-fixtures.js';

/** Short enough for a test, long enough that a loaded machine still answers a healthy loopback request. */
const SHORT_TIMEOUT_MS = 1_500;
const FAST: RegistryClientOptions = { backoffMs: 1, retries: 3, timeoutMs: 20_000, access: LOOPBACK_ACCESS };

async function using<T extends TestServer>(server: Promise<T>, check: (server: T) => Promise<void>): Promise<void> {
  const started = await server;
  try {
    await check(started);
  } finally {
    await started.close();
  }
}

describe('registry failures that need no registry', () => {
  it('times out on a server that accepts the connection and never answers', async () => {
    await using(startSilentServer(), async (silent) => {
      await expectRegistryError(resolveImage(reference(`${silent.host}/app:1`), { ...FAST, timeoutMs: SHORT_TIMEOUT_MS }), 'timeout', `${silent.host}/app`, 'did not finish answering within 1.5 s');
    });
  });

  it('reports a host that does not resolve as a DNS failure', async () => {
    await expectRegistryError(resolveImage(reference('registry.invalid/app:1'), FAST), 'dns', 'registry.invalid/app', 'could not be resolved');
  });

  it('reports a refused connection as a server failure, after retrying', async () => {
    const closed = await startSilentServer();
    await closed.close();
    await expectRegistryError(resolveImage(reference(`${closed.host}/app:1`), FAST), 'server', `could not reach ${closed.host}`);
  });

  it('gives the caller its own abort reason', async () => {
    await using(startSilentServer(), async (silent) => {
      const controller = new AbortController();
      const pending = resolveImage(reference(`${silent.host}/app:1`), { ...FAST, signal: controller.signal });
      controller.abort(new Error('scan cancelled'));
      await expect(pending).rejects.toThrow('scan cancelled');
    });
  });
});

(dockerRegistryAvailable() ? describe : describe.skip)('registry failures in front of a real registry', () => {
  let registry: LocalRegistry;
  let image: PushedImage;

  beforeAll(async () => {
    registry = await startLocalRegistry();
    image = await pushImage(registry, { repository: 'app', tag: '1', layers: [layer('payload')], platform: { os: 'linux', architecture: 'amd64' } });
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
  });

  it('retries three 500s and succeeds on the fourth answer', async () => {
    await using(startFlakyProxy(registry.url, { failFirst: 3, status: 500 }), async (flaky) => {
      const resolved = await resolveImage(reference(`${flaky.host}/app:1`), FAST);
      expect(resolved.digest).toBe(image.digest);
      expect(flaky.failures()).toBe(3);
    });
  });

  it('gives up after the retries with a server error naming the registry', async () => {
    await using(startFlakyProxy(registry.url, { failFirst: 4, status: 503 }), async (flaky) => {
      await expectRegistryError(resolveImage(reference(`${flaky.host}/app:1`), FAST), 'server', `${flaky.host}/app`, 'HTTP 503', 'try again later');
    });
  });

  it('waits as Retry-After says on 429 and then succeeds', async () => {
    await using(startFlakyProxy(registry.url, { failFirst: 2, status: 429, retryAfter: '0' }), async (flaky) => {
      const resolved = await resolveImage(reference(`${flaky.host}/app:1`), { ...FAST, backoffMs: 60_000 });
      expect(resolved.digest).toBe(image.digest);
      expect(flaky.failures()).toBe(2);
    });
  });

  it('reports rate limiting when Retry-After asks for longer than the time left', async () => {
    await using(startFlakyProxy(registry.url, { failFirst: 1, status: 429, retryAfter: '3600' }), async (flaky) => {
      await expectRegistryError(resolveImage(reference(`${flaky.host}/app:1`), { ...FAST, timeoutMs: SHORT_TIMEOUT_MS }), 'rate-limited', 'HTTP 429', 'registry-username');
    });
  });

  it('does not retry 404', async () => {
    await using(startFlakyProxy(registry.url, { failFirst: 1, status: 404 }), async (flaky) => {
      await expectRegistryError(resolveImage(reference(`${flaky.host}/app:1`), FAST), 'not-found', 'HTTP 404');
      expect(flaky.failures()).toBe(1);
    });
  });

  it('retries a blob download that fails before its body', async () => {
    await using(startFlakyProxy(registry.url, { failFirst: 2, status: 502, pathPattern: /\/blobs\/sha256:/ }), async (flaky) => {
      const resolved = await resolveImage(reference(`${flaky.host}/app:1`), FAST);
      expect(await readAll(await openBlob(resolved, image.layers[0]?.digest ?? '', FAST))).toEqual(layer('payload'));
    });
  });

  it('times out a blob whose body stalls half way', async () => {
    const stalling = startProxy(registry.url, (request, response) => {
      if (!request.url?.includes(image.layers[0]?.digest ?? '?')) return false;
      response.writeHead(200, { 'content-length': String(image.layers[0]?.size ?? 0) });
      response.write(layer('payload').subarray(0, 4));
      return true;
    });
    await using(stalling, async (proxy) => {
      const resolved = await resolveImage(reference(`${proxy.host}/app:1`), FAST);
      const stream = await openBlob(resolved, image.layers[0]?.digest ?? '', { ...FAST, timeoutMs: SHORT_TIMEOUT_MS });
      const error = await registryErrorOf(readAll(stream));
      expect(error.kind).toBe('timeout');
    });
  });

  it('hands out the first bytes of a blob before the registry has sent the rest', async () => {
    let sendRest: () => void = () => undefined;
    const bytes = layer('payload');
    const halting = startProxy(registry.url, (request, response) => {
      if (!request.url?.includes(image.layers[0]?.digest ?? '?')) return false;
      response.writeHead(200, { 'content-length': String(bytes.length) });
      response.write(bytes.subarray(0, 4));
      sendRest = () => response.end(bytes.subarray(4));
      return true;
    });
    await using(halting, async (proxy) => {
      const resolved = await resolveImage(reference(`${proxy.host}/app:1`), FAST);
      const stream = await openBlob(resolved, image.layers[0]?.digest ?? '', FAST);
      const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve));
      expect(first).toEqual(bytes.subarray(0, 4));
      const rest = readAll(stream);
      sendRest();
      expect(Buffer.concat([first, await rest])).toEqual(bytes);
    });
  });

  it('refuses a manifest whose content does not match the digest asked for', async () => {
    const lying = startProxy(registry.url, async (request, response) => {
      if (!request.url?.includes('/manifests/sha256:')) return false;
      const other = await fetch(`${registry.url}/v2/app/manifests/1`, { headers: { accept: image.mediaType } });
      const body = Buffer.from(`${await other.text()}\n`);
      response.writeHead(200, { 'content-type': image.mediaType, 'content-length': String(body.length) }).end(body);
      return true;
    });
    await using(lying, async (proxy) => {
      await expectRegistryError(resolveImage(reference(`${proxy.host}/app@${image.digest}`), FAST), 'corrupt', 'corrupt manifest: digest mismatch');
    });
  });
});
