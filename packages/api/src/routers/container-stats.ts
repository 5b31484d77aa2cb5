import type { ContainerTopResponse, StatsResponse } from '@berth/api-types';
import { boolParam, type Route } from '../router';

/** What a container looks like from inside (moby's statsBackend + ContainerTop). */
export interface ContainerStatsBackend {
  /** `ps_args` as the client sent it (empty: the default `-ef`). */
  top(id: string, psArgs?: string): Promise<ContainerTopResponse>;
  /** Samples until the container is removed, the signal aborts, or (without `stream`) after one. */
  stats(id: string, opts: { stream: boolean; oneShot: boolean; signal?: AbortSignal }): AsyncIterable<StatsResponse>;
}

export function isContainerStatsBackend(backend: object): backend is ContainerStatsBackend {
  const b = backend as Partial<ContainerStatsBackend>;
  return typeof b.top === 'function' && typeof b.stats === 'function';
}

/** A boolean query parameter with a default when absent (`stream` defaults to true). */
function boolOr(query: URLSearchParams, name: string, fallback: boolean): boolean {
  return query.has(name) ? boolParam(query, name) : fallback;
}

export function containerStatsRoutes(backend: ContainerStatsBackend): Route[] {
  return [
    {
      method: 'GET',
      path: '/containers/{id}/top',
      handler: async ({ req }) => ({ json: await backend.top(req.params.id, req.query.get('ps_args') ?? '') }),
    },
    {
      method: 'GET',
      path: '/containers/{id}/stats',
      handler: async ({ req, res }) => {
        const stream = boolOr(req.query, 'stream', true);
        const oneShot = boolOr(req.query, 'one-shot', false);
        const abort = new AbortController();
        res.on('close', () => abort.abort());
        const samples = backend.stats(req.params.id, { stream, oneShot, signal: abort.signal })[Symbol.asyncIterator]();
        // The first sample comes before the headers: an unknown container or bad parameters are
        // still an error status rather than a cut stream.
        let next = await samples.next();
        res.writeHead(200, { 'Content-Type': 'application/json' });
        for (; !next.done && !abort.signal.aborted; next = await samples.next()) res.write(`${JSON.stringify(next.value)}\n`);
        if (abort.signal.aborted) await samples.return?.(undefined);
        res.end();
        return 'handled';
      },
    },
  ];
}
