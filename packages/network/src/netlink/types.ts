/** The Netlink client's public shapes (NET-CONTRACT N1). */

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
