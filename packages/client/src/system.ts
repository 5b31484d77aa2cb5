/**
 * The prunes of networks, volumes and the build cache that `system prune` runs besides the
 * container and image ones: `await systemOf(client).pruneNetworks(filters)`.
 */
import { internal } from '@berth/errdefs';
import { encodeFilters, type Client, type Filters } from './client';
import { readAll, type QueryValue } from './transport';

export interface NetworkPruneResponse {
  NetworksDeleted: string[] | null;
}

export interface VolumePruneResponse {
  VolumesDeleted: string[] | null;
  SpaceReclaimed: number;
}

export interface BuildCachePruneResponse {
  CachesDeleted: string[] | null;
  SpaceReclaimed: number;
}

export class SystemApi {
  constructor(private readonly client: Client) {}

  private async post<T>(path: string, query: Record<string, QueryValue>): Promise<T> {
    const body = (await readAll(await this.client.request({ method: 'POST', path, query }))).toString('utf8');
    try {
      return JSON.parse(body) as T;
    } catch {
      throw internal(`malformed JSON response from the daemon: ${body.slice(0, 200)}`);
    }
  }

  /** `POST /networks/prune`: filters `until`, `label`, `label!`. */
  pruneNetworks(filters: Filters = {}): Promise<NetworkPruneResponse> {
    return this.post('/networks/prune', { filters: encodeFilters(filters) });
  }

  /** `POST /volumes/prune`: filters `label`, `label!`, `all`. */
  pruneVolumes(filters: Filters = {}): Promise<VolumePruneResponse> {
    return this.post('/volumes/prune', { filters: encodeFilters(filters) });
  }

  /** `POST /build/prune`: `all` takes every cache record, not only the unused ones. */
  pruneBuildCache(filters: Filters = {}, all = false): Promise<BuildCachePruneResponse> {
    return this.post('/build/prune', { all: all || undefined, filters: encodeFilters(filters) });
  }
}

export function systemOf(client: Client): SystemApi {
  return new SystemApi(client);
}
