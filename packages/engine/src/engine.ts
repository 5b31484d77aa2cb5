import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageSummary, VersionResponse } from '@berth/api-types';
import { openContentStore } from '@berth/content';

import { createImageService, type ImageService } from '@berth/images';
import { createOverlaySnapshotter, createNativeSnapshotter, type Snapshotter } from '@berth/snapshots';
import { ContainerService } from './containers/service';
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
  debug?: boolean;
}

/** Images as the API sees them, with the container counts the engine knows. */
export interface EngineImages {
  load(archive: NodeJS.ReadableStream): Promise<string[]>;
  list(): Promise<ImageSummary[]>;
}

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
  const shims = new ShimPool({
    binary: config.shimBinary,
    dir: join(config.execRoot, 'shims'),
    runtimeRoot: join(config.execRoot, 'runc'),
    runtime: config.runtime,
    groupSize: config.shimGroupSize ?? 8,
  });
  const containers = new ContainerService({
    store,
    images: imageService,
    snapshotter,
    shims,
    runDir: join(config.execRoot, 'containers'),
    snapshotterName: driver === 'overlay' ? 'overlay2' : 'native',
  });
  await containers.restore();
  shims.prewarm();
  const facts: HostFacts = readHostFacts(config.runtime);
  const engineId = await persistentId(join(config.dataRoot, 'engine-id'));

  const images: EngineImages = {
    async load(archive) {
      return (await imageService.load(archive)).loaded;
    },
    async list() {
      return (await imageService.list()).map((img) => ({
        Id: img.id,
        ParentId: '',
        RepoTags: img.repoTags,
        RepoDigests: img.repoDigests,
        Created: Math.floor(img.created.getTime() / 1000),
        Size: img.size,
        SharedSize: -1,
        Labels: img.config.config?.Labels ?? null,
        Containers: containers.usersOf(img.id).length,
      }));
    },
  };

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
      await containers.stopAll();
      await shims.shutdown();
    },
  };
}

/** A stable engine id, created on first start. */
async function persistentId(file: string): Promise<string> {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const id = randomUUID();
  await writeFile(file, id);
  return id;
}

