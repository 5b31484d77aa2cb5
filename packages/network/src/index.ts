/** @berth/network — container networking (see README). */
export type {
  DriverNetwork,
  DriverEndpoint,
  JoinTarget,
  NetworkDriver,
  DefaultAddressPool,
  NetworkCreateRequest,
  NetworkState,
  EndpointState,
  PortBindingState,
  NetworkEvent,
  NetworkControllerOptions,
  NetworkController,
  EndpointRequest,
  SandboxSpec,
  SandboxState,
  SandboxController,
} from './types';
export { createNetworkController, PREDEFINED_NETWORKS } from './controller';
export { hostsFile, resolvConf, sandboxHostsFile, internalResolvConf, resolvConfNameservers } from './etc-files';
export { portRequests, portsView, parsePortKey, PortAllocator, type PortRequest } from './ports';
export { DRIVER_TABLE, createDrivers, BridgeDriver, BRIDGE_OPTIONS, macFromIp, vethNames, type DriverContext } from './drivers';
export { MacvlanDriver, MACVLAN_OPTIONS, OverlayDriver, OVERLAY_OPTIONS, overlayNetnsPath, RemoteDriver, loadRemoteDriver } from './drivers';
export { startTinyNetworkPlugin, tinyBridgeName, tinyVethNames, type TinyNetworkPlugin } from './drivers/tiny-plugin';
export * from './netlink';
export * from './ipam';
export * from './dns';
export * from './firewall';
