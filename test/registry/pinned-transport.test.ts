import type dns from 'node:dns';
import { nonGlobalKind } from '../../src/registry/address-class.js';
import { createPinnedTransport, type AddressCheck, type Resolver } from '../../src/registry/pinned-transport.js';
import { startCountingServer, type CountingServer } from '../helpers/registry-test-servers.js';

/** A name server that answers each query from a list, one answer per query, and counts them. */
function scriptedResolver(...answers: string[][]): Resolver & { queries: () => number } {
  let queries = 0;
  const resolver = (_hostname: string, _options: dns.LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void): void => {
    const answer = answers[Math.min(queries, answers.length - 1)] ?? [];
    queries += 1;
    callback(null, answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
  return Object.assign(resolver, { queries: () => queries });
}

const publicOnly: AddressCheck = (address) => (nonGlobalKind(address) === null ? null : new Error(`refused ${address}`));

describe('createPinnedTransport', () => {
  let listener: CountingServer;

  beforeEach(async () => {
    listener = await startCountingServer();
  });

  afterEach(async () => {
    await listener.close();
  });

  const port = (): string => listener.host.split(':')[1] ?? '';
  const get = (transport: ReturnType<typeof createPinnedTransport>, url: string, checkAddress: AddressCheck): Promise<unknown> =>
    transport(new URL(url), { headers: {}, signal: AbortSignal.timeout(5_000), checkAddress }).catch((error: unknown) => error);

  it('connects to the very address it checked: the name is resolved once, never again between check and connect', async () => {
    const resolver = scriptedResolver(['127.0.0.1'], ['10.0.0.1']);
    const checked: string[] = [];
    await get(createPinnedTransport(resolver), `http://rebind.test:${port()}/v2/`, (address) => (checked.push(address), null));
    expect(resolver.queries()).toBe(1);
    expect(checked).toEqual(['127.0.0.1']);
    expect(listener.connections()).toBe(1);
  });

  it('refuses a name when any of its addresses is refused, before connecting to any', async () => {
    const resolver = scriptedResolver(['93.184.215.14', '127.0.0.1']);
    const error = await get(createPinnedTransport(resolver), `http://mixed.test:${port()}/v2/`, publicOnly);
    expect(error).toEqual(new Error('refused 127.0.0.1'));
    expect(listener.connections()).toBe(0);
  });

  it('checks an IP literal itself, without a lookup or a socket', async () => {
    const resolver = scriptedResolver(['93.184.215.14']);
    const transport = createPinnedTransport(resolver);
    expect(await get(transport, `http://127.0.0.1:${port()}/v2/`, publicOnly)).toEqual(new Error('refused 127.0.0.1'));
    expect(await get(transport, `http://[::1]:${port()}/v2/`, publicOnly)).toEqual(new Error('refused ::1'));
    expect(resolver.queries()).toBe(0);
    expect(listener.connections()).toBe(0);
  });
});
