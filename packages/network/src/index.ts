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
export { createNetworkController } from './controller';
export { hostsFile, resolvConf } from './etc-files';
export * from './netlink';
export * from './ipam';
export * from './dns';
export * from './firewall';
