import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { alreadyExists, conflict, failedPrecondition, invalidArgument, notFound } from '@berth/errdefs';
import { writeFileAtomic, type Mount } from '@berth/sys';
import type { SnapshotInfo, SnapshotKind, SnapshotUsage, Snapshotter } from './snapshotter';

const run = promisify(execFile);

// Layout under root:
//   metadata.json            every snapshot record, replaced atomically (write, fsync, rename, fsync dir)
//   snapshots/<id>/fs        the snapshot's files (overlay: its upper layer; native: a full tree)
//   snapshots/<id>/work      overlay's workdir (overlay only)
//   trash/<id>-...           directories of removed snapshots, being deleted in the background
// Directories are created before their record is written and removed after it is deleted, so a
// crash can only leave directories without a record; opening the snapshotter removes those.

interface SnapshotRecord {
  id: string;
  kind: SnapshotKind;
  parent?: string;
  created: string;
  labels: Record<string, string>;
}

interface Metadata {
  version: 1;
  nextId: number;
  snapshots: Record<string, SnapshotRecord>;
}

/** What differs between storage drivers; the metadata handling is shared. */
interface Driver {
  /** Populate a new snapshot's directory. `lowers` are the parent chain's fs dirs, nearest first. */
  create(dir: string, lowers: string[]): Promise<void>;
  mounts(dir: string, kind: 'active' | 'view', lowers: string[]): Mount[];
}

const overlayDriver: Driver = {
  async create(dir) {
    await fs.promises.mkdir(path.join(dir, 'fs'), { recursive: true });
    await fs.promises.mkdir(path.join(dir, 'work'), { recursive: true });
  },
  mounts(dir, kind, lowers) {
    const upper = path.join(dir, 'fs');
    if (lowers.length === 0) return [{ type: 'bind', source: upper, options: ['rbind', kind === 'view' ? 'ro' : 'rw'] }];
    if (kind === 'view') {
      // A read-only overlay needs at least two lowers; a single layer is just a read-only bind.
      if (lowers.length === 1) return [{ type: 'bind', source: lowers[0], options: ['rbind', 'ro'] }];
      return [{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lowers.join(':')}`] }];
    }
    return [
      {
        type: 'overlay',
        source: 'overlay',
        options: [`lowerdir=${lowers.join(':')}`, `upperdir=${upper}`, `workdir=${path.join(dir, 'work')}`],
      },
    ];
  },
};

const nativeDriver: Driver = {
  async create(dir, lowers) {
    const target = path.join(dir, 'fs');
    await fs.promises.mkdir(target, { recursive: true });
    if (lowers.length > 0) {
      // The nearest committed parent is a full tree: copy it, keeping owners, modes, xattrs,
      // hard links and device nodes; share extents where the filesystem can.
      await run('cp', ['-a', '--reflink=auto', `${lowers[0]}/.`, `${target}/`]);
    }
  },
  mounts(dir, kind) {
    return [{ type: 'bind', source: path.join(dir, 'fs'), options: ['rbind', kind === 'view' ? 'ro' : 'rw'] }];
  },
};

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}

class LocalSnapshotter implements Snapshotter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly root: string,
    private readonly driver: Driver,
    private db: Metadata,
  ) {}

  private get dbFile(): string {
    return path.join(this.root, 'metadata.json');
  }

  private dirOf(record: SnapshotRecord): string {
    return path.join(this.root, 'snapshots', record.id);
  }

  /** Mutations run one at a time so each sees the previous one's metadata. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Apply `change` to a copy of the metadata, persist it, then make it current. */
  private async update(change: (db: Metadata) => void): Promise<void> {
    const next = structuredClone(this.db);
    change(next);
    await writeFileAtomic(this.dbFile, JSON.stringify(next));
    this.db = next;
  }

  private record(key: string): SnapshotRecord {
    const record = Object.prototype.hasOwnProperty.call(this.db.snapshots, key) ? this.db.snapshots[key] : undefined;
    if (!record) throw notFound(`snapshot ${key}: not found`);
    return record;
  }

  /** The fs dirs of `name` and its ancestors, nearest first. */
  private chain(name: string | undefined): string[] {
    const dirs: string[] = [];
    for (let current = name; current !== undefined; current = this.record(current).parent) {
      dirs.push(path.join(this.dirOf(this.record(current)), 'fs'));
    }
    return dirs;
  }

  private info(key: string, record: SnapshotRecord): SnapshotInfo {
    const info: SnapshotInfo = { key, kind: record.kind, created: new Date(record.created), labels: { ...record.labels } };
    if (record.parent !== undefined) info.parent = record.parent;
    return info;
  }

  async stat(key: string): Promise<SnapshotInfo> {
    return this.info(key, this.record(key));
  }

  prepare(key: string, parent?: string, opts?: { labels?: Record<string, string> }): Promise<Mount[]> {
    return this.create('active', key, parent, opts?.labels);
  }

  view(key: string, parent?: string, opts?: { labels?: Record<string, string> }): Promise<Mount[]> {
    return this.create('view', key, parent, opts?.labels);
  }

  private create(kind: 'active' | 'view', key: string, parent: string | undefined, labels: Record<string, string> | undefined): Promise<Mount[]> {
    return this.exclusive(async () => {
      if (key === '') throw invalidArgument('snapshot key must not be empty');
      if (Object.prototype.hasOwnProperty.call(this.db.snapshots, key)) throw alreadyExists(`snapshot ${key}: already exists`);
      if (parent !== undefined) {
        const parentRecord = this.record(parent);
        if (parentRecord.kind !== 'committed') throw failedPrecondition(`snapshot ${parent} is not committed, cannot be a parent`);
      }
      const lowers = this.chain(parent);
      const record: SnapshotRecord = { id: String(this.db.nextId), kind, created: new Date().toISOString(), labels: { ...labels } };
      if (parent !== undefined) record.parent = parent;
      const dir = this.dirOf(record);
      // A crash between mkdir and the metadata write can leave this id's directory behind.
      await fs.promises.rm(dir, { recursive: true, force: true });
      try {
        await this.driver.create(dir, lowers);
        await this.update((db) => {
          db.nextId += 1;
          db.snapshots[key] = record;
        });
      } catch (err) {
        await fs.promises.rm(dir, { recursive: true, force: true });
        throw err;
      }
      return this.driver.mounts(dir, kind, lowers);
    });
  }

  async mounts(key: string): Promise<Mount[]> {
    const record = this.record(key);
    if (record.kind === 'committed') throw failedPrecondition(`snapshot ${key} is committed; prepare or view it to mount it`);
    return this.driver.mounts(this.dirOf(record), record.kind, this.chain(record.parent));
  }

  commit(name: string, key: string): Promise<void> {
    return this.exclusive(async () => {
      const record = this.record(key);
      if (record.kind !== 'active') throw failedPrecondition(`snapshot ${key} is ${record.kind}, only an active snapshot can be committed`);
      if (name === '') throw invalidArgument('snapshot name must not be empty');
      if (Object.prototype.hasOwnProperty.call(this.db.snapshots, name)) throw alreadyExists(`snapshot ${name}: already exists`);
      await this.update((db) => {
        delete db.snapshots[key];
        db.snapshots[name] = { ...record, kind: 'committed', created: new Date().toISOString() };
      });
    });
  }

  remove(key: string): Promise<void> {
    return this.exclusive(async () => {
      const record = this.record(key);
      const children = Object.entries(this.db.snapshots).filter(([, r]) => r.parent === key);
      if (children.length > 0) {
        throw conflict(`cannot remove snapshot ${key}: it is the parent of ${children.map(([k]) => k).join(', ')}`);
      }
      await this.update((db) => {
        delete db.snapshots[key];
      });
      await this.discard(this.dirOf(record), record.id);
    });
  }

  /**
   * Delete a removed snapshot's directory. It is renamed into `trash/` (one rename, so `remove`
   * returns at once even for a layer of many thousand files) and deleted in the background; a
   * crash leaves it in `trash/`, which opening the snapshotter empties.
   */
  private async discard(dir: string, id: string): Promise<void> {
    const trashed = path.join(this.root, 'trash', `${id}-${process.pid}-${Date.now()}`);
    try {
      await fs.promises.rename(dir, trashed);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return;
      // Not renameable (another filesystem?): delete in place, synchronously.
      await fs.promises.rm(dir, { recursive: true, force: true });
      return;
    }
    void fs.promises.rm(trashed, { recursive: true, force: true }).catch(() => undefined);
  }

  async *walk(): AsyncIterable<SnapshotInfo> {
    const entries = Object.entries(this.db.snapshots);
    for (const [key, record] of entries) yield this.info(key, record);
  }

  async usage(key: string): Promise<SnapshotUsage> {
    const record = this.record(key);
    return diskUsage(path.join(this.dirOf(record), 'fs'));
  }

  /** Remove directories that have no record (left by a crash). */
  async removeOrphans(): Promise<void> {
    const known = new Set(Object.values(this.db.snapshots).map((r) => r.id));
    const dir = path.join(this.root, 'snapshots');
    for (const name of await fs.promises.readdir(dir)) {
      if (!known.has(name)) await fs.promises.rm(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

async function diskUsage(dir: string): Promise<SnapshotUsage> {
  const seen = new Set<string>();
  let size = 0;
  const visitChildren = async (parent: string): Promise<void> => {
    for (const name of await fs.promises.readdir(parent)) {
      const file = path.join(parent, name);
      const stat = await fs.promises.lstat(file, { bigint: true });
      const inode = `${stat.dev}:${stat.ino}`;
      if (seen.has(inode)) continue;
      seen.add(inode);
      size += Number(stat.blocks) * 512;
      if (stat.isDirectory()) await visitChildren(file);
    }
  };
  // The snapshot's root directory itself is bookkeeping, not content.
  await visitChildren(dir);
  return { size, inodes: seen.size };
}

async function openLocal(root: string, driver: Driver): Promise<Snapshotter> {
  await fs.promises.mkdir(path.join(root, 'snapshots'), { recursive: true });
  // Directories of removed snapshots whose background deletion a restart cut short.
  await fs.promises.rm(path.join(root, 'trash'), { recursive: true, force: true });
  await fs.promises.mkdir(path.join(root, 'trash'), { recursive: true });
  let db: Metadata;
  try {
    db = JSON.parse(await fs.promises.readFile(path.join(root, 'metadata.json'), 'utf8')) as Metadata;
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
    db = { version: 1, nextId: 1, snapshots: {} };
  }
  const snapshotter = new LocalSnapshotter(root, driver, db);
  await snapshotter.removeOrphans();
  return snapshotter;
}

/**
 * The default snapshotter: each snapshot is one overlayfs layer; active snapshots on a parent
 * mount as overlay (lowerdir = the parent chain, nearest first), others as bind mounts.
 */
export function createOverlaySnapshotter(root: string): Promise<Snapshotter> {
  return openLocal(root, overlayDriver);
}

/** A snapshotter for filesystems without overlay: every snapshot is a full copy of its parent. */
export function createNativeSnapshotter(root: string): Promise<Snapshotter> {
  return openLocal(root, nativeDriver);
}
