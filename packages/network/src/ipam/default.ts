import type { AddressPool, IpamDriver } from './index';

export const DEFAULT_BRIDGE_POOLS: AddressPool[] = [];
export const DEFAULT_USER_POOLS: AddressPool[] = [];

export interface DefaultIpamOptions {
  defaultPools?: AddressPool[];
  hostRoutes: () => string[];
}

export function createDefaultIpam(_opts: DefaultIpamOptions): IpamDriver {
  throw new Error('TODO');
}
