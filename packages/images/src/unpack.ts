import { randomBytes } from 'node:crypto';
import { applyLayer, type IdShift } from '@berth/archive';
import type { BlobProvider, Descriptor } from '@berth/content';
import { internal, invalidArgument, isAlreadyExists, isNotFound } from '@berth/errdefs';
import { applyTargetOf, type Snapshotter } from '@berth/snapshots';
import { chainIds } from './image';

/** Bounds on one layer, against tar bombs (applyLayer's defaults when absent). */
export interface LayerLimits {
  /** Most entries one layer may have. */
  maxEntries?: number;
  /** Most bytes of regular-file content one layer may declare. */
  maxBytes?: number;
}

/** How layers are unpacked: their bounds, and the id maps owners go through (userns-remap). */
export interface UnpackOptions extends LayerLimits {
  idShift?: IdShift;
}

async function isCommitted(snapshotter: Snapshotter, key: string): Promise<boolean> {
  try {
    return (await snapshotter.stat(key)).kind === 'committed';
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/**
 * Unpack `layers` (whose uncompressed digests are `diffIds`) into committed snapshots named by
 * their chain ids, skipping those already present. Each layer is written straight into the
 * prepared snapshot's directory (no mount needed) and its diff id checked before commit. On
 * failure the in-progress snapshot is removed; every snapshot this call committed was reported
 * through `onCommitted` first, so the caller can roll them back. Returns the top chain id.
 */
export async function unpackLayers(
  content: BlobProvider,
  snapshotter: Snapshotter,
  layers: Descriptor[],
  diffIds: string[],
  hooks: {
    /** Called before a snapshot is created (a lease records it write-ahead). */
    beforePrepare?: (key: string, chainId: string) => Promise<void>;
    onCommitted: (chainId: string, size: number) => void;
    onProgress?: (msg: string) => void;
  },
  limits: UnpackOptions = {},
): Promise<string> {
  const { onCommitted, onProgress } = hooks;
  const chain = chainIds(diffIds);
  for (const [i, chainId] of chain.entries()) {
    if (await isCommitted(snapshotter, chainId)) continue;
    const key = `extract-${randomBytes(8).toString('hex')}-${chainId}`;
    await hooks.beforePrepare?.(key, chainId);
    const mounts = await snapshotter.prepare(key, i > 0 ? chain[i - 1] : undefined, {
      labels: { 'berth.io/snapshot.unpacking': layers[i].digest },
    });
    try {
      const target = applyTargetOf(mounts);
      if (!target) throw internal(`snapshotter returned mounts a layer cannot be applied to: ${JSON.stringify(mounts)}`);
      onProgress?.(`Loading layer ${layers[i].digest.slice('sha256:'.length, 'sha256:'.length + 12)}`);
      const applied = await applyLayer(target.dir, content.openRead(layers[i].digest), { whiteouts: target.whiteouts, ...limits });
      if (applied.diffId !== diffIds[i]) {
        throw invalidArgument(
          `invalid archive: layer ${layers[i].digest} has diff id ${applied.diffId}, the config says ${diffIds[i]}`,
        );
      }
      try {
        await snapshotter.commit(chainId, key);
        onCommitted(chainId, applied.size);
      } catch (err) {
        // Someone else unpacked the same layer meanwhile: theirs is as good as ours.
        if (!isAlreadyExists(err)) throw err;
        await snapshotter.remove(key);
      }
    } catch (err) {
      await snapshotter.remove(key).catch(() => undefined);
      throw err;
    }
  }
  return chain.length > 0 ? chain[chain.length - 1] : '';
}
