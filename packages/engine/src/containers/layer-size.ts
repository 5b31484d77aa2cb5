/**
 * `SizeRw` as dockerd measures it: the bytes of the files a container wrote (its overlay upper
 * directory), directories not counted and hard links once; so a container that changed nothing is
 * `0B`, as in `docker ps -s`. Snapshots that are not overlays are measured by their snapshotter.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshotter } from '@berth/snapshots';

export async function writableLayerSize(snapshotter: Snapshotter, key: string): Promise<number> {
  const mounts = await snapshotter.mounts(key);
  const upper = mounts.length === 1 && mounts[0].type === 'overlay'
    ? mounts[0].options.find((o) => o.startsWith('upperdir='))?.slice('upperdir='.length)
    : undefined;
  if (upper === undefined) return (await snapshotter.usage(key)).size;
  return filesSize(upper);
}

/** Apparent size of the regular files and links under `dir`, each inode once. */
async function filesSize(dir: string): Promise<number> {
  const seen = new Set<bigint>();
  let size = 0;
  const walk = async (parent: string): Promise<void> => {
    for (const entry of await readdir(parent, { withFileTypes: true })) {
      const file = join(parent, entry.name);
      if (entry.isDirectory()) {
        await walk(file);
        continue;
      }
      const st = await lstat(file, { bigint: true });
      if (st.size === 0n || seen.has(st.ino)) continue;
      seen.add(st.ino);
      size += Number(st.size);
    }
  };
  await walk(dir);
  return size;
}
