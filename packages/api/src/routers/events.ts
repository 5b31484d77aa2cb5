import type { EventMessage } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import type { Route } from '../router';
import { startStream } from '../streams';
import { parseFilterArgs, type FilterArgs } from './images';

/** The daemon's event log as `GET /events` needs it (the engine's EventLog). */
export interface EventsBackend {
  /**
   * Kept events in the window (nanoseconds since the epoch) that the filters select, and each new
   * one they select to `listener` until unsubscribed. InvalidArgument for a filter it does not know.
   */
  subscribe(listener: (event: EventMessage) => void, subscription: { since?: bigint; until?: bigint; filters?: FilterArgs }): { past: EventMessage[]; unsubscribe(): void };
}

/** Bytes a client may leave unread before new events are dropped for it (dockerd drops for slow readers too). */
const MAX_UNREAD = 8 * 1024 * 1024;

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * `since`/`until` as the API carries them, Unix seconds with an optional fraction (`secs[.nanos]`;
 * the CLIs turn dates and durations into this), in nanoseconds; `undefined` when absent.
 */
export function parseEventTimestamp(value: string | null, name: string): bigint | undefined {
  if (value === null || value === '') return undefined;
  const m = /^(-?\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) throw invalidArgument(`invalid ${name} timestamp "${value}": want seconds since the epoch, as secs[.nanos]`);
  // As docker's api/types/time: the fraction is scaled to nanoseconds by its number of digits.
  const nanos = BigInt((m[2] ?? '').slice(0, 9).padEnd(9, '0'));
  const seconds = BigInt(m[1]);
  return seconds * 1_000_000_000n + (m[1].startsWith('-') ? -nanos : nanos);
}

/**
 * One event as dockerd's JSON encoder writes it, newline-terminated. `timeNano` is written from its
 * exact integer value: JavaScript would print a number past 2^53 with its shortest digits instead.
 */
export function encodeEvent(event: EventMessage): string {
  const { timeNano, ...rest } = event;
  return `${JSON.stringify(rest).slice(0, -1)},"timeNano":${BigInt(timeNano)}}\n`;
}

export function eventRoutes(backend: EventsBackend): Route[] {
  return [{
    method: 'GET',
    path: '/events',
    handler: async ({ req, res }) => {
      const sinceText = req.query.get('since');
      const untilText = req.query.get('until');
      const since = parseEventTimestamp(sinceText, 'since');
      const until = parseEventTimestamp(untilText, 'until');
      if (until !== undefined && since !== undefined && until < since) {
        throw invalidArgument(`\`since\` time (${sinceText}) cannot be after \`until\` time (${untilText})`);
      }
      const filters = parseFilterArgs(req.query);
      const send = (event: EventMessage) => {
        if (res.writableLength < MAX_UNREAD && !res.writableEnded) res.write(encodeEvent(event));
      };
      // Subscribed before the status line, so a bad filter is still a 400; live events cannot
      // arrive before the replay is written (both happen in this tick).
      const { past, unsubscribe } = backend.subscribe(send, { since, until, filters });
      // The docker CLI reports nothing until it has the status line: send it at once.
      startStream(res, 'application/json');
      for (const event of past) res.write(encodeEvent(event));
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        unsubscribe();
        if (timer) clearTimeout(timer);
        if (!res.writableEnded) res.end();
      };
      res.on('close', finish);
      // An `until` in the past: the replay is all; one in the future ends the stream then (in
      // steps: a timer cannot wait longer than MAX_TIMER_MS).
      const untilReached = () => {
        const left = until === undefined ? undefined : Number((until - BigInt(Date.now()) * 1_000_000n) / 1_000_000n);
        if (left === undefined) return;
        if (left < 0) finish();
        else timer = setTimeout(untilReached, Math.min(left + 1, MAX_TIMER_MS));
      };
      untilReached();
      return 'handled';
    },
  }];
}
