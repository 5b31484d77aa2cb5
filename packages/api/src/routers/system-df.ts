import type { SystemDfResponse } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import type { Route } from '../router';

/** Disk usage of images, containers, volumes and the build cache (`docker system df`). */
export interface DiskUsageBackend {
  diskUsage(): Promise<SystemDfResponse>;
}

const TYPES = ['container', 'image', 'volume', 'build-cache'] as const;

export function systemDfRoutes(backend: DiskUsageBackend): Route[] {
  return [
    {
      method: 'GET',
      path: '/system/df',
      handler: async ({ req }) => {
        const types = req.query.getAll('type');
        for (const t of types) if (!(TYPES as readonly string[]).includes(t)) throw invalidArgument(`unknown object type: ${t}`);
        const usage = await backend.diskUsage();
        if (types.length === 0) return { json: usage };
        // Only the kinds asked for (API 1.42+), as dockerd answers: the others are left out.
        const json: Partial<SystemDfResponse> = {};
        if (types.includes('image')) {
          json.Images = usage.Images;
          json.LayersSize = usage.LayersSize;
        }
        if (types.includes('container')) json.Containers = usage.Containers;
        if (types.includes('volume')) json.Volumes = usage.Volumes;
        if (types.includes('build-cache')) json.BuildCache = usage.BuildCache;
        return { json };
      },
    },
  ];
}
