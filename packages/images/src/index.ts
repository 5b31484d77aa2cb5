/**
 * @berth/images — the image store: load `docker save` archives (legacy and OCI layout) into a
 * content store, unpack their layers into a snapshotter, list, resolve, tag, inspect, remove,
 * prune, save, import and commit images; unpack an archive into a directory without a daemon.
 */
export {
  type Image,
  type ImageConfig,
  type ImageRunConfig,
  type ImageConfigChanges,
  type ImageHistory,
  type ImageService,
  type ImageInspect,
  type HistoryEntry,
  type RemovedItem,
  type ImageInUse,
  type ImageDiskUsage,
  type CommitOptions,
  chainIds,
} from './image';
export { createImageService, parseUntil } from './service';
export { MediaType } from './plan';
export { parseChanges } from './changes';
export { unpackImage } from './unpack-archive';
export type { LayerLimits } from './unpack';
