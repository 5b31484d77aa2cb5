/**
 * A container's network mode and endpoint settings as dockerd checks them at create and connect
 * (runconfig's validateNetMode/validateNetContainerMode and daemon's updateNetworkConfig), with
 * dockerd's words. Pure: the network lookup is passed in.
 */
import type { ContainerConfig, EndpointSettings, HostConfig, NetworkingConfig } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';

/** The networks dockerd creates itself; aliases and fixed addresses are refused on them. */
export const PREDEFINED_NETWORKS = new Set(['bridge', 'host', 'none']);

export type NetworkMode =
  | { kind: 'host' }
  | { kind: 'none' }
  | { kind: 'container'; container: string }
  /** `default`, `bridge`, or a network's name or id. */
  | { kind: 'network'; network: string };

/** HostConfig.NetworkMode as a mode; '' and `default` are the default bridge. */
export function parseNetworkMode(mode: string | undefined): NetworkMode {
  const value = mode || 'default';
  if (value === 'default') return { kind: 'network', network: 'bridge' };
  if (value === 'host') return { kind: 'host' };
  if (value === 'none') return { kind: 'none' };
  if (value.startsWith('container:')) {
    const container = value.slice('container:'.length);
    if (!container) throw invalidArgument('invalid network mode: invalid container format container:<name|id>');
    return { kind: 'container', container };
  }
  if (value.startsWith('container')) throw invalidArgument('invalid network mode: invalid container format container:<name|id>');
  return { kind: 'network', network: value };
}

/** What the check needs of a network: dockerd keys a container's networks by name. */
export interface NetworkFacts {
  id: string;
  name: string;
  /** Its subnets were given at create (`--subnet`): only then may an endpoint ask for an address. */
  userSubnets: boolean;
}

/** Settings a container keeps per network (inspect's `Networks`, before and between runs). */
export type StoredEndpoint = Pick<EndpointSettings, 'IPAMConfig' | 'Links' | 'Aliases' | 'MacAddress' | 'DriverOpts' | 'NetworkID'>;

/** Host options that only apply with a network namespace of the container's own (runconfig's). */
export interface CreateNetworkInput {
  host: HostConfig;
  config: Pick<ContainerConfig, 'Hostname' | 'ExposedPorts' | 'MacAddress'>;
  networking?: NetworkingConfig | null;
}

/**
 * dockerd's checks of a create request's network mode and endpoints; the networks the container
 * joins at start, by name, the mode's network first. `network(ref)` is undefined for a network
 * that does not exist: as dockerd, create keeps the name and start fails with `network X not
 * found` (a 404 from create would make the docker CLI try to pull the image).
 */
export function checkCreateNetworking(input: CreateNetworkInput, network: (ref: string) => NetworkFacts | undefined): Record<string, StoredEndpoint> {
  const { host, config } = input;
  const mode = parseNetworkMode(host.NetworkMode);
  const requested = Object.entries(input.networking?.EndpointsConfig ?? {});
  if (mode.kind === 'container') {
    if (config.Hostname) throw invalidArgument('conflicting options: hostname and the network mode');
    if (host.Links?.length) throw invalidArgument("conflicting options: container type network can't be used with links. This would result in undefined behavior");
    if (host.Dns?.length) throw invalidArgument('conflicting options: dns and the network mode');
    if (host.ExtraHosts?.length) throw invalidArgument('conflicting options: custom host-to-IP mapping and the network mode');
    if (config.MacAddress) throw invalidArgument('conflicting options: mac-address and the network mode');
    if (host.PublishAllPorts || Object.keys(host.PortBindings ?? {}).length) throw invalidArgument('conflicting options: port publishing and the container type network mode');
    if (Object.keys(config.ExposedPorts ?? {}).length) throw invalidArgument('conflicting options: port exposing and the container type network mode');
    if (requested.length) throw invalidArgument('container sharing network namespace with another container or host cannot be connected to any other network');
    return {};
  }
  if (mode.kind === 'host' && host.Links?.length) throw invalidArgument("conflicting options: host type networking can't be used with links. This would result in undefined behavior");
  const primary = mode.kind === 'network' ? mode.network : mode.kind;
  const out: Record<string, StoredEndpoint> = {};
  const known = (ref: string): NetworkFacts => network(ref) ?? { id: '', name: ref, userSubnets: true };
  const primaryNet = known(primary);
  const byName = new Map<string, [NetworkFacts, EndpointSettings | undefined]>([[primaryNet.name, [primaryNet, undefined]]]);
  for (const [ref, settings] of requested) {
    // The docker CLI names the default network `default` in EndpointsConfig too.
    const net = known(ref === 'default' ? 'bridge' : ref);
    byName.set(net.name, [net, settings ?? undefined]);
  }
  if (byName.size > 1 && (byName.has('host') || byName.has('none'))) {
    if (byName.has('host')) throw invalidArgument('container cannot be disconnected from host network or connected to host network');
    throw invalidArgument('container cannot be connected to multiple networks with one of the networks in private (none) mode');
  }
  for (const [name, [net, settings]] of byName) out[name] = checkEndpoint(net, settings, name === primaryNet.name ? config.MacAddress : undefined);
  return out;
}

/** One endpoint's asked-for settings, checked against its network (create and connect). */
export function checkEndpoint(net: NetworkFacts, settings: EndpointSettings | undefined, legacyMac?: string): StoredEndpoint {
  const ipam = settings?.IPAMConfig;
  const wantsAddress = !!(ipam?.IPv4Address || ipam?.IPv6Address);
  if (wantsAddress && PREDEFINED_NETWORKS.has(net.name)) throw invalidArgument('user specified IP address is supported on user defined networks only');
  if (wantsAddress && !net.userSubnets) throw invalidArgument('user specified IP address is supported only when connecting to networks with user configured subnets');
  if (settings?.Aliases?.length && PREDEFINED_NETWORKS.has(net.name)) throw invalidArgument('network-scoped alias is supported only for containers in user defined networks');
  const stored: StoredEndpoint = net.id ? { NetworkID: net.id } : {};
  if (ipam && (ipam.IPv4Address || ipam.IPv6Address || ipam.LinkLocalIPs?.length)) stored.IPAMConfig = ipam;
  if (settings?.Links?.length) stored.Links = settings.Links;
  if (settings?.Aliases?.length) stored.Aliases = settings.Aliases;
  const mac = settings?.MacAddress || legacyMac;
  if (mac) stored.MacAddress = mac;
  if (settings?.DriverOpts && Object.keys(settings.DriverOpts).length) stored.DriverOpts = settings.DriverOpts;
  return stored;
}

/**
 * `--link name:alias` as HostConfig carries it: the docker CLI sends `name:alias` (or `name`),
 * dockerd stores `/name:/container/alias`. Returns the linked container's ref and the alias.
 */
export function parseLink(link: string): { ref: string; alias: string } {
  const sep = link.indexOf(':');
  const ref = (sep < 0 ? link : link.slice(0, sep)).replace(/^\//, '');
  let alias = sep < 0 ? ref : link.slice(sep + 1);
  // The stored form's alias is `/container/alias`.
  if (alias.startsWith('/')) alias = alias.slice(alias.lastIndexOf('/') + 1);
  if (!ref) throw invalidArgument(`invalid link: ${link}`);
  return { ref, alias: alias || ref };
}
