/**
 * IP address management, in the shape of libnetwork's ipamapi: a driver hands out address pools
 * (subnets) and addresses inside them. The built-in `default` driver keeps its state in memory only;
 * the network store replays every stored pool and address at daemon start (ipamapi's
 * RequiresRequestReplay), so requests must be repeatable with the exact values in stored order.
 * The remote IPAM plugin protocol carries the same five calls.
 */

/** One entry of the daemon's `default-address-pools`: `base` is split into subnets of prefix length `size`. */
export interface AddressPool {
  base: string;
  size: number;
}

export interface PoolRequest {
  /** Explicit subnet (`--subnet`); absent, or an unspecified address like '0.0.0.0/24' (only its size counts): allocate one from the default pools. */
  pool?: string;
  /** Range addresses are allocated from (`--ip-range`); only with `pool`. */
  subPool?: string;
  v6: boolean;
  options?: Record<string, string>;
  /** The default bridge network: dynamic allocation walks DEFAULT_BRIDGE_POOLS (unless default pools are configured). */
  forDefaultBridge?: boolean;
  /** The IPAM driver (`--ipam-driver`): absent or 'default' = the built-in one, else an IPAM plugin (see withPluginIpam). */
  driver?: string;
}

export interface AddressRequestOptions {
  /** The address is the network's gateway (dockerd's RequestAddressType=com.docker.network.gateway). */
  gateway?: boolean;
  /** Scan from after the last dynamically given address instead of from the lowest free one (libnetwork's `com.docker.network.ipam.serial`). */
  serial?: boolean;
  /** Names the network in the pool-exhausted error, as dockerd's endpoint code does. */
  network?: { name: string; id: string };
}

export interface IpamDriver {
  readonly name: string;
  requestPool(req: PoolRequest): Promise<{ poolId: string; pool: string }>;
  releasePool(poolId: string): Promise<void>;
  /** Returns the address as a CIDR with the pool's prefix length ('172.18.0.2/16'). */
  requestAddress(poolId: string, address?: string, options?: AddressRequestOptions): Promise<string>;
  /** `address` with or without its '/len'. */
  releaseAddress(poolId: string, address: string): Promise<void>;
}

export * from './cidr';
export * from './default';
export * from './host-routes';
export * from './validate';
export { RemoteIpam, loadRemoteIpam, withPluginIpam } from './remote';
