/**
 * The built-in `default` IPAM driver (libnetwork's defaultipam), in memory.
 *
 * Pools: an explicit subnet is taken as given unless it overlaps an allocated one; without one, the
 * first free subnet of the default pools is carved out (first fit, in address order), skipping
 * allocated subnets and the host's on-link routes so a container network never shadows a LAN the
 * host sits on. Several pools may share one subnet when each has its own sub-pool (`--ip-range`),
 * as libnetwork allows; they then share its addresses.
 *
 * Addresses: the lowest free one of the sub-pool (or subnet), as dockerd gives them (serially, from
 * after the last one given, on request). The network address is never given (IPv6: the
 * subnet-router anycast address), nor the IPv4 broadcast address, except in /31 and /32 networks
 * (RFC 3021).
 */
import { createHash } from 'node:crypto';
import { conflict, invalidArgument, notFound, unavailable } from '@berth/errdefs';
import {
  bitLength,
  cidrContains,
  cidrsOverlap,
  compareCidrs,
  formatCidr,
  formatIp,
  maskCidr,
  prefixAfter,
  tryParseCidr,
  tryParseIp,
  type Cidr,
  type IpFamily,
} from './cidr';
import type { AddressPool, AddressRequestOptions, IpamDriver, PoolRequest } from './index';

/** Subnets the default bridge walks: 172.17.0.0/16 … 172.31.0.0/16. */
export const DEFAULT_BRIDGE_POOLS: AddressPool[] = Array.from({ length: 15 }, (_, i) => ({
  base: `172.${17 + i}.0.0/16`,
  size: 16,
}));

/**
 * Pools for user networks with no subnet of their own: dockerd's local-scope bases (172.17–172.31,
 * then 192.168.0.0/16), carved as /20s rather than dockerd's /16s — sixteen times as many networks
 * before the pools run out, and what issue 6 asks for. The default bridge still takes a whole /16
 * (DEFAULT_BRIDGE_POOLS); `default-address-pools` replaces both.
 */
export const DEFAULT_USER_POOLS: AddressPool[] = [
  { base: '172.17.0.0/16', size: 20 },
  { base: '172.18.0.0/16', size: 20 },
  { base: '172.19.0.0/16', size: 20 },
  { base: '172.20.0.0/14', size: 20 },
  { base: '172.24.0.0/14', size: 20 },
  { base: '172.28.0.0/14', size: 20 },
  { base: '192.168.0.0/16', size: 20 },
];

/** The address space name dockerd reports and puts in pool ids. */
export const LOCAL_ADDRESS_SPACE = 'LocalDefault';

/**
 * A ULA /48 unique to this host (RFC 4193's idea, as dockerd derives it from its host id), split
 * into /64s: dynamic IPv6 subnets work without configuration and stay stable across restarts.
 */
export function deriveUlaPool(hostId: string): AddressPool {
  const digest = createHash('sha256').update(hostId).digest();
  const globalId = digest.readBigUInt64BE(0) & ((1n << 40n) - 1n);
  const base = (0xfdn << 120n) + (globalId << 80n);
  return { base: `${formatIp(base, 6)}/48`, size: 64 };
}

export interface DefaultIpamOptions {
  /** The daemon's `default-address-pools`; absent: DEFAULT_USER_POOLS (and DEFAULT_BRIDGE_POOLS for the default bridge). */
  defaultPools?: AddressPool[];
  /** CIDRs routed on the host now (see hostRoutesFromProc); dynamic subnets avoid them. The default route is ignored. */
  hostRoutes: () => string[];
  /** When given and no IPv6 default pool is configured, a ULA pool derived from it serves dynamic IPv6 subnets. */
  hostId?: string;
}

interface SplitPool {
  base: Cidr;
  size: number;
}

interface PoolData {
  subnet: Cidr;
  /** Offsets (from the network address) given out, including the reserved ones. */
  used: Set<bigint>;
  reserved: Set<bigint>;
  /** Canonical sub-pools (ip-ranges) requested on this subnet. */
  children: Set<string>;
  /** Release the subnet once its last child goes (it was only allocated for them, or its own pool was released). */
  autoRelease: boolean;
  /** Offset of the last dynamically given address, for serial allocation. */
  lastOffset?: bigint;
}

interface PoolKey {
  subnet: Cidr;
  child?: Cidr;
}

/** Sorted, with prefixes lying inside an earlier (shorter) one dropped, as libnetwork does, so first fit never walks into an already-walked block. */
function normalisePools(pools: AddressPool[], what: string): SplitPool[] {
  const parsed = pools.map((p, i) => {
    const base = tryParseCidr(p.base);
    if (!base) throw invalidArgument(`invalid CIDR address: ${p.base}`);
    if (!Number.isInteger(p.size) || p.size <= 0 || p.size > bitLength(base.family)) {
      throw invalidArgument(`${what}: network at index ${i} (${p.base}) is not in canonical form`);
    }
    if (base.prefix > p.size) {
      throw invalidArgument(
        `${what}: network at index ${i} (${p.base}) has a smaller prefix (/${base.prefix}) than the target size of that pool (/${p.size})`,
      );
    }
    return { base: maskCidr(base), size: p.size };
  });
  parsed.sort((a, b) => compareCidrs(a.base, b.base));
  const kept: SplitPool[] = [];
  for (const p of parsed) {
    if (!kept.some((k) => cidrsOverlap(k.base, p.base))) kept.push(p);
  }
  return kept;
}

function poolIdOf(key: PoolKey): string {
  const subnet = formatCidr(key.subnet);
  return key.child ? `${LOCAL_ADDRESS_SPACE}/${subnet}/${formatCidr(key.child)}` : `${LOCAL_ADDRESS_SPACE}/${subnet}`;
}

function parsePoolId(poolId: string): PoolKey {
  const parts = poolId.split('/');
  const bad = () => invalidArgument(`invalid pool id: ${poolId}`);
  if ((parts.length !== 3 && parts.length !== 5) || parts[0] !== LOCAL_ADDRESS_SPACE) throw bad();
  const subnet = tryParseCidr(`${parts[1]}/${parts[2]}`);
  if (!subnet) throw bad();
  if (parts.length === 3) return { subnet };
  const child = tryParseCidr(`${parts[3]}/${parts[4]}`);
  if (!child) throw bad();
  return { subnet, child };
}

function stripPrefixLength(address: string): string {
  const slash = address.indexOf('/');
  return slash < 0 ? address : address.slice(0, slash);
}

class DefaultIpam implements IpamDriver {
  readonly name = 'default';
  /** Allocated subnets per family, sorted (the order first fit walks). */
  private readonly allocated: Record<IpFamily, Cidr[]> = { 4: [], 6: [] };
  private readonly subnets = new Map<string, PoolData>();
  private readonly userPools: SplitPool[];
  private readonly bridgePools: SplitPool[];

  constructor(private readonly opts: DefaultIpamOptions) {
    const configured = opts.defaultPools && opts.defaultPools.length > 0 ? opts.defaultPools : undefined;
    const extra: AddressPool[] = [];
    const hasV6 = (configured ?? DEFAULT_USER_POOLS).some((p) => tryParseCidr(p.base)?.family === 6);
    if (!hasV6 && opts.hostId !== undefined) extra.push(deriveUlaPool(opts.hostId));
    this.userPools = normalisePools([...(configured ?? DEFAULT_USER_POOLS), ...extra], 'default-address-pools');
    // dockerd gives the default bridge no pools of its own: it is simply created first. Keeping a
    // separate list lets the bridge keep 172.17.0.0/16 even when user networks were restored first.
    this.bridgePools = configured
      ? this.userPools
      : normalisePools([...DEFAULT_BRIDGE_POOLS, ...extra], 'default bridge pools');
  }

  async requestPool(req: PoolRequest): Promise<{ poolId: string; pool: string }> {
    let family: IpFamily = req.v6 ? 6 : 4;
    let explicit: Cidr | undefined;
    let size: number | undefined;
    if (req.pool !== undefined && req.pool !== '') {
      const pool = tryParseCidr(req.pool);
      if (!pool) throw invalidArgument(`invalid CIDR address: ${req.pool}`);
      family = pool.family;
      // An unspecified address ('0.0.0.0/24', '::/64') asks only for a size.
      if (pool.ip === 0n) size = pool.prefix > 0 ? pool.prefix : undefined;
      else explicit = maskCidr(pool);
    }
    const subPool = req.subPool !== undefined && req.subPool !== '' ? req.subPool : undefined;

    if (!explicit) {
      if (subPool !== undefined) {
        throw invalidArgument(
          `failed to parse pool request for address space "${LOCAL_ADDRESS_SPACE}" pool "${req.pool ?? ''}" subpool "${subPool}": invalid address subpool`,
        );
      }
      const subnet = this.allocatePredefined(family, req.forDefaultBridge ? this.bridgePools : this.userPools, size);
      return { poolId: poolIdOf({ subnet }), pool: formatCidr(subnet) };
    }

    let child: Cidr | undefined;
    if (subPool !== undefined) {
      const parsed = tryParseCidr(subPool);
      if (!parsed) throw invalidArgument(`invalid CIDR address: ${subPool}`);
      if (parsed.family !== explicit.family) {
        throw invalidArgument('pool and subpool are of incompatible address families');
      }
      child = maskCidr(parsed);
      // libnetwork's compatibility rule: a range wider than its subnet means the whole subnet.
      if (child.prefix < explicit.prefix) child = explicit;
      if (!cidrContains(explicit, child)) {
        throw invalidArgument(
          `invalid ip-range ${subPool}: parent subnet ${formatCidr(explicit)} doesn't contain ip-range`,
        );
      }
    }
    this.allocateSubnet(explicit, child);
    return { poolId: poolIdOf({ subnet: explicit, child }), pool: formatCidr(explicit) };
  }

  async releasePool(poolId: string): Promise<void> {
    const key = parsePoolId(poolId);
    const subnetKey = formatCidr(key.subnet);
    const data = this.subnets.get(subnetKey);
    const bad = () => invalidArgument('address space does not contain specified address pool');
    if (!data) throw bad();
    if (key.child) {
      if (!data.children.delete(formatCidr(key.child))) throw bad();
    } else {
      data.autoRelease = true;
    }
    if (data.children.size === 0 && data.autoRelease) {
      this.subnets.delete(subnetKey);
      const list = this.allocated[key.subnet.family];
      const at = list.findIndex((c) => compareCidrs(c, key.subnet) === 0);
      if (at >= 0) list.splice(at, 1);
    }
  }

  async requestAddress(poolId: string, address?: string, options?: AddressRequestOptions): Promise<string> {
    const key = parsePoolId(poolId);
    const data = this.poolData(key);
    const base = data.subnet.ip;
    let offset: bigint;
    if (address !== undefined && address !== '') {
      const ip = tryParseIp(stripPrefixLength(address));
      if (!ip) throw invalidArgument(`invalid IP address: ${address}`);
      if (!cidrContains(data.subnet, formatIp(ip.value, ip.family))) {
        throw invalidArgument('requested address is out of range');
      }
      offset = ip.value - base;
      if (data.used.has(offset)) throw conflict('Address already in use');
    } else {
      const range = key.child ?? data.subnet;
      const lo = range.ip - base;
      const hi = lo + (1n << BigInt(bitLength(range.family) - range.prefix)) - 1n;
      const found = this.findFree(data, lo, hi, options?.serial === true);
      if (found === undefined) {
        const where = options?.network ? `: ${options.network.name} (${options.network.id})` : '';
        throw unavailable(`no available IPv${data.subnet.family} addresses on this network's address pools${where}`);
      }
      offset = found;
      data.lastOffset = found;
    }
    data.used.add(offset);
    return `${formatIp(base + offset, data.subnet.family)}/${data.subnet.prefix}`;
  }

  async releaseAddress(poolId: string, address: string): Promise<void> {
    const key = parsePoolId(poolId);
    const data = this.poolData(key);
    const ip = tryParseIp(stripPrefixLength(address));
    if (!ip) throw invalidArgument('invalid address');
    if (!cidrContains(data.subnet, formatIp(ip.value, ip.family))) {
      throw invalidArgument('requested address is out of range');
    }
    const offset = ip.value - data.subnet.ip;
    // Releasing an address that is not given is no error (libnetwork's too); the reserved ones stay.
    if (!data.reserved.has(offset)) data.used.delete(offset);
  }

  private poolData(key: PoolKey): PoolData {
    const data = this.subnets.get(formatCidr(key.subnet));
    const missing = () => notFound(`cannot find address pool for poolID:${poolIdOf(key)}`);
    if (!data) throw missing();
    if (key.child && !data.children.has(formatCidr(key.child))) throw missing();
    return data;
  }

  /** Lowest free offset in [lo, hi], or the first after the last given one (wrapping) when serial. */
  private findFree(data: PoolData, lo: bigint, hi: bigint, serial: boolean): bigint | undefined {
    let start = lo;
    if (serial && data.lastOffset !== undefined && data.lastOffset >= lo && data.lastOffset < hi) {
      start = data.lastOffset + 1n;
    }
    // Each step skips one used address, so this ends after at most used.size + 1 probes per pass.
    for (let o = start; o <= hi; o++) if (!data.used.has(o)) return o;
    for (let o = lo; o < start; o++) if (!data.used.has(o)) return o;
    return undefined;
  }

  private allocateSubnet(subnet: Cidr, child: Cidr | undefined): void {
    const existing = this.subnets.get(formatCidr(subnet));
    const overlap = () => invalidArgument('invalid pool request: Pool overlaps with other one on this address space');
    if (existing) {
      // The same subnet again is only allowed for a new sub-pool (another network's --ip-range).
      if (!child || existing.children.has(formatCidr(child))) throw overlap();
      existing.children.add(formatCidr(child));
      return;
    }
    // libnetwork skips this check when a sub-pool is given (moby#46756); berth keeps it, so two
    // networks never get overlapping subnets.
    if (this.allocated[subnet.family].some((a) => cidrsOverlap(a, subnet))) throw overlap();
    const data = this.addSubnet(subnet);
    if (child) {
      data.children.add(formatCidr(child));
      data.autoRelease = true;
    }
  }

  private addSubnet(subnet: Cidr): PoolData {
    const list = this.allocated[subnet.family];
    let at = list.findIndex((c) => compareCidrs(c, subnet) > 0);
    if (at < 0) at = list.length;
    list.splice(at, 0, subnet);
    const hostBits = bitLength(subnet.family) - subnet.prefix;
    const reserved = new Set<bigint>();
    // IPv4 network and broadcast addresses (not in point-to-point /31s, RFC 3021); IPv6's
    // subnet-router anycast address (RFC 4291 2.6.1).
    if (subnet.family === 6 || hostBits > 1) reserved.add(0n);
    if (subnet.family === 4 && hostBits > 1) reserved.add((1n << BigInt(hostBits)) - 1n);
    const data: PoolData = { subnet, used: new Set(reserved), reserved, children: new Set(), autoRelease: false };
    this.subnets.set(formatCidr(subnet), data);
    return data;
  }

  private allocatePredefined(family: IpFamily, pools: SplitPool[], size: number | undefined): Cidr {
    const candidates = pools
      .filter((p) => p.base.family === family)
      .filter((p) => size === undefined || (p.base.prefix <= size && size <= bitLength(family)))
      .map((p) => ({ base: p.base, size: size ?? p.size }));
    if (candidates.length === 0) throw invalidArgument('invalid address pool');
    const blockers = [...this.allocated[family], ...this.reservedRoutes(family)];
    for (const { base, size: bits } of candidates) {
      let candidate: Cidr | undefined = { family, ip: base.ip, prefix: bits };
      while (candidate && cidrContains(base, candidate)) {
        const c: Cidr = candidate;
        const blocker = blockers.find((b) => cidrsOverlap(b, c));
        if (!blocker) {
          this.addSubnet(c);
          return c;
        }
        // Jump past the blocker: every candidate before its end overlaps it.
        // (Overlapping prefixes nest: either the blocker holds the candidate, or sits inside it.)
        candidate = prefixAfter(blocker.prefix <= c.prefix ? blocker : c, bits);
      }
    }
    throw invalidArgument('all predefined address pools have been fully subnetted');
  }

  /** The host's routes of this family, minus default-like ones (an unspecified destination). */
  private reservedRoutes(family: IpFamily): Cidr[] {
    const out: Cidr[] = [];
    for (const route of this.opts.hostRoutes()) {
      // A bare address (a nameserver) stands for itself alone.
      const ip = tryParseIp(route);
      const c = ip ? { family: ip.family, ip: ip.value, prefix: bitLength(ip.family) } : tryParseCidr(route);
      if (c && c.family === family && maskCidr(c).ip !== 0n) out.push(maskCidr(c));
    }
    return out;
  }
}

/** The built-in `default` IPAM driver. Throws invalidArgument for malformed `defaultPools`. */
export function createDefaultIpam(opts: DefaultIpamOptions): IpamDriver {
  return new DefaultIpam(opts);
}
