/**
 * The volume endpoints' backend (dockerd's daemon/volumes + volume/service): the Engine API's JSON
 * for @berth/volumes' volumes, list filters and prune with dockerd's rules and words, and the
 * volumes' disk usage for `system df`.
 */
import { matchAny, parseGoBool } from '../filters';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VolumeCreateBody, VolumeJson, VolumeListResponse, VolumePruneResponse } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { ANONYMOUS_LABEL, type Volume, type VolumeService } from '@berth/volumes';
import { matchLabels } from '../containers/list';
import type { EventLog } from '../events';

export type VolumeFilters = Record<string, string[]>;

export interface EngineVolumes {
  list(filters: VolumeFilters): Promise<VolumeListResponse>;
  create(body: VolumeCreateBody): Promise<VolumeJson>;
  inspect(name: string): Promise<VolumeJson>;
  remove(name: string, force: boolean): Promise<void>;
  prune(filters: VolumeFilters): Promise<VolumePruneResponse>;
  /** Every volume with its UsageData (size of its data, containers using it), for `system df`. */
  usage(): Promise<VolumeJson[]>;
}

const LIST_FILTERS = ['dangling', 'driver', 'label', 'name'];
const PRUNE_FILTERS = ['label', 'label!', 'all'];

/** Keys in Go's order: dockerd marshals maps sorted, and clients print them as they come. */
function sortedMap(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function volumeJson(v: Volume): VolumeJson {
  return { CreatedAt: v.createdAt, Driver: v.driver, Labels: sortedMap(v.labels), Mountpoint: v.mountpoint, Name: v.name, Options: sortedMap(v.options), Scope: v.scope };
}

function checkKeys(filters: VolumeFilters, accepted: string[]): void {
  for (const key of Object.keys(filters)) if (!accepted.includes(key)) throw invalidArgument(`invalid filter '${key}'`);
}

/** Go's strconv.ParseBool as dockerd applies it to `dangling` and `all`. */
function boolFilter(filters: VolumeFilters, key: string): boolean | undefined {
  const values = filters[key];
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw invalidArgument(`invalid filter '${key}=${values.join(',')}': only one value is expected`);
  const v = values[0];
  const parsed = parseGoBool(v);
  if (parsed !== undefined) return parsed;
  // dockerd words the two differently: list filters' invalidFilter, prune's wrapped strconv error.
  if (key === 'all') throw invalidArgument(`invalid filter 'all': strconv.ParseBool: parsing "${v}": invalid syntax`);
  throw invalidArgument(`invalid filter '${key}=[${v}]'`);
}


/** The bytes of the regular files under `dir`, each inode once (dockerd's directory.Size). */
async function directorySize(dir: string, seen = new Set<string>()): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) {
      total += await directorySize(file, seen);
      continue;
    }
    const st = await lstat(file).catch(() => undefined);
    if (!st || !st.isFile()) continue;
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total += st.size;
  }
  return total;
}

export function createEngineVolumes(volumes: VolumeService, events: EventLog): EngineVolumes {
  return {
    async list(filters) {
      checkKeys(filters, LIST_FILTERS);
      const dangling = boolFilter(filters, 'dangling');
      const all = await volumes.list();
      const selected = all.filter((v) => {
        if (dangling !== undefined && (volumes.usedBy(v.name).length === 0) !== dangling) return false;
        return matchAny(filters.name, v.name) && matchAny(filters.driver, v.driver) && matchLabels(filters.label, v.labels);
      });
      return { Volumes: selected.map(volumeJson), Warnings: null };
    },

    async create(body) {
      return volumeJson(await volumes.create({ name: body.Name, driver: body.Driver, driverOpts: body.DriverOpts ?? undefined, labels: body.Labels ?? undefined }));
    },

    async inspect(name) {
      return volumeJson(await volumes.get(name));
    },

    async remove(name, force) {
      await volumes.remove(name, { force });
    },

    async prune(filters) {
      checkKeys(filters, PRUNE_FILTERS);
      // dockerd ≥ 23: without all=true only anonymous volumes are pruned.
      const all = boolFilter(filters, 'all') ?? false;
      const notLabels = filters['label!'] ?? [];
      const deleted: string[] = [];
      let reclaimed = 0;
      for (const v of await volumes.list()) {
        // dockerd prunes (and `system df` counts) the local driver's volumes only.
        if (v.driver !== 'local') continue;
        if (volumes.usedBy(v.name).length > 0) continue;
        if (!all && !Object.prototype.hasOwnProperty.call(v.labels, ANONYMOUS_LABEL)) continue;
        if (!matchLabels(filters.label, v.labels)) continue;
        if (notLabels.length > 0 && matchLabels(notLabels, v.labels)) continue;
        const size = await directorySize(v.mountpoint);
        try {
          await volumes.remove(v.name);
        } catch {
          continue; // taken into use meanwhile: dockerd skips it too
        }
        deleted.push(v.name);
        reclaimed += size;
      }
      events.publish({ type: 'volume', action: 'prune', actor: { ID: '', Attributes: { reclaimed: String(reclaimed) } } });
      return { VolumesDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed };
    },

    async usage() {
      const out: VolumeJson[] = [];
      for (const v of await volumes.list()) {
        if (v.driver !== 'local') continue;
        out.push({ ...volumeJson(v), UsageData: { Size: await directorySize(v.mountpoint), RefCount: volumes.usedBy(v.name).length } });
      }
      return out;
    },
  };
}
