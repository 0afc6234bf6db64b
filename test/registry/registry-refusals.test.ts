import type http from 'node:http';
import { resolveImage, type RegistryAccess, type RegistryClientOptions } from '../../src/registry/registry-client.js';
import { startCountingServer, startServer, type CountingServer, type TestServer } from '../helpers/registry-test-servers.js';
import { expectRegistryError, hostPatterns, LOOPBACK_ACCESS, reference, registryErrorOf } from './registry-fixtures.js';

const FAST: RegistryClientOptions = { backoffMs: 1, retries: 0, timeoutMs: 10_000 };

describe('registry requests only where meant', () => {
  let listener: CountingServer;
  const servers: TestServer[] = [];

  beforeEach(async () => {
    listener = await startCountingServer();
  });

  afterEach(async () => {
    await listener.close();
    for (const server of servers.splice(0)) await server.close();
  });

  async function serve(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<TestServer> {
    const server = await startServer(handle);
    servers.push(server);
    return server;
  }

  describe('a non-public registry address without allowed-registries', () => {
    const port = (): string => listener.host.split(':')[1] ?? '';

    it.each([
      ['localhost:PORT/x', 'registry localhost:PORT resolves to a loopback address (127.0.0.1'],
      ['127.0.0.1:PORT/x', 'registry 127.0.0.1:PORT resolves to a loopback address (127.0.0.1)'],
      ['2130706433:PORT/x', 'registry 127.0.0.1:PORT resolves to a loopback address (127.0.0.1)'],
      ['0x7f.1:PORT/x', 'registry 127.0.0.1:PORT resolves to a loopback address (127.0.0.1)'],
      ['0177.0.0.1:PORT/x', 'registry 127.0.0.1:PORT resolves to a loopback address (127.0.0.1)'],
      ['[::1]:PORT/x', 'registry [::1]:PORT resolves to a loopback address (::1)'],
      ['[::ffff:7f00:1]:PORT/x', 'resolves to a loopback address (::ffff:7f00:1)'],
      ['[::]:PORT/x', 'resolves to an unspecified address (::)'],
      ['0.0.0.0:PORT/x', 'resolves to an unspecified address (0.0.0.0)'],
      ['169.254.169.254/x', 'registry 169.254.169.254 resolves to a link-local address (169.254.169.254); add 169.254.169.254 to allowed-registries to inspect it'],
      ['10.0.0.1:5000/x', 'registry 10.0.0.1:5000 resolves to a private address (10.0.0.1); add 10.0.0.1:5000 to allowed-registries to inspect it'],
      ['100.64.0.1/x', 'a shared (carrier-grade NAT) address'],
      ['[fd00::1]/x', 'a unique-local address (fd00::1)'],
    ])('%s: refused before any connection', async (text, why) => {
      const error = await expectRegistryError(resolveImage(reference(text.replace('PORT', port())), FAST), 'refused', why.replaceAll('PORT', port()));
      expect(error.message).toContain('allowed-registries');
      expect(listener.connections()).toBe(0);
    });

    it('is refused even when listed in insecure-registries: http is one rule, the address another', async () => {
      const access: RegistryAccess = { allowed: [], insecure: hostPatterns('localhost', '127.0.0.1') };
      await expectRegistryError(resolveImage(reference(`localhost:${port()}/x`), { ...FAST, access }), 'refused', 'a loopback address');
      await expectRegistryError(resolveImage(reference(`127.0.0.1:${port()}/x`), { ...FAST, access }), 'refused', 'a loopback address');
      expect(listener.connections()).toBe(0);
    });

    it('is reached once allowed, over https unless insecure-listed too', async () => {
      const access: RegistryAccess = { allowed: hostPatterns(`localhost:${port()}`), insecure: [] };
      const error = await registryErrorOf(resolveImage(reference(`localhost:${port()}/x`), { ...FAST, access }));
      expect(error.kind).not.toBe('refused');
      expect(listener.connections()).toBeGreaterThan(0);
    });

    it('a pattern for another port or host does not allow it', async () => {
      const access: RegistryAccess = { allowed: hostPatterns('localhost:1', '*.corp.example'), insecure: hostPatterns('localhost') };
      await expectRegistryError(resolveImage(reference(`localhost:${port()}/x`), { ...FAST, access }), 'refused', 'a loopback address');
      expect(listener.connections()).toBe(0);
    });
  });

  describe('redirects', () => {
    function redirectingRegistry(location: (request: http.IncomingMessage) => string): Promise<TestServer> {
      return serve((request, response) => {
        response.writeHead(307, { location: location(request) }).end();
      });
    }

    it.each([
      ['to a loopback name not in allowed-registries', (): string => `http://localhost:${listener.host.split(':')[1]}/blob`, 'resolves to a loopback address'],
      ['to a private address', (): string => 'https://10.1.2.3/blob', 'the redirect from 127.0.0.1:PORT to 10.1.2.3 resolves to a private address (10.1.2.3); add 10.1.2.3 to allowed-registries to follow it'],
      ['to the metadata service', (): string => 'http://169.254.169.254/latest/meta-data/', 'plain http'],
      ['to plain http on a host not in insecure-registries', (): string => 'http://93.184.215.14/blob', 'is plain http; only https is used unless 93.184.215.14 is listed in insecure-registries'],
      ['to another scheme', (): string => 'file:///etc/passwd', 'is not http(s) (file)'],
    ])('%s is refused', async (_name, location, why) => {
      const access: RegistryAccess = { allowed: LOOPBACK_ACCESS.allowed, insecure: hostPatterns('127.0.0.1', 'localhost') };
      const registry = await redirectingRegistry(() => location());
      const error = await expectRegistryError(resolveImage(reference(`${registry.host}/x:1`), { ...FAST, access }), 'refused', why.replace('PORT', registry.host.split(':')[1] ?? ''));
      expect(error.message).not.toContain('/etc/passwd');
      expect(listener.connections()).toBe(0);
    });

    it('are bounded', async () => {
      let hops = 0;
      const registry = await redirectingRegistry((request) => `/loop${(hops += 1)}${request.url ?? ''}`);
      await expectRegistryError(resolveImage(reference(`${registry.host}/x:1`), { ...FAST, access: LOOPBACK_ACCESS }), 'protocol', 'more than 5 redirects');
      expect(hops).toBe(6);
    });

    it('a location that is not a URL is refused without being quoted', async () => {
      const registry = await redirectingRegistry(() => 'http://[SECRET-INTERNAL');
      const error = await expectRegistryError(resolveImage(reference(`${registry.host}/x:1`), { ...FAST, access: LOOPBACK_ACCESS }), 'protocol', 'not a URL');
      expect(error.message).not.toContain('SECRET-INTERNAL');
    });
  });

  describe('credentials and token realms', () => {
    const CREDENTIALS = { username: 'ci-bot', password: 'hunter2' };

    async function tokenService(): Promise<TestServer & { authorizations: Array<string | null> }> {
      const authorizations: Array<string | null> = [];
      const server = await serve((request, response) => {
        authorizations.push(request.headers.authorization ?? null);
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"SECRET-INTERNAL"}');
      });
      return { ...server, authorizations };
    }

    function challengingRegistry(realm: () => string): Promise<TestServer> {
      return serve((_request, response) => {
        response.writeHead(401, { 'www-authenticate': `Bearer realm="${realm()}",service="test"` }).end('SECRET-INTERNAL');
      });
    }

    it('a realm on another host gets an anonymous token request, never the credentials', async () => {
      const tokens = await tokenService();
      const realmPort = tokens.host.split(':')[1] ?? '';
      const registry = await challengingRegistry(() => `http://localhost:${realmPort}/token`);
      const access: RegistryAccess = { allowed: hostPatterns('127.0.0.1', 'localhost'), insecure: hostPatterns('127.0.0.1', 'localhost') };
      const error = await expectRegistryError(
        resolveImage(reference(`${registry.host}/private/app:1`), { ...FAST, access, credentialsFor: () => CREDENTIALS }),
        'unauthorized',
        `the token service localhost:${realmPort} refused an anonymous token (HTTP 401); the credentials for ${registry.host} were not sent to it`,
      );
      expect(tokens.authorizations).toEqual([null]);
      expect(error.message).not.toContain('SECRET-INTERNAL');
    });

    it('a realm on the registry host itself gets them, over http only because the registry is insecure-listed', async () => {
      const authorizations: Array<string | null> = [];
      const registry = await serve((request, response) => {
        if (request.url?.startsWith('/token')) {
          authorizations.push(request.headers.authorization ?? null);
          response.writeHead(401).end();
          return;
        }
        response.writeHead(401, { 'www-authenticate': `Bearer realm="http://${request.headers.host ?? ''}/token"` }).end();
      });
      await registryErrorOf(resolveImage(reference(`${registry.host}/private/app:1`), { ...FAST, access: LOOPBACK_ACCESS, credentialsFor: () => CREDENTIALS }));
      expect(authorizations).toEqual([`Basic ${Buffer.from('ci-bot:hunter2').toString('base64')}`]);
    });

    it('a realm on a non-public address is refused like any host', async () => {
      const registry = await challengingRegistry(() => 'https://10.9.8.7/token');
      await expectRegistryError(
        resolveImage(reference(`${registry.host}/private/app:1`), { ...FAST, access: LOOPBACK_ACCESS, credentialsFor: () => CREDENTIALS }),
        'refused',
        'token service 10.9.8.7 resolves to a private address (10.9.8.7); add 10.9.8.7 to allowed-registries to use it',
      );
    });

    it('a realm over plain http to a host not in insecure-registries is refused', async () => {
      const registry = await challengingRegistry(() => `http://localhost:${listener.host.split(':')[1] ?? ''}/token`);
      await expectRegistryError(resolveImage(reference(`${registry.host}/private/app:1`), { ...FAST, access: LOOPBACK_ACCESS }), 'refused', 'plain http');
      expect(listener.connections()).toBe(0);
    });
  });

  describe('error bodies', () => {
    it.each([
      [500, 'text/plain', 'SECRET-INTERNAL', 'HTTP 500'],
      [500, 'application/json', JSON.stringify({ errors: [{ code: 'SECRET-INTERNAL', message: 'SECRET-INTERNAL' }] }), 'HTTP 500'],
      [404, 'application/json', JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'SECRET-INTERNAL' }] }), 'HTTP 404'],
      [403, 'application/json', JSON.stringify({ details: 'SECRET-INTERNAL' }), 'HTTP 403'],
      [418, 'text/plain', 'SECRET-INTERNAL', 'HTTP 418'],
    ])('HTTP %i (%s): the status and a fixed reason, never the body', async (status, type, body, said) => {
      const registry = await serve((_request, response) => {
        response.writeHead(status, { 'content-type': type }).end(body);
      });
      const error = await registryErrorOf(resolveImage(reference(`${registry.host}/x:1`), { ...FAST, access: LOOPBACK_ACCESS }));
      expect(error.message).toContain(said);
      expect(error.message).not.toContain('SECRET-INTERNAL');
    });

    it('a 200 manifest with odd values names the problem without quoting them', async () => {
      const registry = await serve((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ mediaType: 'SECRET INTERNAL <html>', schemaVersion: 2, config: { digest: 'SECRET-INTERNAL', size: 1 }, layers: [] }));
      });
      const error = await registryErrorOf(resolveImage(reference(`${registry.host}/x:1`), { ...FAST, access: LOOPBACK_ACCESS }));
      expect(error.message).not.toContain('SECRET');
    });
  });
});
