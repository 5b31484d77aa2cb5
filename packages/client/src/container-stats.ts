/**
 * What runs inside a container, as the Docker Engine API shows it: `top` (its processes as `ps`
 * lists them) and `stats` (samples of its resource usage), as a `ContainerStatsApi` over a
 * `Client`: `for await (const s of await containerStatsOf(client).stats('web')) ...`.
 */
import type { ContainerTopResponse, StatsResponse } from '@berth/api-types';
import { internal } from '@berth/errdefs';
import type { Client } from './client';
import { jsonMessages } from './streams';
import { readAll } from './transport';

export type { ContainerTopResponse, StatsResponse } from '@berth/api-types';

export interface StatsRequest {
  /** Keep sampling every second until the caller stops iterating (default true). */
  stream?: boolean;
  /** Without streaming: answer at once, without waiting for a second sample (so no CPU %). */
  oneShot?: boolean;
}

const path = (id: string, what: string) => `/containers/${encodeURIComponent(id)}/${what}`;

export class ContainerStatsApi {
  constructor(private readonly client: Client) {}

  /** `GET /containers/{id}/top`; `psArgs` are `ps` options as words (`['-o', 'pid,comm']`). */
  async top(id: string, psArgs: string[] = []): Promise<ContainerTopResponse> {
    const res = await this.client.request({ method: 'GET', path: path(id, 'top'), query: { ps_args: psArgs.length > 0 ? psArgs.join(' ') : undefined } });
    const body = await readAll(res);
    try {
      return JSON.parse(body.toString('utf8')) as ContainerTopResponse;
    } catch {
      throw internal(`malformed JSON response from the daemon: ${body.toString('utf8').slice(0, 200)}`);
    }
  }

  /**
   * `GET /containers/{id}/stats`. Resolves once the daemon answered (a missing container rejects
   * here); the samples follow. Stopping the iteration closes the connection.
   */
  async stats(id: string, options: StatsRequest = {}): Promise<AsyncGenerator<StatsResponse>> {
    const stream = options.stream ?? true;
    // `stream=0` must be sent: the daemon streams when the parameter is absent.
    const res = await this.client.request({ method: 'GET', path: path(id, 'stats'), query: { stream: stream ? '1' : '0', 'one-shot': options.oneShot } });
    return (async function* samples() {
      try {
        for await (const message of jsonMessages(res)) yield message as unknown as StatsResponse;
      } finally {
        res.destroy();
      }
    })();
  }
}

export function containerStatsOf(client: Client): ContainerStatsApi {
  return new ContainerStatsApi(client);
}
