export {
  Netlink,
  type LinkInfo,
  type LinkSpec,
  type LinkChange,
  type AddrInfo,
  type RouteSpec,
  type RouteInfo,
} from './client';
