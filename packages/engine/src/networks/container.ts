/**
 * A container's networking through its life, as dockerd's daemon/container_operations does it:
 * the mode and endpoints checked at create, the sandbox (netns, endpoints, ports, /etc/hosts,
 * resolv.conf) made before the spec is built at start and destroyed at every exit, live connect
 * and disconnect, and what inspect and `ps` report. ContainerService only calls in here.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { EndpointSettings, NetworkSettings, Port, PortMap } from '@berth/api-types';
import { conflict, invalidArgument, isNotFound, notFound, permissionDenied } from '@berth/errdefs';
import type { EndpointRequest, EndpointState, NetworkController, NetworkState, SandboxState } from '@berth/network';
import type { ContainerRecord } from '../containers/store';
import { checkCreateNetworking, checkEndpoint, parseLink, parseNetworkMode, PREDEFINED_NETWORKS, type CreateNetworkInput, type NetworkFacts, type StoredEndpoint } from './modes';

/** What networking needs to know of another container (a `container:` mode's donor, a link's target). */
export interface PeerContainer {
  id: string;
  name: string;
  running: boolean;
  restarting: boolean;
  record: ContainerRecord;
}

/** The daemon's defaults for containers' DNS (`--dns`, `--dns-search`, `--dns-opt`). */
export interface DnsDefaults {
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
}

/** Where a starting container's task finds its network: a netns path, the host's, or none of its own. */
export interface AttachedNetwork {
  /** RunOptions.networkNamespace: a netns path or 'host'. */
  networkNamespace: string;
  /** Settles when the sandbox's published ports are in the firewall: awaited before the task starts. */
  ready?: Promise<void>;
}

export class ContainerNetworking {
  constructor(
    readonly controller: NetworkController,
    private readonly dnsDefaults: DnsDefaults = {},
    private readonly hostFiles: { hosts: string; resolvConf: string } = { hosts: '/etc/hosts', resolvConf: '/etc/resolv.conf' },
  ) {}

  /** The network facts the mode checks need; undefined for a network that does not exist. */
  facts(ref: string): NetworkFacts | undefined {
    try {
      return factsOf(this.controller.network(ref));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /** Checks a create request's networking; returns the networks to keep in the record. */
  checkCreate(input: CreateNetworkInput): Record<string, StoredEndpoint> {
    return checkCreateNetworking(input, (ref) => this.facts(ref));
  }

  /**
   * Sets up the container's network before its spec is built. Nothing is left behind when it
   * fails (the sandbox is all-or-nothing); `detach` undoes a success.
   */
  async attach(record: ContainerRecord, find: (ref: string) => PeerContainer): Promise<AttachedNetwork> {
    const mode = parseNetworkMode(record.hostConfig.NetworkMode);
    if (mode.kind === 'host') {
      // dockerd gives a host-network container copies of the host's files.
      await writeFile(record.hostsPath, withExtraHosts(await readFile(this.hostFiles.hosts, 'utf8').catch(() => ''), record.hostConfig.ExtraHosts ?? []));
      await writeFile(record.resolvConfPath, await readFile(this.hostFiles.resolvConf, 'utf8').catch(() => ''));
      return { networkNamespace: 'host' };
    }
    if (mode.kind === 'container') return this.joinPeer(record, mode.container, find);
    const stored = this.storedNetworks(record);
    // dockerd -b none: a container of the default mode gets a namespace with `lo` only.
    const isolated = mode.kind === 'none' || ((record.hostConfig.NetworkMode || 'default') === 'default' && !this.facts('bridge'));
    const endpoints: EndpointRequest[] = isolated ? [] : Object.entries(stored).map(([name, ep]) => this.endpointRequest(record, name, ep, find));
    const host = record.hostConfig;
    const { state: sandbox, rules } = await this.controller.sandboxes.createOverlapped({
      containerId: record.id,
      containerName: record.name,
      hostname: record.config.Hostname ?? record.id.slice(0, 12),
      domainname: record.config.Domainname || undefined,
      hostsPath: record.hostsPath,
      resolvConfPath: record.resolvConfPath,
      dns: nonEmpty(record.hostConfig.Dns) ?? this.dnsDefaults.dns,
      dnsSearch: nonEmpty(record.hostConfig.DnsSearch) ?? this.dnsDefaults.dnsSearch,
      dnsOptions: nonEmpty(record.hostConfig.DnsOptions) ?? this.dnsDefaults.dnsOptions,
      extraHosts: record.hostConfig.ExtraHosts ?? undefined,
      endpoints,
      portBindings: isolated ? undefined : (host.PortBindings ?? undefined),
      publishAllPorts: isolated ? undefined : !!host.PublishAllPorts,
      exposedPorts: isolated ? undefined : Object.keys(record.config.ExposedPorts ?? {}),
    });
    return { networkNamespace: sandbox.netnsPath, ready: rules };
  }

  /** Undoes `attach` (exit, failed start, removal): addresses released, ports freed. Idempotent. */
  async detach(record: ContainerRecord): Promise<void> {
    const mode = parseNetworkMode(record.hostConfig.NetworkMode);
    if (mode.kind === 'host' || mode.kind === 'container') return;
    await this.controller.sandboxes.destroy(record.id);
  }

  /** At daemon start: the sandboxes of running containers are kept (their DNS restarted), every other one removed. */
  /** The names the embedded DNS gives a running container follow `docker rename` (a stopped one has no sandbox). */
  async renamed(record: ContainerRecord): Promise<void> {
    await this.controller.sandboxes.rename(record.id, record.name);
  }

  async reconcile(running: Set<string>): Promise<void> {
    await this.controller.sandboxes.reconcile(running);
  }

  /**
   * `docker network connect`: a running container gets the new interface live; a stopped one only
   * keeps the settings for its next start (dockerd's updateNetworkConfig rules and words).
   */
  async connect(record: ContainerRecord, running: boolean, networkRef: string, settings: EndpointSettings | undefined, find: (ref: string) => PeerContainer): Promise<void> {
    const net = this.controller.network(networkRef);
    const mode = parseNetworkMode(record.hostConfig.NetworkMode);
    if (mode.kind === 'container') throw invalidArgument('container sharing network namespace with another container or host cannot be connected to any other network');
    if (mode.kind === 'host' || net.name === 'host') throw invalidArgument('container cannot be disconnected from host network or connected to host network');
    if (mode.kind === 'none' || net.name === 'none') throw invalidArgument('container cannot be connected to multiple networks with one of the networks in private (none) mode');
    const networks = (record.networks ??= this.storedNetworks(record));
    if (networks[net.name] && (!running || this.endpointOf(record.id, net.id))) {
      throw permissionDenied(`endpoint with name ${record.name} already exists in network ${net.name}`);
    }
    const stored = checkEndpoint(factsOf(net), settings ?? undefined);
    if (running) await this.controller.sandboxes.connect(record.id, this.endpointRequest(record, net.name, stored, find));
    networks[net.name] = stored;
  }

  /** `docker network disconnect [-f]`. */
  async disconnect(record: ContainerRecord, running: boolean, networkRef: string, force: boolean): Promise<void> {
    const networks = (record.networks ??= this.storedNetworks(record));
    let net: NetworkState | undefined;
    try {
      net = this.controller.network(networkRef);
    } catch (err) {
      // A network gone meanwhile can still be forced out of a container's settings.
      if (!force || !isNotFound(err)) throw err;
    }
    const name = net?.name ?? networkRef;
    const mode = parseNetworkMode(record.hostConfig.NetworkMode);
    if (mode.kind === 'host' && name === 'host') throw invalidArgument('container cannot be disconnected from host network or connected to host network');
    if (!networks[name]) throw invalidArgument(`container ${record.id} is not connected to network ${name}`);
    if (running && net && this.endpointOf(record.id, net.id)) await this.controller.sandboxes.disconnect(record.id, net.id, force);
    delete networks[name];
  }

  /** Inspect's NetworkSettings: the kept settings, filled with the live endpoints while running. */
  settings(record: ContainerRecord, running: boolean): NetworkSettings {
    const sandbox = running ? this.controller.sandboxes.get(record.id) : undefined;
    const networks: Record<string, EndpointSettings> = {};
    for (const [name, stored] of Object.entries(this.storedNetworks(record))) {
      networks[name] = endpointSettings(stored, sandbox?.endpoints.find((e) => e.networkId === stored.NetworkID || e.networkId === this.idOf(name)));
    }
    const primary = networks.bridge;
    return {
      Bridge: '',
      SandboxID: sandbox ? sandboxId(record.id) : '',
      SandboxKey: sandbox?.netnsPath ?? '',
      Ports: sandbox?.ports ?? {},
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      // The legacy top-level fields describe the default bridge's endpoint only (dockerd).
      EndpointID: primary?.EndpointID ?? '',
      Gateway: primary?.Gateway ?? '',
      GlobalIPv6Address: primary?.GlobalIPv6Address ?? '',
      GlobalIPv6PrefixLen: primary?.GlobalIPv6PrefixLen ?? 0,
      IPAddress: primary?.IPAddress ?? '',
      IPPrefixLen: primary?.IPPrefixLen ?? 0,
      IPv6Gateway: primary?.IPv6Gateway ?? '',
      MacAddress: primary?.MacAddress ?? '',
      Networks: networks,
    };
  }

  /** `GET /containers/json`'s Ports and NetworkSettings.Networks. */
  summary(record: ContainerRecord, running: boolean): { Ports: Port[]; NetworkSettings: { Networks: Record<string, EndpointSettings> } } {
    const settings = this.settings(record, running);
    return { Ports: portList(settings.Ports), NetworkSettings: { Networks: settings.Networks } };
  }

  /** The networks a record joins: what create kept, or (older records) its mode's network. */
  private storedNetworks(record: ContainerRecord): Record<string, StoredEndpoint> {
    const stored = record.networks;
    if (stored) return stored;
    const mode = parseNetworkMode(record.hostConfig.NetworkMode);
    if (mode.kind === 'container') return {};
    const name = mode.kind === 'network' ? mode.network : mode.kind;
    return { [name]: {} };
  }

  private idOf(name: string): string | undefined {
    try {
      return this.controller.network(name).id;
    } catch {
      return undefined;
    }
  }

  private endpointOf(containerId: string, networkId: string): EndpointState | undefined {
    return this.controller.sandboxes.get(containerId)?.endpoints.find((e) => e.networkId === networkId);
  }

  /** A stored endpoint as the sandbox asks for it; legacy links resolved to running containers. */
  private endpointRequest(record: ContainerRecord, name: string, stored: StoredEndpoint, find: (ref: string) => PeerContainer): EndpointRequest {
    const links = [...(name === 'bridge' ? record.hostConfig.Links ?? [] : []), ...(stored.Links ?? [])].map((link) => {
      const { ref, alias } = parseLink(link);
      const peer = find(ref);
      if (!peer.running) throw invalidArgument(`Cannot link to a non running container: /${peer.name} AS /${record.name}/${alias}`);
      return `${peer.name}:${alias}`;
    });
    return {
      // By id: a network removed and re-created under the same name is another network (dockerd).
      network: stored.NetworkID || name,
      aliases: stored.Aliases ?? undefined,
      ipv4Address: stored.IPAMConfig?.IPv4Address || undefined,
      ipv6Address: stored.IPAMConfig?.IPv6Address || undefined,
      macAddress: stored.MacAddress || undefined,
      links: links.length ? links : undefined,
    };
  }

  /** `--network container:<ref>`: the donor's namespace and its hosts/resolv.conf/hostname (dockerd). */
  private joinPeer(record: ContainerRecord, ref: string, find: (ref: string) => PeerContainer): AttachedNetwork {
    let peer: PeerContainer;
    try {
      peer = find(ref);
    } catch (err) {
      if (isNotFound(err)) throw notFound(`No such container: ${ref}`);
      throw err;
    }
    if (peer.id === record.id) throw invalidArgument('cannot join own network');
    if (!peer.running) throw conflict(`cannot join network of a non running container: ${ref}`);
    if (peer.restarting) throw conflict(`Container ${peer.id} is restarting, wait until the container is running`);
    record.hostsPath = peer.record.hostsPath;
    record.resolvConfPath = peer.record.resolvConfPath;
    record.hostnamePath = peer.record.hostnamePath;
    const peerMode = parseNetworkMode(peer.record.hostConfig.NetworkMode);
    if (peerMode.kind === 'host') return { networkNamespace: 'host' };
    if (peerMode.kind === 'container') return this.joinPeer(record, peerMode.container, find);
    const sandbox = this.controller.sandboxes.get(peer.id);
    if (!sandbox) throw conflict(`cannot join network of a non running container: ${ref}`);
    return { networkNamespace: sandbox.netnsPath };
  }
}

function factsOf(net: NetworkState): NetworkFacts {
  // A pool berth chose itself is not the user's: dockerd refuses fixed addresses on it.
  // Networks recorded before the field existed: any subnet of a custom network counts as the user's.
  const userSubnets = net.userSubnets ?? (!PREDEFINED_NETWORKS.has(net.name) && net.ipam.config.some((c) => !!c.Subnet));
  return { id: net.id, name: net.name, userSubnets };
}

function nonEmpty(list: string[] | null | undefined): string[] | undefined {
  return list && list.length ? list : undefined;
}

/** A host-network container's /etc/hosts: the host's, then `--add-host` entries. */
function withExtraHosts(hosts: string, extra: string[]): string {
  const lines = extra.map((entry) => {
    const sep = entry.indexOf(':');
    return sep > 0 ? `${entry.slice(sep + 1)}\t${entry.slice(0, sep)}` : '';
  }).filter(Boolean);
  if (!lines.length) return hosts;
  return `${hosts}${hosts && !hosts.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`;
}

/** A stable 64-hex sandbox id per container (dockerd's is random; nothing else depends on it). */
function sandboxId(containerId: string): string {
  return createHash('sha256').update(`sandbox:${containerId}`).digest('hex');
}

/** Inspect's endpoint entry: the kept settings, then the live endpoint's addresses. */
export function endpointSettings(stored: StoredEndpoint, live: EndpointState | undefined): EndpointSettings {
  const [ip, prefix] = splitCidr(live?.ipv4);
  const [ip6, prefix6] = splitCidr(live?.ipv6);
  return {
    IPAMConfig: stored.IPAMConfig ?? null,
    Links: stored.Links ?? null,
    Aliases: stored.Aliases ?? null,
    MacAddress: live?.macAddress ?? stored.MacAddress ?? '',
    DriverOpts: stored.DriverOpts ?? null,
    GwPriority: 0,
    NetworkID: live?.networkId ?? stored.NetworkID ?? '',
    EndpointID: live?.id ?? '',
    Gateway: live?.gateway ?? '',
    IPAddress: ip,
    IPPrefixLen: prefix,
    IPv6Gateway: live?.gatewayV6 ?? '',
    GlobalIPv6Address: ip6,
    GlobalIPv6PrefixLen: prefix6,
    DNSNames: live?.dnsNames.length ? live.dnsNames : null,
  };
}

function splitCidr(cidr: string | undefined): [string, number] {
  if (!cidr) return ['', 0];
  const slash = cidr.indexOf('/');
  return slash < 0 ? [cidr, 0] : [cidr.slice(0, slash), Number(cidr.slice(slash + 1))];
}

/** NetworkSettings.Ports as `ps` lists them: one entry per host binding, exposed-only ports bare. */
export function portList(ports: PortMap): Port[] {
  const out: Port[] = [];
  for (const [key, bindings] of Object.entries(ports)) {
    const [port, proto = 'tcp'] = key.split('/');
    const type = proto as Port['Type'];
    if (!bindings || bindings.length === 0) {
      out.push({ PrivatePort: Number(port), Type: type });
      continue;
    }
    for (const b of bindings) out.push({ IP: b.HostIp, PrivatePort: Number(port), PublicPort: Number(b.HostPort), Type: type });
  }
  return out;
}

export type { SandboxState };
