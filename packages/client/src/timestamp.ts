/**
 * The times users give `--since`/`--until` (`events`, `logs`) as the API takes them: docker's client
 * turns a Go duration (`10m`, relative to now), an RFC 3339 date or date-time (local time without a
 * zone) into Unix seconds, `secs` or `secs.nanos`; a Unix timestamp is sent as given.
 */
import { invalidArgument } from '@berth/errdefs';

const UNIT_NANOS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Go's time.ParseDuration, in nanoseconds; undefined when `value` is not a duration. */
export function parseGoDuration(value: string): number | undefined {
  const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(value);
  if (!m) return value === '0' || value === '+0' || value === '-0' ? 0 : undefined;
  let total = 0;
  for (const part of m[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * UNIT_NANOS[part[2]];
  return m[1] === '-' ? -total : total;
}

/** The date-time grammar the Go layouts docker tries accept (date, then `T` and 0–2 more fields, fraction, zone). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|z|[+-]\d{2}:\d{2})?$/;

/** Unix seconds (`secs` or `secs.nanos`) for `value` at `now`, as docker's api/types/time GetTimestamp. */
export function apiTimestamp(value: string, now: Date): string {
  const duration = value !== '0' ? parseGoDuration(value) : undefined;
  if (duration !== undefined) return String(Math.floor((now.getTime() - duration / 1e6) / 1000));
  const m = DATE_TIME.exec(value);
  if (m) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = m;
    const fields = [Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)];
    const asUtc = Date.UTC(Number(year), fields[0], fields[1], fields[2], fields[3], fields[4]);
    const check = new Date(asUtc);
    if (check.getUTCMonth() !== fields[0] || check.getUTCDate() !== fields[1] || fields[2] > 23 || fields[3] > 59 || fields[4] > 59) {
      throw invalidArgument(`parsing time "${value}": day, month or time out of range`);
    }
    // Without a zone the time is local: the offset the local zone has now (Go's FixedZone(now.Zone())).
    const offsetMinutes = zone === undefined ? -now.getTimezoneOffset() : zone === 'Z' || zone === 'z' ? 0 : zoneMinutes(zone);
    const seconds = Math.floor(asUtc / 1000) - offsetMinutes * 60;
    return `${seconds}.${fraction.padEnd(9, '0')}`;
  }
  // Something with a dash was meant as a date; anything else must already be Unix seconds.
  if (value.includes('-')) throw invalidArgument(`parsing time "${value}": not an RFC 3339 date or date-time`);
  if (!/^\d+(\.\d+)?$/.test(value)) throw invalidArgument(`failed to parse value as time or duration: "${value}"`);
  return value;
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}
