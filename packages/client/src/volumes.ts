/**
 * The volume endpoints as a `VolumeApi` over a `Client`: `await volumesOf(client).create({ Name: 'data' })`.
 */
import type { VolumeCreateBody, VolumeJson, VolumeListResponse } from '@berth/api-types';
import { encodeFilters, parseJson, type Client, type Filters } from './client';
import { systemOf, type VolumePruneResponse } from './system';
import { readAll, type RequestOptions } from './transport';

export type { VolumeCreateBody, VolumeJson, VolumeListResponse } from '@berth/api-types';

export class VolumeApi {
  constructor(private readonly client: Client) {}

  private async json<T>(options: RequestOptions): Promise<T> {
    return parseJson<T>(await readAll(await this.client.request(options)));
  }

  /** `GET /volumes`: filters `dangling`, `driver`, `label`, `name`. */
  list(filters: Filters = {}): Promise<VolumeListResponse> {
    return this.json({ method: 'GET', path: '/volumes', query: { filters: encodeFilters(filters) } });
  }

  create(body: VolumeCreateBody): Promise<VolumeJson> {
    return this.json({ method: 'POST', path: '/volumes/create', json: body });
  }

  inspect(name: string): Promise<VolumeJson> {
    return this.json({ method: 'GET', path: `/volumes/${encodeURIComponent(name)}` });
  }

  async remove(name: string, force = false): Promise<void> {
    await readAll(await this.client.request({ method: 'DELETE', path: `/volumes/${encodeURIComponent(name)}`, query: { force: force || undefined } }));
  }

  /** `POST /volumes/prune`: filters `label`, `label!`, `all`. */
  prune(filters: Filters = {}): Promise<VolumePruneResponse> {
    return systemOf(this.client).pruneVolumes(filters);
  }
}

export function volumesOf(client: Client): VolumeApi {
  return new VolumeApi(client);
}
