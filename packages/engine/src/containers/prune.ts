/**
 * `POST /containers/prune` filters as dockerd applies them: `until` (created before a time),
 * `label` (all must match) and `label!` (none may match). Only stopped containers are pruned;
 * the service decides that, this module only which records the filters keep.
 */
import { invalidArgument } from '@berth/errdefs';
import { parseUntil } from '@berth/images';
import { matchLabels, type ContainerFilters } from './list';
import type { ContainerRecord } from './store';

const ACCEPTED = new Set(['label', 'label!', 'until']);

/** A predicate for the records the filters keep; InvalidArgument (dockerd's words) for bad filters. */
export function pruneSelector(filters: ContainerFilters, now = Date.now()): (record: ContainerRecord) => boolean {
  const keep = pruneMatcher(filters, now);
  return (record) => keep(record.created, record.config.Labels);
}

/**
 * The same filters for any object with a creation time and labels (networks are pruned by them
 * too): a predicate on (created, labels).
 */
export function pruneMatcher(filters: ContainerFilters, now = Date.now()): (created: string, labels: Record<string, string> | null | undefined) => boolean {
  for (const key of Object.keys(filters)) if (!ACCEPTED.has(key)) throw invalidArgument(`invalid filter '${key}'`);
  const untils = filters.until ?? [];
  if (untils.length > 1) throw invalidArgument('more than one until filter specified');
  const until = untils.length === 1 ? untilOf(untils[0], now) : undefined;
  const labels = filters.label ?? [];
  const notLabels = filters['label!'] ?? [];
  return (created, objectLabels) => {
    if (until !== undefined && Date.parse(created) > until) return false;
    if (!matchLabels(labels, objectLabels)) return false;
    // `label!` values are matched the same way; an object matching them all is kept, as dockerd does.
    if (notLabels.length > 0 && matchLabels(notLabels, objectLabels)) return false;
    return true;
  };
}

/**
 * The `until` value as a time. What is neither a time (those have a `-`) nor a duration nor Unix
 * seconds gets the words of dockerd's GetTimestamp, which container prune passes on as is.
 */
function untilOf(value: string, now: number): number {
  try {
    return parseUntil(value, now);
  } catch (err) {
    if (value.includes('-')) throw err;
    throw invalidArgument(`failed to parse value as time or duration: ${JSON.stringify(value)}`);
  }
}
