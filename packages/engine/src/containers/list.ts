/**
 * `GET /containers/json` as dockerd answers it: which containers (all, limit, filters) in which
 * order (newest first), and the summary of each. Pure functions over container records; the
 * service supplies what needs its state (name/id lookup, the images an `ancestor` names).
 */
import { matchAny } from '../filters';
import type { ContainerState, ContainerStatus, ContainerSummary, Port } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { statusText } from './status';
import type { ContainerRecord } from './store';
import { inspectMounts } from './mounts';
import { matchesNetworkFilters } from '../networks/filters';

/** Filter values by key, as the API's `filters` query carries them. */
export type ContainerFilters = Record<string, string[]>;

export interface ContainerListOptions {
  all?: boolean;
  /** The newest `limit` containers, whatever their state (`docker ps -n`). */
  limit?: number;
  /** Compute `SizeRw` and `SizeRootFs`. */
  size?: boolean;
  filters?: ContainerFilters;
}

/** The filter keys dockerd accepts for containers (is-task and isolation match nothing berth has). */
const ACCEPTED = new Set(['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose']);

const STATES: readonly ContainerStatus[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy'];

/** A record's health status (`none` without a healthcheck); State.Health is set by the health monitor. */
export function healthOf(state: ContainerState): string {
  return (state as ContainerState & { Health?: { Status?: string } }).Health?.Status || 'none';
}

/**
 * dockerd's checks of filter keys and values, with its messages: an unknown key, a status or
 * health that does not exist, an exit code that is not a number, an `is-task` that is not a bool.
 */
export function validateListFilters(filters: ContainerFilters): void {
  for (const key of Object.keys(filters)) if (!ACCEPTED.has(key)) throw invalidArgument(`invalid filter '${key}'`);
  for (const value of filters.exited ?? []) {
    if (!/^[+-]?\d+$/.test(value)) throw invalidArgument(`invalid filter 'exited=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
  }
  for (const value of filters.status ?? []) {
    if (!(STATES as readonly string[]).includes(value)) {
      throw invalidArgument(`invalid filter 'status=${value}': invalid value for state (${value}): must be one of ${STATES.join(', ')}`);
    }
  }
  for (const value of filters.health ?? []) {
    if (!HEALTHS.includes(value)) throw invalidArgument(`invalid filter 'health=${value}': invalid value for health (${value}): must be one of ${HEALTHS.join(', ')}`);
  }
  isTaskFilter(filters);
}

/** `is-task=true|1|false|0`; berth has no swarm tasks, so `true` matches nothing. */
function isTaskFilter(filters: ContainerFilters): boolean | undefined {
  const values = filters['is-task'];
  if (!values || values.length === 0) return undefined;
  if (values.some((v) => v === 'true' || v === '1')) return true;
  if (values.some((v) => v === 'false' || v === '0')) return false;
  throw invalidArgument(`invalid filter 'is-task=[${values.join(' ')}]'`);
}


/** Go filters.Args.MatchKVList: every `key` or `key=value` is among the labels. */
export function matchLabels(values: string[] | undefined, labels: Record<string, string> | null | undefined): boolean {
  if (!values || values.length === 0) return true;
  if (!labels || Object.keys(labels).length === 0) return false;
  return values.every((value) => {
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(labels, key)) return false;
    return eq < 0 || labels[key] === value.slice(eq + 1);
  });
}

/** What the service resolved for the filters that name other objects. */
export interface ResolvedFilters {
  /** Id of the container `before=` names. */
  before?: string;
  /** Id of the container `since=` names. */
  since?: string;
  /** Image ids an `ancestor` filter accepts (the images named and their descendants); undefined without one. */
  ancestors?: Set<string>;
  /** A container's ps `Ports` (its running sandbox's), for the `publish` and `expose` filters. */
  portsOf?: (record: ContainerRecord) => Port[];
}

/**
 * The containers `GET /containers/json` returns, newest first, as dockerd's reducer walks them:
 * `before` skips down to (and past) its container, `since` stops at its container; stopped ones
 * only with `all`, a `limit` or a `status` filter; `limit` counts what is shown.
 */
export function selectContainers(records: ContainerRecord[], opts: ContainerListOptions, resolved: ResolvedFilters = {}): ContainerRecord[] {
  const filters = opts.filters ?? {};
  const limit = opts.limit && opts.limit > 0 ? opts.limit : 0;
  const all = !!opts.all || (filters.status?.length ?? 0) > 0;
  const isTask = isTaskFilter(filters);
  const exited = (filters.exited ?? []).map(Number);
  const idMatches = idFilter(records, filters.id);
  const sorted = [...records].sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
  let before = resolved.before;
  const out: ContainerRecord[] = [];
  for (const r of sorted) {
    if (before !== undefined) {
      if (r.id === before) before = undefined;
      continue;
    }
    if (resolved.since !== undefined && r.id === resolved.since) break;
    const running = !!r.state.Running;
    if (!running && !all && limit <= 0) continue;
    if (!matchAny(filters.name, `/${r.name}`, r.name)) continue;
    if (idMatches && !idMatches.has(r.id)) continue;
    if (isTask === true) continue;
    if (!matchLabels(filters.label, r.config.Labels)) continue;
    if (limit > 0 && out.length === limit) break;
    if (exited.length > 0 && !(exited.includes(r.state.ExitCode) && !running && !isZeroTime(r.state.StartedAt))) continue;
    if (filters.status?.length && !filters.status.includes(r.state.Status)) continue;
    if (filters.health?.length && !filters.health.includes(healthOf(r.state))) continue;
    if (filters.volume?.length && !filters.volume.some((v) => usesVolume(r, v))) continue;
    if (!matchesNetworkFilters(r, filters, () => resolved.portsOf?.(r) ?? [])) continue;
    if (resolved.ancestors && !resolved.ancestors.has(r.image)) continue;
    out.push(r);
  }
  return out;
}

/** `ids` and every image built on one of them, from `[image, parent]` pairs (dockerd's ancestor walk). */
export function withDescendants(ids: Iterable<string>, parents: ReadonlyArray<readonly [string, string | undefined]>): Set<string> {
  const family = new Set(ids);
  const children = new Map<string, string[]>();
  for (const [id, parent] of parents) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  const queue = [...family];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of children.get(next) ?? []) {
      if (!family.has(child)) {
        family.add(child);
        queue.push(child);
      }
    }
  }
  return family;
}

/** `id` values are prefixes of one container's id (an ambiguous prefix matches none, as dockerd). */
function idFilter(records: ContainerRecord[], values: string[] | undefined): Set<string> | undefined {
  if (!values || values.length === 0) return undefined;
  const ids = new Set<string>();
  for (const value of values) {
    const matches = records.filter((r) => r.id.startsWith(value));
    if (matches.length === 1) ids.add(matches[0].id);
  }
  return ids;
}

function isZeroTime(time: string): boolean {
  return !time || time.startsWith('0001-01-01');
}

/** moby's `Command` column: arguments containing a space are wrapped in single quotes. */
export function commandLine(path: string, args: string[]): string {
  return [path, ...args.map((arg) => (arg.includes(' ') ? `'${arg}'` : arg))].join(' ');
}

/** One container of `GET /containers/json`. */
export function containerSummary(r: ContainerRecord, now = Date.now()): ContainerSummary {
  return {
    Id: r.id,
    Names: [`/${r.name}`],
    Image: r.config.Image ?? r.image,
    ImageID: r.image,
    Command: commandLine(r.path, r.args),
    Created: Math.floor(Date.parse(r.created) / 1000),
    Ports: [],
    Labels: r.config.Labels ?? {},
    State: r.state.Status,
    Status: statusText(r.state, now),
    HostConfig: { NetworkMode: r.hostConfig.NetworkMode ?? 'default' },
    NetworkSettings: { Networks: {} },
    Mounts: inspectMounts(r.mounts),
  };
}

/** dockerd's `volume` filter: a mount's volume name (a bind's source) or its destination. */
function usesVolume(r: ContainerRecord, value: string): boolean {
  return (r.mounts ?? []).some((m) => (m.name || m.source) === value || m.destination === value);
}
