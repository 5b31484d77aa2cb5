/**
 * The rtnetlink requests the Netlink client sends, as pure functions of already-resolved values
 * (interface indexes, namespace fds): the bytes are unit-tested against what iproute2 sends for the
 * same command (captured with `strace -e write=3`), and the client only adds names→indexes and I/O.
 */
import { invalidArgument } from '@berth/errdefs';
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
  NUD_NOARP,
  NUD_PERMANENT,
  RTA,
  RTM,
  RTEXT_FILTER_SKIP_STATS,
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
  parseCidr,
} from './codec';
import type { LinkChange, LinkSpec, RouteSpec } from './types';

/** A request before it gets its sequence number. */
export interface Request {
  type: number;
  flags: number;
  body: Buffer;
}

export const encodeRequest = (req: Request, seq: number): Buffer => encodeMessage(req.type, NLM_F.REQUEST | req.flags, seq, req.body);

/** Linux's IFNAMSIZ less the NUL. */
const MAX_IFNAME = 15;

export function checkIfName(name: string): void {
  if (name.length === 0 || name.length > MAX_IFNAME || /[\s/:]/.test(name) || name === '.' || name === '..') {
    throw invalidArgument(`invalid interface name: ${JSON.stringify(name)}`);
  }
}

/** What the client resolved for a linkAdd: the parent/dev index and namespace fds. */
export interface LinkAddResolved {
  parentIndex?: number;
  netnsFd?: number;
  peerNetnsFd?: number;
}

export function linkAddRequest(spec: LinkSpec, resolved: LinkAddResolved = {}): Request {
  checkIfName(spec.name);
  const attrs: Attr[] = [attrString(IFLA.IFNAME, spec.name)];
  const data: Attr[] = [];
  const parent = (): number => {
    if (resolved.parentIndex === undefined) throw invalidArgument(`${spec.kind} link ${spec.name} needs a parent link`);
    return resolved.parentIndex;
  };
  switch (spec.kind) {
    case 'bridge':
      if (spec.mac) attrs.push({ type: IFLA.ADDRESS, value: macToBytes(spec.mac) });
      break;
    case 'veth': {
      checkIfName(spec.peerName);
      const peer: Attr[] = [attrString(IFLA.IFNAME, spec.peerName)];
      if (spec.mtu !== undefined) peer.push(attrU32(IFLA.MTU, spec.mtu));
      if (resolved.peerNetnsFd !== undefined) peer.push(attrU32(IFLA.NET_NS_FD, resolved.peerNetnsFd));
      // VETH_INFO_PEER carries a whole ifinfomsg followed by the peer's own attributes.
      data.push({ type: VETH_INFO_PEER, value: Buffer.concat([encodeIfInfo({}), encodeAttrs(peer)]) });
      break;
    }
    case 'macvlan':
      attrs.push(attrU32(IFLA.LINK, parent()));
      data.push(attrU32(IFLA_MACVLAN_MODE, MACVLAN_MODE[spec.mode]));
      break;
    case 'vlan':
      if (!Number.isInteger(spec.vlanId) || spec.vlanId < 1 || spec.vlanId > 4094) {
        throw invalidArgument(`vlan id ${spec.vlanId} out of range 1-4094`);
      }
      attrs.push(attrU32(IFLA.LINK, parent()));
      data.push(attrU16(IFLA_VLAN_ID, spec.vlanId));
      break;
    case 'vxlan': {
      if (!Number.isInteger(spec.vni) || spec.vni < 0 || spec.vni > 0xffffff) throw invalidArgument(`vxlan id ${spec.vni} out of range`);
      data.push(attrU32(IFLA_VXLAN.ID, spec.vni));
      if (spec.dev !== undefined) data.push(attrU32(IFLA_VXLAN.LINK, parent()));
      if (spec.local) {
        const local = ipToBytes(spec.local);
        data.push({ type: local.length === 4 ? IFLA_VXLAN.LOCAL : IFLA_VXLAN.LOCAL6, value: local });
      }
      if (spec.group) {
        const group = ipToBytes(spec.group);
        data.push({ type: group.length === 4 ? IFLA_VXLAN.GROUP : IFLA_VXLAN.GROUP6, value: group });
      }
      if (spec.learning !== undefined) data.push(attrU8(IFLA_VXLAN.LEARNING, spec.learning ? 1 : 0));
      // Without it the kernel uses Linux's pre-IANA port 8472; Docker's overlay uses 4789.
      data.push(attrU16BE(IFLA_VXLAN.PORT, spec.port ?? 4789));
      break;
    }
    case 'dummy':
      break;
  }
  if (spec.kind !== 'vlan' && spec.kind !== 'dummy' && spec.mtu !== undefined) attrs.push(attrU32(IFLA.MTU, spec.mtu));
  if (resolved.netnsFd !== undefined) attrs.push(attrU32(IFLA.NET_NS_FD, resolved.netnsFd));
  // The kind without a NUL, as iproute2 sends it.
  const linkInfo: Attr[] = [{ type: IFLA_INFO.KIND, value: Buffer.from(spec.kind) }];
  if (data.length > 0) linkInfo.push(attrNested(IFLA_INFO.DATA, data));
  attrs.push(attrNested(IFLA.LINKINFO, linkInfo));
  return { type: RTM.NEWLINK, flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL, body: Buffer.concat([encodeIfInfo({}), encodeAttrs(attrs)]) };
}

/** By name: the kernel resolves IFLA_IFNAME for RTM_DELLINK and RTM_GETLINK. */
export function linkDelRequest(name: string): Request {
  checkIfName(name);
  return { type: RTM.DELLINK, flags: NLM_F.ACK, body: Buffer.concat([encodeIfInfo({}), encodeAttrs([attrString(IFLA.IFNAME, name)])]) };
}

/** Link queries skip the per-link statistics: berth never reads them, and they are most of a reply. */
const SKIP_STATS = attrU32(IFLA.EXT_MASK, RTEXT_FILTER_SKIP_STATS);

export function linkGetRequest(name: string): Request {
  checkIfName(name);
  return { type: RTM.GETLINK, flags: NLM_F.ACK, body: Buffer.concat([encodeIfInfo({}), encodeAttrs([attrString(IFLA.IFNAME, name), SKIP_STATS])]) };
}

export const linkDumpRequest = (): Request => ({ type: RTM.GETLINK, flags: NLM_F.DUMP, body: Buffer.concat([encodeIfInfo({}), encodeAttrs([SKIP_STATS])]) });

/** `master` is the bridge's index, 0 to release; `netnsFd` moves the link. */
export function linkSetRequest(index: number, change: Omit<LinkChange, 'master' | 'netnsPath'> & { master?: number; netnsFd?: number }): Request {
  const attrs: Attr[] = [];
  if (change.newName !== undefined) {
    checkIfName(change.newName);
    attrs.push(attrString(IFLA.IFNAME, change.newName));
  }
  if (change.mtu !== undefined) attrs.push(attrU32(IFLA.MTU, change.mtu));
  if (change.mac !== undefined) attrs.push({ type: IFLA.ADDRESS, value: macToBytes(change.mac) });
  if (change.master !== undefined) attrs.push(attrU32(IFLA.MASTER, change.master));
  if (change.netnsFd !== undefined) attrs.push(attrU32(IFLA.NET_NS_FD, change.netnsFd));
  const info = change.up === undefined ? { index } : { index, flags: change.up ? IFF_UP : 0, change: IFF_UP };
  return { type: RTM.NEWLINK, flags: NLM_F.ACK, body: Buffer.concat([encodeIfInfo(info), encodeAttrs(attrs)]) };
}

/**
 * IPv4 gets its broadcast address (`ip addr add ... brd +`); IPv6 skips duplicate address
 * detection (`nodad`), as Docker does for container addresses, so it is usable at once.
 */
export function addrAddRequest(index: number, cidr: string): Request {
  const parsed = parseCidr(cidr);
  const attrs: Attr[] = [
    { type: IFA.LOCAL, value: parsed.bytes },
    { type: IFA.ADDRESS, value: parsed.bytes },
  ];
  if (parsed.family === 4 && parsed.prefix < 31) {
    const hostBits = parsed.prefix === 0 ? 0xffffffff : 2 ** (32 - parsed.prefix) - 1;
    const broadcast = Buffer.alloc(4);
    broadcast.writeUInt32BE((parsed.bytes.readUInt32BE(0) | hostBits) >>> 0);
    attrs.push({ type: IFA.BROADCAST, value: broadcast });
  }
  const family = parsed.family === 4 ? AF_INET : AF_INET6;
  const flags = parsed.family === 6 ? IFA_F_NODAD : 0;
  return {
    type: RTM.NEWADDR,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    body: Buffer.concat([encodeIfAddr(family, parsed.prefix, flags, 0, index), encodeAttrs(attrs)]),
  };
}

export const addrDumpRequest = (): Request => ({ type: RTM.GETADDR, flags: NLM_F.DUMP, body: encodeIfAddr(AF_UNSPEC, 0, 0, 0, 0) });

/** Scope defaults like `ip route`: `link` for a device route without gateway, `universe` otherwise. */
export function routeAddRequest(route: RouteSpec, oif?: number): Request {
  const dst = route.dst === undefined ? undefined : parseCidr(route.dst);
  const gateway = route.gateway === undefined ? undefined : ipToBytes(route.gateway);
  const family = route.family ?? dst?.family ?? (gateway ? (gateway.length === 4 ? 4 : 6) : 4);
  if ((dst && dst.family !== family) || (gateway && (gateway.length === 4 ? 4 : 6) !== family)) {
    throw invalidArgument(`route ${route.dst ?? 'default'} mixes IPv4 and IPv6`);
  }
  const attrs: Attr[] = [];
  if (dst && dst.prefix > 0) attrs.push({ type: RTA.DST, value: dst.bytes });
  if (gateway) attrs.push({ type: RTA.GATEWAY, value: gateway });
  if (oif !== undefined) attrs.push(attrU32(RTA.OIF, oif));
  const scope = route.scope ?? (gateway === undefined && oif !== undefined ? 'link' : 'universe');
  const body = encodeRtMsg({
    family: family === 4 ? AF_INET : AF_INET6,
    dstLen: dst?.prefix ?? 0,
    table: RT_TABLE_MAIN,
    protocol: RTPROT_BOOT,
    scope: RT_SCOPE[scope],
    type: RTN_UNICAST,
  });
  return { type: RTM.NEWROUTE, flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL, body: Buffer.concat([body, encodeAttrs(attrs)]) };
}

export const routeDumpRequest = (family: 4 | 6): Request => ({
  type: RTM.GETROUTE,
  flags: NLM_F.DUMP,
  body: encodeRtMsg({ family: family === 4 ? AF_INET : AF_INET6, dstLen: 0, table: 0, protocol: 0, scope: 0, type: 0 }),
});

/**
 * A permanent neighbour entry, or with `fdb` a forwarding-database entry of the device itself
 * (`bridge fdb append <mac> dev <dev> dst <ip> self permanent`), appended so that the all-zero mac
 * of a vxlan device can list several remote endpoints.
 */
export function neighAddRequest(index: number, opts: { mac: string; dst?: string; fdb?: boolean }): Request {
  const attrs: Attr[] = [{ type: NDA.LLADDR, value: macToBytes(opts.mac) }];
  const dst = opts.dst === undefined ? undefined : ipToBytes(opts.dst);
  if (dst) attrs.push({ type: NDA.DST, value: dst });
  if (opts.fdb) {
    // iproute2's fdb entries start as NUD_NOARP; `permanent` adds NUD_PERMANENT.
    return {
      type: RTM.NEWNEIGH,
      flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.APPEND,
      body: Buffer.concat([encodeNdMsg(AF_BRIDGE, index, NUD_PERMANENT | NUD_NOARP, NTF_SELF), encodeAttrs(attrs)]),
    };
  }
  if (!dst) throw invalidArgument('a neighbour entry needs a destination address');
  return {
    type: RTM.NEWNEIGH,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.REPLACE,
    body: Buffer.concat([encodeNdMsg(dst.length === 4 ? AF_INET : AF_INET6, index, NUD_PERMANENT, 0), encodeAttrs(attrs)]),
  };
}
