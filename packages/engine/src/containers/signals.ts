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
  const realtime = /^SIGRT(MIN|MAX)(?:([+-])(\d+))?$/.exec(name);
  if (realtime) return realtimeSignal(signal, realtime[1] as 'MIN' | 'MAX', realtime[2], Number(realtime[3] ?? 0));
  const n = (constants.signals as Record<string, number>)[name];
  if (n === undefined) throw invalidArgument(`Invalid signal: ${signal}`);
  return n;
}

/** The real-time signals as dockerd names them: RTMIN, RTMIN+1 … RTMIN+15, RTMAX-14 … RTMAX (34–64 on Linux). */
const SIGRTMIN = 34;
const SIGRTMAX = 64;

function realtimeSignal(given: string, base: 'MIN' | 'MAX', sign: string | undefined, offset: number): number {
  const step = sign === undefined || (offset >= 1 && sign === (base === 'MIN' ? '+' : '-'));
  const valid = step && offset <= (base === 'MIN' ? 15 : 14);
  if (!valid) throw invalidArgument(`Invalid signal: ${given}`);
  return base === 'MIN' ? SIGRTMIN + offset : SIGRTMAX - offset;
}
