/**
 * What the host already routes, so dynamically allocated subnets avoid it. As dockerd does, only
 * on-link routes count (a LAN the host sits on): routes via a gateway say little about which
 * subnets are in use (VPNs push large aggregates, even 0.0.0.0/1 + 128.0.0.0/1), and the default
 * route is never a reason to refuse a subnet. Nameservers count too: a network shadowing the
 * host's resolver would break name resolution.
 */
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { formatIp, tryParseIp } from './cidr';

const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
/** The host's own addresses (table local): covered by their on-link prefix already. */
const RTF_LOCAL = 0x80000000;

function popcount32(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v !== 0; v >>>= 1) count += v & 1;
  return count;
}

/** /proc/net/route prints each address as a native-endian u32 of the network-order bytes. */
function procIpv4(hex: string, littleEndian: boolean): number {
  const value = parseInt(hex, 16) >>> 0;
  if (!littleEndian) return value;
  return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0;
}

/** On-link IPv4 routes of /proc/net/route text (the main table), as CIDRs; default routes are left out. */
export function parseProcNetRoute(text: string, littleEndian = endianness() === 'LE'): string[] {
  const out: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8) continue;
    const flags = parseInt(f[3]!, 16);
    if (!(flags & RTF_UP) || flags & RTF_GATEWAY) continue;
    const dst = procIpv4(f[1]!, littleEndian);
    const mask = procIpv4(f[7]!, littleEndian);
    if (dst === 0) continue;
    out.push(`${formatIp(BigInt(dst), 4)}/${popcount32(mask)}`);
  }
  return out;
}

/** On-link IPv6 routes of /proc/net/ipv6_route text, as CIDRs; default, link-local and multicast ones are left out. */
export function parseProcIpv6Route(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[0]!.length !== 32) continue;
    const flags = parseInt(f[8]!, 16);
    const prefix = parseInt(f[1]!, 16);
    if (!(flags & RTF_UP) || flags & RTF_GATEWAY || flags & RTF_LOCAL || prefix === 0) continue;
    const dst = BigInt(`0x${f[0]}`);
    const top = Number(dst >> 112n);
    if ((top & 0xffc0) === 0xfe80 || (top & 0xff00) === 0xff00) continue;
    const cidr = `${formatIp(dst, 6)}/${prefix}`;
    if (!out.includes(cidr)) out.push(cidr);
  }
  return out;
}

/** `nameserver` addresses of resolv.conf text as host prefixes ('10.0.0.53/32'). */
export function nameserverPrefixes(resolvConf: string): string[] {
  const out: string[] = [];
  for (const line of resolvConf.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    const ip = m ? tryParseIp(m[1]!.split('%')[0]!) : undefined;
    if (ip) out.push(`${formatIp(ip.value, ip.family)}/${ip.family === 4 ? 32 : 128}`);
  }
  return out;
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Missing (no IPv6, or no resolv.conf): nothing to avoid.
    return '';
  }
}

/** The current (berthd's) network namespace's on-link routes, IPv4 and IPv6. */
export function hostRoutesFromProc(): string[] {
  return [...parseProcNetRoute(readOr('/proc/net/route')), ...parseProcIpv6Route(readOr('/proc/net/ipv6_route'))];
}

/** hostRoutesFromProc plus the host's nameservers: everything dockerd keeps dynamic subnets away from. */
export function hostReservedNetworks(resolvConfPath = '/etc/resolv.conf'): string[] {
  return [...hostRoutesFromProc(), ...nameserverPrefixes(readOr(resolvConfPath))];
}
