import { isConflict, isInvalidArgument, isNotFound, isUnavailable } from '@berth/errdefs';
import { createDefaultIpam, deriveUlaPool, DEFAULT_BRIDGE_POOLS, DEFAULT_USER_POOLS, type DefaultIpamOptions } from './default';
import type { IpamDriver } from './index';

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

function ipam(opts: Partial<DefaultIpamOptions> = {}): IpamDriver {
  return createDefaultIpam({ hostRoutes: () => [], ...opts });
}

describe('default pools', () => {
  it('bridge pools are the 172.17–172.31 /16s', () => {
    expect(DEFAULT_BRIDGE_POOLS).toHaveLength(15);
    expect(DEFAULT_BRIDGE_POOLS[0]).toEqual({ base: '172.17.0.0/16', size: 16 });
    expect(DEFAULT_BRIDGE_POOLS[14]).toEqual({ base: '172.31.0.0/16', size: 16 });
  });

  it('user pools are dockerd’s local default pools', () => {
    expect(DEFAULT_USER_POOLS.at(-1)).toEqual({ base: '192.168.0.0/16', size: 20 });
  });

  it('a ULA /48 derived from the host id, stable and split into /64s', () => {
    const a = deriveUlaPool('host-a');
    expect(a).toEqual(deriveUlaPool('host-a'));
    expect(a.size).toBe(64);
    expect(a.base).toMatch(/^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/48$/);
    expect(deriveUlaPool('host-b').base).not.toBe(a.base);
  });
});

describe('requestPool: dynamic', () => {
  it('the default bridge gets 172.17.0.0/16, user networks /20s after it', async () => {
    const d = ipam();
    expect((await d.requestPool({ v6: false, forDefaultBridge: true })).pool).toBe('172.17.0.0/16');
    const got: string[] = [];
    for (let i = 0; i < 16; i++) got.push((await d.requestPool({ v6: false })).pool);
    expect(got.slice(0, 3)).toEqual(['172.18.0.0/20', '172.18.16.0/20', '172.18.32.0/20']);
    expect(got[15]).toBe('172.18.240.0/20');
    expect((await d.requestPool({ v6: false })).pool).toBe('172.19.0.0/20');
  });

  it('pool ids are dockerd’s LocalDefault/<subnet>', async () => {
    const d = ipam();
    expect(await d.requestPool({ v6: false })).toEqual({ poolId: 'LocalDefault/172.17.0.0/20', pool: '172.17.0.0/20' });
  });

  it('a released subnet is handed out again (first fit)', async () => {
    const d = ipam();
    const a = await d.requestPool({ v6: false });
    const b = await d.requestPool({ v6: false });
    await d.releasePool(a.poolId);
    expect((await d.requestPool({ v6: false })).pool).toBe(a.pool);
    expect((await d.requestPool({ v6: false })).pool).not.toBe(b.pool);
  });

  it('skips subnets overlapping host on-link routes and nameservers, ignoring default-like routes', async () => {
    const routes = ['0.0.0.0/0', '0.0.0.0/1', '172.17.5.0/24', '172.19.0.1', 'fd00::/64', 'garbage'];
    const d = ipam({ hostRoutes: () => routes });
    expect((await d.requestPool({ v6: false, forDefaultBridge: true })).pool).toBe('172.18.0.0/16');
    expect((await d.requestPool({ v6: false })).pool).toBe('172.17.16.0/20');
    // Routes are read at every request: a LAN that appears later is avoided too.
    routes.push('172.17.32.0/20');
    expect((await d.requestPool({ v6: false })).pool).toBe('172.17.48.0/20');
  });

  it('a route covering a whole base skips it; a /12 covers all the 172.x /16s', async () => {
    const d = ipam({ hostRoutes: () => ['172.16.0.0/12'] });
    expect((await d.requestPool({ v6: false })).pool).toBe('192.168.0.0/20');
  });

  it('skips explicitly allocated subnets, also ones inside a candidate', async () => {
    const d = ipam();
    await d.requestPool({ v6: false, pool: '172.17.0.0/16' });
    await d.requestPool({ v6: false, pool: '172.18.3.0/24' });
    expect((await d.requestPool({ v6: false })).pool).toBe('172.18.16.0/20');
  });

  it('a size-only request ("0.0.0.0/24") carves subnets of that size', async () => {
    const d = ipam();
    expect((await d.requestPool({ v6: false, pool: '0.0.0.0/24' })).pool).toBe('172.17.0.0/24');
    expect((await d.requestPool({ v6: false, pool: '0.0.0.0/24' })).pool).toBe('172.17.1.0/24');
    expect((await d.requestPool({ v6: false })).pool).toBe('172.17.16.0/20');
  });

  it('configured default-address-pools replace the defaults, for the bridge too', async () => {
    const d = ipam({ defaultPools: [{ base: '10.10.0.0/16', size: 24 }] });
    expect((await d.requestPool({ v6: false, forDefaultBridge: true })).pool).toBe('10.10.0.0/24');
    expect((await d.requestPool({ v6: false })).pool).toBe('10.10.1.0/24');
  });

  it('exhausting the pools gives dockerd’s error', async () => {
    const d = ipam({ defaultPools: [{ base: '10.10.0.0/23', size: 24 }] });
    await d.requestPool({ v6: false });
    await d.requestPool({ v6: false });
    const err = await rejection(d.requestPool({ v6: false }));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toBe('all predefined address pools have been fully subnetted');
  });

  it('malformed default-address-pools are refused up front', () => {
    expect(() => ipam({ defaultPools: [{ base: '10.0.0.0/16', size: 8 }] })).toThrow(
      'has a smaller prefix (/16) than the target size of that pool (/8)',
    );
    expect(() => ipam({ defaultPools: [{ base: '10.0.0.0', size: 24 }] })).toThrow('invalid CIDR address: 10.0.0.0');
  });

  it('IPv6 without any IPv6 pool is refused; with a host id a ULA /64 is carved', async () => {
    const err = await rejection(ipam().requestPool({ v6: true }));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toBe('invalid address pool');
    const d = ipam({ hostId: 'h1' });
    const ula = deriveUlaPool('h1').base.replace('/48', '/64');
    expect((await d.requestPool({ v6: true })).pool).toBe(ula);
    expect((await d.requestPool({ v6: true })).pool).not.toBe(ula);
  });

  it('configured IPv6 pools are used as given', async () => {
    const d = ipam({ defaultPools: [{ base: 'fd11:2233::/48', size: 64 }], hostId: 'h1' });
    expect((await d.requestPool({ v6: true })).pool).toBe('fd11:2233::/64');
    expect((await d.requestPool({ v6: true })).pool).toBe('fd11:2233:0:1::/64');
  });
});

describe('requestPool: explicit', () => {
  it('canonicalises the subnet', async () => {
    const d = ipam();
    expect(await d.requestPool({ v6: false, pool: '172.20.1.0/16' })).toEqual({
      poolId: 'LocalDefault/172.20.0.0/16',
      pool: '172.20.0.0/16',
    });
    expect((await d.requestPool({ v6: true, pool: 'FD00:0:0:0::/64' })).pool).toBe('fd00::/64');
  });

  it('ignores host routes (static allocation is the user’s call)', async () => {
    const d = ipam({ hostRoutes: () => ['192.168.1.0/24'] });
    expect((await d.requestPool({ v6: false, pool: '192.168.1.0/24' })).pool).toBe('192.168.1.0/24');
  });

  it('an overlapping subnet is refused with dockerd’s words', async () => {
    const d = ipam();
    await d.requestPool({ v6: false, pool: '10.1.0.0/16' });
    for (const pool of ['10.1.0.0/16', '10.1.2.0/24', '10.0.0.0/8']) {
      const err = await rejection(d.requestPool({ v6: false, pool }));
      expect(isInvalidArgument(err)).toBe(true);
      expect(err.message).toBe('invalid pool request: Pool overlaps with other one on this address space');
    }
    // Families never overlap.
    await d.requestPool({ v6: true, pool: '::ffff:0:0/96' });
  });

  it('a dynamic subnet is overlapped by a later explicit request of it', async () => {
    const d = ipam();
    const { pool } = await d.requestPool({ v6: false });
    expect((await rejection(d.requestPool({ v6: false, pool }))).message).toContain('Pool overlaps');
  });

  it('bad CIDRs are invalidArgument', async () => {
    const d = ipam();
    for (const [pool, subPool, bad] of [
      ['10.0.0.0', undefined, '10.0.0.0'],
      ['10.0.0.0/33', undefined, '10.0.0.0/33'],
      ['10.0.0.0/16', '10.0.1.0', '10.0.1.0'],
    ] as const) {
      const err = await rejection(d.requestPool({ v6: false, pool, subPool }));
      expect(isInvalidArgument(err)).toBe(true);
      expect(err.message).toBe(`invalid CIDR address: ${bad}`);
    }
  });

  it('an ip-range outside its subnet, or of the other family, or without a subnet is refused', async () => {
    const d = ipam();
    const out = await rejection(d.requestPool({ v6: false, pool: '10.0.0.0/16', subPool: '10.1.0.0/24' }));
    expect(isInvalidArgument(out)).toBe(true);
    expect(out.message).toBe("invalid ip-range 10.1.0.0/24: parent subnet 10.0.0.0/16 doesn't contain ip-range");
    const fam = await rejection(d.requestPool({ v6: false, pool: '10.0.0.0/16', subPool: 'fd00::/64' }));
    expect(fam.message).toBe('pool and subpool are of incompatible address families');
    const alone = await rejection(d.requestPool({ v6: false, subPool: '10.0.0.0/24' }));
    expect(isInvalidArgument(alone)).toBe(true);
    expect(alone.message).toContain('invalid address subpool');
    // Nothing was allocated by the failures.
    expect((await d.requestPool({ v6: false, pool: '10.0.0.0/16' })).pool).toBe('10.0.0.0/16');
  });

  it('networks may share a subnet with distinct ip-ranges; the same range twice overlaps', async () => {
    const d = ipam();
    const a = await d.requestPool({ v6: false, pool: '10.5.0.0/16', subPool: '10.5.1.0/24' });
    expect(a.poolId).toBe('LocalDefault/10.5.0.0/16/10.5.1.0/24');
    const b = await d.requestPool({ v6: false, pool: '10.5.0.0/16', subPool: '10.5.2.0/24' });
    expect(await d.requestAddress(a.poolId)).toBe('10.5.1.0/16');
    expect(await d.requestAddress(b.poolId)).toBe('10.5.2.0/16');
    expect((await rejection(d.requestPool({ v6: false, pool: '10.5.0.0/16', subPool: '10.5.1.0/24' }))).message).toContain(
      'Pool overlaps',
    );
    // The subnet is shared: an address given through one pool is taken for the other.
    expect(isConflict(await rejection(d.requestAddress(b.poolId, '10.5.1.0')))).toBe(true);
    // The subnet stays allocated until its last range goes.
    await d.releasePool(a.poolId);
    expect((await rejection(d.requestPool({ v6: false, pool: '10.5.0.0/16' }))).message).toContain('Pool overlaps');
    await d.releasePool(b.poolId);
    await d.requestPool({ v6: false, pool: '10.5.0.0/16' });
  });

  it('releasing an unknown pool is invalidArgument; a bad pool id too', async () => {
    const d = ipam();
    const unknown = await rejection(d.releasePool('LocalDefault/10.9.0.0/16'));
    expect(isInvalidArgument(unknown)).toBe(true);
    expect(unknown.message).toBe('address space does not contain specified address pool');
    expect((await rejection(d.releasePool('nonsense'))).message).toBe('invalid pool id: nonsense');
    const { poolId } = await d.requestPool({ v6: false });
    await d.releasePool(poolId);
    expect(isInvalidArgument(await rejection(d.releasePool(poolId)))).toBe(true);
  });
});

describe('requestAddress', () => {
  it('gateway first, then the lowest free addresses, with the pool’s prefix length', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '172.18.0.0/16' });
    expect(await d.requestAddress(poolId, undefined, { gateway: true })).toBe('172.18.0.1/16');
    expect(await d.requestAddress(poolId)).toBe('172.18.0.2/16');
    expect(await d.requestAddress(poolId)).toBe('172.18.0.3/16');
    await d.releaseAddress(poolId, '172.18.0.2/16');
    // dockerd reuses the lowest free address.
    expect(await d.requestAddress(poolId)).toBe('172.18.0.2/16');
    expect(await d.requestAddress(poolId)).toBe('172.18.0.4/16');
  });

  it('serial allocation continues after the last given address and wraps', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '10.0.0.0/29' }); // .1–.6 usable
    const serial = { serial: true };
    expect(await d.requestAddress(poolId, undefined, serial)).toBe('10.0.0.1/29');
    expect(await d.requestAddress(poolId, undefined, serial)).toBe('10.0.0.2/29');
    await d.releaseAddress(poolId, '10.0.0.1');
    expect(await d.requestAddress(poolId, undefined, serial)).toBe('10.0.0.3/29');
    for (const want of ['10.0.0.4/29', '10.0.0.5/29', '10.0.0.6/29', '10.0.0.1/29']) {
      expect(await d.requestAddress(poolId, undefined, serial)).toBe(want);
    }
  });

  it('an explicit gateway or address is taken as given', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '10.1.0.0/24' });
    expect(await d.requestAddress(poolId, '10.1.0.254', { gateway: true })).toBe('10.1.0.254/24');
    expect(await d.requestAddress(poolId, '10.1.0.7/24')).toBe('10.1.0.7/24');
    expect(await d.requestAddress(poolId)).toBe('10.1.0.1/24');
  });

  it('a taken address is a conflict; one outside the pool invalidArgument', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '10.1.0.0/24' });
    await d.requestAddress(poolId, '10.1.0.9');
    const taken = await rejection(d.requestAddress(poolId, '10.1.0.9'));
    expect(isConflict(taken)).toBe(true);
    expect(taken.message).toBe('Address already in use');
    const outside = await rejection(d.requestAddress(poolId, '10.2.0.9'));
    expect(isInvalidArgument(outside)).toBe(true);
    expect(outside.message).toBe('requested address is out of range');
    expect(isInvalidArgument(await rejection(d.requestAddress(poolId, 'fd00::1')))).toBe(true);
    expect(isInvalidArgument(await rejection(d.requestAddress(poolId, 'bogus')))).toBe(true);
  });

  it('network and broadcast addresses are never given, nor can be requested', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '10.1.0.0/24' });
    expect(isConflict(await rejection(d.requestAddress(poolId, '10.1.0.0')))).toBe(true);
    expect(isConflict(await rejection(d.requestAddress(poolId, '10.1.0.255')))).toBe(true);
    // Releasing them does not make them available.
    await d.releaseAddress(poolId, '10.1.0.0');
    expect(isConflict(await rejection(d.requestAddress(poolId, '10.1.0.0')))).toBe(true);
  });

  it('a /30 has two addresses; then dockerd’s exhaustion error (unavailable)', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '192.168.9.0/30' });
    expect(await d.requestAddress(poolId, undefined, { gateway: true })).toBe('192.168.9.1/30');
    expect(await d.requestAddress(poolId)).toBe('192.168.9.2/30');
    const err = await rejection(d.requestAddress(poolId));
    expect(isUnavailable(err)).toBe(true);
    expect(err.message).toBe("no available IPv4 addresses on this network's address pools");
    const named = await rejection(d.requestAddress(poolId, undefined, { network: { name: 'tiny', id: 'abc123' } }));
    expect(named.message).toBe("no available IPv4 addresses on this network's address pools: tiny (abc123)");
    await d.releaseAddress(poolId, '192.168.9.2');
    expect(await d.requestAddress(poolId)).toBe('192.168.9.2/30');
  });

  it('/31 and /32 use every address (RFC 3021)', async () => {
    const d = ipam();
    const p31 = (await d.requestPool({ v6: false, pool: '10.9.0.0/31' })).poolId;
    expect(await d.requestAddress(p31)).toBe('10.9.0.0/31');
    expect(await d.requestAddress(p31)).toBe('10.9.0.1/31');
    expect(isUnavailable(await rejection(d.requestAddress(p31)))).toBe(true);
    const p32 = (await d.requestPool({ v6: false, pool: '10.9.1.1/32' })).poolId;
    expect(await d.requestAddress(p32)).toBe('10.9.1.1/32');
  });

  it('allocates from the ip-range, explicit addresses anywhere in the subnet', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: false, pool: '10.3.0.0/16', subPool: '10.3.4.0/30' });
    expect(await d.requestAddress(poolId, undefined, { gateway: true })).toBe('10.3.4.0/16');
    expect(await d.requestAddress(poolId, '10.3.0.1')).toBe('10.3.0.1/16');
    expect(await d.requestAddress(poolId)).toBe('10.3.4.1/16');
    expect(await d.requestAddress(poolId)).toBe('10.3.4.2/16');
    expect(await d.requestAddress(poolId)).toBe('10.3.4.3/16');
    expect(isUnavailable(await rejection(d.requestAddress(poolId)))).toBe(true);
  });

  it('IPv6 /64: skips the subnet-router anycast address, formats canonically', async () => {
    const d = ipam();
    const { poolId } = await d.requestPool({ v6: true, pool: 'fd00:1::/64' });
    expect(await d.requestAddress(poolId, undefined, { gateway: true })).toBe('fd00:1::1/64');
    expect(await d.requestAddress(poolId)).toBe('fd00:1::2/64');
    expect(await d.requestAddress(poolId, 'FD00:1:0:0::ffff')).toBe('fd00:1::ffff/64');
    expect(await d.requestAddress(poolId, 'fd00:1::ffff:ffff:ffff:ffff')).toBe('fd00:1::ffff:ffff:ffff:ffff/64');
    expect(isConflict(await rejection(d.requestAddress(poolId, 'fd00:1::')))).toBe(true);
    const err = await rejection(d.requestPool({ v6: true, pool: 'fd00:1::/48' }));
    expect(err.message).toContain('Pool overlaps');
  });

  it('unknown pools are notFound; releaseAddress of a free address is fine', async () => {
    const d = ipam();
    expect(isNotFound(await rejection(d.requestAddress('LocalDefault/10.7.0.0/16')))).toBe(true);
    expect(isNotFound(await rejection(d.releaseAddress('LocalDefault/10.7.0.0/16', '10.7.0.2')))).toBe(true);
    const { poolId } = await d.requestPool({ v6: false, pool: '10.7.0.0/16' });
    await d.releaseAddress(poolId, '10.7.0.99');
    expect(isInvalidArgument(await rejection(d.releaseAddress(poolId, '10.8.0.1')))).toBe(true);
    // A range that was never requested on this subnet is not a pool.
    expect(isNotFound(await rejection(d.requestAddress('LocalDefault/10.7.0.0/16/10.7.1.0/24')))).toBe(true);
  });
});

describe('restart replay', () => {
  it('re-requesting stored pools and addresses in stored order reproduces the state', async () => {
    const routes: string[] = [];
    const first = ipam({ hostRoutes: () => routes });
    const stored: { poolId: string; pool: string; subPool?: string; addrs: string[] }[] = [];
    const bridge = await first.requestPool({ v6: false, forDefaultBridge: true });
    const user = await first.requestPool({ v6: false });
    const ranged = await first.requestPool({ v6: false, pool: '10.20.0.0/16', subPool: '10.20.8.0/24' });
    const v6 = await first.requestPool({ v6: true, pool: 'fd00:2::/64' });
    for (const [p, subPool] of [[bridge], [user], [ranged, '10.20.8.0/24'], [v6]] as const) {
      const addrs = [
        await first.requestAddress(p.poolId, undefined, { gateway: true }),
        await first.requestAddress(p.poolId),
        await first.requestAddress(p.poolId),
      ];
      await first.releaseAddress(p.poolId, addrs[1]!);
      stored.push({ poolId: p.poolId, pool: p.pool, subPool, addrs: [addrs[0]!, addrs[2]!] });
    }
    // After the restart the host has routes for the bridges berth created (and a new LAN).
    routes.push('172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16');

    const second = ipam({ hostRoutes: () => routes });
    for (const s of stored) {
      const again = await second.requestPool({ v6: s.pool.includes(':'), pool: s.pool, subPool: s.subPool });
      expect(again).toEqual({ poolId: s.poolId, pool: s.pool });
      for (const [i, a] of s.addrs.entries()) {
        expect(await second.requestAddress(again.poolId, a, { gateway: i === 0 })).toBe(a);
      }
    }
    // New allocations continue where the first daemon would have: freed addresses reused, taken ones skipped.
    expect(await second.requestAddress(stored[1]!.poolId)).toBe(stored[1]!.addrs[0]!.replace('.1/', '.2/'));
    expect(await second.requestAddress(stored[1]!.poolId)).toBe(stored[1]!.addrs[0]!.replace('.1/', '.4/'));
    expect((await second.requestPool({ v6: false })).pool).toBe('172.20.0.0/20');
    expect(isConflict(await rejection(second.requestAddress(stored[2]!.poolId, stored[2]!.addrs[1]!)))).toBe(true);
  });
});
