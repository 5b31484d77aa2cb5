import type { google } from './generated/protos';

/**
 * google.protobuf.Timestamp ⇄ Date. Decoded int64 seconds arrive as a `Long` (protobufjs keeps
 * 64-bit precision); seconds since 1970 fit a double exactly, so converting is lossless here.
 */
export function timestampToDate(ts: google.protobuf.ITimestamp | null | undefined): Date | undefined {
  if (!ts) return undefined;
  const seconds = typeof ts.seconds === 'object' && ts.seconds !== null ? (ts.seconds as { toNumber(): number }).toNumber() : Number(ts.seconds ?? 0);
  return new Date(seconds * 1000 + Math.floor((ts.nanos ?? 0) / 1e6));
}

export function dateToTimestamp(date: Date): google.protobuf.ITimestamp {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1e6 };
}
