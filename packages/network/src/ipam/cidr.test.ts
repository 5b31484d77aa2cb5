import { isInvalidArgument } from '@berth/errdefs';
import {
  addressOffset,
  broadcastAddress,
  canonicalCidr,
  canonicalIp,
  cidrContains,
  cidrSize,
  cidrsOverlap,
  compareCidrs,
  formatIp,
  ipToBigInt,
  isCanonicalCidr,
  isCidr,
  isIp,
  lastAddress,
  netmask,
  networkAddress,
  nthAddress,
  parseCidr,
  prefixAfter,
  formatCidr,
  tryParseIp,
  unmapIp,
  withPrefix,
} from './cidr';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('IP parsing (Go netip syntax)', () => {
  it.each([
    ['0.0.0.0', 0n],
    ['172.17.0.1', 0xac110001n],
    ['255.255.255.255', 0xffffffffn],
  ])('parses IPv4 %s', (text, value) => {
    expect(tryParseIp(text)).toEqual({ family: 4, value });
  });

  it.each(['1.2.3', '1.2.3.4.5', '256.0.0.1', '01.2.3.4', '1.2.3.-4', '1..2.3', ' 1.2.3.4', '1.2.3.4/', '', 'a.b.c.d', '1.2.3.4 '])(
    'rejects IPv4 %j',
    (text) => {
      expect(tryParseIp(text)).toBeUndefined();
      expect(isIp(text)).toBe(false);
    },
  );

  it.each([
    ['::', 0n],
    ['::1', 1n],
    ['fd00::1', (0xfd00n << 112n) | 1n],
    ['FD00:0:0:0:0:0:0:1', (0xfd00n << 112n) | 1n],
    ['1:2:3:4:5:6:7:8', 0x00010002000300040005000600070008n],
    ['1::', 1n << 112n],
    ['::ffff:1.2.3.4', 0xffff01020304n],
    ['64:ff9b::192.0.2.33', (0x64n << 112n) | (0xff9bn << 96n) | 0xc0000221n],
    ['1:2:3:4:5:6:1.2.3.4', 0x000100020003000400050006_01020304n],
  ])('parses IPv6 %s', (text, value) => {
    expect(tryParseIp(text)).toEqual({ family: 6, value });
  });

  it.each(['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'fe80::1%eth0', ':1:2:3:4:5:6:7', '1:2:3:4::5:6:7:8', 'g::', '::1.2.3', '1:2:3:4:5:6:7:1.2.3.4'])(
    'rejects IPv6 %j',
    (text) => {
      expect(tryParseIp(text)).toBeUndefined();
    },
  );

  it('ipToBigInt throws invalidArgument with the text', () => {
    expect(ipToBigInt('10.0.0.1')).toBe(0x0a000001n);
    const err = thrown(() => ipToBigInt('nope'));
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe('invalid IP address: nope');
  });

  it('unmaps IPv4-mapped IPv6 addresses only', () => {
    expect(unmapIp(tryParseIp('::ffff:10.1.2.3')!)).toEqual({ family: 4, value: 0x0a010203n });
    expect(unmapIp(tryParseIp('fd00::1')!)).toEqual(tryParseIp('fd00::1'));
  });
});

describe('IP formatting (RFC 5952, as Go prints it)', () => {
  it.each([
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['2001:DB8:0:0:0:0:2:1', '2001:db8::2:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // a single zero group stays
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'], // the longest run wins
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // first of equal runs wins
    ['fd00:0000:0000:0000:0000:0000:0000:0000', 'fd00::'],
    ['0:0:1:0:0:0:0:0', '0:0:1::'],
    ['::ffff:1.2.3.4', '::ffff:1.2.3.4'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
  ])('%s → %s', (text, canonical) => {
    expect(canonicalIp(text)).toBe(canonical);
  });

  it('formats IPv4', () => {
    expect(formatIp(0xc0a80001n, 4)).toBe('192.168.0.1');
    expect(formatIp(0n, 4)).toBe('0.0.0.0');
  });
});

describe('CIDR parsing', () => {
  it('keeps the written address and its prefix length', () => {
    expect(parseCidr('172.18.0.2/16')).toEqual({ family: 4, ip: 0xac120002n, prefix: 16 });
    expect(formatCidr(parseCidr('172.18.0.2/16'))).toBe('172.18.0.2/16');
    expect(parseCidr('fd00::/64')).toEqual({ family: 6, ip: 0xfd00n << 112n, prefix: 64 });
  });

  it.each(['172.18.0.0', '172.18.0.0/33', 'fd00::/129', '172.18.0.0/-1', '172.18.0.0/+8', '172.18.0.0/08', '172.18.0.0/', '/16', 'x/16', '1.2.3.4/16/1'])(
    'rejects %j with dockerd’s words',
    (text) => {
      expect(isCidr(text)).toBe(false);
      const err = thrown(() => parseCidr(text));
      expect(isInvalidArgument(err)).toBe(true);
      expect((err as Error).message).toBe(`invalid CIDR address: ${text}`);
    },
  );

  it('accepts the extreme prefix lengths', () => {
    expect(isCidr('0.0.0.0/0')).toBe(true);
    expect(isCidr('1.2.3.4/32')).toBe(true);
    expect(isCidr('::/0')).toBe(true);
    expect(isCidr('::1/128')).toBe(true);
  });

  it('canonicalises by masking host bits', () => {
    expect(canonicalCidr('172.20.1.0/16')).toBe('172.20.0.0/16');
    expect(canonicalCidr('FD00:0:0:0:1::/64')).toBe('fd00::/64');
    expect(isCanonicalCidr('172.20.1.0/16')).toBe(false);
    expect(isCanonicalCidr('172.20.0.0/16')).toBe(true);
    expect(isCanonicalCidr('10.0.0.1/32')).toBe(true);
  });
});

describe('CIDR arithmetic', () => {
  it('network, last and broadcast addresses', () => {
    expect(networkAddress('172.18.3.4/16')).toBe('172.18.0.0');
    expect(lastAddress('172.18.3.4/16')).toBe('172.18.255.255');
    expect(broadcastAddress('192.168.1.7/30')).toBe('192.168.1.7');
    expect(lastAddress('fd00::/64')).toBe('fd00::ffff:ffff:ffff:ffff');
    expect(isInvalidArgument(thrown(() => broadcastAddress('fd00::/64')))).toBe(true);
  });

  it('sizes and netmasks', () => {
    expect(cidrSize('10.0.0.0/30')).toBe(4n);
    expect(cidrSize('fd00::/64')).toBe(1n << 64n);
    expect(cidrSize('0.0.0.0/0')).toBe(1n << 32n);
    expect(netmask(24)).toBe('255.255.255.0');
    expect(netmask(0)).toBe('0.0.0.0');
    expect(netmask(32)).toBe('255.255.255.255');
    expect(netmask(64, 6)).toBe('ffff:ffff:ffff:ffff::');
  });

  it('nthAddress counts from the network address and stays inside', () => {
    expect(nthAddress('172.17.0.0/16', 1)).toBe('172.17.0.1');
    expect(nthAddress('172.17.5.9/16', 258)).toBe('172.17.1.2');
    expect(nthAddress('fd00::/64', 1n)).toBe('fd00::1');
    expect(nthAddress('10.0.0.0/30', 3)).toBe('10.0.0.3');
    expect(isInvalidArgument(thrown(() => nthAddress('10.0.0.0/30', 4)))).toBe(true);
    expect(isInvalidArgument(thrown(() => nthAddress('10.0.0.0/30', -1)))).toBe(true);
  });

  it('addressOffset is the inverse of nthAddress', () => {
    expect(addressOffset('172.17.0.0/16', '172.17.1.2')).toBe(258n);
    expect(addressOffset('172.17.0.0/16', '172.18.0.1')).toBeUndefined();
    expect(addressOffset('172.17.0.0/16', 'fd00::1')).toBeUndefined();
  });

  it('containment of addresses and prefixes', () => {
    expect(cidrContains('172.18.0.0/16', '172.18.255.255')).toBe(true);
    expect(cidrContains('172.18.0.0/16', '172.19.0.0')).toBe(false);
    expect(cidrContains('172.18.0.0/16', '172.18.5.0/24')).toBe(true);
    expect(cidrContains('172.18.5.0/24', '172.18.0.0/16')).toBe(false);
    expect(cidrContains('172.18.0.0/16', '172.18.0.0/16')).toBe(true);
    expect(cidrContains('0.0.0.0/0', '8.8.8.8')).toBe(true);
    expect(cidrContains('::/0', '8.8.8.8')).toBe(false); // families never mix
    expect(cidrContains('fd00::/64', 'fd00::abcd')).toBe(true);
  });

  it('overlap', () => {
    expect(cidrsOverlap('172.18.0.0/16', '172.18.200.0/24')).toBe(true);
    expect(cidrsOverlap('172.18.200.0/24', '172.18.0.0/16')).toBe(true);
    expect(cidrsOverlap('172.18.0.0/16', '172.19.0.0/16')).toBe(false);
    expect(cidrsOverlap('10.0.0.0/8', '::/0')).toBe(false);
    expect(cidrsOverlap('fd00::/48', 'fd00:0:0:5::/64')).toBe(true);
  });

  it('orders by family, address, then shorter prefix first', () => {
    const sorted = ['fd00::/64', '172.18.0.0/24', '10.0.0.0/8', '172.18.0.0/16'].sort(compareCidrs);
    expect(sorted).toEqual(['10.0.0.0/8', '172.18.0.0/16', '172.18.0.0/24', 'fd00::/64']);
  });

  it('prefixAfter steps to the next aligned block and stops at the end of the space', () => {
    expect(formatCidr(prefixAfter('172.18.0.0/16', 16)!)).toBe('172.19.0.0/16');
    expect(formatCidr(prefixAfter('172.18.0.0/24', 16)!)).toBe('172.19.0.0/16');
    expect(formatCidr(prefixAfter('172.16.0.0/12', 20)!)).toBe('172.32.0.0/20');
    expect(prefixAfter('255.255.0.0/16', 16)).toBeUndefined();
  });

  it('withPrefix', () => {
    expect(withPrefix('172.18.0.2', 16)).toBe('172.18.0.2/16');
    expect(withPrefix('FD00::2', 64)).toBe('fd00::2/64');
    expect(isInvalidArgument(thrown(() => withPrefix('1.2.3.4', 33)))).toBe(true);
  });
});
