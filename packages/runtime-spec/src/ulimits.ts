import { invalidArgument } from '@berth/errdefs';
import type { SpecRlimit, Ulimit } from './types';

/** `--ulimit` names Docker accepts, and the resource each one sets. */
const ULIMIT_RESOURCES: Record<string, string> = {
  as: 'RLIMIT_AS',
  core: 'RLIMIT_CORE',
  cpu: 'RLIMIT_CPU',
  data: 'RLIMIT_DATA',
  fsize: 'RLIMIT_FSIZE',
  locks: 'RLIMIT_LOCKS',
  memlock: 'RLIMIT_MEMLOCK',
  msgqueue: 'RLIMIT_MSGQUEUE',
  nice: 'RLIMIT_NICE',
  nofile: 'RLIMIT_NOFILE',
  nproc: 'RLIMIT_NPROC',
  rss: 'RLIMIT_RSS',
  rtprio: 'RLIMIT_RTPRIO',
  rttime: 'RLIMIT_RTTIME',
  sigpending: 'RLIMIT_SIGPENDING',
  stack: 'RLIMIT_STACK',
};

/**
 * The process rlimits: `defaults` with each `--ulimit` replacing the default of the same resource
 * (or added after them). Unknown names, soft above hard and values that are not non-negative
 * integers are `invalidArgument`.
 */
export function mergeUlimits(defaults: readonly SpecRlimit[], ulimits: readonly Ulimit[] | undefined): SpecRlimit[] {
  const result = defaults.map((r) => ({ ...r }));
  for (const u of ulimits ?? []) {
    const type = ULIMIT_RESOURCES[u.name];
    if (!type) throw invalidArgument(`invalid ulimit type: ${u.name}`);
    for (const value of [u.soft, u.hard]) {
      // The OCI spec's rlimits are unsigned 64-bit, which JSON from JavaScript cannot carry
      // exactly at the top of the range; unlimited (-1) is therefore refused rather than mangled.
      if (!Number.isSafeInteger(value) || value < 0) {
        throw invalidArgument(`invalid ulimit ${u.name}=${u.soft}:${u.hard}: values must be non-negative integers`);
      }
    }
    if (u.soft > u.hard) throw invalidArgument(`ulimit soft limit must be less than or equal to hard limit: ${u.soft} > ${u.hard}`);
    const limit: SpecRlimit = { type, soft: u.soft, hard: u.hard };
    const at = result.findIndex((r) => r.type === type);
    if (at >= 0) result[at] = limit;
    else result.push(limit);
  }
  return result;
}
