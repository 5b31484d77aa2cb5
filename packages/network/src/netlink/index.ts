export { Netlink } from './client';
export type { LinkInfo, LinkSpec, LinkChange, AddrInfo, RouteSpec, RouteInfo } from './types';
