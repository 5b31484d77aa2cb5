/**
 * A container's filesystem as directories, read without mounting it: with the overlay
 * snapshotter, the writable upper directory over the image's layers; with a copying snapshotter,
 * one full tree beside the image's own tree (a temporary read-only view, removed afterwards).
 */
import { randomBytes } from 'node:crypto';
import {
  dirChanges, overlayChanges, writeDirDiff, writeMergedTree, writeOverlayDiff, type IdShift,
} from '@berth/archive';
import type { FilesystemChange } from '@berth/api-types';
import { failedPrecondition } from '@berth/errdefs';
import type { Snapshotter } from '@berth/snapshots';
import type { Mount } from '@berth/sys';

/** The directories that make a container's root filesystem. */
type Tree =
  | { kind: 'overlay'; upper: string; lowers: string[] }
  | { kind: 'dir'; dir: string; parentDir?: string };

function option(m: Mount, key: string): string | undefined {
  return m.options.find((o) => o.startsWith(`${key}=`))?.slice(key.length + 1);
}

/** Run `use` on the directories of snapshot `key`; a temporary parent view is removed after. */
async function withTree<T>(snapshotter: Snapshotter, key: string, use: (tree: Tree) => Promise<T>): Promise<T> {
  const [m, ...more] = await snapshotter.mounts(key);
  if (m && more.length === 0 && m.type === 'overlay') {
    const upper = option(m, 'upperdir');
    if (upper !== undefined) return use({ kind: 'overlay', upper, lowers: option(m, 'lowerdir')?.split(':') ?? [] });
  }
  if (!m || more.length > 0 || !(m.type === 'bind' || m.options.includes('rbind'))) {
    throw failedPrecondition(`snapshot ${key} has mounts berth cannot read without mounting`);
  }
  const { parent } = await snapshotter.stat(key);
  // A bind mount without a parent is a layerless container's own directory: all of it is new.
  // With a parent it is a full copy (native driver): compare it with a view of the parent.
  if (parent === undefined) return use({ kind: 'dir', dir: m.source });
  const viewKey = `diff-view-${randomBytes(8).toString('hex')}`;
  try {
    const [view] = await snapshotter.view(viewKey, parent);
    return await use({ kind: 'dir', dir: m.source, parentDir: view.source });
  } finally {
    await snapshotter.remove(viewKey).catch(() => undefined);
  }
}

const KIND: Record<'C' | 'A' | 'D', FilesystemChange['Kind']> = { C: 0, A: 1, D: 2 };

/**
 * Files the engine bind-mounts into every container: the runtime creates them in the writable
 * layer as mount points. Docker keeps them in a hidden init layer, so `docker diff` never lists
 * them; berth leaves them out of the changes.
 */
const ENGINE_MOUNT_POINTS = new Set(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']);

/** `docker diff`: what the container changed, sorted by path; Kind 0 changed, 1 added, 2 deleted. */
export async function containerChanges(snapshotter: Snapshotter, key: string): Promise<FilesystemChange[]> {
  const all = await withTree(snapshotter, key, (tree) =>
    tree.kind === 'overlay' ? overlayChanges(tree.upper, tree.lowers) : dirChanges(tree.parentDir, tree.dir),
  );
  const mountPoints = all.filter((c) => c.kind === 'A' && ENGINE_MOUNT_POINTS.has(c.path));
  const kept = all.filter((c) => !mountPoints.includes(c));
  // A directory "changed" only because a mount point was made in it is not a change either.
  const madeOnlyForMounts = (dir: string) =>
    mountPoints.some((m) => m.path.startsWith(`${dir}/`)) && !kept.some((c) => c.path.startsWith(`${dir}/`));
  return kept
    .filter((c) => !(c.kind === 'C' && madeOnlyForMounts(c.path)))
    .map((c) => ({ Path: c.path, Kind: KIND[c.kind] }))
    .sort((a, b) => (a.Path < b.Path ? -1 : a.Path > b.Path ? 1 : 0));
}

/**
 * `docker export`: the container's merged filesystem as one tar on `out`. `idShift`: the daemon's
 * --userns-remap maps, whose host ids the tar carries as the container sees them.
 */
export async function exportContainer(snapshotter: Snapshotter, key: string, out: NodeJS.WritableStream, idShift?: IdShift): Promise<void> {
  await withTree(snapshotter, key, (tree) =>
    tree.kind === 'overlay' ? writeMergedTree([tree.upper, ...tree.lowers], out, idShift) : writeMergedTree([tree.dir], out, idShift),
  );
}

/** `docker commit`'s layer: the container's changes as a layer tar on `out` (owners as the container sees them). */
export function containerDiff(snapshotter: Snapshotter, key: string, idShift?: IdShift): (out: NodeJS.WritableStream) => Promise<{ diffId: string; size: number }> {
  return (out) =>
    withTree(snapshotter, key, (tree) =>
      tree.kind === 'overlay' ? writeOverlayDiff(tree.upper, tree.lowers, out, idShift) : writeDirDiff(tree.parentDir, tree.dir, out, idShift),
    );
}
