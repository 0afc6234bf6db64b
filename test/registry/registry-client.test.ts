import { createPinnedTransport, type Transport } from '../../src/registry/pinned-transport.js';
import { openBlob, resolveImage, type RegistryClientOptions } from '../../src/registry/registry-client.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage, pushIndex, type PushedImage } from '../helpers/registry-push.js';
import { startProxy, type TestServer } from '../helpers/registry-test-servers.js';
import { expectRegistryError, layer, readAll, reference, registryErrorOf, LOOPBACK_ACCESS } from './registry-fixtures.js';

const FAST: RegistryClientOptions = { backoffMs: 1, timeoutMs: 20_000, access: LOOPBACK_ACCESS };

(dockerRegistryAvailable() ? describe : describe.skip)('registry client against a real registry', () => {
  let registry: LocalRegistry;
  let dockerImage: PushedImage;
  let ociImage: PushedImage;
  let amd64: PushedImage;
  let arm64: PushedImage;
  let indexDigest: string;

  beforeAll(async () => {
    registry = await startLocalRegistry();
    dockerImage = await pushImage(registry, { repository: 'team/app', tag: 'docker', layers: [layer('one'), layer('two')], platform: { os: 'linux', architecture: 'amd64' } });
    ociImage = await pushImage(registry, { repository: 'team/app', tag: 'oci', layers: [layer('oci')], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, format: 'oci' });
    amd64 = await pushImage(registry, { repository: 'multi', tag: null, layers: [layer('amd64')], platform: { os: 'linux', architecture: 'amd64' }, format: 'oci' });
    arm64 = await pushImage(registry, { repository: 'multi', tag: null, layers: [layer('arm64')], platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, format: 'oci' });
    const attestation = await pushImage(registry, { repository: 'multi', tag: null, layers: [layer('in-toto')], platform: { os: 'unknown', architecture: 'unknown' }, format: 'oci' });
    const index = await pushIndex(registry, { repository: 'multi', tag: 'latest', manifests: [attestation, amd64, arm64] });
    indexDigest = index.digest;
    await pushIndex(registry, { repository: 'multi', tag: 'docker-list', format: 'docker', manifests: [arm64, amd64] });
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
  });

  it('resolves a Docker schema 2 manifest anonymously, its platform read from the config', async () => {
    const image = await resolveImage(reference(`${registry.host}/team/app:docker`), FAST);
    expect(image).toMatchObject({
      digest: dockerImage.digest,
      indexDigest: null,
      platform: { os: 'linux', architecture: 'amd64' },
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      layers: dockerImage.layers,
      config: dockerImage.config,
    });
  });

  it('accepts every manifest and index media type it reads, through the given transport', async () => {
    const accepts: string[] = [];
    const pinned = createPinnedTransport();
    const recording: Transport = (url, request) => {
      const accept = request.headers['accept'];
      if (accept !== undefined) accepts.push(accept);
      return pinned(url, request);
    };
    await resolveImage(reference(`${registry.host}/multi`), { ...FAST, transport: recording });
    expect(accepts).toHaveLength(2);
    for (const accept of accepts) {
      expect(accept.split(', ').sort()).toEqual([
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
      ]);
    }
  });

  it('resolves an OCI image manifest', async () => {
    const image = await resolveImage(reference(`${registry.host}/team/app:oci`), FAST);
    expect(image).toMatchObject({ digest: ociImage.digest, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, layers: ociImage.layers });
  });

  it('chooses linux/amd64 from an OCI index by default, skipping attestation entries', async () => {
    const image = await resolveImage(reference(`${registry.host}/multi`), FAST);
    expect(image).toMatchObject({ digest: amd64.digest, indexDigest, platform: { os: 'linux', architecture: 'amd64' }, layers: amd64.layers });
  });

  it('chooses the asked platform; linux/arm64 matches the index entry for linux/arm64/v8', async () => {
    const image = await resolveImage(reference(`${registry.host}/multi:latest`), { ...FAST, platform: { os: 'linux', architecture: 'arm64' } });
    expect(image).toMatchObject({ digest: arm64.digest, indexDigest, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
  });

  it('reads a Docker manifest list too', async () => {
    const image = await resolveImage(reference(`${registry.host}/multi:docker-list`), FAST);
    expect(image.digest).toBe(amd64.digest);
    expect(image.indexDigest).not.toBeNull();
  });

  it('lists the platforms an index offers when none matches', async () => {
    await expectRegistryError(
      resolveImage(reference(`${registry.host}/multi`), { ...FAST, platform: { os: 'linux', architecture: 's390x' } }),
      'not-found',
      `${registry.host}/multi`,
      'no image for platform linux/s390x',
      'available platforms: linux/amd64, linux/arm64/v8',
    );
  });

  it('resolves digest references, of an image and of an index', async () => {
    const byImageDigest = await resolveImage(reference(`${registry.host}/multi@${arm64.digest}`), FAST);
    expect(byImageDigest).toMatchObject({ digest: arm64.digest, indexDigest: null, platform: { architecture: 'arm64' } });
    const byIndexDigest = await resolveImage(reference(`${registry.host}/multi@${indexDigest}`), FAST);
    expect(byIndexDigest).toMatchObject({ digest: amd64.digest, indexDigest });
  });

  it('says what is missing: an unknown tag, an unknown repository, an unknown digest', async () => {
    await expectRegistryError(resolveImage(reference(`${registry.host}/team/app:nope`), FAST), 'not-found', `${registry.host}/team/app`, 'manifest nope', 'HTTP 404');
    await expectRegistryError(resolveImage(reference(`${registry.host}/no/such`), FAST), 'not-found', `${registry.host}/no/such`);
    await expectRegistryError(resolveImage(reference(`${registry.host}/multi@sha256:${'0'.repeat(64)}`), FAST), 'not-found', 'multi');
  });

  it('streams layers and the config, verified', async () => {
    const image = await resolveImage(reference(`${registry.host}/team/app:docker`), FAST);
    expect(await readAll(await openBlob(image, image.layers[1]?.digest ?? '', FAST))).toEqual(layer('two'));
    const config = JSON.parse((await readAll(await openBlob(image, image.config.digest, FAST))).toString()) as unknown;
    expect(config).toMatchObject({ os: 'linux', architecture: 'amd64' });
  });

  it('reports a blob the registry does not have', async () => {
    const image = await resolveImage(reference(`${registry.host}/team/app:docker`), FAST);
    await expectRegistryError(openBlob(image, `sha256:${'1'.repeat(64)}`, FAST), 'not-found', 'downloading blob');
  });

  describe('behind a proxy that damages blobs', () => {
    let proxy: TestServer;

    beforeAll(async () => {
      proxy = await startProxy(registry.url, async (request, response) => {
        if (!/\/blobs\/sha256:/.test(request.url ?? '')) return false;
        const original = Buffer.from(await (await fetch(`${registry.url}${request.url}`)).arrayBuffer());
        original.writeUInt8(original.readUInt8(original.length - 1) ^ 0xff, original.length - 1);
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(original.length) }).end(original);
        return true;
      });
    });

    afterAll(async () => {
      await proxy?.close();
    });

    it('fails the stream at its end with a digest mismatch', async () => {
      const image = await resolveImage(reference(`${registry.host}/team/app:docker`), FAST);
      const damaged = { ...image, reference: reference(`${proxy.host}/team/app:docker`) };
      const stream = await openBlob(damaged, image.layers[0]?.digest ?? '', FAST);
      const error = await registryErrorOf(readAll(stream));
      expect(error.kind).toBe('corrupt');
      expect(error.message).toContain('corrupt layer: digest mismatch');
    });

    it('refuses a single-platform image whose config does not match its digest', async () => {
      await expectRegistryError(resolveImage(reference(`${proxy.host}/team/app:docker`), FAST), 'corrupt', 'corrupt image config');
    });
  });
});
