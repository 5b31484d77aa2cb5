/**
 * The network endpoints as a `NetworkApi` over a `Client`: `await networksOf(client).create({ Name: 'web' })`.
 */
import type {
  EndpointSettings, NetworkCreateRequest, NetworkCreateResponse, NetworkResource,
} from '@berth/api-types';
import { encodeFilters, parseJson, type Client, type Filters } from './client';
import { systemOf, type NetworkPruneResponse } from './system';
import { readAll, type RequestOptions } from './transport';

export type {
  EndpointIPAMConfig, EndpointResource, EndpointSettings, IPAM, IPAMConfig, NetworkConnectRequest, NetworkCreateRequest, NetworkCreateResponse,
  NetworkDisconnectRequest, NetworkingConfig, NetworkResource, NetworkSettings, Port, PortBinding, PortMap,
} from '@berth/api-types';

export class NetworkApi {
  constructor(private readonly client: Client) {}

  private async json<T>(options: RequestOptions): Promise<T> {
    return parseJson<T>(await readAll(await this.client.request(options)));
  }

  private async send(options: RequestOptions): Promise<void> {
    await readAll(await this.client.request(options));
  }

  /** `GET /networks`: filters `dangling`, `driver`, `id`, `label`, `name`, `scope`, `type`. */
  list(filters: Filters = {}): Promise<NetworkResource[]> {
    return this.json({ method: 'GET', path: '/networks', query: { filters: encodeFilters(filters) } });
  }

  create(body: NetworkCreateRequest): Promise<NetworkCreateResponse> {
    return this.json({ method: 'POST', path: '/networks/create', json: body });
  }

  /** `verbose` adds a swarm network's services; `scope` picks among same-named networks. */
  inspect(ref: string, opts: { verbose?: boolean; scope?: string } = {}): Promise<NetworkResource> {
    return this.json({ method: 'GET', path: `/networks/${encodeURIComponent(ref)}`, query: { verbose: opts.verbose ? 'true' : undefined, scope: opts.scope || undefined } });
  }

  remove(ref: string): Promise<void> {
    return this.send({ method: 'DELETE', path: `/networks/${encodeURIComponent(ref)}` });
  }

  connect(ref: string, container: string, endpointConfig?: EndpointSettings): Promise<void> {
    return this.send({ method: 'POST', path: `/networks/${encodeURIComponent(ref)}/connect`, json: { Container: container, EndpointConfig: endpointConfig } });
  }

  disconnect(ref: string, container: string, force = false): Promise<void> {
    return this.send({ method: 'POST', path: `/networks/${encodeURIComponent(ref)}/disconnect`, json: { Container: container, Force: force } });
  }

  /** `POST /networks/prune`: filters `until`, `label`, `label!`. */
  prune(filters: Filters = {}): Promise<NetworkPruneResponse> {
    return systemOf(this.client).pruneNetworks(filters);
  }
}

export function networksOf(client: Client): NetworkApi {
  return new NetworkApi(client);
}
