/**
 * The daemon's events (`GET /events`) as an `EventApi` over a `Client`:
 * `for await (const e of await eventsOf(client).stream({ since: '10m' })) console.log(e.Action)`.
 */
import type { IncomingMessage } from 'node:http';
import type { EventMessage } from '@berth/api-types';
import { encodeFilters, type Client, type Filters } from './client';
import { jsonLines } from './streams';
import { apiTimestamp } from './timestamp';

export type { EventMessage } from '@berth/api-types';

export interface EventsOptions {
  /** Replay kept events from then on: Unix seconds, an RFC 3339 date(-time) or a Go duration ago. */
  since?: string;
  /** Stop then (same forms); in the past, only the replay is sent. */
  until?: string;
  filters?: Filters;
  /** Ends the stream (the connection is closed) when aborted. */
  signal?: AbortSignal;
}

export class EventApi {
  constructor(private readonly client: Client) {}

  /**
   * Events as the daemon sends them; resolves once the daemon answered (a bad filter or time is
   * thrown here), the stream ends with `until` or the signal.
   */
  async stream(options: EventsOptions = {}): Promise<AsyncIterable<EventMessage>> {
    const now = new Date();
    const res: IncomingMessage = await this.client.request({
      method: 'GET',
      path: '/events',
      query: {
        since: options.since ? apiTimestamp(options.since, now) : undefined,
        until: options.until ? apiTimestamp(options.until, now) : undefined,
        filters: encodeFilters(options.filters),
      },
    });
    const { signal } = options;
    if (signal) {
      const close = () => res.destroy();
      if (signal.aborted) close();
      else signal.addEventListener('abort', close, { once: true });
    }
    return endQuietly(jsonLines<EventMessage>(res), res);
  }
}

/** A stream the caller closed ends without an error. */
async function* endQuietly(events: AsyncIterable<EventMessage>, res: IncomingMessage): AsyncGenerator<EventMessage> {
  try {
    yield* events;
  } catch (err) {
    if (!res.destroyed) throw err;
  }
}

export function eventsOf(client: Client): EventApi {
  return new EventApi(client);
}
