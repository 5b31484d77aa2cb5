/**
 * The prune endpoints of the kinds of object berth does not have yet: networks (beyond host and
 * none, which are never pruned) and the build cache (volumes have their own, routers/volumes.ts). `docker system prune` calls
 * `POST /networks/prune` and `POST /build/prune` (and `POST /volumes/prune` with `--volumes`)
 * after the container prune and fails if any of them fails, so berthd answers them as dockerd
 * does when there is nothing to remove: the filters are checked with dockerd's rules and words,
 * and the report is empty. The volume and network issues replace these with real ones.
 */
import type { EventActor, EventType } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import type { Route } from '../router';
import { parseFilterArgs, type FilterArgs } from './images';

/** The filter keys dockerd accepts for each prune (daemon/network, builder-next). */
const NETWORK_FILTERS = ['label', 'label!', 'until'];
const BUILD_FILTERS = ['label', 'label!', 'until', 'unused-for', 'id', 'parent', 'type', 'description', 'inuse', 'shared', 'private'];

/** Where the prunes are reported: dockerd logs a `prune` event of each kind, reclaimed 0 here. */
export interface PruneEventSink {
  publish(input: { type: EventType; action: string; actor: EventActor }): unknown;
}

export function isPruneEventSink(backend: object | undefined): backend is PruneEventSink {
  return typeof (backend as Partial<PruneEventSink> | undefined)?.publish === 'function';
}

function checked(query: URLSearchParams, accepted: string[]): FilterArgs {
  const filters = parseFilterArgs(query);
  for (const key of Object.keys(filters)) if (!accepted.includes(key)) throw invalidArgument(`invalid filter '${key}'`);
  return filters;
}

export function systemPruneRoutes(events?: PruneEventSink): Route[] {
  const pruned = (type: EventType) => events?.publish({ type, action: 'prune', actor: { ID: '', Attributes: { reclaimed: '0' } } });
  return [
    {
      method: 'POST',
      path: '/networks/prune',
      handler: async ({ req }) => {
        checked(req.query, NETWORK_FILTERS);
        pruned('network');
        return { json: { NetworksDeleted: null } };
      },
    },
    {
      method: 'POST',
      path: '/build/prune',
      handler: async ({ req }) => {
        checked(req.query, BUILD_FILTERS);
        pruned('builder');
        return { json: { CachesDeleted: null, SpaceReclaimed: 0 } };
      },
    },
  ];
}
