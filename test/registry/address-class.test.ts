import { ipv6Bytes, nonGlobalKind } from '../../src/registry/address-class.js';

describe('nonGlobalKind', () => {
  it.each([
    ['0.0.0.0', 'an unspecified address'],
    ['0.1.2.3', 'an unspecified address'],
    ['10.0.0.1', 'a private address'],
    ['10.255.255.255', 'a private address'],
    ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ['100.127.255.254', 'a shared (carrier-grade NAT) address'],
    ['127.0.0.1', 'a loopback address'],
    ['127.255.0.9', 'a loopback address'],
    ['169.254.169.254', 'a link-local address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.0.0.8', 'a reserved address'],
    ['192.0.2.1', 'a documentation address'],
    ['192.88.99.1', 'a reserved address'],
    ['192.168.1.1', 'a private address'],
    ['198.18.0.1', 'a benchmarking address'],
    ['198.19.255.255', 'a benchmarking address'],
    ['198.51.100.7', 'a documentation address'],
    ['203.0.113.9', 'a documentation address'],
    ['224.0.0.1', 'a multicast address'],
    ['239.255.255.250', 'a multicast address'],
    ['240.0.0.1', 'a reserved address'],
    ['255.255.255.255', 'a broadcast address'],
  ])('IPv4 %s is %s', (address, kind) => {
    expect(nonGlobalKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '1.1.1.1', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '169.253.0.1', '192.167.1.1', '198.20.0.1', '223.255.255.255', '140.82.112.3'])(
    'IPv4 %s is public',
    (address) => {
      expect(nonGlobalKind(address)).toBeNull();
    },
  );

  it.each([
    ['::', 'an unspecified address'],
    ['::1', 'a loopback address'],
    ['0:0:0:0:0:0:0:1', 'a loopback address'],
    ['fc00::1', 'a unique-local address'],
    ['fd12:3456:789a::1', 'a unique-local address'],
    ['fe80::1', 'a link-local address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['febf::1', 'a link-local address'],
    ['fec0::1', 'a reserved address'],
    ['ff02::1', 'a multicast address'],
    ['2001:db8::1', 'a documentation address'],
    ['2001::1', 'a reserved address'],
    ['3fff::1', 'a documentation address'],
    ['100::1', 'a reserved address'],
    ['4000::1', 'a reserved address'],
  ])('IPv6 %s is %s', (address, kind) => {
    expect(nonGlobalKind(address)).toBe(kind);
  });

  it.each(['2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '2001:4860:4860::8888'])('IPv6 %s is public', (address) => {
    expect(nonGlobalKind(address)).toBeNull();
  });

  it.each([
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['0:0:0:0:0:ffff:a00:1', 'a private address'],
    ['::ffff:169.254.169.254', 'a link-local address'],
    ['::ffff:0.0.0.0', 'an unspecified address'],
    ['64:ff9b::10.0.0.1', 'a private address'],
    ['2002:c0a8:0101::1', 'a private address'],
    ['2002:7f00:1::', 'a loopback address'],
    ['::127.0.0.1', 'a loopback address'],
    ['::8.8.8.8', 'a reserved address'],
  ])('an IPv6 form carrying IPv4, %s, is judged by that address: %s', (address, kind) => {
    expect(nonGlobalKind(address)).toBe(kind);
  });

  it('judges mapped, NAT64 and 6to4 forms of a public IPv4 address public', () => {
    expect(nonGlobalKind('::ffff:8.8.8.8')).toBeNull();
    expect(nonGlobalKind('64:ff9b::808:808')).toBeNull();
    expect(nonGlobalKind('2002:808:808::1')).toBeNull();
  });

  it('takes text that is no IP address for a reserved one, never for a public one', () => {
    for (const text of ['', 'localhost', '2130706433', '0x7f.1', '127.1', '010.0.0.1', '1.2.3.4.5', '::ffff:999.0.0.1']) {
      expect(nonGlobalKind(text)).toBe('a reserved address');
    }
  });
});

describe('ipv6Bytes', () => {
  it('expands :: and a trailing dotted part', () => {
    expect(ipv6Bytes('::1')).toEqual([...Array<number>(15).fill(0), 1]);
    expect(ipv6Bytes('::ffff:1.2.3.4')).toEqual([...Array<number>(10).fill(0), 0xff, 0xff, 1, 2, 3, 4]);
    expect(ipv6Bytes('2001:db8:0:0:0:0:0:1')).toEqual([0x20, 0x01, 0x0d, 0xb8, ...Array<number>(11).fill(0), 1]);
  });

  it('answers null for what is not IPv6', () => {
    expect(ipv6Bytes('1.2.3.4')).toBeNull();
    expect(ipv6Bytes('1::2::3')).toBeNull();
  });
});
