import type { Mount } from '@berth/sys';

/**
 * The Snapshotter contract: how layered filesystems are made, kept and handed out as mounts.
 *
 * Vocabulary (containerd's):
 * - an *active* snapshot is a writable filesystem under construction, named by a caller-chosen
 *   *key*. It is reached only through the mounts the snapshotter returns; the caller mounts them
 *   wherever it likes (a container rootfs, a temporary directory) and unmounts them when done.
 * - a *committed* snapshot is an active one frozen under a *name*. It is immutable; it can no
 *   longer be mounted directly, only used as the *parent* of new active snapshots and views.
 *   Keys and names share one namespace: every snapshot is found by its key (committed ones by the
 *   name given to `commit`).
 * - a *view* is a read-only snapshot of a parent; it can be removed but not committed.
 * - the *parent* of a snapshot is a committed snapshot whose content it starts with. Parents form
 *   chains; a snapshot's content is its own changes on top of its parent's content.
 *
 * Rules every implementation keeps:
 * - `prepare`/`view` of an existing key → AlreadyExists; of an absent parent → NotFound; of a
 *   parent that is not committed → FailedPrecondition.
 * - `commit` of an absent key → NotFound; of a snapshot that is not active → FailedPrecondition;
 *   to a name already used → AlreadyExists. After `commit`, `key` no longer exists.
 * - `remove` of a snapshot that is the parent of another → Conflict; of an absent key → NotFound.
 *   The caller unmounts before removing.
 * - Metadata survives a crash (kill -9) at any instant: after a restart every snapshot is either
 *   fully present or absent.
 *
 * Importing a layer (what image unpack does): for the layer's chain id `c` with parent chain
 * `p`, `prepare('extract-<random>-' + c, p)` gives mounts; `applyTargetOf(mounts)` says where the
 * layer tar can be written without mounting (or mount them and write through the mount); then
 * `commit(c, key)`. On failure, `remove(key)`.
 *
 * Running a container: `prepare(containerId, imageChainId)` and mount the result as the rootfs;
 * on container removal, unmount and `remove(containerId)`. `commit(newChainId, containerId)`
 * turns the container's changes into a new layer (docker commit).
 */
export interface Snapshotter {
  /** What is known about `key`. NotFound if absent. */
  stat(key: string): Promise<SnapshotInfo>;
  /** Create an active snapshot `key` on top of committed `parent` (empty if none); its mounts. */
  prepare(key: string, parent?: string, opts?: { labels?: Record<string, string> }): Promise<Mount[]>;
  /** Create a read-only view `key` of committed `parent` (empty if none); its mounts. */
  view(key: string, parent?: string, opts?: { labels?: Record<string, string> }): Promise<Mount[]>;
  /** The mounts of an active snapshot or view, again. FailedPrecondition for a committed one. */
  mounts(key: string): Promise<Mount[]>;
  /** Freeze active `key` as committed `name`. */
  commit(name: string, key: string): Promise<void>;
  /** Delete a snapshot and its files. Refused (Conflict) while it has children. */
  remove(key: string): Promise<void>;
  /** Every snapshot, in no particular order. */
  walk(): AsyncIterable<SnapshotInfo>;
  /**
   * Disk used by the snapshot's own files (for a layered implementation, its changes only): bytes
   * of allocated blocks, each inode counted once, and the number of inodes.
   */
  usage(key: string): Promise<SnapshotUsage>;
}

export type SnapshotKind = 'active' | 'committed' | 'view';

export interface SnapshotInfo {
  key: string;
  parent?: string;
  kind: SnapshotKind;
  created: Date;
  labels: Record<string, string>;
}

export interface SnapshotUsage {
  size: number;
  inodes: number;
}

/** Where a layer can be applied without mounting, and which whiteout format to write there. */
export interface ApplyTarget {
  dir: string;
  whiteouts: 'delete' | 'overlay';
}

function optionValue(options: string[], key: string): string | undefined {
  const prefix = `${key}=`;
  const found = options.find((o) => o.startsWith(prefix));
  return found?.slice(prefix.length);
}

/**
 * Where a layer diff can be written directly, given the mounts of an active snapshot: a writable
 * bind mount → its source, deletions done by deleting (`'delete'`); an overlay mount → its
 * upperdir, deletions recorded as overlay whiteouts (`'overlay'`). Null when the mounts are
 * read-only or not of a shape the caller can write into without mounting.
 */
export function applyTargetOf(mounts: Mount[]): ApplyTarget | null {
  if (mounts.length !== 1) return null;
  const [m] = mounts;
  const isBind = m.type === 'bind' || m.options.includes('bind') || m.options.includes('rbind');
  if (isBind) return m.options.includes('ro') ? null : { dir: m.source, whiteouts: 'delete' };
  if (m.type === 'overlay') {
    const upper = optionValue(m.options, 'upperdir');
    return upper === undefined ? null : { dir: upper, whiteouts: 'overlay' };
  }
  return null;
}
