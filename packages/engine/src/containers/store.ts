import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContainerConfig, ContainerState, HostConfig } from '@berth/api-types';
import { writeFileAtomic } from '@berth/sys';
import type { PlannedMount } from './mounts';
import type { StoredEndpoint } from '../networks/modes';

/** What berth persists about one container; survives kill -9 (written with write-rename-fsync). */
export interface ContainerRecord {
  id: string;
  name: string;
  created: string;
  path: string;
  args: string[];
  config: ContainerConfig;
  hostConfig: HostConfig;
  /** The image id (sha256:...) the container was created from. */
  image: string;
  state: ContainerState;
  restartCount: number;
  /** Snapshot key of the writable layer. */
  snapshotKey: string;
  logPath: string;
  hostsPath: string;
  hostnamePath: string;
  resolvConfPath: string;
  /** Address of the shim supervising the container's task, while it has one. */
  shimAddress?: string;
  /** Set by `docker stop`/`kill`, cleared by `start`: the restart policy leaves such a container stopped, also across daemon restarts. */
  manuallyStopped?: boolean;
  /** Binds, volumes and tmpfs mounts as planned at create (./mounts.ts); volumes carry their names and host paths. */
  mounts?: PlannedMount[];
  /** The networks the container joins at start, by name, its network mode's first (../networks). */
  networks?: Record<string, StoredEndpoint>;
  /** The storage driver its writable layer belongs to (info's name); absent in older records (../storage-layout.ts). */
  storageDriver?: string;
}

/** Which containers a daemon sees: those of its storage driver (dockerd skips the others at restore). */
export interface StoreDriver {
  name: string;
  /** The driver of records that name none. */
  firstDriver: string;
}

const RECORD_FILE = 'container.json';

/** One directory per container under `<data-root>/containers/<id>/`. */
export class ContainerStore {
  constructor(
    readonly root: string,
    private readonly driver?: StoreDriver,
  ) {}

  dirOf(id: string): string {
    return join(this.root, id);
  }

  async init(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o710 });
  }

  async save(record: ContainerRecord): Promise<void> {
    if (this.driver) record.storageDriver ??= this.driver.name;
    await mkdir(this.dirOf(record.id), { recursive: true, mode: 0o710 });
    await writeFileAtomic(join(this.dirOf(record.id), RECORD_FILE), JSON.stringify(record));
  }

  /**
   * Every container of this daemon's storage driver that has a readable record (those of another
   * driver stay, unseen, for a daemon started with it); a half-created directory without one is removed.
   */
  async loadAll(): Promise<ContainerRecord[]> {
    const records: ContainerRecord[] = [];
    for (const id of await readdir(this.root)) {
      try {
        const record = JSON.parse(await readFile(join(this.dirOf(id), RECORD_FILE), 'utf8')) as ContainerRecord;
        if (this.driver && (record.storageDriver ?? this.driver.firstDriver) !== this.driver.name) continue;
        records.push(record);
      } catch {
        await rm(this.dirOf(id), { recursive: true, force: true });
      }
    }
    return records;
  }

  async delete(id: string): Promise<void> {
    await rm(this.dirOf(id), { recursive: true, force: true });
  }
}
