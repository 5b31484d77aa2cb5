import { promises as fs } from 'node:fs';
import { invalidArgument, notFound } from '@berth/errdefs';
import type { IdRange, UserNamespaceMappings } from './types';

/**
 * The user `--userns-remap default` stands for. Docker creates and uses `dockremap`; berth looks up
 * its own `berthremap`, so the two engines on one host do not share (and leak into) one range.
 * Creating the user and its /etc/subuid and /etc/subgid entries is the administrator's job.
 */
export const DEFAULT_REMAP_USER = 'berthremap';

/** Where the subordinate id ranges are read from; tests point these at temporary files. */
export interface SubIdFiles {
  subuid?: string;
  subgid?: string;
}

/**
 * The id maps of `--userns-remap USER[:GROUP]` (`default` = `berthremap`): USER's ranges in the
 * subuid file and GROUP's (default: USER) in the subgid file, lowest host id first, laid end to end
 * from container id 0, as Docker lays them out. Entries match by name or by numeric id. No entry
 * → `notFound`. The container's root is then the first host id; the engine must give the rootfs
 * to it (chown or an idmapped mount), which this package does not do.
 */
export async function userNamespaceMappings(remap: string, files: SubIdFiles = {}): Promise<UserNamespaceMappings> {
  if (!remap) throw invalidArgument('userns-remap: a user name is required');
  const [user, group = user] = (remap === 'default' ? DEFAULT_REMAP_USER : remap).split(':');
  if (!user || !group) throw invalidArgument(`invalid userns-remap "${remap}": want USER[:GROUP]`);
  return {
    uidMap: await subordinateMap(files.subuid ?? '/etc/subuid', user, 'subuid'),
    gidMap: await subordinateMap(files.subgid ?? '/etc/subgid', group, 'subgid'),
  };
}

/** The ranges of `name` in a subuid/subgid file (`name:start:count` lines). */
export function parseSubIdRanges(text: string, name: string): { start: number; count: number }[] {
  const ranges: { start: number; count: number }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [owner, start, count] = line.split(':');
    if (owner !== name || !/^\d+$/.test(start ?? '') || !/^\d+$/.test(count ?? '')) continue;
    if (Number(count) > 0) ranges.push({ start: Number(start), count: Number(count) });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

async function subordinateMap(file: string, name: string, kind: 'subuid' | 'subgid'): Promise<IdRange[]> {
  const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw e;
  });
  const ranges = parseSubIdRanges(text, name);
  if (ranges.length === 0) throw notFound(`No ${kind} ranges found for user "${name}"`);
  let containerId = 0;
  return ranges.map((r) => {
    const mapping = { containerId, hostId: r.start, size: r.count };
    containerId += r.count;
    return mapping;
  });
}
