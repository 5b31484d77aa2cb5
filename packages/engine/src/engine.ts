import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LogConfig, VersionResponse } from '@berth/api-types';
import { openContentStore } from '@berth/content';
import { invalidArgument } from '@berth/errdefs';
import type { UserNamespaceMappings } from '@berth/runtime-spec';

import { createImageService, type ImageService } from '@berth/images';
import { connectProxySnapshotter, openLocalSnapshotter, type StorageDriver } from './storage';
import { storageLayout } from './storage-layout';
import { createVolumeService, type VolumeService } from '@berth/volumes';
import { ContainerService, remappedRootId } from './containers/service';
import { createEngineImages, type EngineImages } from './images/backend';
import { createEngineVolumes, type EngineVolumes } from './volumes/backend';
import { ContainerStore } from './containers/store';
import { checkDefaultLogConfig } from './containers/log-defaults';
import type { Ulimit } from './containers/ulimit-defaults';
import { readHostFacts, systemInfo, versionInfo, type DaemonInfo, type HostFacts } from './system';
import { BUILTIN_RUNTIME, ShimPool, type OciRuntime } from './tasks/shim-pool';
import { EventLog } from './events';
import { DRIVER_TABLE, type NetworkController } from '@berth/network';
import { ContainerNetworking } from './networks/container';
import { createEngineNetworks, type EngineNetworks } from './networks/backend';
import { startNetworkController, type EngineNetworkConfig } from './networks/setup';

export interface EngineConfig {
  dataRoot: string;
  execRoot: string;
  /** Path of the berth-shim JS entry the engine starts shims from. */
  shimBinary: string;
  storageDriver?: StorageDriver;
  /** Where the `proxy` storage driver's snapshotter listens (`unix:///path`). */
  snapshotterAddress?: string;
  runtime?: string;
  /** More OCI runtimes by name (daemon.json `runtimes`, `--add-runtime`); `runc` is `runtime` above. */
  runtimes?: Record<string, OciRuntime>;
  /** The runtime of containers that name none (`default-runtime`); `runc` when absent. */
  defaultRuntime?: string;
  /** Containers supervised by one shim process. */
  shimGroupSize?: number;
  /** Keep containers (and their shims) running when the daemon stops (dockerd's live-restore). */
  liveRestore?: boolean;
  /** Stop timeout, seconds, for containers without their own when the daemon stops them (default 15). */
  shutdownTimeout?: number;
  debug?: boolean;
  /**
   * The daemon's `--userns-remap`: containers run in a user namespace with these maps, and all
   * state (content, snapshots, images, containers) lives apart under `<dataRoot>/<uid>.<gid>/`,
   * its layers owned by the remapped ids (see `remappedRoot`).
   */
  userns?: UserNamespaceMappings;
  /** The daemon's listeners, registries and labels as `info` reports them; asked at every call. */
  daemonInfo?: () => DaemonInfo;
  /** Logging for containers that name no driver (daemon.json `log-driver`, `log-opts`); checked at start. */
  defaultLogConfig?: LogConfig;
  /** daemon.json `default-ulimits` for containers that do not set the same ones; asked at every start. */
  defaultUlimits?: () => Ulimit[];
  /** Container networking (bridges, ports, DNS); without it a container only gets a netns with `lo`. */
  network?: EngineNetworkConfig;
  /** Where the engine reports what went wrong after a request had its answer (the daemon's log). */
  warn?: (message: string) => void;
}

export type { EngineImages } from './images/backend';

export interface Engine {
  readonly containers: ContainerService;
  readonly images: EngineImages;
  readonly imageService: ImageService;
  /** Named volumes (`<dataRoot>/volumes`). */
  readonly volumes: VolumeService;
  /** The volume endpoints: Engine API JSON, filters, prune. */
  readonly volumeApi: EngineVolumes;
  /** Everything that happened, for `GET /events`. */
  readonly events: EventLog;
  /** The network controller (`<dataRoot>/network`), when networking is on. */
  readonly networks?: NetworkController;
  /** The network endpoints: Engine API JSON, filters, prune, connect/disconnect. */
  readonly networkApi?: EngineNetworks;
  version(): VersionResponse;
  info(): Promise<Record<string, unknown>>;
  shutdown(): Promise<void>;
}

export async function createEngine(config: EngineConfig): Promise<Engine> {
  const driver = config.storageDriver ?? 'overlay';
  if (config.defaultLogConfig) checkDefaultLogConfig(config.defaultLogConfig);
  // Checked before anything is created: a refused start leaves nothing behind.
  if (config.userns) for (const root of [config.dataRoot, config.execRoot]) await assertTraversable(root);
  // Dialled before anything is created, so an unreachable proxy leaves nothing behind.
  const proxy = driver === 'proxy' ? await connectProxySnapshotter(config.snapshotterAddress) : undefined;
  await mkdir(config.dataRoot, { recursive: true, mode: 0o710 });
  await mkdir(config.execRoot, { recursive: true, mode: 0o700 });
  const dataRoot = config.userns ? await remappedRoot(config.dataRoot, config.execRoot, config.userns) : config.dataRoot;
  const storage = proxy ?? (await openLocalSnapshotter(driver === 'native' ? 'native' : 'overlay', join(dataRoot, 'snapshots')));
  // Images and containers are the storage driver's own (./storage-layout.ts).
  const layout = await storageLayout(dataRoot, storage.name);
  const content = await openContentStore(layout.contentRoot);
  const snapshotter = storage.snapshotter;
  const imageService = await createImageService({ root: layout.imagesRoot, content, snapshotter, idShift: config.userns });
  const store = new ContainerStore(join(dataRoot, 'containers'), { name: storage.name, firstDriver: layout.firstDriver });
  await store.init();
  const runtime = { runtime: config.runtime ?? 'runc', runtimeRoot: join(config.execRoot, 'runc') };
  const shims = new ShimPool({
    binary: config.shimBinary,
    dir: join(config.execRoot, 'shims'),
    runtimeRoot: runtime.runtimeRoot,
    runtime: config.runtime,
    runtimes: config.runtimes,
    defaultRuntime: config.defaultRuntime,
    groupSize: config.shimGroupSize ?? DEFAULT_SHIM_GROUP_SIZE,
  });
  const events = new EventLog();
  // Where dockerd finds plugins' sockets and spec files (volume, network and IPAM drivers), after berthd's own.
  const pluginDirs = [join(config.execRoot, 'plugins'), '/run/docker/plugins', '/etc/docker/plugins', '/usr/lib/docker/plugins'];
  const volumes = await createVolumeService({
    root: join(dataRoot, 'volumes'),
    pluginDirs,
    owner: config.userns && { uid: remappedRootId(config.userns.uidMap), gid: remappedRootId(config.userns.gidMap) },
    events: { publish: (action, name, attributes) => events.publish({ type: 'volume', action, actor: { ID: name, Attributes: attributes } }) },
  });
  const engineId = await persistentId(join(dataRoot, 'engine-id'));
  // Before the containers' restore, which reconciles their sandboxes.
  const networks = config.network ? await startNetworkController(config.network, dataRoot, config.execRoot, events, pluginDirs, config.warn, engineId) : undefined;
  const networking = networks && new ContainerNetworking(networks, { dns: config.network?.dns, dnsSearch: config.network?.dnsSearch, dnsOptions: config.network?.dnsOptions });
  const containers = new ContainerService({
    events,
    networking,
    store,
    images: imageService,
    snapshotter,
    shims,
    runDir: join(config.execRoot, 'containers'),
    snapshotterName: storage.name,
    runtime,
    userns: config.userns,
    defaultLogConfig: config.defaultLogConfig,
    defaultUlimits: config.defaultUlimits,
    volumes,
  });
  await containers.restore();
  shims.prewarm();
  const facts: HostFacts = readHostFacts(config.runtime);

  const volumeApi = createEngineVolumes(volumes, events);
  // Commit and export write a remapped container's owners as it sees them (--userns-remap).
  const images: EngineImages = createEngineImages({ images: imageService, containers, snapshotter, events, volumes: volumeApi, idShift: config.userns });

  const networkApi = networks && createEngineNetworks(networks, containers);

  return {
    containers,
    networks,
    networkApi,
    images,
    imageService,
    volumes,
    volumeApi,
    events,
    version: () => versionInfo(facts),
    async info() {
      return systemInfo({
        id: engineId,
        facts,
        containers: containers.count,
        images: (await imageService.list()).length,
        storageDriver: storage.name,
        dataRoot,
        debug: !!config.debug,
        userns: !!config.userns,
        networkDrivers: networks && networkDriverNames(),
        liveRestore: !!config.liveRestore,
        eventListeners: events.listenerCount,
        runtimes: { [BUILTIN_RUNTIME]: { path: config.runtime ?? 'runc' }, ...config.runtimes },
        defaultRuntime: shims.defaultRuntime,
        ...config.daemonInfo?.(),
      });
    },
    async shutdown() {
      if (config.liveRestore) {
        await containers.detach();
        await shims.detach();
        // Sandboxes stay (netns, links, rules); their DNS servers restart with the next daemon.
        await networks?.close();
        storage.close();
        return;
      }
      await containers.stopAll(config.shutdownTimeout ?? 15);
      await shims.shutdown();
      await networks?.close();
      storage.close();
    },
  };
}

/** The controller's drivers: its table, and overlay (there whenever it has an exec root, as here). */
function networkDriverNames(): string[] {
  return [...new Set([...DRIVER_TABLE.map((row) => row.name), 'overlay'])].sort();
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


/**
 * The remapped root looks up bundles, rootfs and bind-mount sources from inside its user
 * namespace, where host root's directories grant it only their "other" permissions: every existing
 * parent of `root` must let others traverse. Loosening arbitrary host directories is the
 * administrator's call, so berthd refuses to start instead, as dockerd does.
 */
async function assertTraversable(root: string): Promise<void> {
  for (let dir = dirname(root); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = await stat(dir).then((st) => st.mode, (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined; // created by berthd, 0755
      throw err;
    });
    if (mode !== undefined && (mode & 0o001) === 0) {
      throw invalidArgument(`a directory in the path of ${root} (${dir}) restricts access to the remapped root uid/gid; please fix by allowing 'o+x' permissions on existing directories`);
    }
  }
}

/**
 * The directories of a remapping daemon, as dockerd lays them out: the data and exec roots become
 * 0711 (traversable by the remapped root), and the state lives in `<dataRoot>/<uid>.<gid>`, 0710
 * and group-owned by the remapped root's gid. Returns that directory.
 */
async function remappedRoot(dataRoot: string, execRoot: string, userns: UserNamespaceMappings): Promise<string> {
  const uid = remappedRootId(userns.uidMap);
  const gid = remappedRootId(userns.gidMap);
  for (const root of [dataRoot, execRoot]) await chmod(root, 0o711);
  const root = join(dataRoot, `${uid}.${gid}`);
  await mkdir(root, { recursive: true, mode: 0o710 });
  await chown(root, process.getuid?.() ?? 0, gid);
  return root;
}
