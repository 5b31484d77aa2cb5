/**
 * Administration of containers: rename, update (resources and restart policy), prune; and the
 * query parameters of listing (`all`, `limit`, `size`, `filters`) and of inspect's `size`.
 */
import type { ContainerPruneResponse, ContainerSummary, ContainerUpdateRequest, ContainerUpdateResponse } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { boolParam, type Route } from '../router';
import { parseFilterArgs, type FilterArgs } from './images';

/** `GET /containers/json` options. */
export interface ContainerListQuery {
  all: boolean;
  limit?: number;
  size: boolean;
  filters: FilterArgs;
}

/** What listing with sizes and `inspect?size=1` need beyond the container query backend. */
export interface ContainerSizeBackend {
  list(opts: ContainerListQuery): Promise<ContainerSummary[]>;
  sizeOf(id: string): Promise<{ SizeRw: number; SizeRootFs: number }>;
}

/** moby's container admin routes: rename, update, prune. */
export interface ContainerAdminBackend {
  rename(id: string, newName: string): Promise<void>;
  update(id: string, req: ContainerUpdateRequest): Promise<ContainerUpdateResponse>;
  prune(filters: FilterArgs): Promise<ContainerPruneResponse>;
}

export function isContainerAdminBackend(backend: object): backend is ContainerAdminBackend {
  const b = backend as Partial<ContainerAdminBackend>;
  return typeof b.rename === 'function' && typeof b.update === 'function' && typeof b.prune === 'function';
}

/** The list query as dockerd reads it: `limit` an integer (non-positive: no limit). */
export function listQuery(query: URLSearchParams): ContainerListQuery {
  const limitText = query.get('limit');
  let limit: number | undefined;
  if (limitText !== null && limitText !== '') {
    if (!/^[+-]?\d+$/.test(limitText)) throw invalidArgument(`strconv.Atoi: parsing ${JSON.stringify(limitText)}: invalid syntax`);
    limit = Number(limitText);
  }
  return { all: boolParam(query, 'all'), limit, size: boolParam(query, 'size'), filters: parseFilterArgs(query) };
}

export function containerAdminRoutes(backend: ContainerAdminBackend): Route[] {
  return [
    {
      method: 'POST',
      path: '/containers/{id}/rename',
      handler: async ({ req }) => {
        await backend.rename(req.params.id, req.query.get('name') ?? '');
      },
    },
    {
      method: 'POST',
      path: '/containers/{id}/update',
      handler: async ({ req }) => {
        const body = await req.json<ContainerUpdateRequest | null>();
        return { json: await backend.update(req.params.id, body ?? {}) };
      },
    },
    {
      method: 'POST',
      path: '/containers/prune',
      handler: async ({ req }) => ({ json: await backend.prune(parseFilterArgs(req.query)) }),
    },
  ];
}
