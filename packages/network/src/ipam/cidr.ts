/**
 * IP address and CIDR arithmetic for all of berth (IPv4 and IPv6), on BigInt so one code path
 * serves both families. Parsing follows Go's `net/netip` (what dockerd uses), so berth accepts and
 * rejects the same spellings: IPv4 is four decimal octets without leading zeros; IPv6 allows one
 * `::` and a trailing dotted IPv4 part but no zone; a prefix length has no sign or leading zero.
 * Formatting follows `netip` too: IPv6 in RFC 5952 canonical form, IPv4-mapped IPv6 as `::ffff:a.b.c.d`.
 *
 * Functions taking a CIDR accept either its text or a parsed {@link Cidr}; text that does not parse
 * throws `invalidArgument('invalid CIDR address: <text>')` (Go's `net.ParseCIDR` wording).
 */
import { invalidArgument } from '@berth/errdefs';

export type IpFamily = 4 | 6;

export interface ParsedIp {
  family: IpFamily;
  value: bigint;
}

/** A parsed prefix. `ip` is the address as written (a host address keeps its host bits: '172.18.0.2/16'). */
export interface Cidr {
  family: IpFamily;
  ip: bigint;
  prefix: number;
}

export type CidrLike = string | Cidr;

export function bitLength(family: IpFamily): 32 | 128 {
  return family === 4 ? 32 : 128;
}

const DECIMAL_OCTET = /^(0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  // A trailing dotted quad stands for the last two groups ('::ffff:1.2.3.4').
  let tail: bigint[] = [];
  let body = text;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.indexOf('.', lastColon) > lastColon) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    // Keep the colon so '::1.2.3.4' leaves '::' behind and 'a:b:c:d:e:f:1.2.3.4' leaves 'a:…:f:'.
    body = text.slice(0, lastColon + 1);
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): bigint[] | undefined => {
    if (s === '') return [];
    const out: bigint[] = [];
    for (const g of s.split(':')) {
      if (!HEX_GROUP.test(g)) return undefined;
      out.push(BigInt(parseInt(g, 16)));
    }
    return out;
  };
  const head = groupsOf(halves[0]!);
  if (head === undefined) return undefined;
  let groups: bigint[];
  if (halves.length === 2) {
    const rest = groupsOf(halves[1]!);
    if (rest === undefined) return undefined;
    const known = head.length + rest.length + tail.length;
    // '::' stands for at least one zero group (netip rejects '1:2:3:4::5:6:7:8').
    if (known > 7) return undefined;
    groups = [...head, ...new Array<bigint>(8 - known).fill(0n), ...rest, ...tail];
  } else {
    groups = [...head, ...tail];
  }
  if (groups.length !== 8) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/** The address, or undefined when `text` is not an IPv4 or IPv6 address in netip's syntax. */
export function tryParseIp(text: string): ParsedIp | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 4, value };
}

/** The address; invalidArgument(`invalid IP address: <text>`) when it does not parse. */
export function parseIp(text: string): ParsedIp {
  const ip = tryParseIp(text);
  if (!ip) throw invalidArgument(`invalid IP address: ${text}`);
  return ip;
}

export function isIp(text: string): boolean {
  return tryParseIp(text) !== undefined;
}

export function ipFamily(text: string): IpFamily | undefined {
  return tryParseIp(text)?.family;
}

export function ipToBigInt(text: string): bigint {
  return parseIp(text).value;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** `value` as text: dotted quad, or RFC 5952 IPv6 exactly as Go's netip prints it. */
export function formatIp(value: bigint, family: IpFamily): string {
  if (family === 4) return formatIpv4(value);
  if (value >> 32n === 0xffffn) return `::ffff:${formatIpv4(value & 0xffffffffn)}`;
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // The longest run of two or more zero groups becomes '::' (the first one on a tie).
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

/** An IPv4-mapped IPv6 address as IPv4 (netip's Unmap); any other address unchanged. */
export function unmapIp(ip: ParsedIp): ParsedIp {
  if (ip.family === 6 && ip.value >> 32n === 0xffffn) return { family: 4, value: ip.value & 0xffffffffn };
  return ip;
}

/** Canonical text of an address ('fd00:0::01' → 'fd00::1'). */
export function canonicalIp(text: string): string {
  const ip = parseIp(text);
  return formatIp(ip.value, ip.family);
}

const PREFIX_LENGTH = /^(0|[1-9][0-9]{0,2})$/;

export function tryParseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = tryParseIp(text.slice(0, slash));
  const bits = text.slice(slash + 1);
  if (!ip || !PREFIX_LENGTH.test(bits)) return undefined;
  const prefix = Number(bits);
  if (prefix > bitLength(ip.family)) return undefined;
  return { family: ip.family, ip: ip.value, prefix };
}

export function parseCidr(text: CidrLike): Cidr {
  if (typeof text !== 'string') return text;
  const cidr = tryParseCidr(text);
  if (!cidr) throw invalidArgument(`invalid CIDR address: ${text}`);
  return cidr;
}

export function isCidr(text: string): boolean {
  return tryParseCidr(text) !== undefined;
}

/** Mask of `prefix` leading one bits in a `family` address. */
export function maskBits(prefix: number, family: IpFamily): bigint {
  const width = BigInt(bitLength(family));
  const hostBits = width - BigInt(prefix);
  return ((1n << width) - 1n) ^ ((1n << hostBits) - 1n);
}

/** The dotted netmask of an IPv4 prefix length (24 → '255.255.255.0'), or the IPv6 mask. */
export function netmask(prefix: number, family: IpFamily = 4): string {
  return formatIp(maskBits(prefix, family), family);
}

function hostBits(c: Cidr): bigint {
  return BigInt(bitLength(c.family) - c.prefix);
}

function first(c: Cidr): bigint {
  return c.ip & maskBits(c.prefix, c.family);
}

function last(c: Cidr): bigint {
  return first(c) | ((1n << hostBits(c)) - 1n);
}

/** The prefix with its host bits cleared ('172.18.0.2/16' → network 172.18.0.0/16). */
export function maskCidr(cidr: CidrLike): Cidr {
  const c = parseCidr(cidr);
  return { family: c.family, ip: first(c), prefix: c.prefix };
}

/** Text of a parsed prefix, keeping its address as written. */
export function formatCidr(c: Cidr): string {
  return `${formatIp(c.ip, c.family)}/${c.prefix}`;
}

/** Canonical text of the network ('172.20.1.0/16' → '172.20.0.0/16', 'FD00:0::/64' → 'fd00::/64'). */
export function canonicalCidr(cidr: CidrLike): string {
  return formatCidr(maskCidr(cidr));
}

/** Whether the prefix has no host bits set (Go: `p == p.Masked()`). */
export function isCanonicalCidr(cidr: CidrLike): boolean {
  const c = parseCidr(cidr);
  return c.ip === first(c);
}

/** The address part of a CIDR ('172.18.0.2/16' → '172.18.0.2'). */
export function cidrIp(cidr: CidrLike): string {
  const c = parseCidr(cidr);
  return formatIp(c.ip, c.family);
}

export function networkAddress(cidr: CidrLike): string {
  const c = parseCidr(cidr);
  return formatIp(first(c), c.family);
}

/** The last address of the prefix (the IPv4 broadcast address). */
export function lastAddress(cidr: CidrLike): string {
  const c = parseCidr(cidr);
  return formatIp(last(c), c.family);
}

/** IPv4 broadcast address; invalidArgument for IPv6, which has none. */
export function broadcastAddress(cidr: CidrLike): string {
  const c = parseCidr(cidr);
  if (c.family !== 4) throw invalidArgument(`IPv6 network ${formatCidr(c)} has no broadcast address`);
  return formatIp(last(c), 4);
}

/** Number of addresses in the prefix. */
export function cidrSize(cidr: CidrLike): bigint {
  return 1n << hostBits(parseCidr(cidr));
}

/** Address number `n` of the prefix (0 = network address); invalidArgument when outside it. */
export function nthAddress(cidr: CidrLike, n: number | bigint): string {
  const c = parseCidr(cidr);
  const offset = BigInt(n);
  if (offset < 0n || offset >= 1n << hostBits(c)) {
    throw invalidArgument(`address ${offset} is outside ${canonicalCidr(c)}`);
  }
  return formatIp(first(c) + offset, c.family);
}

/** Offset of `ip` from the network address of `cidr`, or undefined when not inside it. */
export function addressOffset(cidr: CidrLike, ip: string): bigint | undefined {
  const c = parseCidr(cidr);
  const a = tryParseIp(ip);
  if (!a || a.family !== c.family || a.value < first(c) || a.value > last(c)) return undefined;
  return a.value - first(c);
}

/** Whether `inner` (an address, or a prefix) lies wholly inside `outer`. Families never mix. */
export function cidrContains(outer: CidrLike, inner: string | Cidr): boolean {
  const o = parseCidr(outer);
  let i: Cidr;
  if (typeof inner === 'string' && !inner.includes('/')) {
    const ip = parseIp(inner);
    i = { family: ip.family, ip: ip.value, prefix: bitLength(ip.family) };
  } else {
    i = parseCidr(inner);
  }
  return o.family === i.family && i.prefix >= o.prefix && first(i) >= first(o) && last(i) <= last(o);
}

/** Whether two prefixes share any address (then one contains the other). */
export function cidrsOverlap(a: CidrLike, b: CidrLike): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x.family === y.family && first(x) <= last(y) && first(y) <= last(x);
}

/** Order: family, then network address, then shorter prefix first (Go's netiputil.PrefixCompare). */
export function compareCidrs(a: CidrLike, b: CidrLike): number {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (x.family !== y.family) return x.family - y.family;
  const fx = first(x);
  const fy = first(y);
  if (fx !== fy) return fx < fy ? -1 : 1;
  return x.prefix - y.prefix;
}

/** `ip` with a prefix length ('172.18.0.2', 16 → '172.18.0.2/16'). */
export function withPrefix(ip: string, prefix: number): string {
  const a = parseIp(ip);
  if (prefix < 0 || prefix > bitLength(a.family)) throw invalidArgument(`invalid prefix length ${prefix} for ${ip}`);
  return `${formatIp(a.value, a.family)}/${prefix}`;
}

/** The first prefix of length `size` that starts after the end of `cidr` (undefined past the address space). */
export function prefixAfter(cidr: CidrLike, size: number): Cidr | undefined {
  const c = parseCidr(cidr);
  const step = 1n << BigInt(bitLength(c.family) - size);
  const start = ((last(c) + step) / step) * step;
  if (start >> BigInt(bitLength(c.family)) !== 0n) return undefined;
  return { family: c.family, ip: start, prefix: size };
}
