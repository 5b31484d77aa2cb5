/** Link, address and route management over rtnetlink (see codec.ts for the wire format). */

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
  master?: string | null;
  netnsPath?: string;
  newName?: string;
  mtu?: number;
  mac?: string;
}

export class Netlink {
  private constructor(private fd: number | undefined) {}

  static open(netnsPath?: string): Netlink {
    void netnsPath;
    throw new Error('TODO');
  }

  linkAdd(spec: LinkSpec): void {
    void spec;
    throw new Error('TODO');
  }

  linkDel(name: string): void {
    void name;
    throw new Error('TODO');
  }

  linkSet(name: string, change: LinkChange): void {
    void name;
    void change;
    throw new Error('TODO');
  }

  linkGet(name: string): LinkInfo | undefined {
    void name;
    throw new Error('TODO');
  }

  links(): LinkInfo[] {
    throw new Error('TODO');
  }

  addrAdd(link: string, cidr: string): void {
    void link;
    void cidr;
    throw new Error('TODO');
  }

  addrs(link?: string): AddrInfo[] {
    void link;
    throw new Error('TODO');
  }

  routeAdd(route: RouteSpec): void {
    void route;
    throw new Error('TODO');
  }

  routes(family: 4 | 6): RouteInfo[] {
    void family;
    throw new Error('TODO');
  }

  neighAdd(opts: { link: string; mac: string; dst?: string; fdb?: boolean }): void {
    void opts;
    throw new Error('TODO');
  }

  close(): void {
    if (this.fd === undefined) return;
    this.fd = undefined;
  }
}
