/**
 * rtnetlink wire format (linux/netlink.h, linux/rtnetlink.h, linux/if_link.h), pure: builds request
 * messages and parses replies. No I/O here, so every layout is unit-tested with byte vectors taken
 * from real kernel replies. All integers are host order (little-endian on every platform berth
 * runs on), except where the kernel wants network order (IFLA_VXLAN_PORT).
 */
import { isIP } from 'node:net';
import { invalidArgument } from '@berth/errdefs';

export const NLMSG_HDRLEN = 16;
export const NLMSG_ERROR = 2;
export const NLMSG_DONE = 3;

export const NLM_F = {
  REQUEST: 0x1,
  MULTI: 0x2,
  ACK: 0x4,
  DUMP: 0x300,
  REPLACE: 0x100,
  EXCL: 0x200,
  CREATE: 0x400,
  APPEND: 0x800,
} as const;

export const RTM = {
  NEWLINK: 16,
  DELLINK: 17,
  GETLINK: 18,
  SETLINK: 19,
  NEWADDR: 20,
  DELADDR: 21,
  GETADDR: 22,
  NEWROUTE: 24,
  DELROUTE: 25,
  GETROUTE: 26,
  NEWNEIGH: 28,
  DELNEIGH: 29,
  GETNEIGH: 30,
} as const;

export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_BRIDGE = 7;
export const AF_INET6 = 10;

export const IFF_UP = 0x1;

export const IFLA = {
  ADDRESS: 1,
  IFNAME: 3,
  MTU: 4,
  LINK: 5,
  MASTER: 10,
  LINKINFO: 18,
  EXT_MASK: 29,
  NET_NS_FD: 28,
} as const;
export const RTEXT_FILTER_SKIP_STATS = 1 << 3;
export const IFLA_INFO = { KIND: 1, DATA: 2 } as const;
export const VETH_INFO_PEER = 1;
export const IFLA_MACVLAN_MODE = 1;
export const MACVLAN_MODE = { private: 1, vepa: 2, bridge: 4, passthru: 8 } as const;
export const IFLA_VLAN_ID = 1;
export const IFLA_VXLAN = { ID: 1, GROUP: 2, LINK: 3, LOCAL: 4, LEARNING: 7, PORT: 15, GROUP6: 16, LOCAL6: 17 } as const;

export const IFA = { ADDRESS: 1, LOCAL: 2, LABEL: 3, BROADCAST: 4 } as const;
export const IFA_F_NODAD = 0x02;

export const RTA = { DST: 1, SRC: 2, IIF: 3, OIF: 4, GATEWAY: 5, PRIORITY: 6, PREFSRC: 7, TABLE: 15 } as const;
export const RT_TABLE_MAIN = 254;
export const RTPROT_BOOT = 3;
export const RT_SCOPE = { universe: 0, link: 253, host: 254 } as const;
export const RTN_UNICAST = 1;

export const NDA = { DST: 1, LLADDR: 2 } as const;
export const NUD_PERMANENT = 0x80;
export const NUD_NOARP = 0x40;
export const NTF_SELF = 0x02;

const NLA_TYPE_MASK = 0x3fff;

/** One attribute to encode: a payload, or children for a nested attribute. */
export interface Attr {
  type: number;
  value?: Buffer;
  nested?: Attr[];
}

/** A parsed attribute: its type (flag bits cleared) and raw payload. */
export interface RawAttr {
  type: number;
  value: Buffer;
}

const align4 = (n: number): number => (n + 3) & ~3;

export const attrU8 = (type: number, v: number): Attr => ({ type, value: Buffer.from([v & 0xff]) });
export function attrU16(type: number, v: number): Attr {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return { type, value: b };
}
export function attrU32(type: number, v: number): Attr {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return { type, value: b };
}
export function attrU16BE(type: number, v: number): Attr {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(v);
  return { type, value: b };
}
/** A NUL-terminated string attribute (interface names, kinds). */
export const attrString = (type: number, s: string): Attr => ({ type, value: Buffer.concat([Buffer.from(s), Buffer.alloc(1)]) });
export const attrNested = (type: number, nested: Attr[]): Attr => ({ type, nested });

export function encodeAttrs(attrs: Attr[]): Buffer {
  const parts: Buffer[] = [];
  for (const attr of attrs) {
    const payload = attr.nested ? encodeAttrs(attr.nested) : (attr.value ?? Buffer.alloc(0));
    const header = Buffer.alloc(4);
    header.writeUInt16LE(4 + payload.length, 0);
    // The kernel accepts nested attributes without NLA_F_NESTED (iproute2 omits it for IFLA_LINKINFO).
    header.writeUInt16LE(attr.type, 2);
    parts.push(header, payload, Buffer.alloc(align4(payload.length) - payload.length));
  }
  return Buffer.concat(parts);
}

export function parseAttrs(buf: Buffer): RawAttr[] {
  const attrs: RawAttr[] = [];
  let at = 0;
  while (at + 4 <= buf.length) {
    const len = buf.readUInt16LE(at);
    if (len < 4 || at + len > buf.length) break;
    attrs.push({ type: buf.readUInt16LE(at + 2) & NLA_TYPE_MASK, value: buf.subarray(at + 4, at + len) });
    at += align4(len);
  }
  return attrs;
}

const attrOf = (attrs: RawAttr[], type: number): Buffer | undefined => attrs.find((a) => a.type === type)?.value;
const cString = (b: Buffer): string => {
  const end = b.indexOf(0);
  return b.subarray(0, end < 0 ? b.length : end).toString();
};

/** One netlink message: header fields plus the family header and attributes as bytes. */
export function encodeMessage(type: number, flags: number, seq: number, body: Buffer): Buffer {
  const header = Buffer.alloc(NLMSG_HDRLEN);
  header.writeUInt32LE(NLMSG_HDRLEN + body.length, 0);
  header.writeUInt16LE(type, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt32LE(seq >>> 0, 8);
  header.writeUInt32LE(0, 12);
  const padding = Buffer.alloc(align4(body.length) - body.length);
  return Buffer.concat([header, body, padding]);
}

export interface MessageHeader {
  length: number;
  type: number;
  flags: number;
  seq: number;
  pid: number;
}

export function parseHeader(msg: Buffer): MessageHeader {
  if (msg.length < NLMSG_HDRLEN) throw invalidArgument(`netlink message too short: ${msg.length} bytes`);
  return {
    length: msg.readUInt32LE(0),
    type: msg.readUInt16LE(4),
    flags: msg.readUInt16LE(6),
    seq: msg.readUInt32LE(8),
    pid: msg.readUInt32LE(12),
  };
}

// ---- addresses ---------------------------------------------------------------------------------

/** An IPv4 or IPv6 literal as its 4 or 16 bytes; invalidArgument otherwise. */
export function ipToBytes(ip: string): Buffer {
  const version = isIP(ip);
  if (version === 4) return Buffer.from(ip.split('.').map(Number));
  if (version !== 6) throw invalidArgument(`invalid IP address: ${ip}`);
  let text = ip;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const words: number[] = [];
  const half = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    for (const group of part.split(':')) {
      if (group.includes('.')) {
        const v4 = ipToBytes(group);
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        out.push(parseInt(group, 16));
      }
    }
    return out;
  };
  const gap = text.indexOf('::');
  if (gap >= 0) {
    const head = half(text.slice(0, gap));
    const tail = half(text.slice(gap + 2));
    words.push(...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail);
  } else {
    words.push(...half(text));
  }
  const bytes = Buffer.alloc(16);
  words.forEach((w, i) => bytes.writeUInt16BE(w, i * 2));
  return bytes;
}

/** 4 or 16 bytes as the canonical text (RFC 5952 for IPv6: longest zero run as '::', lower case). */
export function bytesToIp(b: Buffer): string {
  if (b.length === 4) return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
  if (b.length !== 16) throw invalidArgument(`an IP address is 4 or 16 bytes, not ${b.length}`);
  const words = Array.from({ length: 8 }, (_, i) => b.readUInt16BE(i * 2));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (ws: number[]): string => ws.map((w) => w.toString(16)).join(':');
  if (bestStart < 0) return hex(words);
  return `${hex(words.slice(0, bestStart))}::${hex(words.slice(bestStart + bestLen))}`;
}

export interface Cidr {
  address: string;
  bytes: Buffer;
  prefix: number;
  family: 4 | 6;
}

/** '172.18.0.2/16' or 'fd00::2/64' (a bare address is a host prefix). */
export function parseCidr(cidr: string): Cidr {
  const slash = cidr.indexOf('/');
  const address = slash < 0 ? cidr : cidr.slice(0, slash);
  const bytes = ipToBytes(address);
  const family = bytes.length === 4 ? 4 : 6;
  const max = family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(max) : cidr.slice(slash + 1);
  const prefix = Number(prefixText);
  if (!/^\d+$/.test(prefixText) || prefix > max) throw invalidArgument(`invalid CIDR address: ${cidr}`);
  return { address, bytes, prefix, family };
}

/** 'aa:bb:cc:dd:ee:ff' as bytes. */
export function macToBytes(mac: string): Buffer {
  if (!/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(mac)) throw invalidArgument(`invalid MAC address: ${mac}`);
  return Buffer.from(mac.split(':').map((h) => parseInt(h, 16)));
}

export const bytesToMac = (b: Buffer): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(':');

// ---- links ---------------------------------------------------------------------------------------

/** struct ifinfomsg (16 bytes). */
export interface IfInfo {
  family?: number;
  type?: number;
  index?: number;
  flags?: number;
  change?: number;
}

export function encodeIfInfo(info: IfInfo): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt8(info.family ?? AF_UNSPEC, 0);
  b.writeUInt16LE(info.type ?? 0, 2);
  b.writeInt32LE(info.index ?? 0, 4);
  b.writeUInt32LE((info.flags ?? 0) >>> 0, 8);
  b.writeUInt32LE((info.change ?? 0) >>> 0, 12);
  return b;
}

export interface ParsedLink {
  index: number;
  flags: number;
  name: string;
  mtu: number;
  mac: string;
  kind?: string;
  master?: number;
  link?: number;
}

export function parseLink(msg: Buffer): ParsedLink {
  const body = msg.subarray(NLMSG_HDRLEN, parseHeader(msg).length);
  const attrs = parseAttrs(body.subarray(16));
  const linkInfo = attrOf(attrs, IFLA.LINKINFO);
  const kind = linkInfo ? attrOf(parseAttrs(linkInfo), IFLA_INFO.KIND) : undefined;
  const master = attrOf(attrs, IFLA.MASTER);
  const link = attrOf(attrs, IFLA.LINK);
  const address = attrOf(attrs, IFLA.ADDRESS);
  const mtu = attrOf(attrs, IFLA.MTU);
  const parsed: ParsedLink = {
    index: body.readInt32LE(4),
    flags: body.readUInt32LE(8),
    name: cString(attrOf(attrs, IFLA.IFNAME) ?? Buffer.alloc(0)),
    mtu: mtu ? mtu.readUInt32LE(0) : 0,
    mac: address ? bytesToMac(address) : '',
  };
  if (kind) parsed.kind = cString(kind);
  if (master && master.readUInt32LE(0) !== 0) parsed.master = master.readUInt32LE(0);
  if (link && link.readUInt32LE(0) !== 0) parsed.link = link.readUInt32LE(0);
  return parsed;
}

// ---- addresses -------------------------------------------------------------------------------------

/** struct ifaddrmsg (8 bytes). */
export function encodeIfAddr(family: number, prefix: number, flags: number, scope: number, index: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt8(family, 0);
  b.writeUInt8(prefix, 1);
  b.writeUInt8(flags, 2);
  b.writeUInt8(scope, 3);
  b.writeUInt32LE(index, 4);
  return b;
}

export interface ParsedAddr {
  family: 4 | 6;
  prefix: number;
  index: number;
  address: string;
  scope: number;
}

export function parseAddr(msg: Buffer): ParsedAddr {
  const body = msg.subarray(NLMSG_HDRLEN, parseHeader(msg).length);
  const attrs = parseAttrs(body.subarray(8));
  // IFA_LOCAL is the interface's own address; IFA_ADDRESS the peer's on point-to-point links.
  const address = attrOf(attrs, IFA.LOCAL) ?? attrOf(attrs, IFA.ADDRESS) ?? Buffer.alloc(0);
  return {
    family: body.readUInt8(0) === AF_INET6 ? 6 : 4,
    prefix: body.readUInt8(1),
    scope: body.readUInt8(3),
    index: body.readUInt32LE(4),
    address: address.length ? bytesToIp(address) : '',
  };
}

// ---- routes --------------------------------------------------------------------------------------

/** struct rtmsg (12 bytes). */
export interface RtMsg {
  family: number;
  dstLen: number;
  table: number;
  protocol: number;
  scope: number;
  type: number;
}

export function encodeRtMsg(rt: RtMsg): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt8(rt.family, 0);
  b.writeUInt8(rt.dstLen, 1);
  b.writeUInt8(0, 2);
  b.writeUInt8(0, 3);
  b.writeUInt8(rt.table, 4);
  b.writeUInt8(rt.protocol, 5);
  b.writeUInt8(rt.scope, 6);
  b.writeUInt8(rt.type, 7);
  return b;
}

export interface ParsedRoute {
  family: 4 | 6;
  dst?: string;
  gateway?: string;
  oif?: number;
  table: number;
  protocol: number;
  scope: number;
  type: number;
}

export function parseRoute(msg: Buffer): ParsedRoute {
  const body = msg.subarray(NLMSG_HDRLEN, parseHeader(msg).length);
  const attrs = parseAttrs(body.subarray(12));
  const family = body.readUInt8(0) === AF_INET6 ? 6 : 4;
  const dstLen = body.readUInt8(1);
  const table = attrOf(attrs, RTA.TABLE);
  const dst = attrOf(attrs, RTA.DST);
  const gateway = attrOf(attrs, RTA.GATEWAY);
  const oif = attrOf(attrs, RTA.OIF);
  const route: ParsedRoute = {
    family,
    table: table ? table.readUInt32LE(0) : body.readUInt8(4),
    protocol: body.readUInt8(5),
    scope: body.readUInt8(6),
    type: body.readUInt8(7),
  };
  if (dst) route.dst = `${bytesToIp(dst)}/${dstLen}`;
  else if (dstLen === 0) route.dst = undefined;
  if (gateway) route.gateway = bytesToIp(gateway);
  if (oif) route.oif = oif.readUInt32LE(0);
  return route;
}

// ---- neighbours ----------------------------------------------------------------------------------

/** struct ndmsg (12 bytes). */
export function encodeNdMsg(family: number, index: number, state: number, flags: number): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt8(family, 0);
  b.writeInt32LE(index, 4);
  b.writeUInt16LE(state, 8);
  b.writeUInt8(flags, 10);
  return b;
}

/** NLMSG_ERROR's errno (0 = ACK), for tests and callers that read raw replies. */
export function parseErrno(msg: Buffer): number {
  return -msg.readInt32LE(NLMSG_HDRLEN);
}
