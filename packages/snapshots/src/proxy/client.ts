import { dialUnix, SnapshotsV1SnapshotsService } from '@berth/proto';
import type { SnapshotInfo, Snapshotter, SnapshotUsage } from '../snapshotter';
import { infoFromWire, int64ToNumber, mountsFromWire, socketPathOf } from './wire';

/** A Snapshotter whose every call goes to a berth.snapshots.v1 server; `close()` drops the connection. */
export interface ProxySnapshotter extends Snapshotter {
  close(): void;
}

/**
 * A Snapshotter served by another process at `address` (`unix:///path` or a bare path). Dialing
 * is lazy, so this never fails; a call made while nothing listens fails with Unavailable. Errors
 * keep their @berth/errdefs kind across the wire (NotFound, AlreadyExists, ...).
 */
export function createProxySnapshotter(address: string): ProxySnapshotter {
  const rpc = dialUnix(socketPathOf(address), SnapshotsV1SnapshotsService);
  return {
    async stat(key: string): Promise<SnapshotInfo> {
      return infoFromWire((await rpc.stat({ key })).info);
    },
    async prepare(key, parent, opts) {
      return mountsFromWire((await rpc.prepare({ key, parent: parent ?? '', labels: opts?.labels ?? {} })).mounts);
    },
    async view(key, parent, opts) {
      return mountsFromWire((await rpc.view({ key, parent: parent ?? '', labels: opts?.labels ?? {} })).mounts);
    },
    async mounts(key) {
      return mountsFromWire((await rpc.mounts({ key })).mounts);
    },
    async commit(name, key) {
      await rpc.commit({ name, key });
    },
    async remove(key) {
      await rpc.remove({ key });
    },
    async *walk(): AsyncIterable<SnapshotInfo> {
      for (const info of (await rpc.list({})).info) yield infoFromWire(info);
    },
    async usage(key): Promise<SnapshotUsage> {
      const u = await rpc.usage({ key });
      return { size: int64ToNumber(u.size), inodes: int64ToNumber(u.inodes) };
    },
    close: () => rpc.close(),
  };
}
