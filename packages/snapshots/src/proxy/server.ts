import { serveUnix, SnapshotsV1SnapshotsService, type ServiceImplementation, type UnixServer } from '@berth/proto';
import type { Snapshotter } from '../snapshotter';
import { infoToWire, socketPathOf } from './wire';

/** The wire's empty string is "no parent"; the interface's is `undefined`. */
const parentOf = (parent: string): string | undefined => (parent === '' ? undefined : parent);

function handlers(snapshotter: Snapshotter): ServiceImplementation<typeof SnapshotsV1SnapshotsService> {
  return {
    stat: async ({ key }) => ({ info: infoToWire(await snapshotter.stat(key)) }),
    prepare: async ({ key, parent, labels }) => ({ mounts: await snapshotter.prepare(key, parentOf(parent), { labels }) }),
    view: async ({ key, parent, labels }) => ({ mounts: await snapshotter.view(key, parentOf(parent), { labels }) }),
    mounts: async ({ key }) => ({ mounts: await snapshotter.mounts(key) }),
    commit: async ({ name, key }) => {
      await snapshotter.commit(name, key);
      return {};
    },
    remove: async ({ key }) => {
      await snapshotter.remove(key);
      return {};
    },
    list: async () => {
      const info = [];
      for await (const i of snapshotter.walk()) info.push(infoToWire(i));
      return { info };
    },
    usage: async ({ key }) => snapshotter.usage(key),
  };
}

/**
 * Serves `snapshotter` as berth.snapshots.v1.Snapshots on a unix socket (a path or
 * `unix:///path`), so berthd can use it out of process through `createProxySnapshotter`. Errors
 * thrown by the snapshotter reach the client as the same @berth/errdefs kind.
 */
export function serveSnapshotter(snapshotter: Snapshotter, socketPath: string): Promise<UnixServer> {
  return serveUnix(socketPathOf(socketPath), [[SnapshotsV1SnapshotsService, handlers(snapshotter)]]);
}
