import { constants } from 'node:os';
import { invalidArgument } from '@berth/errdefs';

/** A signal by name (`TERM`, `SIGTERM`) or number (`15`), as `docker kill -s` and STOPSIGNAL take it. */
export function signalNumber(signal: string | number): number {
  if (typeof signal === 'number' || /^\d+$/.test(signal)) {
    const n = Number(signal);
    if (n < 1 || n > 64) throw invalidArgument(`Invalid signal: ${signal}`);
    return n;
  }
  const name = signal.toUpperCase().startsWith('SIG') ? signal.toUpperCase() : `SIG${signal.toUpperCase()}`;
  const n = (constants.signals as Record<string, number>)[name];
  if (n === undefined) throw invalidArgument(`Invalid signal: ${signal}`);
  return n;
}
