/**
 * `/networks`: list, inspect, create, remove, prune, connect and disconnect (moby's network router).
 * The rules (names, IPAM, drivers, endpoints) live in the backend, the engine's network service;
 * this checks what dockerd's router checks itself — filter keys, the `verbose` flag, API-version
 * gated fields, a body that is an object — and answers with the Engine API's status codes.
 */
import type {
  EventActor, EventType, NetworkConnectRequest, NetworkCreateRequest, NetworkCreateResponse, NetworkDisconnectRequest, NetworkPruneResponse,
  NetworkResource,
} from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { compareVersions, type ApiRequest, type Route } from '../router';
import { parseFilterArgs, type FilterArgs } from './images';

export interface NetworkBackend {
  /** Filters already checked against LIST_FILTERS; `Containers` may be left `{}` as dockerd does in lists. */
  list(filters: FilterArgs): Promise<NetworkResource[]>;
  /** By full id, exact name, then unique id prefix (dockerd's order); notFound(`network ${ref} not found`). */
  inspect(ref: string, opts: { verbose: boolean; scope?: string }): Promise<NetworkResource>;
  create(body: NetworkCreateRequest): Promise<NetworkCreateResponse>;
  remove(ref: string): Promise<void>;
  /** Filters already checked against PRUNE_FILTERS; the router reports the `prune` event. */
  prune(filters: FilterArgs): Promise<NetworkPruneResponse>;
  connect(ref: string, body: NetworkConnectRequest): Promise<void>;
  disconnect(ref: string, body: NetworkDisconnectRequest): Promise<void>;
}

/** Where a prune is reported: dockerd logs a network `prune` event (reclaimed 0) after every prune. */
export interface NetworkEventSink {
  publish(input: { type: EventType; action: string; actor: EventActor }): unknown;
}

/** The filter keys dockerd accepts (api/types/network acceptedFilters, daemon's prune filters). */
export const LIST_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];
export const PRUNE_FILTERS = ['label', 'label!', 'until'];

function checkedFilters(query: URLSearchParams, accepted: string[]): FilterArgs {
  const filters = parseFilterArgs(query);
  for (const key of Object.keys(filters)) if (!accepted.includes(key)) throw invalidArgument(`invalid filter '${key}'`);
  return filters;
}

/** Go's strconv.ParseBool, which dockerd uses for `verbose` (unlike most flags, bad text is an error). */
function parseGoBool(name: string, text: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  throw invalidArgument(`invalid value for ${name}: ${text}: strconv.ParseBool: parsing "${text}": invalid syntax`);
}

/** The JSON body as an object; `null`/missing is `{}` (Go decodes it into a zero struct); anything else is Go's decode error. */
async function objectBody<T extends object>(req: ApiRequest, goType: string): Promise<Partial<T>> {
  const body = (await req.json<unknown>()) ?? {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    const kind = Array.isArray(body) ? 'array' : typeof body === 'boolean' ? 'bool' : typeof body;
    throw invalidArgument(`invalid JSON: json: cannot unmarshal ${kind} into Go value of type ${goType}`);
  }
  return body as Partial<T>;
}

export function networkRoutes(backend: NetworkBackend, events?: NetworkEventSink): Route[] {
  return [
    { method: 'GET', path: '/networks', handler: async ({ req }) => ({ json: await backend.list(checkedFilters(req.query, LIST_FILTERS)) }) },
    {
      method: 'POST',
      path: '/networks/create',
      handler: async ({ req }) => {
        const body = await objectBody<NetworkCreateRequest>(req, 'network.CreateRequest');
        // EnableIPv4 came with API 1.48: an older client's value is not its choice (dockerd drops it).
        if (compareVersions(req.version, '1.48') < 0) delete body.EnableIPv4;
        return { status: 201, json: await backend.create({ ...body, Name: body.Name ?? '' }) };
      },
    },
    {
      method: 'POST',
      path: '/networks/prune',
      handler: async ({ req }) => {
        const report = await backend.prune(checkedFilters(req.query, PRUNE_FILTERS));
        events?.publish({ type: 'network', action: 'prune', actor: { ID: '', Attributes: { reclaimed: '0' } } });
        return { json: { NetworksDeleted: report.NetworksDeleted?.length ? report.NetworksDeleted : null } };
      },
    },
    {
      method: 'GET',
      path: '/networks/{id}',
      handler: async ({ req }) => {
        const verboseText = req.query.get('verbose');
        const verbose = verboseText ? parseGoBool('verbose', verboseText) : false;
        const scope = req.query.get('scope') || undefined;
        return { json: await backend.inspect(req.params.id, { verbose, scope }) };
      },
    },
    {
      method: 'DELETE',
      path: '/networks/{id}',
      handler: async ({ req }) => {
        await backend.remove(req.params.id);
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      path: '/networks/{id}/connect',
      handler: async ({ req }) => {
        const body = await objectBody<NetworkConnectRequest>(req, 'network.ConnectOptions');
        await backend.connect(req.params.id, { ...body, Container: body.Container ?? '' });
        return { status: 200 };
      },
    },
    {
      method: 'POST',
      path: '/networks/{id}/disconnect',
      handler: async ({ req }) => {
        const body = await objectBody<NetworkDisconnectRequest>(req, 'network.DisconnectOptions');
        await backend.disconnect(req.params.id, { ...body, Container: body.Container ?? '' });
        return { status: 200 };
      },
    },
  ];
}
