/**
 * The daemon's `default-ulimits` (daemon.json), applied as dockerd applies them: when a container
 * starts, each default it does not set itself. Its HostConfig keeps only its own (inspect shows what
 * it asked for), and a reloaded default reaches the containers started after the reload.
 */
import type { HostConfig } from '@berth/api-types';

export type Ulimit = NonNullable<HostConfig['Ulimits']>[number];

export function withDefaultUlimits(host: HostConfig, defaults: Ulimit[] | undefined): HostConfig {
  if (!defaults?.length) return host;
  const own = host.Ulimits ?? [];
  const added = defaults.filter((d) => !own.some((u) => u.Name === d.Name));
  return added.length ? { ...host, Ulimits: [...own, ...added] } : host;
}
