/**
 * Link, address, route and neighbour management over rtnetlink, synchronous: one request and its
 * replies per call, on a socket that lives in the namespace it was opened in (so a Netlink for a
 * container's netns acts there without entering it again). Requests are built in requests.ts,
 * replies parsed in codec.ts; this class resolves names to indexes and errors to errdefs kinds.
 */
import { closeSync, openSync } from 'node:fs';
import { alreadyExists, failedPrecondition, isAlreadyExists, notFound, wrap } from '@berth/errdefs';
import { NETLINK_ROUTE, closeFd, netlinkTransact, openNetlinkSocket } from '@berth/sys';
import { IFF_UP, RTM, RT_TABLE_MAIN, parseAddr, parseLink, parseRoute, type ParsedLink } from './codec';
import {
  type Request,
  addrAddRequest,
  addrDumpRequest,
  checkIfName,
  encodeRequest,
  linkAddRequest,
  linkDelRequest,
  linkDumpRequest,
  linkGetRequest,
  linkSetRequest,
  neighAddRequest,
  routeAddRequest,
  routeDumpRequest,
} from './requests';
import type { AddrInfo, LinkChange, LinkInfo, LinkSpec, RouteInfo, RouteSpec } from './types';

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

const typeOf = (msg: Buffer): number => msg.readUInt16LE(4);

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

  private send(req: Request): Buffer[] {
    if (this.fd === undefined) throw failedPrecondition('netlink socket is closed');
    this.seq = (this.seq % 0x7fffffff) + 1;
    return netlinkTransact(this.fd, encodeRequest(req, this.seq));
  }

  private linkIndex(name: string): number {
    const link = this.linkGet(name);
    if (!link) throw notFound(`link ${name} not found`);
    return link.index;
  }

  /** Creates a link; alreadyExists when the name (or the veth peer's) is taken. */
  linkAdd(spec: LinkSpec): void {
    checkIfName(spec.name);
    const parentName = spec.kind === 'macvlan' || spec.kind === 'vlan' ? spec.parent : spec.kind === 'vxlan' ? spec.dev : undefined;
    const parentIndex = parentName === undefined ? undefined : this.linkIndex(parentName);
    const netnsPath = spec.kind === 'macvlan' ? spec.netnsPath : undefined;
    const peerNetnsPath = spec.kind === 'veth' ? spec.peerNetnsPath : undefined;
    withNetnsFd(netnsPath, (netnsFd) =>
      withNetnsFd(peerNetnsPath, (peerNetnsFd) => {
        const req = linkAddRequest(spec, { parentIndex, netnsFd, peerNetnsFd });
        try {
          this.send(req);
        } catch (err) {
          if (isAlreadyExists(err)) throw alreadyExists(`link ${spec.name} already exists`, { cause: err });
          throw wrap(err, `create ${spec.kind} link ${spec.name}`);
        }
      }),
    );
  }

  /** Deletes a link (a veth takes its peer along); notFound when there is none by that name. */
  linkDel(name: string): void {
    const req = linkDelRequest(name);
    try {
      this.send(req);
    } catch (err) {
      if (errnoOf(err) === 'ENODEV') throw notFound(`link ${name} not found`, { cause: err });
      throw wrap(err, `delete link ${name}`);
    }
  }

  /**
   * Changes a link in one request (notFound when it does not exist); with `netnsPath` the kernel
   * moves it first and then applies the rest (rename, up) inside the target namespace.
   */
  linkSet(name: string, change: LinkChange): void {
    const index = this.linkIndex(name);
    const master = change.master === undefined ? undefined : change.master === null ? 0 : this.linkIndex(change.master);
    withNetnsFd(change.netnsPath, (netnsFd) => {
      const req = linkSetRequest(index, { up: change.up, newName: change.newName, mtu: change.mtu, mac: change.mac, master, netnsFd });
      try {
        this.send(req);
      } catch (err) {
        if (isAlreadyExists(err)) throw alreadyExists(`link ${change.newName ?? name} already exists`, { cause: err });
        throw wrap(err, `set link ${name}`);
      }
    });
  }

  /** The link by that name, or undefined. */
  linkGet(name: string): LinkInfo | undefined {
    const req = linkGetRequest(name);
    let replies: Buffer[];
    try {
      replies = this.send(req);
    } catch (err) {
      if (errnoOf(err) === 'ENODEV') return undefined;
      throw wrap(err, `get link ${name}`);
    }
    const reply = replies.find((msg) => typeOf(msg) === RTM.NEWLINK);
    return reply ? linkInfo(parseLink(reply)) : undefined;
  }

  links(): LinkInfo[] {
    return this.send(linkDumpRequest())
      .filter((msg) => typeOf(msg) === RTM.NEWLINK)
      .map((msg) => linkInfo(parseLink(msg)));
  }

  /** Adds '172.18.0.2/16' or 'fd00::2/64' (see addrAddRequest); alreadyExists when the link has it. */
  addrAdd(link: string, cidr: string): void {
    const req = addrAddRequest(this.linkIndex(link), cidr);
    try {
      this.send(req);
    } catch (err) {
      if (isAlreadyExists(err)) throw alreadyExists(`address ${cidr} already on ${link}`, { cause: err });
      throw wrap(err, `add address ${cidr} to ${link}`);
    }
  }

  /** Addresses of every link, or of one (notFound when it does not exist). */
  addrs(link?: string): AddrInfo[] {
    const wanted = link === undefined ? undefined : this.linkIndex(link);
    const names = this.linkNames();
    return this.send(addrDumpRequest())
      .filter((msg) => typeOf(msg) === RTM.NEWADDR)
      .map(parseAddr)
      .filter((addr) => wanted === undefined || addr.index === wanted)
      .map((addr) => ({ link: names.get(addr.index) ?? '', index: addr.index, cidr: `${addr.address}/${addr.prefix}`, family: addr.family }));
  }

  /** Adds a route to the main table; alreadyExists when it is there. */
  routeAdd(route: RouteSpec): void {
    const req = routeAddRequest(route, route.dev === undefined ? undefined : this.linkIndex(route.dev));
    try {
      this.send(req);
    } catch (err) {
      const what = `route ${route.dst ?? 'default'}${route.gateway ? ` via ${route.gateway}` : ''}${route.dev ? ` dev ${route.dev}` : ''}`;
      if (isAlreadyExists(err)) throw alreadyExists(`${what} already exists`, { cause: err });
      throw wrap(err, `add ${what}`);
    }
  }

  /** The main table's routes of one family. */
  routes(family: 4 | 6): RouteInfo[] {
    const names = this.linkNames();
    return this.send(routeDumpRequest(family))
      .filter((msg) => typeOf(msg) === RTM.NEWROUTE)
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

  /** A permanent neighbour entry, or with `fdb` a vxlan/bridge forwarding entry (see neighAddRequest). */
  neighAdd(opts: { link: string; mac: string; dst?: string; fdb?: boolean }): void {
    const req = neighAddRequest(this.linkIndex(opts.link), opts);
    try {
      this.send(req);
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
