/**
 * Container administration endpoints (rename, update, prune) as a `ContainerAdminApi` over a
 * `Client`: `await containerAdminOf(client).rename('old', 'new')`.
 */
import type { ContainerPruneResponse, ContainerUpdateRequest, ContainerUpdateResponse } from '@berth/api-types';
import { internal } from '@berth/errdefs';
import type { Client, Filters } from './client';
import { readAll } from './transport';

export type { ContainerPruneResponse, ContainerUpdateRequest, ContainerUpdateResponse } from '@berth/api-types';

async function json<T>(res: import('node:http').IncomingMessage): Promise<T> {
  const body = await readAll(res);
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw internal(`malformed JSON response from the daemon: ${body.toString('utf8').slice(0, 200)}`);
  }
}

function encodeFilters(filters: Filters): string | undefined {
  if (Object.keys(filters).length === 0) return undefined;
  return JSON.stringify(Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, Object.fromEntries(values.map((v) => [v, true]))])));
}

const containerPath = (id: string, action: string) => `/containers/${encodeURIComponent(id)}/${action}`;

export class ContainerAdminApi {
  constructor(private readonly client: Client) {}

  /** `docker rename`. */
  async rename(id: string, newName: string): Promise<void> {
    await readAll(await this.client.request({ method: 'POST', path: containerPath(id, 'rename'), query: { name: newName } }));
  }

  /** `docker update`: resources and restart policy; the daemon's warnings come back. */
  async update(id: string, body: ContainerUpdateRequest): Promise<ContainerUpdateResponse> {
    return json(await this.client.request({ method: 'POST', path: containerPath(id, 'update'), json: body }));
  }

  /** `docker container prune`: filters `until`, `label`, `label!`. */
  async prune(filters: Filters = {}): Promise<ContainerPruneResponse> {
    return json(await this.client.request({ method: 'POST', path: '/containers/prune', query: { filters: encodeFilters(filters) } }));
  }
}

/** The container administration endpoints of `client`. */
export function containerAdminOf(client: Client): ContainerAdminApi {
  return new ContainerAdminApi(client);
}
