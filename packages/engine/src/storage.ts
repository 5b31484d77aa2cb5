import { join } from 'node:path';
import { invalidArgument, wrap } from '@berth/errdefs';
import { createNativeSnapshotter, createOverlaySnapshotter, createProxySnapshotter, type Snapshotter } from '@berth/snapshots';

export type StorageDriver = 'overlay' | 'native' | 'proxy';

export interface OpenedSnapshotter {
  snapshotter: Snapshotter;
  /** The driver's name as `info` and `inspect` (GraphDriver.Name) report it. */
  name: string;
  /** Releases what the engine holds (the proxy's connection); the snapshots themselves stay. */
  close(): void;
}

/**
 * The `proxy` storage driver: a snapshotter served by another process at `address`
 * (`serveSnapshotter` of @berth/snapshots). It is asked once here, so a proxy that does not answer
 * fails the daemon's start, naming the address, instead of the first pull or run.
 */
export async function connectProxySnapshotter(address: string | undefined): Promise<OpenedSnapshotter> {
  if (address === undefined) throw invalidArgument('proxy: storage-opt proxy.address=unix:///path is required');
  const proxy = createProxySnapshotter(address);
  try {
    // One List round trip: proves the server speaks berth.snapshots.v1 before anything relies on it.
    await proxy.walk()[Symbol.asyncIterator]().next();
  } catch (err) {
    proxy.close();
    throw wrap(err, `storage driver proxy: snapshotter at ${address}`);
  }
  return { snapshotter: proxy, name: 'proxy', close: () => proxy.close() };
}

/** A local storage driver keeping its snapshots under `root`. */
export async function openLocalSnapshotter(driver: 'overlay' | 'native', root: string): Promise<OpenedSnapshotter> {
  const snapshotter = driver === 'native'
    ? await createNativeSnapshotter(join(root, 'native'))
    : await createOverlaySnapshotter(join(root, 'overlay'));
  return { snapshotter, name: driver === 'overlay' ? 'overlay2' : 'native', close: () => undefined };
}
