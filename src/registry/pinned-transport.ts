import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readable } from 'node:stream';

/** Says why an address must not be reached (an Error to fail the request with), or null to connect. */
export type AddressCheck = (address: string) => Error | null;

export interface TransportRequest {
  headers: Record<string, string>;
  signal: AbortSignal;
  checkAddress: AddressCheck;
}

/** One GET, no redirect followed: the answer as a fetch Response. */
export type Transport = (url: URL, request: TransportRequest) => Promise<Response>;

/**
 * GETs over node's http/https with the host resolved here: every address the name resolves to is
 * checked, and the connection goes to the checked address (the lookup's answer is what net connects
 * to), so a DNS answer that changes between the check and the connection cannot slip through. An IP
 * literal is checked before any socket is opened. Each transport keeps its own keep-alive agents, so a
 * socket opened under one policy is never reused under another.
 */
/** dns.lookup with `all: true`; tests give their own to stand for a name server. */
export type Resolver = (hostname: string, options: dns.LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;

export function createPinnedTransport(resolver: Resolver = dns.lookup): Transport {
  const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
  return (url, request) =>
    new Promise<Response>((resolve, reject) => {
      const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
      const refused = net.isIP(literal) !== 0 ? request.checkAddress(literal) : null;
      if (refused !== null) {
        reject(refused);
        return;
      }
      const secure = url.protocol === 'https:';
      const client = secure ? https : http;
      const outgoing = client.request(url, {
        method: 'GET',
        headers: request.headers,
        signal: request.signal,
        agent: secure ? agents['https:'] : agents['http:'],
        lookup: checkedLookup(resolver, request.checkAddress),
      });
      outgoing.on('error', reject);
      outgoing.on('response', (incoming) => {
        try {
          resolve(toResponse(incoming));
        } catch (error) {
          incoming.destroy();
          reject(error);
        }
      });
      outgoing.end();
    });
}

/** dns.lookup with every answer checked; the first refusal fails the connection before it is made. */
function checkedLookup(resolver: Resolver, checkAddress: AddressCheck): net.LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname, { all: true, family: options.family ?? 0, ...(options.hints !== undefined ? { hints: options.hints } : {}) }, (error, addresses) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const refused = addresses.map((entry) => checkAddress(entry.address)).find((problem) => problem !== null);
      const first = addresses[0];
      if (refused) callback(refused, '', 0);
      else if (first === undefined) callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      else if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

/** Statuses whose response has no body; the Response constructor refuses one for them. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function toResponse(incoming: http.IncomingMessage): Response {
  const headers = new Headers();
  for (let index = 0; index + 1 < incoming.rawHeaders.length; index += 2) {
    headers.append(incoming.rawHeaders[index] ?? '', incoming.rawHeaders[index + 1] ?? '');
  }
  const status = incoming.statusCode ?? 0;
  if (NULL_BODY_STATUSES.has(status)) {
    incoming.resume();
    return new Response(null, { status, headers });
  }
  return new Response(Readable.toWeb(incoming) as ReadableStream<Uint8Array>, { status, headers });
}
