/**
 * `docker ps` filters on networking (dockerd's daemon/list.go): `network` (a network's name, or a
 * prefix of its id), `publish` and `expose` (`port[/proto]` or `start-end[/proto]`, matched against
 * the host and container ports of a running container's published/exposed ports).
 */
import type { Port } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import type { ContainerRecord } from '../containers/store';

/** The `port/proto` keys a `publish`/`expose` value names; dockerd's refusal of an address in it. */
export function portFilterKeys(key: string, values: string[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes(':')) throw invalidArgument(`filter for '${key}' should not include IP address: ${value}`);
    const [range, proto = 'tcp'] = value.split('/');
    const m = /^(\d+)(?:-(\d+))?$/.exec(range);
    const start = m ? Number(m[1]) : NaN;
    const end = m?.[2] !== undefined ? Number(m[2]) : start;
    if (!m || start > 65535 || end > 65535 || end < start) throw invalidArgument(`invalid port range: ${range}`);
    for (let p = start; p <= end; p++) out.add(`${p}/${proto.toLowerCase()}`);
  }
  return out;
}

/** Whether a container passes the network/publish/expose filters; `ports` are its ps `Ports`. */
export function matchesNetworkFilters(record: ContainerRecord, filters: Record<string, string[]>, ports: () => Port[]): boolean {
  if (filters.network?.length) {
    const networks = Object.entries(record.networks ?? {});
    const on = filters.network.some((value) => networks.some(([name, ep]) => name === value || (!!ep.NetworkID && ep.NetworkID.startsWith(value))));
    if (!on) return false;
  }
  const publish = filters.publish?.length ? portFilterKeys('publish', filters.publish) : undefined;
  const expose = filters.expose?.length ? portFilterKeys('expose', filters.expose) : undefined;
  if (!publish && !expose) return true;
  const list = ports();
  if (publish && !list.some((p) => p.PublicPort !== undefined && publish.has(`${p.PublicPort}/${p.Type}`))) return false;
  if (expose && !list.some((p) => expose.has(`${p.PrivatePort}/${p.Type}`))) return false;
  return true;
}
