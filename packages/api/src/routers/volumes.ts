/**
 * `/volumes`: list (with dockerd's filters), create, inspect, remove and prune. The rules live in the
 * backend (the engine's volume API); this maps requests and status codes as the Engine API does.
 */
import type { VolumeCreateBody, VolumeJson, VolumeListResponse, VolumePruneResponse } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { boolParam, type Route } from '../router';
import { parseFilterArgs, type FilterArgs } from './images';

export interface VolumeBackend {
  list(filters: FilterArgs): Promise<VolumeListResponse>;
  create(body: VolumeCreateBody): Promise<VolumeJson>;
  inspect(name: string): Promise<VolumeJson>;
  remove(name: string, force: boolean): Promise<void>;
  prune(filters: FilterArgs): Promise<VolumePruneResponse>;
}

export function volumeRoutes(backend: VolumeBackend): Route[] {
  return [
    { method: 'GET', path: '/volumes', handler: async ({ req }) => ({ json: await backend.list(parseFilterArgs(req.query)) }) },
    {
      method: 'POST',
      path: '/volumes/create',
      handler: async ({ req }) => {
        const body = (await req.json<VolumeCreateBody | null>()) ?? {};
        if (typeof body !== 'object' || Array.isArray(body)) throw invalidArgument('invalid JSON: expected a volume create request');
        return { status: 201, json: await backend.create(body) };
      },
    },
    { method: 'POST', path: '/volumes/prune', handler: async ({ req }) => ({ json: await backend.prune(parseFilterArgs(req.query)) }) },
    { method: 'GET', path: '/volumes/{name}', handler: async ({ req }) => ({ json: await backend.inspect(req.params.name) }) },
    {
      method: 'DELETE',
      path: '/volumes/{name}',
      handler: async ({ req }) => {
        await backend.remove(req.params.name, boolParam(req.query, 'force'));
        return { status: 204 };
      },
    },
  ];
}
