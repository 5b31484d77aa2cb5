/**
 * The network options of `run`/`create`, `network create` and `network connect`, parsed and
 * refused as docker CLI 28 does: `-p` as go-connections' nat.ParsePortSpecs (after docker/cli's
 * `published=,target=` conversion), `--network` as opts.NetworkOpt (the `name=x,alias=y` form),
 * `--link` as opts.ValidateLink, `--mac-address` as net.ParseMAC, and the IPAM flags of
 * `network create` as its createIPAMConfig.
 */
import { isIP } from 'node:net';
import type { EndpointSettings, IPAM, IPAMConfig, PortBinding, PortMap } from '@berth/client';

/** Go's strconv.ParseUint(text, 10, 16), reporting failure as undefined (every caller words its own error). */
function uint16(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

/** nat.ParsePortRange: `80` or `8000-8010` (a third `-part` is ignored, as Go's does). */
export function parsePortRange(text: string): [number, number] {
  if (text === '') throw new Error('empty string specified for ports');
  const parts = text.split('-');
  const start = uint16(parts[0]);
  const end = parts.length === 1 ? start : uint16(parts[1]);
  if (start === undefined || end === undefined) throw new Error(`strconv.ParseUint: parsing ${JSON.stringify(start === undefined ? parts[0] : parts[1])}: invalid syntax`);
  if (end < start) throw new Error(`invalid range specified for port: ${text}`);
  return [start, end];
}

/** nat.SplitProtoPort: `80/udp` → ['udp', '80']; no protocol is tcp. */
export function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw === '' || parts[0] === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1] === '') return ['tcp', parts[0]];
  return [parts[1], parts[0]];
}

/** nat's splitParts: the last field is the container port, the one before the host port, the rest the address. */
function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  if (n === 1) return ['', '', parts[0]];
  if (n === 2) return ['', parts[0], parts[1]];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], parts[n - 1]];
}

/** One container port and one of its host bindings (a range gives one per port). */
export interface PortMapping {
  port: string;
  binding: PortBinding;
}

/** nat.ParsePortSpec: `[ip:][hostPort:]containerPort[/proto]` with ranges on both sides. */
export function parsePortSpec(raw: string): PortMapping[] {
  let [ip, hostPort, containerText] = splitParts(raw);
  const [proto, containerPort] = splitProtoPort(containerText);
  if (ip.startsWith('[')) {
    // net.SplitHostPort(ip + ':') unwraps `[::1]`; anything else there is malformed.
    const close = ip.indexOf(']');
    if (close !== ip.length - 1) throw new Error(`invalid IP address ${ip}: address ${ip}:: ${close < 0 ? "missing ']' in address" : 'missing port in address'}`);
    ip = ip.slice(1, -1);
  }
  // Go's net.ParseIP takes no IPv6 zone (`fe80::1%eth0`), which Node's isIP would.
  if (ip !== '' && (isIP(ip) === 0 || ip.includes('%'))) throw new Error(`invalid IP address: ${ip}`);
  if (containerPort === '') throw new Error(`no port specified: ${raw}<empty>`);
  let start: number;
  let end: number;
  try {
    [start, end] = parsePortRange(containerPort);
  } catch {
    throw new Error(`invalid containerPort: ${containerPort}`);
  }
  let hostStart = 0;
  let hostEnd = 0;
  if (hostPort !== '') {
    try {
      [hostStart, hostEnd] = parsePortRange(hostPort);
    } catch {
      throw new Error(`invalid hostPort: ${hostPort}`);
    }
  }
  // One container port may take its host port from a range; ranges on both sides must match in length.
  if (hostPort !== '' && end - start !== hostEnd - hostStart && end !== start) {
    throw new Error(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
  }
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new Error(`invalid proto: ${proto}`);
  const out: PortMapping[] = [];
  for (let i = 0; i <= end - start; i++) {
    let host = hostPort === '' ? '' : String(hostStart + i);
    if (start === end && hostStart !== hostEnd) host = `${host}-${hostEnd}`;
    out.push({ port: `${start + i}/${proto.toLowerCase()}`, binding: { HostIp: ip, HostPort: host } });
  }
  return out;
}

/** docker/cli's convertToStandardNotation: `published=8080,target=80,protocol=udp` → `8080:80/udp`. */
function standardNotation(publish: string): string {
  if (!publish.includes('=')) return publish;
  const params: Record<string, string> = { protocol: 'tcp' };
  for (const param of publish.split(',')) {
    const eq = param.indexOf('=');
    if (eq <= 0) throw new Error(`invalid publish opts format (should be name=value but got '${param}')`);
    params[param.slice(0, eq)] = param.slice(eq + 1);
  }
  return `${params.published ?? ''}:${params.target ?? ''}/${params.protocol}`;
}

/** `-p` values → the exposed port keys and `HostConfig.PortBindings` (nat.ParsePortSpecs). */
export function parsePublish(values: string[]): { exposed: string[]; bindings: PortMap } {
  const exposed: string[] = [];
  const bindings: Record<string, PortBinding[]> = {};
  for (const value of values) {
    for (const { port, binding } of parsePortSpec(standardNotation(value))) {
      if (!exposed.includes(port)) exposed.push(port);
      (bindings[port] ??= []).push(binding);
    }
  }
  // Sorted as Go encodes a map, so the daemon keeps (and inspect shows) docker's order.
  const sorted = Object.fromEntries(Object.keys(bindings).sort().map((k) => [k, bindings[k]]));
  return { exposed, bindings: sorted };
}

/** opts.ValidateLink: `name` or `name:alias`. */
export function validateLink(value: string): void {
  if (value === '') throw new Error('empty string specified for links');
  if (value.split(':').length > 2) throw new Error(`bad format for links: ${value}`);
}

/** Go's net.ParseMAC: 6, 8 or 20 octets as `xx:xx…`, `xx-xx…` or `xxxx.xxxx…`. */
export function isValidMac(text: string): boolean {
  const s = text.trim();
  const sizes = [6, 8, 20];
  for (const sep of [':', '-']) {
    const groups = s.split(sep);
    if (groups.length > 1 && sizes.includes(groups.length) && groups.every((g) => /^[0-9a-fA-F]{2}$/.test(g))) return true;
  }
  const dotted = s.split('.');
  return dotted.length > 1 && sizes.includes(dotted.length * 2) && dotted.every((g) => /^[0-9a-fA-F]{4}$/.test(g));
}

/** One `--network` value (opts.NetworkAttachmentOpts). */
export interface NetworkAttachment {
  target: string;
  aliases: string[];
  driverOpts?: Record<string, string>;
  links: string[];
  ipv4Address: string;
  ipv6Address: string;
  linkLocalIps: string[];
  macAddress: string;
  gwPriority: number;
}

/** encoding/csv's reading of one record: commas split, double quotes group (with `""` for a quote). */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`parse error on line 1, column ${text.length + 1}: extraneous or missing " in quoted-field`);
  fields.push(field);
  return fields;
}

/** A `key=value` driver option, lower-cased and trimmed as docker/cli's parseDriverOpt. */
function driverOption(text: string, message: string): [string, string] {
  const lower = text.toLowerCase();
  const eq = lower.indexOf('=');
  if (eq < 0 || lower.slice(0, eq) === '') throw new Error(message);
  return [lower.slice(0, eq).trim(), lower.slice(eq + 1).trim()];
}

/** opts.NetworkOpt.Set: a bare name, or the `name=…,alias=…,ip=…` form (any `word=word` switches to it). */
export function parseNetworkAttachment(value: string): NetworkAttachment {
  const attachment: NetworkAttachment = { target: '', aliases: [], links: [], ipv4Address: '', ipv6Address: '', linkLocalIps: [], macAddress: '', gwPriority: 0 };
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return { ...attachment, target: value };
  for (const field of csvFields(value)) {
    // docker/cli lower-cases the whole field, value included.
    const lower = field.toLowerCase();
    const eq = lower.indexOf('=');
    if (eq <= 0) throw new Error(`invalid field ${field}`);
    const key = lower.slice(0, eq).trim();
    const val = lower.slice(eq + 1).trim();
    switch (key) {
      case 'name': attachment.target = val; break;
      case 'alias': attachment.aliases.push(val); break;
      case 'ip': attachment.ipv4Address = val; break;
      case 'ip6': attachment.ipv6Address = val; break;
      case 'mac-address': attachment.macAddress = val; break;
      case 'link-local-ip': attachment.linkLocalIps.push(val); break;
      case 'driver-opt': {
        const [k, v] = driverOption(val, 'invalid key value pair format in driver options');
        (attachment.driverOpts ??= {})[k] = v;
        break;
      }
      case 'gw-priority': {
        if (!/^[+-]?\d+$/.test(val)) throw new Error(`invalid gw-priority (${val}): invalid syntax`);
        const n = Number(val);
        if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) throw new Error(`invalid gw-priority (${val}): value out of range`);
        attachment.gwPriority = n;
        break;
      }
      default: throw new Error(`invalid field key ${key}`);
    }
  }
  if (attachment.target === '') throw new Error('network name/id is not specified');
  return attachment;
}

/** container.NetworkMode(x).IsUserDefined() on Linux. */
export function isUserDefinedNetwork(mode: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');
}

/** The run/create flags that shape the endpoints (besides `--network` itself). */
export interface EndpointFlags {
  aliases: string[];
  links: string[];
  ipv4Address: string;
  ipv6Address: string;
  macAddress: string;
  linkLocalIps: string[];
}

/** docker/cli's applyContainerOptions: the plain flags apply to the first network, unless it says otherwise itself. */
function applyEndpointFlags(n: NetworkAttachment, f: EndpointFlags): NetworkAttachment {
  const conflict = (what: string) => new Error(`conflicting options: cannot specify both ${what}`);
  if (n.aliases.length > 0 && f.aliases.length > 0) throw conflict('--network-alias and per-network alias');
  if (n.links.length > 0 && f.links.length > 0) throw conflict('--link and per-network links');
  if (n.ipv4Address && f.ipv4Address) throw conflict('--ip and per-network IPv4 address');
  if (n.ipv6Address && f.ipv6Address) throw conflict('--ip6 and per-network IPv6 address');
  if (n.macAddress && f.macAddress) throw conflict('--mac-address and per-network MAC address');
  if (n.linkLocalIps.length > 0 && f.linkLocalIps.length > 0) throw conflict('--link-local-ip and per-network link-local IP addresses');
  const out = { ...n };
  if (f.aliases.length > 0) out.aliases = [...f.aliases];
  // On a user-defined network a link is an endpoint alias; on the default bridge it is a legacy link (HostConfig.Links).
  if (isUserDefinedNetwork(n.target) && f.links.length > 0) out.links = [...f.links];
  if (f.ipv4Address) out.ipv4Address = f.ipv4Address;
  if (f.ipv6Address) out.ipv6Address = f.ipv6Address;
  if (f.macAddress) out.macAddress = f.macAddress;
  if (f.linkLocalIps.length > 0) out.linkLocalIps = [...f.linkLocalIps];
  return out;
}

/** docker/cli's parseNetworkAttachmentOpt: the endpoint settings one attachment asks for (only the fields set). */
function endpointSettings(n: NetworkAttachment): EndpointSettings {
  if (n.target.trim() === '') throw new Error('no name set for network');
  if (!isUserDefinedNetwork(n.target)) {
    if (n.aliases.length > 0) throw new Error('network-scoped aliases are only supported for user-defined networks');
    if (n.links.length > 0) throw new Error('links are only supported for user-defined networks');
  }
  const ep: EndpointSettings = {};
  if (n.gwPriority) ep.GwPriority = n.gwPriority;
  if (n.aliases.length > 0) ep.Aliases = [...n.aliases];
  if (n.driverOpts && Object.keys(n.driverOpts).length > 0) ep.DriverOpts = n.driverOpts;
  if (n.links.length > 0) ep.Links = n.links;
  if (n.ipv4Address || n.ipv6Address || n.linkLocalIps.length > 0) {
    // Every field of docker's EndpointIPAMConfig is omitempty.
    ep.IPAMConfig = {
      ...(n.ipv4Address ? { IPv4Address: n.ipv4Address } : {}),
      ...(n.ipv6Address ? { IPv6Address: n.ipv6Address } : {}),
      ...(n.linkLocalIps.length > 0 ? { LinkLocalIPs: n.linkLocalIps } : {}),
    };
  }
  if (n.macAddress) {
    if (!isValidMac(n.macAddress)) throw new Error(`${n.macAddress} is not a valid mac address`);
    ep.MacAddress = n.macAddress;
  }
  return ep;
}

/**
 * docker/cli's parseNetworkOpts: `HostConfig.NetworkMode` (the first `--network`, else `default`)
 * and one endpoint per network. A single network asked for without options gets no entry (the
 * daemon makes one anyway); with no `--network` the options go to `default`.
 */
export function networkingOptions(networks: NetworkAttachment[], flags: EndpointFlags): { networkMode: string; endpoints: Record<string, EndpointSettings> } {
  const endpoints: Record<string, EndpointSettings> = {};
  if (networks.length === 0) {
    endpoints.default = endpointSettings(applyEndpointFlags({ target: 'default', aliases: [], links: [], ipv4Address: '', ipv6Address: '', linkLocalIps: [], macAddress: '', gwPriority: 0 }, flags));
    return { networkMode: 'default', endpoints };
  }
  let userDefined = false;
  let other = false;
  networks.forEach((given, i) => {
    if (isUserDefinedNetwork(given.target)) userDefined = true;
    else other = true;
    const n = i === 0 ? applyEndpointFlags(given, flags) : given;
    const ep = endpointSettings(n);
    if (n.target in endpoints) throw new Error(`network "${n.target}" is specified multiple times`);
    if (i === 0 && networks.length === 1 && Object.keys(ep).length === 0) return;
    endpoints[n.target] = ep;
  });
  if (userDefined && other) throw new Error('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  return { networkMode: networks[0].target, endpoints };
}

/** `network connect --driver-opt k=v` (docker/cli's convertDriverOpt: keys and values trimmed, case kept). */
export function connectDriverOpts(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const key = (eq < 0 ? value : value.slice(0, eq)).trim();
    if (eq < 0 || key === '') throw new Error('invalid key/value pair format in driver options');
    out[key] = value.slice(eq + 1).trim();
  }
  return out;
}

/** Go's net.ParseCIDR, as the parts `network create` needs: the address and the network it lies in. */
function parseCidr(text: string): { family: 4 | 6; bits: bigint; prefix: number } {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? '' : text.slice(slash + 1);
  const family = isIP(addr);
  const max = family === 6 ? 128 : 32;
  if (slash < 0 || family === 0 || !/^\d+$/.test(prefixText) || Number(prefixText) > max) throw new Error(`invalid CIDR address: ${text}`);
  return { family: family as 4 | 6, bits: ipBits(addr), prefix: Number(prefixText) };
}

function ipBits(addr: string): bigint {
  if (isIP(addr) === 4) return addr.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
  // Expand `::` and an embedded dotted quad.
  let text = addr;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipBits(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const parts = tail === undefined ? headParts : [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts];
  return parts.reduce((acc, part) => (acc << 16n) | BigInt(parseInt(part, 16)), 0n);
}

/** docker/cli's subnetMatches: whether `data` (an address or a CIDR's address) lies in `subnet`. */
function subnetMatches(subnet: string, data: string): boolean {
  let net: ReturnType<typeof parseCidr>;
  try {
    net = parseCidr(subnet);
  } catch (err) {
    throw new Error(`invalid subnet: ${(err as Error).message}`);
  }
  let family: number;
  let bits: bigint;
  if (data.includes('/')) {
    const d = parseCidr(data);
    family = d.family;
    bits = d.bits;
  } else {
    family = isIP(data);
    if (family === 0) return false;
    bits = ipBits(data);
  }
  if (family !== net.family) return false;
  const width = BigInt(net.family === 4 ? 32 : 128);
  const shift = width - BigInt(net.prefix);
  return bits >> shift === net.bits >> shift;
}

/** What `network create`'s IPAM flags hold. */
export interface IpamFlags {
  driver: string;
  subnets: string[];
  ipRanges: string[];
  gateways: string[];
  auxAddresses: Record<string, string>;
  driverOpts: Record<string, string>;
}

/** docker/cli's createIPAMConfig: every range, gateway and aux address placed in its subnet, with its errors. */
export function ipamConfig(f: IpamFlags): IPAM {
  if (f.subnets.length < f.ipRanges.length || f.subnets.length < f.gateways.length) throw new Error('every ip-range or gateway must have a corresponding subnet');
  const bySubnet = new Map<string, IPAMConfig & { AuxiliaryAddresses: Record<string, string> }>();
  for (const s of f.subnets) {
    for (const k of bySubnet.keys()) {
      if (subnetMatches(s, k) || subnetMatches(k, s)) throw new Error('multiple overlapping subnet configuration is not supported');
    }
    bySubnet.set(s, { Subnet: s, AuxiliaryAddresses: {} });
  }
  for (const r of f.ipRanges) {
    let match = false;
    for (const s of f.subnets) {
      parseCidr(r);
      if (!subnetMatches(s, r)) continue;
      const config = bySubnet.get(s)!;
      if (config.IPRange) throw new Error(`cannot configure multiple ranges (${r}, ${config.IPRange}) on the same subnet (${s})`);
      config.IPRange = r;
      match = true;
    }
    if (!match) throw new Error(`no matching subnet for range ${r}`);
  }
  for (const g of f.gateways) {
    let match = false;
    for (const s of f.subnets) {
      if (!subnetMatches(s, g)) continue;
      const config = bySubnet.get(s)!;
      if (config.Gateway) throw new Error(`cannot configure multiple gateways (${g}, ${config.Gateway}) for the same subnet (${s})`);
      config.Gateway = g;
      match = true;
    }
    if (!match) throw new Error(`no matching subnet for gateway ${g}`);
  }
  for (const [key, address] of Object.entries(f.auxAddresses)) {
    let match = false;
    for (const s of f.subnets) {
      if (!subnetMatches(s, address)) continue;
      bySubnet.get(s)!.AuxiliaryAddresses[key] = address;
      match = true;
    }
    if (!match) throw new Error(`no matching subnet for aux-address ${address}`);
  }
  return { Driver: f.driver, Config: [...bySubnet.values()], Options: f.driverOpts };
}
