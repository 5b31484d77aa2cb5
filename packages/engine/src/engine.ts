import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VersionResponse } from '@berth/api-types';
import { openContentStore } from '@berth/content';

import { createImageService, type ImageService } from '@berth/images';
import { createOverlaySnapshotter, createNativeSnapshotter, type Snapshotter } from '@berth/snapshots';
import { ContainerService } from './containers/service';
import { createEngineImages, type EngineImages } from './images/backend';
import { ContainerStore } from './containers/store';
import { readHostFacts, systemInfo, versionInfo, type HostFacts } from './system';
import { ShimPool } from './tasks/shim-pool';

export interface EngineConfig {
  dataRoot: string;
  execRoot: string;
  /** Path of the berth-shim JS entry the engine starts shims from. */
  shimBinary: string;
  storageDriver?: 'overlay' | 'native';
  runtime?: string;
  /** Containers supervised by one shim process. */
  shimGroupSize?: number;
  /** Keep containers (and their shims) running when the daemon stops (dockerd's live-restore). */
  liveRestore?: boolean;
  /** Stop timeout, seconds, for containers without their own when the daemon stops them (default 15). */
  shutdownTimeout?: number;
  debug?: boolean;
}

export type { EngineImages } from './images/backend';

export interface Engine {
  readonly containers: ContainerService;
  readonly images: EngineImages;
  readonly imageService: ImageService;
  version(): VersionResponse;
  info(): Promise<Record<string, unknown>>;
  shutdown(): Promise<void>;
}

export async function createEngine(config: EngineConfig): Promise<Engine> {
  const driver = config.storageDriver ?? 'overlay';
  await mkdir(config.dataRoot, { recursive: true, mode: 0o710 });
  await mkdir(config.execRoot, { recursive: true, mode: 0o700 });
  const content = await openContentStore(join(config.dataRoot, 'content'));
  const snapshotter: Snapshotter = driver === 'native'
    ? await createNativeSnapshotter(join(config.dataRoot, 'snapshots', 'native'))
    : await createOverlaySnapshotter(join(config.dataRoot, 'snapshots', 'overlay'));
  const imageService = await createImageService({ root: join(config.dataRoot, 'images'), content, snapshotter });
  const store = new ContainerStore(join(config.dataRoot, 'containers'));
  await store.init();
  const runtime = { runtime: config.runtime ?? 'runc', runtimeRoot: join(config.execRoot, 'runc') };
  const shims = new ShimPool({
    binary: config.shimBinary,
    dir: join(config.execRoot, 'shims'),
    runtimeRoot: runtime.runtimeRoot,
    runtime: config.runtime,
    groupSize: config.shimGroupSize ?? DEFAULT_SHIM_GROUP_SIZE,
  });
  const containers = new ContainerService({
    store,
    images: imageService,
    snapshotter,
    shims,
    runDir: join(config.execRoot, 'containers'),
    snapshotterName: driver === 'overlay' ? 'overlay2' : 'native',
    runtime,
  });
  await containers.restore();
  shims.prewarm();
  const facts: HostFacts = readHostFacts(config.runtime);
  const engineId = await persistentId(join(config.dataRoot, 'engine-id'));

  const images: EngineImages = createEngineImages({ images: imageService, containers, snapshotter });

  return {
    containers,
    images,
    imageService,
    version: () => versionInfo(facts),
    async info() {
      return systemInfo({
        id: engineId,
        facts,
        containers: containers.count,
        images: (await imageService.list()).length,
        storageDriver: driver === 'overlay' ? 'overlay2' : 'native',
        dataRoot: config.dataRoot,
        debug: !!config.debug,
      });
    },
    async shutdown() {
      if (config.liveRestore) {
        await containers.detach();
        await shims.detach();
        return;
      }
      await containers.stopAll(config.shutdownTimeout ?? 15);
      await shims.shutdown();
    },
  };
}

/**
 * Containers per shim process. A Node shim costs ~40 MB; sharing one among many containers keeps
 * the per-container cost low, and a shim crash still only affects its group.
 */
export const DEFAULT_SHIM_GROUP_SIZE = 8;

/** A stable engine id, created on first start. */
async function persistentId(file: string): Promise<string> {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const id = randomUUID();
  await writeFile(file, id);
  return id;
}

