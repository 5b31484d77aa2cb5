/**
 * dockerd's networking settings (`--bridge`, `--bip`, `--iptables`, `--dns`, ...; the same keys in
 * daemon.json), checked as dockerd checks them and turned into the engine's network config.
 */
import { isIP } from 'node:net';
import type { EngineNetworkConfig } from '@berth/engine';
import { invalidArgument } from '@berth/errdefs';
import type { ConfigFile } from './config';

/** `--default-address-pool base=10.10.0.0/16,size=24` (dockerd's opts.PoolsOpt). */
export function parseAddressPool(value: string): { base: string; size: number } {
  let base: string | undefined;
  let size: number | undefined;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) throw invalidArgument(`invalid field '${field}' must be a key=value pair`);
    const key = field.slice(0, eq).trim().toLowerCase();
    const v = field.slice(eq + 1).trim();
    if (key === 'base') base = v;
    else if (key === 'size') {
      size = Number(v);
      if (!/^\d+$/.test(v)) throw invalidArgument(`invalid size value: ${JSON.stringify(v)} (must be integer): strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    } else throw invalidArgument(`unexpected key '${key}' in '${field}'`);
  }
  if (base === undefined || size === undefined) throw invalidArgument(`invalid default address pool: ${value}: base and size are required`);
  checkCidr(base, 'default-address-pools');
  return { base, size };
}

function checkCidr(value: string, key: string): void {
  const slash = value.indexOf('/');
  const ip = slash < 0 ? '' : value.slice(0, slash);
  const bits = slash < 0 ? NaN : Number(value.slice(slash + 1));
  const max = isIP(ip) === 6 ? 128 : 32;
  if (!isIP(ip) || !/^\d+$/.test(value.slice(slash + 1)) || bits > max) throw invalidArgument(`invalid ${key}: invalid CIDR address: ${value}`);
}

/** The engine's network config from merged settings (flags over file), each value checked. */
export function networkConfigOf(settings: ConfigFile): EngineNetworkConfig {
  const s = settings as Record<string, never>;
  const out: EngineNetworkConfig = {
    iptables: s.iptables ?? true,
    ipForward: s['ip-forward'] ?? true,
    icc: s.icc ?? true,
  };
  if (s.bridge !== undefined) out.bridge = s.bridge;
  if (s.bip !== undefined) {
    checkCidr(s.bip, 'bip');
    out.bip = s.bip;
  }
  if (s['fixed-cidr'] !== undefined) {
    checkCidr(s['fixed-cidr'], 'fixed-cidr');
    out.fixedCidr = s['fixed-cidr'];
  }
  // dockerd: --bip and --bridge cannot both be set (the named bridge is the user's, with its own address).
  if (out.bip && out.bridge && out.bridge !== 'none') throw invalidArgument('You specified -b & --bip, mutually exclusive options. Please specify only one');
  if (s.mtu !== undefined) out.mtu = s.mtu;
  if (s.ip !== undefined) {
    if (!isIP(s.ip)) throw invalidArgument(`invalid argument "${s.ip}" for "--ip" flag: invalid string being converted to IP address: ${s.ip}`);
    out.defaultBindIp = s.ip;
  }
  if (s['default-address-pools'] !== undefined) {
    out.defaultAddressPools = (s['default-address-pools'] as { base: string; size: number }[]).map((p) => {
      checkCidr(p.base, 'default-address-pools');
      return { base: p.base, size: p.size };
    });
  }
  if (s.dns !== undefined) {
    for (const ip of s.dns as string[]) if (!isIP(ip)) throw invalidArgument(`${ip} is not an ip address`);
    out.dns = s.dns;
  }
  if (s['dns-search'] !== undefined) out.dnsSearch = s['dns-search'];
  if (s['dns-opts'] !== undefined) out.dnsOptions = s['dns-opts'];
  if (s['userland-proxy'] !== undefined) out.userlandProxy = s['userland-proxy'];
  return out;
}
