/**
 * The vocabulary of berth's container networking, in the shape of Docker's libnetwork (CNM).
 *
 * - A **network** is a named group of endpoints that can talk to each other, implemented by one
 *   driver (`bridge`: a Linux bridge on the host; `host`: the host's own stack; `null`: nothing).
 *   Its addresses come from IPAM pools (`ipv4`/`ipv6` below: pool, gateway, auxiliary addresses).
 * - An **endpoint** is one container's membership in one network: an id, addresses, a MAC. The
 *   controller persists it (store.ts) before the driver creates anything for it, and forgets it
 *   only after the driver removed it, so a daemon killed at any instant can clean up by the record.
 * - A **sandbox** is a container's network stack: a network namespace bind-mounted at
 *   `<exec-root>/netns/<container id>`, with one interface per joined endpoint (`eth0`, `eth1`, …),
 *   plus the container's /etc/hosts and /etc/resolv.conf and, when it is on a user-defined network,
 *   an embedded DNS server at 127.0.0.11 inside the namespace.
 *
 * The driver API (`NetworkDriver`) is libnetwork's driverapi, narrowed. Drivers derive the names of
 * what they create on the host from ids (`berth-<9 hex of network id>`, `bv<12 hex of endpoint id>`),
 * so they keep no state of their own across restarts: the controller hands them the network and the
 * endpoint each time, and calls `createNetwork` again for every stored network at daemon start, which
 * must adopt what already exists.
 *
 * Worked example — "a container joins a bridge network":
 *
 *   1. `controller.createNetwork({ Name: 'web' })`: IPAM `requestPool` (say 172.18.0.0/16) and the
 *      gateway address 172.18.0.1/16, `bridge.validateOptions`, the network record is stored,
 *      `bridge.createNetwork(net)` creates bridge `berth-<9hex>`, puts 172.18.0.1/16 on it, sets it up;
 *      the firewall gets the bridge's rules (masquerade, isolation).
 *   2. `sandboxes.create({ containerId, endpoints: [{ network: 'web' }], … })`: the netns file is
 *      created, then for the endpoint: IPAM `requestAddress` (172.18.0.2/16), the endpoint record is
 *      stored, `bridge.createEndpoint(net, ep)` (MAC 02:42:ac:12:00:02 derived from the address),
 *      `bridge.join(net, ep, { netnsPath, ifName: 'eth0', defaultGateway: true })` creates veth
 *      `bv<12hex>` on the bridge with its peer inside the netns, renamed eth0, addressed, up, with a
 *      default route via 172.18.0.1.
 *   3. The runtime starts the container's processes in that netns (runc's `network` namespace path).
 *   4. `sandboxes.destroy(containerId)`: `leave` + `deleteEndpoint` (the veth goes), the address goes
 *      back to IPAM, the record is deleted, then the netns.
 */

import type { NetworkCreateRequest } from '@berth/api-types';
import type { Firewall } from './firewall';

/** One network as a driver sees it. */
export interface DriverNetwork {
  id: string;
  name: string;
  /** The Linux bridge's name, for drivers that make one (bridge): the option `com.docker.network.bridge.name`, `berth0` for the default bridge, else `berth-<9 hex of id>`. */
  bridgeName?: string;
  options: Record<string, string>;
  internal: boolean;
  enableIPv6: boolean;
  ipv4: { pool: string; gateway: string /* cidr */; auxAddresses: Record<string, string> }[];
  ipv6: { pool: string; gateway: string /* cidr */; auxAddresses: Record<string, string> }[];
  /** What a driver must remember about the network across restarts (e.g. that it created the macvlan parent); set in createNetwork, stored with the network, not shown in inspect. */
  driverState?: Record<string, string>;
}

/** One endpoint as a driver sees it. */
export interface DriverEndpoint {
  id: string;
  networkId: string;
  ipv4?: string /* cidr */;
  ipv6?: string /* cidr */;
  macAddress?: string;
}

/** Where `join` puts the endpoint's interface. */
export interface JoinTarget {
  netnsPath: string;
  ifName: string /* eth0, eth1, … */;
  /** Whether this endpoint carries the sandbox's default route (the first endpoint that has a gateway). */
  defaultGateway: boolean;
}

/**
 * libnetwork's driverapi, narrowed. Every method may be called again after a crash for the same
 * object (create adopts what exists; delete tolerates what is already gone).
 */
export interface NetworkDriver {
  readonly name: string;
  readonly scope: 'local' | 'global' | 'swarm';
  /** invalidArgument for options this driver does not take, before anything is created. */
  validateOptions(options: Record<string, string>): void;
  createNetwork(net: DriverNetwork): Promise<void>;
  deleteNetwork(networkId: string): Promise<void>;
  createEndpoint(net: DriverNetwork, ep: DriverEndpoint): Promise<{ macAddress?: string }>;
  deleteEndpoint(net: DriverNetwork, ep: DriverEndpoint): Promise<void>;
  /** Moves/creates the interface inside target.netnsPath as ifName, addresses it, default route when asked. */
  join(net: DriverNetwork, ep: DriverEndpoint, target: JoinTarget): Promise<{ gateway?: string; gatewayV6?: string }>;
  leave(net: DriverNetwork, ep: DriverEndpoint): Promise<void>;
}

/** An address pool of the daemon's `default-address-pools` (same shape as the IPAM's AddressPool). */
export interface DefaultAddressPool {
  base: string;
  size: number;
}

/** The Engine API's `POST /networks/create` body. */
export type { NetworkCreateRequest } from '@berth/api-types';

export interface NetworkState {
  id: string;
  name: string;
  driver: string;
  scope: string;
  created: string;
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  enableIPv4: boolean;
  enableIPv6: boolean;
  ipam: {
    driver: string;
    options: Record<string, string>;
    config: { Subnet: string; IPRange?: string; Gateway?: string; AuxiliaryAddresses?: Record<string, string> }[];
  };
  options: Record<string, string>;
  labels: Record<string, string>;
  configOnly: boolean;
  configFrom?: string;
  /** Every subnet came from the request (`--subnet`), none from the default pools: only then may a container ask for its own address (`--ip`). */
  userSubnets?: boolean;
}

export interface EndpointState {
  id: string;
  networkId: string;
  containerId: string;
  containerName: string;
  ifName: string;
  macAddress: string;
  ipv4?: string /* cidr */;
  ipv6?: string /* cidr */;
  gateway?: string;
  gatewayV6?: string;
  aliases: string[];
  dnsNames: string[];
  links: string[];
}

export interface PortBindingState {
  containerPort: number;
  proto: 'tcp' | 'udp' | 'sctp';
  hostIp: string;
  hostPort: number;
}

export interface NetworkEvent {
  action: 'create' | 'destroy' | 'connect' | 'disconnect';
  network: NetworkState;
  containerId?: string;
}

export interface NetworkControllerOptions {
  dataRoot: string;
  execRoot: string;
  pluginDirs?: string[];
  iptables: boolean;
  ipForward: boolean;
  icc: boolean;
  defaultBridge: { name: string /* berth0 */; bip?: string; fixedCidr?: string; mtu?: number } | 'none';
  defaultAddressPools?: DefaultAddressPool[];
  /** dockerd --ip (default 0.0.0.0). */
  defaultBindIp?: string;
  /** daemon --dns, else the host's resolv.conf nameservers. */
  dnsUpstreams: () => string[];
  onEvent?: (e: NetworkEvent) => void;
  /** The daemon's id: IPv6 networks with no subnet get /64s from a ULA /48 derived from it (dockerd's). */
  hostId?: string;
  /** A network's rules could not be applied after its create or remove answered (the next apply retries). */
  onFirewallError?: (err: unknown) => void;
  /** Tests: the firewall to use instead of the one `iptables` selects (e.g. iptables inside a private netns). */
  firewall?: Firewall;
  /**
   * Tests: a network namespace standing in for the host — bridges, host veth ends, sysctls and port
   * reservations go there instead of berthd's own namespace (pair with a firewall wrapped into it).
   */
  hostNetnsPath?: string;
  /** Tests: the host's resolv.conf (default /etc/resolv.conf). */
  hostResolvConf?: string;
  /** Tests: the ephemeral range for published ports without a host port (default 32768-60999, as /proc/sys/net/ipv4/ip_local_port_range). */
  portRange?: [number, number];
}

export interface EndpointRequest {
  network: string /* ref */;
  aliases?: string[];
  ipv4Address?: string;
  ipv6Address?: string;
  macAddress?: string;
  /** `--link` entries, `name:alias` or `name`. */
  links?: string[];
}

export interface SandboxSpec {
  containerId: string;
  containerName: string;
  hostname: string;
  domainname?: string;
  /** The sandbox writes these files (and rewrites /etc/hosts on connect/disconnect). */
  hostsPath: string;
  resolvConfPath: string;
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
  extraHosts?: string[];
  /** First = eth0 and the default gateway. */
  endpoints: EndpointRequest[];
  /** HostConfig.PortBindings */
  portBindings?: Record<string, { HostIp?: string; HostPort?: string }[] | null>;
  publishAllPorts?: boolean;
  /** '80/tcp' … */
  exposedPorts?: string[];
}

export interface SandboxState {
  containerId: string;
  netnsPath: string;
  endpoints: EndpointState[];
  /** NetworkSettings.Ports shape. */
  ports: Record<string, { HostIp: string; HostPort: string }[] | null>;
}

export interface SandboxController {
  /** netns + joins + /etc/hosts + resolv.conf (127.0.0.11 + embedded DNS when any user-defined network) + ports; all-or-nothing. */
  create(spec: SandboxSpec): Promise<SandboxState>;
  /**
   * As create, answered once the namespace and endpoints exist; `rules` settles when the sandbox's
   * published ports are in the firewall (its failure undoes the sandbox). A container start runs
   * the runtime's create meanwhile and waits for `rules` before the container's process starts.
   */
  createOverlapped(spec: SandboxSpec): Promise<{ state: SandboxState; rules: Promise<void> }>;
  /** Live: a new ethN. */
  connect(containerId: string, req: EndpointRequest): Promise<EndpointState>;
  disconnect(containerId: string, networkRef: string, force?: boolean): Promise<void>;
  /** Leave all, release addresses, drop port rules, delete netns; idempotent. */
  destroy(containerId: string): Promise<void>;
  get(containerId: string): SandboxState | undefined;
  /** `docker rename` of a container with a sandbox: the embedded DNS answers the new name, not the old. */
  rename(containerId: string, newName: string): Promise<void>;
  /** At daemon start: restart DNS for live sandboxes; delete every other netns/veth/endpoint/rule. */
  reconcile(runningContainerIds: Set<string>): Promise<void>;
}

export interface NetworkController {
  /** Docker's rules/errors (duplicate name 409, unknown driver, bad IPAM, predefined names). */
  createNetwork(req: NetworkCreateRequest): Promise<NetworkState>;
  /** 409 with active endpoints; predefined networks refused. */
  removeNetwork(ref: string): Promise<void>;
  /** Full id, exact name, then unique id prefix; notFound(`network ${ref} not found`). */
  network(ref: string): NetworkState;
  networks(): NetworkState[];
  endpoints(networkId: string): EndpointState[];
  readonly sandboxes: SandboxController;
  /** Stops DNS servers; leaves netns/links/rules for live restore. */
  close(): Promise<void>;
}
