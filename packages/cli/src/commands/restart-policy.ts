/**
 * `--restart no|always|unless-stopped|on-failure[:N]` as docker/cli's opts.ParseRestartPolicy reads
 * it: only the shape is checked here (a name, and a count that is an integer); whether the name is
 * a policy and the count fits it is the daemon's to say, as with Docker.
 */
import type { HostConfig } from '@berth/client';

export type RestartPolicy = NonNullable<HostConfig['RestartPolicy']>;

export function parseRestartPolicy(policy: string): RestartPolicy {
  if (policy === '') return { Name: '' };
  const colon = policy.indexOf(':');
  const name = colon < 0 ? policy : policy.slice(0, colon);
  const count = colon < 0 ? '' : policy.slice(colon + 1);
  if (colon >= 0 && name === '') throw new Error('invalid restart policy format: no policy provided before colon');
  const out: RestartPolicy = { Name: name as RestartPolicy['Name'] };
  if (count !== '') {
    if (!/^[+-]?\d+$/.test(count)) throw new Error('invalid restart policy format: maximum retry count must be an integer');
    out.MaximumRetryCount = Number(count);
  }
  return out;
}

/** Docker's `IsNone`: no policy, or `no`. */
export function isNoRestart(policy: RestartPolicy): boolean {
  return policy.Name === '' || policy.Name === 'no';
}
