import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * Loopback servers that put a real registry in awkward situations: failing first, demanding bearer
 * tokens, redirecting blobs to another host, tampering with bytes, or never answering at all.
 */

export interface TestServer {
  /** 127.0.0.1:<port> */
  host: string;
  url: string;
  close: () => Promise<void>;
}

/** Answers a request itself and returns true, or returns false to let the proxy forward it. */
export type Intercept = (request: http.IncomingMessage, response: http.ServerResponse) => boolean | Promise<boolean>;

async function listen(server: http.Server | net.Server, sockets: Set<net.Socket>): Promise<TestServer> {
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: `http://${host}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Forwards every request to `targetUrl` unless `intercept` answers it. */
export async function startProxy(targetUrl: string, intercept: Intercept = () => false): Promise<TestServer> {
  const target = new URL(targetUrl);
  const server = http.createServer((request, response) => {
    void (async () => {
      if (await intercept(request, response)) return;
      forward(target, request, response);
    })();
  });
  return listen(server, new Set());
}

export function forward(target: URL, request: http.IncomingMessage, response: http.ServerResponse, path = request.url ?? '/'): void {
  const upstream = http.request(
    { host: target.hostname, port: target.port, method: request.method, path, headers: { ...request.headers, host: target.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => response.destroy());
  request.pipe(upstream);
}

export interface FlakyProxy extends TestServer {
  /** How many requests were answered with the failure status. */
  failures: () => number;
}

/** Answers `status` to the first `failFirst` requests (whose path matches), then proxies. */
export async function startFlakyProxy(
  targetUrl: string,
  options: { failFirst: number; status: number; retryAfter?: string; pathPattern?: RegExp },
): Promise<FlakyProxy> {
  let failed = 0;
  const server = await startProxy(targetUrl, (request, response) => {
    if (failed >= options.failFirst || !(options.pathPattern ?? /./).test(request.url ?? '')) return false;
    failed += 1;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.retryAfter !== undefined) headers['retry-after'] = options.retryAfter;
    response.writeHead(options.status, headers);
    response.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: `injected failure ${failed}` }] }));
    return true;
  });
  return { ...server, failures: () => failed };
}

/** Accepts TCP connections and never sends a byte. */
export async function startSilentServer(): Promise<TestServer> {
  return listen(net.createServer(() => undefined), new Set());
}

export interface TokenRequest {
  scope: string | null;
  service: string | null;
  authorization: string | null;
}

export interface BearerGate extends TestServer {
  tokenRequests: TokenRequest[];
  /** Invalidates every token issued so far, as an expiry would. */
  revokeTokens: () => void;
}

/**
 * Puts distribution's token authentication in front of a registry: /v2/ requests need a token from the
 * gate's own /token realm, as Docker Hub, ghcr.io and quay.io ask. With `credentials`, the realm
 * issues tokens only to that user (Basic); without, to anyone.
 */
export async function startBearerGate(
  targetUrl: string,
  options: { credentials?: { username: string; password: string }; blobIntercept?: Intercept } = {},
): Promise<BearerGate> {
  const issued = new Set<string>();
  const tokenRequests: TokenRequest[] = [];
  let realm = '';
  const expectedBasic = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`
    : null;
  const server = await startProxy(targetUrl, async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://gate');
    if (url.pathname === '/token') {
      const authorization = request.headers.authorization ?? null;
      tokenRequests.push({ scope: url.searchParams.get('scope'), service: url.searchParams.get('service'), authorization });
      if (expectedBasic !== null && authorization !== expectedBasic) {
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ details: 'incorrect username or password' }));
        return true;
      }
      const token = randomBytes(16).toString('hex');
      issued.add(token);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }));
      return true;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined || !issued.has(token)) {
      const repository = /^\/v2\/(.+)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1];
      const scope = repository ? `,scope="repository:${repository}:pull"` : '';
      response.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="cgtg-gate"${scope}`, 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return true;
    }
    return /\/blobs\//.test(url.pathname) && options.blobIntercept ? options.blobIntercept(request, response) : false;
  });
  realm = `${server.url}/token`;
  return { ...server, tokenRequests, revokeTokens: () => issued.clear() };
}

/** Records the Authorization header of every request it serves, and forwards to a registry. */
export async function startRecordingProxy(targetUrl: string): Promise<TestServer & { authorizations: Array<string | null> }> {
  const authorizations: Array<string | null> = [];
  const server = await startProxy(targetUrl, (request) => {
    authorizations.push(request.headers.authorization ?? null);
    return false;
  });
  return { ...server, authorizations };
}

/** An http server on 127.0.0.1 answering every request with `handle`. */
export async function startServer(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<TestServer> {
  return listen(http.createServer(handle), new Set());
}

export interface CountingServer extends TestServer {
  /** The TCP connections accepted so far. */
  connections: () => number;
}

/** A plain TCP listener that counts connections and closes each: proof that no request reached it. */
export async function startCountingServer(): Promise<CountingServer> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  return { ...(await listen(server, new Set())), connections: () => connections };
}
