/**
 * @berth/volumes — named volumes: the `local` driver and Docker volume plugins behind one
 * service. The engine binds `mount(name, containerId)`'s path into a container and calls `unmount`
 * when the container stops; `remove` refuses a volume with references.
 */
import { LocalVolumeService } from './local';
import { PluginRegistry } from './plugin';

export { ANONYMOUS_LABEL } from './local';
export { startTinyPlugin } from './tiny-plugin';

export interface Volume {
  name: string;
  driver: string;
  mountpoint: string;
  /** RFC 3339 */
  createdAt: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  /** The driver's (a plugin's Capabilities may say `global`). */
  scope: 'local' | 'global';
}

export interface VolumeCreateRequest {
  name?: string;
  driver?: string;
  driverOpts?: Record<string, string>;
  labels?: Record<string, string>;
}

/** Named volumes: the `local` driver and Docker volume plugins behind one service. */
export interface VolumeService {
  /** Name omitted: a 64-hex anonymous name (labelled `com.docker.volume.anonymous`); an existing name returns that volume. */
  create(req: VolumeCreateRequest): Promise<Volume>;
  /** notFound(`get ${name}: no such volume`) */
  get(name: string): Promise<Volume>;
  list(): Promise<Volume[]>;
  /** conflict(`remove ${name}: volume is in use - [<ids>]`) while referenced; `force` ignores a missing volume. */
  remove(name: string, opts?: { force?: boolean }): Promise<void>;
  /**
   * Records `ref` (a container id) as a user of the volume, as dockerd's references: a volume with
   * users is not removed, pruned or dangling. Nothing is mounted.
   */
  reference(name: string, ref: string): Promise<Volume>;
  /** Drops `ref` as a user (unmounting first what it still has mounted). */
  release(name: string, ref: string): Promise<void>;
  /**
   * The host path to bind into a container while `ref` runs (a reference too): a local volume's
   * filesystem (`type`/`o`/`device`) is mounted by the first of its running users, a plugin's
   * volume through VolumeDriver.Mount.
   */
  mount(name: string, ref: string): Promise<string>;
  /** `ref` stopped running: its mount goes (the last one unmounts the filesystem); the reference stays. */
  unmount(name: string, ref: string): Promise<void>;
  usedBy(name: string): string[];
}

/**
 * Where volume events (create, destroy) go; the engine forwards them to its event log. `mount` and
 * `unmount` are the container's to report (dockerd logs them at start and stop, with the
 * destination), not the reference's.
 */
export interface VolumeEventSink {
  publish(action: string, name: string, attributes: Record<string, string>): void;
}

/** Who owns a new local volume's directories: the daemon's (remapped, under --userns-remap) root. */
export interface VolumeOwner {
  uid: number;
  gid: number;
}

export async function createVolumeService(opts: { root: string /* <data-root>/volumes */; pluginDirs?: string[]; events?: VolumeEventSink; owner?: VolumeOwner }): Promise<VolumeService> {
  const service = new LocalVolumeService(opts.root, opts.events, new PluginRegistry(opts.pluginDirs ?? []), opts.owner);
  await service.load();
  return service;
}
