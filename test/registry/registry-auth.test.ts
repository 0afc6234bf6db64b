import type { RegistryAuth } from '../../src/registry/docker-config-credentials.js';
import { openBlob, resolveImage, type RegistryClientOptions } from '../../src/registry/registry-client.js';
import { dockerRegistryAvailable, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import { pushImage, type PushedImage } from '../helpers/registry-push.js';
import { forward, startBearerGate, startRecordingProxy, type BearerGate } from '../helpers/registry-test-servers.js';
import { expectRegistryError, layer, readAll, reference, LOOPBACK_ACCESS } from './registry-fixtures.js';

const USER: RegistryAuth = { username: 'ci-bot', password: 'correct horse' };
const WRONG: RegistryAuth = { username: 'ci-bot', password: 'wrong' };

function options(credentials: RegistryAuth | null): RegistryClientOptions {
  return { backoffMs: 1, timeoutMs: 20_000, credentialsFor: () => credentials, access: LOOPBACK_ACCESS };
}

(dockerRegistryAvailable() ? describe : describe.skip)('registry authentication', () => {
  describe('Basic (htpasswd)', () => {
    let registry: LocalRegistry;
    let image: PushedImage;

    beforeAll(async () => {
      registry = await startLocalRegistry({ credentials: USER });
      image = await pushImage(registry, { repository: 'private/app', tag: 'v1', layers: [layer('secret layer')], platform: { os: 'linux', architecture: 'amd64' } });
    }, 60_000);

    afterAll(async () => {
      await registry?.stop();
    });

    it('pulls with the right credentials, asked for by registry host', async () => {
      const asked: string[] = [];
      const resolved = await resolveImage(reference(`${registry.host}/private/app:v1`), {
        ...options(USER),
        credentialsFor: (host) => (asked.push(host), USER),
      });
      expect(resolved.digest).toBe(image.digest);
      expect(asked).toContain(registry.host);
      expect(await readAll(await openBlob(resolved, image.layers[0]?.digest ?? '', options(USER)))).toEqual(layer('secret layer'));
    });

    it('says the credentials were refused when they are wrong', async () => {
      await expectRegistryError(resolveImage(reference(`${registry.host}/private/app:v1`), options(WRONG)), 'unauthorized', `${registry.host}/private/app`, 'credentials', 'refused');
    });

    it('says which inputs to set when there are none', async () => {
      await expectRegistryError(resolveImage(reference(`${registry.host}/private/app:v1`), options(null)), 'unauthorized', `${registry.host}/private/app`, 'registry-username', 'config.json');
    });
  });

  describe('Bearer tokens', () => {
    let registry: LocalRegistry;
    let image: PushedImage;

    beforeAll(async () => {
      registry = await startLocalRegistry();
      image = await pushImage(registry, { repository: 'org/tool', tag: '1.0', layers: [layer('first'), layer('second')], platform: { os: 'linux', architecture: 'amd64' } });
    }, 60_000);

    afterAll(async () => {
      await registry?.stop();
    });

    async function withGate(gateOptions: Parameters<typeof startBearerGate>[1], check: (gate: BearerGate) => Promise<void>): Promise<void> {
      const gate = await startBearerGate(registry.url, gateOptions);
      try {
        await check(gate);
      } finally {
        await gate.close();
      }
    }

    it('gets an anonymous token once per repository and reuses it for manifests and blobs', async () => {
      await withGate({}, async (gate) => {
        const resolved = await resolveImage(reference(`${gate.host}/org/tool:1.0`), options(null));
        for (const blob of resolved.layers) await readAll(await openBlob(resolved, blob.digest, options(null)));
        expect(resolved.digest).toBe(image.digest);
        expect(gate.tokenRequests).toEqual([{ scope: 'repository:org/tool:pull', service: 'cgtg-gate', authorization: null }]);
      });
    });

    it('asks for a new token when the registry no longer accepts the cached one', async () => {
      await withGate({}, async (gate) => {
        const resolved = await resolveImage(reference(`${gate.host}/org/tool:1.0`), options(null));
        gate.revokeTokens();
        expect(await readAll(await openBlob(resolved, image.layers[0]?.digest ?? '', options(null)))).toEqual(layer('first'));
        expect(gate.tokenRequests).toHaveLength(2);
      });
    });

    it('sends the credentials to the token service', async () => {
      await withGate({ credentials: USER }, async (gate) => {
        await resolveImage(reference(`${gate.host}/org/tool:1.0`), options(USER));
        expect(gate.tokenRequests.map((request) => request.authorization)).toEqual([`Basic ${Buffer.from('ci-bot:correct horse').toString('base64')}`]);
      });
    });

    it('reports refused or missing credentials as unauthorized', async () => {
      await withGate({ credentials: USER }, async (gate) => {
        await expectRegistryError(resolveImage(reference(`${gate.host}/org/tool:1.0`), options(WRONG)), 'unauthorized', `${gate.host}/org/tool`, 'refused');
        await expectRegistryError(resolveImage(reference(`${gate.host}/org/tool:1.0`), options(null)), 'unauthorized', 'registry-username');
      });
    });

    it('follows a blob redirect to another host without the registry token', async () => {
      const storage = await startRecordingProxy(registry.url);
      try {
        const redirect = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse): boolean => {
          response.writeHead(307, { location: `${storage.url}${request.url ?? ''}` }).end();
          return true;
        };
        await withGate({ blobIntercept: redirect }, async (gate) => {
          const resolved = await resolveImage(reference(`${gate.host}/org/tool:1.0`), options(null));
          expect(await readAll(await openBlob(resolved, image.layers[1]?.digest ?? '', options(null)))).toEqual(layer('second'));
          expect(storage.authorizations.length).toBeGreaterThan(0);
          expect(storage.authorizations.every((authorization) => authorization === null)).toBe(true);
        });
      } finally {
        await storage.close();
      }
    });

    it('keeps the token on a redirect within the same host', async () => {
      const sameHost = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse): boolean => {
        if (request.url?.startsWith('/moved')) {
          forward(new URL(registry.url), request, response, request.url.slice('/moved'.length));
          return true;
        }
        response.writeHead(307, { location: `/moved${request.url ?? ''}` }).end();
        return true;
      };
      await withGate({ blobIntercept: sameHost }, async (gate) => {
        const resolved = await resolveImage(reference(`${gate.host}/org/tool:1.0`), options(null));
        expect(await readAll(await openBlob(resolved, image.layers[0]?.digest ?? '', options(null)))).toEqual(layer('first'));
      });
    });
  });
});
