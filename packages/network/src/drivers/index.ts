import type { NetworkDriver } from '../types';
import { BridgeDriver } from './bridge';
import { createHostDriver } from './host';
import { createNullDriver } from './null';

/** What a driver factory may use of the daemon's configuration. */
export interface DriverContext {
  ipForward: boolean;
  /** Where host-side links go (berthd's own namespace when undefined). */
  hostNetnsPath?: string;
}

/**
 * The built-in drivers, registered explicitly from this table (libnetwork's drivers_linux.go).
 * Other drivers (macvlan, overlay, remote plugins) add rows here.
 */
export const DRIVER_TABLE: { name: string; create(ctx: DriverContext): NetworkDriver & { close?(): void } }[] = [
  { name: 'bridge', create: (ctx) => new BridgeDriver({ ipForward: ctx.ipForward, hostNetnsPath: ctx.hostNetnsPath }) },
  { name: 'host', create: () => createHostDriver() },
  { name: 'null', create: () => createNullDriver() },
];

export function createDrivers(ctx: DriverContext): Map<string, NetworkDriver & { close?(): void }> {
  return new Map(DRIVER_TABLE.map((row) => [row.name, row.create(ctx)]));
}

export { BridgeDriver, BRIDGE_OPTIONS, bridgeNameOf, macFromIp, parseBoolOption, validateBridgeOptions, vethNames } from './bridge';
export { createHostDriver } from './host';
export { createNullDriver } from './null';
