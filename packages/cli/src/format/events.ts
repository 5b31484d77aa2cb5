/** How `docker events` prints an event: its default line, and the data `--format` templates see. */
import type { EventMessage } from '@berth/client';

/**
 * Go's `2006-01-02T15:04:05.000000000Z07:00` in the zone `offsetMinutes` east of UTC (the local
 * zone by default), for nanoseconds since the epoch.
 */
export function rfc3339NanoFixed(nanos: bigint, offsetMinutes = -new Date(Number(nanos / 1_000_000n)).getTimezoneOffset()): string {
  const seconds = nanos / 1_000_000_000n;
  const fraction = (nanos % 1_000_000_000n).toString().padStart(9, '0');
  const local = new Date(Number(seconds) * 1000 + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}.${fraction}Z`;
  const abs = Math.abs(offsetMinutes);
  const zone = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}.${fraction}${zone}`;
}

/** The event's time in nanoseconds: `timeNano`, else `time` (old daemons). */
function nanosOf(event: EventMessage): bigint | undefined {
  if (event.timeNano) return BigInt(event.timeNano);
  if (event.time) return BigInt(event.time) * 1_000_000_000n;
  return undefined;
}

/** `<time> <type> <action> <id> (k=v, ...)`: docker's line, attributes sorted by key. */
export function eventLine(event: EventMessage, offsetMinutes?: number): string {
  const nanos = nanosOf(event);
  const time = nanos === undefined ? '' : `${rfc3339NanoFixed(nanos, offsetMinutes)} `;
  const attributes = event.Actor?.Attributes ?? {};
  const keys = Object.keys(attributes).sort();
  const suffix = keys.length > 0 ? ` (${keys.map((k) => `${k}=${attributes[k]}`).join(', ')})` : '';
  return `${time}${event.Type} ${event.Action} ${event.Actor?.ID ?? ''}${suffix}\n`;
}

/**
 * An event as docker's `--format` template sees it: Go's field names (`.Type`, `.Actor.ID`,
 * `.Scope`, `.TimeNano`), and `{{json .}}` gives the wire form.
 */
export function eventTemplateData(event: EventMessage): object {
  const data = {
    Status: event.status ?? '',
    ID: event.id ?? '',
    From: event.from ?? '',
    Type: event.Type ?? '',
    Action: event.Action ?? '',
    Actor: { ID: event.Actor?.ID ?? '', Attributes: event.Actor?.Attributes ?? {} },
    Scope: event.scope ?? '',
    Time: event.time ?? 0,
    TimeNano: event.timeNano ? BigInt(event.timeNano) : 0n,
  };
  // `{{json .}}` gives the wire form (its timeNano printed as JavaScript prints numbers; `--format json` is exact).
  Object.defineProperty(data, 'toJSON', { value: () => event, enumerable: false });
  return data;
}

/** The event's JSON as the daemon's encoder writes it, with `timeNano`'s exact integer digits. */
export function eventJson(event: EventMessage): string {
  const { timeNano, ...rest } = event;
  if (!timeNano) return JSON.stringify(rest);
  return `${JSON.stringify(rest).slice(0, -1)},"timeNano":${BigInt(timeNano)}}`;
}
