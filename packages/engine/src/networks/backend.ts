/**
 * The network endpoints' backend (dockerd's daemon/network.go): the Engine API's JSON for
 * @berth/network's networks, list filters and prune with dockerd's rules and words; connect and
 * disconnect go through the container service, which owns the containers' records.
 */
import { matchAny, parseGoBool } from '../filters';
import type {
  EndpointResource, EndpointSettings, NetworkConnectRequest, NetworkCreateRequest, NetworkCreateResponse, NetworkDisconnectRequest, NetworkPruneResponse, NetworkResource,
} from '@berth/api-types';
import { invalidArgument, notFound } from '@berth/errdefs';
import type { NetworkController, NetworkState } from '@berth/network';
import { matchLabels } from '../containers/list';
import { pruneMatcher } from '../containers/prune';
import { PREDEFINED_NETWORKS } from './modes';

export type NetworkFilters = Record<string, string[]>;

/** What the networks router needs (the api package's NetworkBackend has this shape). */
export interface EngineNetworks {
  list(filters: NetworkFilters): Promise<NetworkResource[]>;
  inspect(ref: string, opts: { verbose: boolean; scope?: string }): Promise<NetworkResource>;
  create(body: NetworkCreateRequest): Promise<NetworkCreateResponse>;
  remove(ref: string): Promise<void>;
  prune(filters: NetworkFilters): Promise<NetworkPruneResponse>;
  connect(ref: string, body: NetworkConnectRequest): Promise<void>;
  disconnect(ref: string, body: NetworkDisconnectRequest): Promise<void>;
}

/** What connect/disconnect need of the container service. */
export interface NetworkedContainers {
  connectNetwork(container: string, network: string, settings: EndpointSettings | undefined): Promise<void>;
  disconnectNetwork(container: string, network: string, force: boolean): Promise<void>;
}

const LIST_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

/** Keys in Go's order: dockerd marshals maps sorted, and clients print them as they come. */
function sortedMap(map: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The Engine API's NetworkResource; `Containers` only on inspect (dockerd leaves it empty in lists). */
export function networkResource(net: NetworkState, containers: Record<string, EndpointResource> = {}): NetworkResource {
  return {
    Name: net.name,
    Id: net.id,
    Created: net.created,
    Scope: net.scope,
    Driver: net.driver,
    EnableIPv4: net.enableIPv4,
    EnableIPv6: net.enableIPv6,
    IPAM: {
      Driver: net.ipam.driver,
      // dockerd sends null for a network created without IPAM options (the predefined ones).
      Options: PREDEFINED_NETWORKS.has(net.name) && Object.keys(net.ipam.options).length === 0 ? null : sortedMap(net.ipam.options),
      Config: net.ipam.config.map((c) => ({ ...c })),
    },
    Internal: net.internal,
    Attachable: net.attachable,
    Ingress: net.ingress,
    ConfigFrom: { Network: net.configFrom ?? '' },
    ConfigOnly: net.configOnly,
    Containers: containers,
    Options: sortedMap(net.options),
    Labels: sortedMap(net.labels),
  };
}



/** dockerd's network list filters (daemon/network/filter.go), checked first. */
export function networkFilter(filters: NetworkFilters, inUse: (net: NetworkState) => boolean): (net: NetworkState) => boolean {
  for (const key of Object.keys(filters)) if (!LIST_FILTERS.includes(key)) throw invalidArgument(`invalid filter '${key}'`);
  for (const value of filters.type ?? []) {
    if (value !== 'custom' && value !== 'builtin') throw invalidArgument(`invalid filter: 'type'='${value}'`);
  }
  let dangling: boolean | undefined;
  for (const value of filters.dangling ?? []) {
    const parsed = parseGoBool(value);
    if (parsed === undefined) throw invalidArgument(`invalid filter 'dangling=${value}'`);
    dangling = parsed;
  }
  return (net) => {
    if (filters.driver?.length && !filters.driver.includes(net.driver)) return false;
    if (filters.scope?.length && !filters.scope.includes(net.scope)) return false;
    if (!matchAny(filters.name, net.name)) return false;
    if (!matchAny(filters.id, net.id)) return false;
    if (!matchLabels(filters.label, net.labels)) return false;
    if (filters.type?.length) {
      const type = PREDEFINED_NETWORKS.has(net.name) ? 'builtin' : 'custom';
      if (!filters.type.includes(type)) return false;
    }
    // dockerd: a dangling network is a custom one no container uses.
    if (dangling !== undefined && dangling !== (!PREDEFINED_NETWORKS.has(net.name) && !inUse(net))) return false;
    return true;
  };
}

export function createEngineNetworks(controller: NetworkController, containers: NetworkedContainers): EngineNetworks {
  const containersOf = (net: NetworkState): Record<string, EndpointResource> => {
    const out: Record<string, EndpointResource> = {};
    for (const ep of controller.endpoints(net.id)) {
      out[ep.containerId] = { Name: ep.containerName, EndpointID: ep.id, MacAddress: ep.macAddress, IPv4Address: ep.ipv4 ?? '', IPv6Address: ep.ipv6 ?? '' };
    }
    return out;
  };
  const inUse = (net: NetworkState) => controller.endpoints(net.id).length > 0;

  return {
    async list(filters) {
      const keep = networkFilter(filters, inUse);
      return controller.networks().filter(keep).map((net) => networkResource(net));
    },

    async inspect(ref, opts) {
      const net = controller.network(ref);
      // dockerd: a scope other than the network's finds nothing.
      if (opts.scope && opts.scope !== net.scope) throw notFound(`network ${ref} not found`);
      return networkResource(net, containersOf(net));
    },

    async create(body) {
      if (!body || typeof body.Name !== 'string' || body.Name === '') throw invalidArgument('invalid name: name is empty');
      const net = await controller.createNetwork(body);
      return { Id: net.id, Warning: '' };
    },

    async remove(ref) {
      await controller.removeNetwork(ref);
    },

    async prune(filters) {
      const keep = pruneMatcher(filters);
      const deleted: string[] = [];
      for (const net of controller.networks()) {
        if (PREDEFINED_NETWORKS.has(net.name) || inUse(net) || !keep(net.created, net.labels)) continue;
        try {
          await controller.removeNetwork(net.id);
        } catch {
          continue; // taken into use (or removed) meanwhile: dockerd skips it too
        }
        deleted.push(net.name);
      }
      return { NetworksDeleted: deleted.length ? deleted : null };
    },

    async connect(ref, body) {
      if (!body?.Container) throw invalidArgument('no container specified');
      await containers.connectNetwork(body.Container, ref, body.EndpointConfig ?? undefined);
    },

    async disconnect(ref, body) {
      if (!body?.Container) throw invalidArgument('no container specified');
      await containers.disconnectNetwork(body.Container, ref, !!body.Force);
    },
  };
}
