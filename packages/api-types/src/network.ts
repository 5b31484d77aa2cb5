/**
 * Engine API network types (moby's api/swagger.yaml, API 1.51): `/networks`, the network parts of
 * container create (`NetworkingConfig`) and inspect (`NetworkSettings`), and the port shapes shared
 * by run `-p`, inspect and `ps`.
 */

/** One `IPAM.Config` entry: a subnet with an optional sub-range, gateway and reserved addresses. */
export interface IPAMConfig {
  Subnet?: string;
  IPRange?: string;
  Gateway?: string;
  /** Name → address reserved inside the subnet (`--aux-address name=ip`). */
  AuxiliaryAddresses?: Record<string, string>;
}

/** A network's IP address management: driver, its options, and the configured pools. */
export interface IPAM {
  Driver?: string;
  Config?: IPAMConfig[] | null;
  Options?: Record<string, string> | null;
}

/** `POST /networks/create` body. */
export interface NetworkCreateRequest {
  Name: string;
  /** Removed in API 1.44 (always on); old clients may still send it. */
  CheckDuplicate?: boolean;
  Driver?: string;
  Scope?: string;
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  ConfigOnly?: boolean;
  ConfigFrom?: ConfigReference | null;
  IPAM?: IPAM | null;
  /** API 1.48+ (dockerd ignores it from older clients). */
  EnableIPv4?: boolean | null;
  EnableIPv6?: boolean | null;
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

/** `POST /networks/create` response (201). */
export interface NetworkCreateResponse {
  Id: string;
  Warning: string;
}

/** The network a config-from network takes its configuration from. */
export interface ConfigReference {
  Network: string;
}

/** One container's endpoint as a network lists it (`Containers` of network inspect). */
export interface EndpointResource {
  Name: string;
  EndpointID: string;
  MacAddress: string;
  /** CIDR, e.g. `172.18.0.2/16`; '' when none. */
  IPv4Address: string;
  IPv6Address: string;
}

/** A peer of a swarm-scope network (verbose inspect only). */
export interface PeerInfo {
  Name: string;
  IP: string;
}

/** `GET /networks` items and `GET /networks/{id}` body. */
export interface NetworkResource {
  Name: string;
  Id: string;
  /** RFC 3339 with nanoseconds. */
  Created: string;
  Scope: string;
  Driver: string;
  EnableIPv4: boolean;
  EnableIPv6: boolean;
  IPAM: IPAM;
  Internal: boolean;
  Attachable: boolean;
  Ingress: boolean;
  ConfigFrom: ConfigReference;
  ConfigOnly: boolean;
  /** Endpoint per container id; `{}` in a list (dockerd fills it only on inspect). */
  Containers: Record<string, EndpointResource>;
  Options: Record<string, string>;
  Labels: Record<string, string>;
  Peers?: PeerInfo[] | null;
  Services?: Record<string, unknown>;
}

/** Addresses asked for on one endpoint (`--ip`, `--ip6`, `--link-local-ip`). */
export interface EndpointIPAMConfig {
  IPv4Address?: string;
  IPv6Address?: string;
  LinkLocalIPs?: string[] | null;
}

/** A container's endpoint on one network: what create/connect ask for and inspect reports. */
export interface EndpointSettings {
  IPAMConfig?: EndpointIPAMConfig | null;
  Links?: string[] | null;
  /** Asked-for MAC (API 1.44+ per endpoint) and, in inspect, the MAC in use. */
  MacAddress?: string;
  Aliases?: string[] | null;
  DriverOpts?: Record<string, string> | null;
  /** API 1.48+: the endpoint with the highest priority provides the default gateway. */
  GwPriority?: number;
  NetworkID?: string;
  EndpointID?: string;
  Gateway?: string;
  IPAddress?: string;
  IPPrefixLen?: number;
  IPv6Gateway?: string;
  GlobalIPv6Address?: string;
  GlobalIPv6PrefixLen?: number;
  /** API 1.44+: names the embedded DNS answers for this endpoint. */
  DNSNames?: string[] | null;
}

/** Container create's `NetworkingConfig`: one entry per network to join (API 1.44+: several). */
export interface NetworkingConfig {
  EndpointsConfig?: Record<string, EndpointSettings> | null;
}

/** One host binding of a container port. `HostIp` '' = every address; `HostPort` '' = any free port. */
export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

/** `"80/tcp"` → its host bindings; `null` when exposed but not published. */
export type PortMap = Record<string, PortBinding[] | null>;

/** Container inspect's `NetworkSettings` (the top-level address fields mirror the default network's endpoint). */
export interface NetworkSettings {
  Bridge: string;
  SandboxID: string;
  SandboxKey: string;
  Ports: PortMap;
  HairpinMode: boolean;
  LinkLocalIPv6Address: string;
  LinkLocalIPv6PrefixLen: number;
  SecondaryIPAddresses: { Addr: string; PrefixLen: number }[] | null;
  SecondaryIPv6Addresses: { Addr: string; PrefixLen: number }[] | null;
  EndpointID: string;
  Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
  IPAddress: string;
  IPPrefixLen: number;
  IPv6Gateway: string;
  MacAddress: string;
  Networks: Record<string, EndpointSettings>;
}

/** `POST /networks/{id}/connect` body. */
export interface NetworkConnectRequest {
  Container: string;
  EndpointConfig?: EndpointSettings | null;
}

/** `POST /networks/{id}/disconnect` body. */
export interface NetworkDisconnectRequest {
  Container: string;
  Force?: boolean;
}

/** `POST /networks/prune` response. */
export interface NetworkPruneResponse {
  NetworksDeleted: string[] | null;
}

/** One entry of `ContainerSummary.Ports` (`GET /containers/json`). */
export interface Port {
  /** Host address; absent for an exposed-only port. */
  IP?: string;
  PrivatePort: number;
  /** Host port; absent for an exposed-only port. */
  PublicPort?: number;
  Type: 'tcp' | 'udp' | 'sctp';
}
