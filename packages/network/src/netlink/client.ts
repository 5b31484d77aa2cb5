/**
 * Link, address, route and neighbour management over rtnetlink, synchronous: one request and its
 * replies per call on a socket that lives in the namespace it was opened in (so a Netlink for a
 * container's netns acts there without entering it again). Wire format in codec.ts.
 */
import { closeSync, openSync } from 'node:fs';
import { alreadyExists, failedPrecondition, invalidArgument, isAlreadyExists, notFound, wrap } from '@berth/errdefs';
import { NETLINK_ROUTE, closeFd, netlinkTransact, openNetlinkSocket } from '@berth/sys';
import {
  AF_BRIDGE,
  AF_INET,
  AF_INET6,
  AF_UNSPEC,
  IFA,
  IFA_F_NODAD,
  IFF_UP,
  IFLA,
  IFLA_INFO,
  IFLA_MACVLAN_MODE,
  IFLA_VLAN_ID,
  IFLA_VXLAN,
  MACVLAN_MODE,
  NDA,
  NLM_F,
  NTF_SELF,
  NUD_PERMANENT,
  RTA,
  RTM,
  RTN_UNICAST,
  RTPROT_BOOT,
  RT_SCOPE,
  RT_TABLE_MAIN,
  VETH_INFO_PEER,
  type Attr,
  attrNested,
  attrString,
  attrU16,
  attrU16BE,
  attrU32,
  attrU8,
  encodeAttrs,
  encodeIfAddr,
  encodeIfInfo,
  encodeMessage,
  encodeNdMsg,
  encodeRtMsg,
  ipToBytes,
  macToBytes,
  parseAddr,
  parseCidr,
  parseLink,
  parseRoute,
  type ParsedLink,
} from './codec';

export interface LinkInfo {
  index: number;
  name: string;
  kind?: string;
  mtu: number;
  mac: string;
  up: boolean;
  masterIndex?: number;
  parentIndex?: number;
}

export type LinkSpec =
  | { kind: 'bridge'; name: string; mtu?: number; mac?: string }
  | { kind: 'veth'; name: string; peerName: string; mtu?: number; peerNetnsPath?: string }
  | { kind: 'macvlan'; name: string; parent: string; mode: 'bridge' | 'private' | 'vepa' | 'passthru'; mtu?: number; netnsPath?: string }
  | { kind: 'vlan'; name: string; parent: string; vlanId: number }
  | { kind: 'vxlan'; name: string; vni: number; port?: number; local?: string; group?: string; dev?: string; learning?: boolean; mtu?: number }
  | { kind: 'dummy'; name: string };

export interface AddrInfo {
  link: string;
  index: number;
  cidr: string;
  family: 4 | 6;
}

export interface RouteSpec {
  /** cidr; absent = default route */
  dst?: string;
  gateway?: string;
  dev?: string;
  scope?: 'universe' | 'link' | 'host';
  family?: 4 | 6;
}

export interface RouteInfo {
  dst?: string;
  gateway?: string;
  dev?: string;
  family: 4 | 6;
  table: number;
  protocol: number;
  scope: number;
}

export interface LinkChange {
  up?: boolean;
  /** the bridge to enslave to; null releases it */
  master?: string | null;
  /** moves the link into that namespace (it disappears from this one) */
  netnsPath?: string;
  newName?: string;
  mtu?: number;
  mac?: string;
}

/** Linux's IFNAMSIZ less the NUL. */
const MAX_IFNAME = 15;

function checkName(name: string): void {
  if (name.length === 0 || name.length > MAX_IFNAME || /[\s/:]/.test(name) || name === '.' || name === '..') {
    throw invalidArgument(`invalid interface name: ${JSON.stringify(name)}`);
  }
}

const errnoOf = (err: unknown): string | undefined => (err as { code?: unknown } | null)?.code as string | undefined;

/** Runs `use` with an fd of the namespace file, closed afterwards (the kernel takes its own reference). */
function withNetnsFd<T>(netnsPath: string | undefined, use: (fd: number | undefined) => T): T {
  if (netnsPath === undefined) return use(undefined);
  let fd: number;
  try {
    fd = openSync(netnsPath, 'r');
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') throw notFound(`network namespace ${netnsPath} not found`, { cause: err });
    throw wrap(err, `network namespace ${netnsPath}`);
  }
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

export class Netlink {
  private seq = 0;

  private constructor(private fd: number | undefined) {}

  /** A NETLINK_ROUTE socket in the namespace at `netnsPath` (the current one when undefined). */
  static open(netnsPath?: string): Netlink {
    try {
      return new Netlink(openNetlinkSocket(NETLINK_ROUTE, netnsPath));
    } catch (err) {
      throw netnsPath === undefined ? err : wrap(err, `network namespace ${netnsPath}`);
    }
  }

  private request(type: number, flags: number, body: Buffer): Buffer[] {
    if (this.fd === undefined) throw failedPrecondition('netlink socket is closed');
    this.seq = (this.seq % 0x7fffffff) + 1;
    return netlinkTransact(this.fd, encodeMessage(type, NLM_F.REQUEST | flags, this.seq, body));
  }

  private linkIndex(name: string): number {
    const link = this.linkGet(name);
    if (!link) throw notFound(`link ${name} not found`);
    return link.index;
  }

  /** Creates a link; alreadyExists when the name (or the veth peer's) is taken. */
  linkAdd(spec: LinkSpec): void {
    checkName(spec.name);
    const attrs: Attr[] = [attrString(IFLA.IFNAME, spec.name)];
    const data: Attr[] = [];
    let netnsPath: string | undefined;
    let peerNetnsPath: string | undefined;
    switch (spec.kind) {
      case 'bridge':
        if (spec.mac) attrs.push({ type: IFLA.ADDRESS, value: macToBytes(spec.mac) });
        break;
      case 'veth':
        checkName(spec.peerName);
        peerNetnsPath = spec.peerNetnsPath;
        break;
      case 'macvlan':
        attrs.push(attrU32(IFLA.LINK, this.linkIndex(spec.parent)));
        data.push(attrU32(IFLA_MACVLAN_MODE, MACVLAN_MODE[spec.mode]));
        netnsPath = spec.netnsPath;
        break;
      case 'vlan':
        if (!Number.isInteger(spec.vlanId) || spec.vlanId < 1 || spec.vlanId > 4094) {
          throw invalidArgument(`vlan id ${spec.vlanId} out of range 1-4094`);
        }
        attrs.push(attrU32(IFLA.LINK, this.linkIndex(spec.parent)));
        data.push(attrU16(IFLA_VLAN_ID, spec.vlanId));
        break;
      case 'vxlan': {
        data.push(attrU32(IFLA_VXLAN.ID, spec.vni));
        if (spec.dev) data.push(attrU32(IFLA_VXLAN.LINK, this.linkIndex(spec.dev)));
        if (spec.local) {
          const local = ipToBytes(spec.local);
          data.push({ type: local.length === 4 ? IFLA_VXLAN.LOCAL : IFLA_VXLAN.LOCAL6, value: local });
        }
        if (spec.group) {
          const group = ipToBytes(spec.group);
          data.push({ type: group.length === 4 ? IFLA_VXLAN.GROUP : IFLA_VXLAN.GROUP6, value: group });
        }
        if (spec.learning !== undefined) data.push(attrU8(IFLA_VXLAN.LEARNING, spec.learning ? 1 : 0));
        // The kernel's default is the pre-IANA port 8472 (Linux's legacy); ask for one explicitly.
        data.push(attrU16BE(IFLA_VXLAN.PORT, spec.port ?? 4789));
        break;
      }
      case 'dummy':
        break;
    }
    if ('mtu' in spec && spec.mtu !== undefined) attrs.push(attrU32(IFLA.MTU, spec.mtu));
    const linkInfo: Attr[] = [attrString(IFLA_INFO.KIND, spec.kind)];
    withNetnsFd(netnsPath, (nsFd) =>
      withNetnsFd(peerNetnsPath, (peerFd) => {
        if (nsFd !== undefined) attrs.push(attrU32(IFLA.NET_NS_FD, nsFd));
        if (spec.kind === 'veth') {
          const peerAttrs: Attr[] = [attrString(IFLA.IFNAME, spec.peerName)];
          if (spec.mtu !== undefined) peerAttrs.push(attrU32(IFLA.MTU, spec.mtu));
          if (peerFd !== undefined) peerAttrs.push(attrU32(IFLA.NET_NS_FD, peerFd));
          // VETH_INFO_PEER carries a whole ifinfomsg followed by the peer's attributes.
          data.push({ type: VETH_INFO_PEER, value: Buffer.concat([encodeIfInfo({}), encodeAttrs(peerAttrs)]) });
        }
        if (data.length > 0) linkInfo.push(attrNested(IFLA_INFO.DATA, data));
        attrs.push(attrNested(IFLA.LINKINFO, linkInfo));
        try {
          this.request(RTM.NEWLINK, NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL, Buffer.concat([encodeIfInfo({}), encodeAttrs(attrs)]));
        } catch (err) {
          if (isAlreadyExists(err)) throw alreadyExists(`link ${spec.name} already exists`, { cause: err });
          throw wrap(err, `create ${spec.kind} link ${spec.name}`);
        }
      }),
    );
  }

  /** Deletes a link (a veth takes its peer along); notFound when there is none by that name. */
  linkDel(name: string): void {
    checkName(name);
    try {
      this.request(RTM.DELLINK, NLM_F.ACK, Buffer.concat([encodeIfInfo({}), encodeAttrs([attrString(IFLA.IFNAME, name)])]));
    } catch (err) {
      if (errnoOf(err) === 'ENODEV') throw notFound(`link ${name} not found`, { cause: err });
      throw wrap(err, `delete link ${name}`);
    }
  }

  /** Changes a link in one request: the kernel moves it to `netnsPath` first, then renames/sets it. */
  linkSet(name: string, change: LinkChange): void {
    const index = this.linkIndex(name);
    const attrs: Attr[] = [];
    if (change.newName !== undefined) {
      checkName(change.newName);
      attrs.push(attrString(IFLA.IFNAME, change.newName));
    }
    if (change.mtu !== undefined) attrs.push(attrU32(IFLA.MTU, change.mtu));
    if (change.mac !== undefined) attrs.push({ type: IFLA.ADDRESS, value: macToBytes(change.mac) });
    if (change.master !== undefined) attrs.push(attrU32(IFLA.MASTER, change.master === null ? 0 : this.linkIndex(change.master)));
    const info = change.up === undefined ? { index } : { index, flags: change.up ? IFF_UP : 0, change: IFF_UP };
    withNetnsFd(change.netnsPath, (nsFd) => {
      if (nsFd !== undefined) attrs.push(attrU32(IFLA.NET_NS_FD, nsFd));
      try {
        this.request(RTM.NEWLINK, NLM_F.ACK, Buffer.concat([encodeIfInfo(info), encodeAttrs(attrs)]));
      } catch (err) {
        if (isAlreadyExists(err)) throw alreadyExists(`link ${change.newName ?? name} already exists`, { cause: err });
        throw wrap(err, `set link ${name}`);
      }
    });
  }

  /** The link by that name, or undefined. */
  linkGet(name: string): LinkInfo | undefined {
    checkName(name);
    let replies: Buffer[];
    try {
      replies = this.request(RTM.GETLINK, NLM_F.ACK, Buffer.concat([encodeIfInfo({}), encodeAttrs([attrString(IFLA.IFNAME, name)])]));
    } catch (err) {
      if (errnoOf(err) === 'ENODEV') return undefined;
      throw wrap(err, `get link ${name}`);
    }
    const reply = replies.find((msg) => msg.readUInt16LE(4) === RTM.NEWLINK);
    return reply ? linkInfo(parseLink(reply)) : undefined;
  }

  links(): LinkInfo[] {
    return this.request(RTM.GETLINK, NLM_F.DUMP, encodeIfInfo({}))
      .filter((msg) => msg.readUInt16LE(4) === RTM.NEWLINK)
      .map((msg) => linkInfo(parseLink(msg)));
  }

  /**
   * Adds an address ('172.18.0.2/16', 'fd00::2/64'); alreadyExists when the link has it. IPv4 gets
   * its broadcast address (as `ip addr add ... brd +`); IPv6 skips duplicate address detection, as
   * Docker does for container addresses, so the address is usable at once instead of tentative.
   */
  addrAdd(link: string, cidr: string): void {
    const parsed = parseCidr(cidr);
    const index = this.linkIndex(link);
    const attrs: Attr[] = [
      { type: IFA.LOCAL, value: parsed.bytes },
      { type: IFA.ADDRESS, value: parsed.bytes },
    ];
    if (parsed.family === 4 && parsed.prefix < 31) {
      const host = parsed.bytes.readUInt32BE(0);
      const broadcast = Buffer.alloc(4);
      broadcast.writeUInt32BE((host | (parsed.prefix === 0 ? 0xffffffff : (1 << (32 - parsed.prefix)) - 1)) >>> 0);
      attrs.push({ type: IFA.BROADCAST, value: broadcast });
    }
    const family = parsed.family === 4 ? AF_INET : AF_INET6;
    const flags = parsed.family === 6 ? IFA_F_NODAD : 0;
    try {
      this.request(RTM.NEWADDR, NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL, Buffer.concat([encodeIfAddr(family, parsed.prefix, flags, 0, index), encodeAttrs(attrs)]));
    } catch (err) {
      if (isAlreadyExists(err)) throw alreadyExists(`address ${cidr} already on ${link}`, { cause: err });
      throw wrap(err, `add address ${cidr} to ${link}`);
    }
  }

  /** Addresses of every link, or of one (notFound when it does not exist). */
  addrs(link?: string): AddrInfo[] {
    const wanted = link === undefined ? undefined : this.linkIndex(link);
    const names = this.linkNames();
    return this.request(RTM.GETADDR, NLM_F.DUMP, encodeIfAddr(AF_UNSPEC, 0, 0, 0, 0))
      .filter((msg) => msg.readUInt16LE(4) === RTM.NEWADDR)
      .map(parseAddr)
      .filter((addr) => wanted === undefined || addr.index === wanted)
      .map((addr) => ({ link: names.get(addr.index) ?? '', index: addr.index, cidr: `${addr.address}/${addr.prefix}`, family: addr.family }));
  }

  /**
   * Adds a route to the main table; alreadyExists when it is there. Scope defaults to `link` for a
   * route with a device and no gateway (an on-link subnet), `universe` otherwise, as `ip route` does.
   */
  routeAdd(route: RouteSpec): void {
    const dst = route.dst === undefined ? undefined : parseCidr(route.dst);
    const gateway = route.gateway === undefined ? undefined : ipToBytes(route.gateway);
    const family = route.family ?? dst?.family ?? (gateway ? (gateway.length === 4 ? 4 : 6) : 4);
    const attrs: Attr[] = [];
    if (dst && dst.prefix > 0) attrs.push({ type: RTA.DST, value: dst.bytes });
    if (gateway) attrs.push({ type: RTA.GATEWAY, value: gateway });
    if (route.dev !== undefined) attrs.push(attrU32(RTA.OIF, this.linkIndex(route.dev)));
    const scope = route.scope ?? (gateway === undefined && route.dev !== undefined ? 'link' : 'universe');
    const body = encodeRtMsg({
      family: family === 4 ? AF_INET : AF_INET6,
      dstLen: dst?.prefix ?? 0,
      table: RT_TABLE_MAIN,
      protocol: RTPROT_BOOT,
      scope: RT_SCOPE[scope],
      type: RTN_UNICAST,
    });
    try {
      this.request(RTM.NEWROUTE, NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL, Buffer.concat([body, encodeAttrs(attrs)]));
    } catch (err) {
      const what = `route ${route.dst ?? 'default'}${route.gateway ? ` via ${route.gateway}` : ''}${route.dev ? ` dev ${route.dev}` : ''}`;
      if (isAlreadyExists(err)) throw alreadyExists(`${what} already exists`, { cause: err });
      throw wrap(err, `add ${what}`);
    }
  }

  /** The main table's routes of one family. */
  routes(family: 4 | 6): RouteInfo[] {
    const names = this.linkNames();
    const body = encodeRtMsg({ family: family === 4 ? AF_INET : AF_INET6, dstLen: 0, table: 0, protocol: 0, scope: 0, type: 0 });
    return this.request(RTM.GETROUTE, NLM_F.DUMP, body)
      .filter((msg) => msg.readUInt16LE(4) === RTM.NEWROUTE)
      .map(parseRoute)
      .filter((route) => route.table === RT_TABLE_MAIN)
      .map((route) => {
        const info: RouteInfo = { family: route.family, table: route.table, protocol: route.protocol, scope: route.scope };
        if (route.dst !== undefined) info.dst = route.dst;
        if (route.gateway !== undefined) info.gateway = route.gateway;
        if (route.oif !== undefined) info.dev = names.get(route.oif);
        return info;
      });
  }

  /**
   * A permanent neighbour entry, or with `fdb` a forwarding-database entry of the link itself
   * (`bridge fdb append <mac> dev <vxlan> dst <ip>`: where a vxlan device sends frames for that mac;
   * appended, so the all-zero mac can list several remote endpoints).
   */
  neighAdd(opts: { link: string; mac: string; dst?: string; fdb?: boolean }): void {
    const index = this.linkIndex(opts.link);
    const attrs: Attr[] = [{ type: NDA.LLADDR, value: macToBytes(opts.mac) }];
    const dst = opts.dst === undefined ? undefined : ipToBytes(opts.dst);
    if (dst) attrs.push({ type: NDA.DST, value: dst });
    let family: number;
    let flags: number;
    if (opts.fdb) {
      family = AF_BRIDGE;
      flags = NLM_F.CREATE | NLM_F.APPEND;
    } else {
      if (!dst) throw invalidArgument('a neighbour entry needs a destination address');
      family = dst.length === 4 ? AF_INET : AF_INET6;
      flags = NLM_F.CREATE | NLM_F.REPLACE;
    }
    try {
      this.request(RTM.NEWNEIGH, NLM_F.ACK | flags, Buffer.concat([encodeNdMsg(family, index, NUD_PERMANENT, opts.fdb ? NTF_SELF : 0), encodeAttrs(attrs)]));
    } catch (err) {
      throw wrap(err, `add ${opts.fdb ? 'fdb' : 'neighbour'} entry ${opts.mac} on ${opts.link}`);
    }
  }

  private linkNames(): Map<number, string> {
    return new Map(this.links().map((link) => [link.index, link.name]));
  }

  close(): void {
    if (this.fd === undefined) return;
    closeFd(this.fd);
    this.fd = undefined;
  }
}

function linkInfo(link: ParsedLink): LinkInfo {
  const info: LinkInfo = { index: link.index, name: link.name, mtu: link.mtu, mac: link.mac, up: (link.flags & IFF_UP) !== 0 };
  if (link.kind !== undefined) info.kind = link.kind;
  if (link.master !== undefined) info.masterIndex = link.master;
  if (link.link !== undefined) info.parentIndex = link.link;
  return info;
}
