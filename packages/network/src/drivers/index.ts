import type { NetworkDriver } from '../types';
import { BridgeDriver } from './bridge';
import { createHostDriver } from './host';
import { createNullDriver } from './null';
import { MacvlanDriver } from './macvlan';
import { OverlayDriver } from './overlay';

/** What a driver factory may use of the daemon's configuration. */
export interface DriverContext {
  ipForward: boolean;
  /** Where host-side links go (berthd's own namespace when undefined). */
  hostNetnsPath?: string;
  /** `<exec-root>` (the overlay driver's namespaces live in `<exec-root>/netns/ov-<9 hex>`); no overlay driver without it. */
  execRoot?: string;
}

/**
 * The built-in drivers, registered explicitly from this table (libnetwork's drivers_linux.go).
 * Other drivers (macvlan, overlay, remote plugins) add rows here.
 */
export const DRIVER_TABLE: { name: string; create(ctx: DriverContext): NetworkDriver & { close?(): void } }[] = [
  { name: 'bridge', create: (ctx) => new BridgeDriver({ ipForward: ctx.ipForward, hostNetnsPath: ctx.hostNetnsPath }) },
  { name: 'host', create: () => createHostDriver() },
  { name: 'null', create: () => createNullDriver() },
  { name: 'macvlan', create: (ctx) => new MacvlanDriver({ hostNetnsPath: ctx.hostNetnsPath }) },
];

export function createDrivers(ctx: DriverContext): Map<string, NetworkDriver & { close?(): void }> {
  const drivers = new Map(DRIVER_TABLE.map((row) => [row.name, row.create(ctx)]));
  if (ctx.execRoot) drivers.set('overlay', new OverlayDriver({ execRoot: ctx.execRoot }));
  return drivers;
}

export { BridgeDriver, BRIDGE_OPTIONS, bridgeNameOf, macFromIp, parseBoolOption, validateBridgeOptions, vethNames } from './bridge';
export { createHostDriver } from './host';
export { createNullDriver } from './null';
export { MacvlanDriver, MACVLAN_OPTIONS, dummyParentName, parseMacvlanOptions, parseVlanParent, type MacvlanConfig, type MacvlanMode } from './macvlan';
export { OverlayDriver, OVERLAY_OPTIONS, OVERLAY_BRIDGE, OVERLAY_VXLAN, FIRST_VNI, overlayNetnsPath, parseVxlanIdList, validateOverlayOptions } from './overlay';
export { RemoteDriver, loadRemoteDriver, type RemoteJoinResponse } from './remote';
