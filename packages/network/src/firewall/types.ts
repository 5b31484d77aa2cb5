/**
 * The firewall's input: the whole desired state of every bridge network and published port. The
 * firewall is declarative — the caller (the network controller) hands over everything it wants and
 * the firewall renders every BERTH chain from scratch, so no rule can be left behind by a missed
 * delete.
 */

/** One bridge network's filter/NAT needs (Docker's bridge driver options). */
export interface BridgeRules {
  /** Host-side bridge interface, e.g. `berth0`. */
  bridge: string;
  /** IPv4 subnet of the network, cidr. */
  subnet: string;
  /** Gateway address on the bridge (no length). */
  gatewayIp: string;
  /** `--internal`: no traffic to or from outside the subnet. */
  internal: boolean;
  /** Inter-container communication on the same bridge. */
  icc: boolean;
  /** `com.docker.network.bridge.enable_ip_masquerade`. */
  masquerade: boolean;
  /** `com.docker.network.host_ipv4`: SNAT source instead of MASQUERADE. */
  hostBindingIpv4?: string;
  /** IPv6 subnet (cidr) when the network has IPv6: its rules go to ip6tables. */
  subnetV6?: string;
  /** `com.docker.network.host_ipv6`: SNAT source for IPv6. */
  hostBindingIpv6?: string;
}

/** One published port: host address/port → container address/port behind `bridge`. */
export interface PortRule {
  proto: 'tcp' | 'udp' | 'sctp';
  /**
   * '0.0.0.0' = all, or a specific address such as '127.0.0.1' ('::' or an IPv6 one with an IPv6
   * `containerIp`: such rules go to ip6tables). A host address of the other family than the
   * container's is skipped: it cannot be DNATed to it.
   */
  hostIp: string;
  hostPort: number;
  containerIp: string;
  containerPort: number;
  bridge: string;
}

export interface FirewallState {
  bridges: BridgeRules[];
  ports: PortRule[];
  /**
   * Every container address on a (non-internal) bridge: packets for them arriving from anywhere but
   * their bridge are dropped, as dockerd does in its default gateway mode. Optional: the addresses
   * of `ports` are protected either way.
   */
  endpoints?: { bridge: string; ip: string }[];
}

export interface Firewall {
  /** Makes the BERTH chains express exactly `state` (atomically per table set). */
  apply(state: FirewallState): Promise<void>;
  /** Deletes every BERTH* chain and the jumps into them (tests, `--iptables=false`). */
  removeAll(): Promise<void>;
}
