/**
 * @berth/snapshots — the Snapshotter contract (see `snapshotter.ts`) and two local storage
 * drivers: `overlay` (the default) and `native` (full copies).
 */
export {
  type Snapshotter,
  type SnapshotKind,
  type SnapshotInfo,
  type SnapshotUsage,
  type ApplyTarget,
  applyTargetOf,
} from './snapshotter';
export { createOverlaySnapshotter, createNativeSnapshotter } from './local';
export { serveSnapshotter, createProxySnapshotter, type ProxySnapshotter } from './proxy';
export { describeSnapshotter, type SnapshotterFixture } from './testsuite';
