/**
 * The `local` volume driver (dockerd's volume/local): a volume is the directory `<root>/<name>/_data`,
 * its metadata `<root>/<name>/volume.json` (replaced atomically, so a kill -9 leaves the old or the
 * new record), and with the options `type`/`o`/`device` a filesystem mounted on `_data` while any
 * container uses the volume.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { conflict, invalidArgument, notFound } from '@berth/errdefs';
import { mountAll, unmountAll, writeFileAtomic } from '@berth/sys';
import type { Volume, VolumeCreateRequest, VolumeEventSink, VolumeOwner, VolumeService } from './index';
import { PluginRegistry, type PluginVolume, type VolumePlugin, type VolumeScope } from './plugin';

/** dockerd marks volumes it names itself; `volume prune` without `all` removes only these. */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** names.RestrictedNameChars in moby, quoted in its error text. */
const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const VALID_OPTIONS = new Set(['type', 'o', 'device', 'size']);

interface Record_ {
  name: string;
  driver: string;
  createdAt: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  /** A plugin's volume: where the plugin last said it is (VolumeDriver.Path/Mount). */
  mountpoint?: string;
}

function validateName(name: string): void {
  if (name.length === 1) throw invalidArgument('volume name is too short, names should be at least two alphanumeric characters');
  if (!NAME_PATTERN.test(name)) {
    throw invalidArgument(`"${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
  }
}

/** dockerd's local driver validateOpts: known keys only, and a filesystem type needs its device. */
function validateOptions(options: Record<string, string>): void {
  for (const key of Object.keys(options)) if (!VALID_OPTIONS.has(key)) throw invalidArgument(`invalid option: "${key}"`);
  if (options.size !== undefined) throw invalidArgument('quota size requested but no quota support');
  if (options.type && !options.device) throw invalidArgument('missing required option: "device"');
  if (options.device && !options.type) throw invalidArgument('missing required option: "type"');
  if (options.o && !options.type) throw invalidArgument('missing required option: "type"');
}

/** One op-and-name prefix as dockerd's volume OpErr writes it: `create foo: ...`. */
function opError(op: string, name: string, err: unknown): unknown {
  if (err instanceof Error) err.message = `${op} ${name}: ${err.message}`;
  return err;
}

export class LocalVolumeService implements VolumeService {
  private readonly records = new Map<string, Record_>();
  /** Users of each volume (containers that exist), dockerd's references. */
  private readonly refs = new Map<string, Set<string>>();
  /** Users that have the volume mounted (running containers): the filesystem stays while there are any. */
  private readonly mounted = new Map<string, Set<string>>();
  /** Serialises the changes of one volume (create vs remove vs first mount). */
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly root: string,
    private readonly events?: VolumeEventSink,
    private readonly plugins: PluginRegistry = new PluginRegistry([]),
    private readonly owner?: VolumeOwner,
  ) {}

  /** The plugin behind a volume of another driver than `local`; undefined for local ones. */
  private async pluginOf(record: Record_): Promise<VolumePlugin | undefined> {
    return record.driver === 'local' ? undefined : this.plugins.get(record.driver);
  }

  async load(): Promise<void> {
    await fs.promises.mkdir(this.root, { recursive: true, mode: 0o701 });
    for (const entry of await fs.promises.readdir(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = path.join(this.root, entry.name);
      let record: Record_ | undefined;
      try {
        record = JSON.parse(await fs.promises.readFile(path.join(dir, 'volume.json'), 'utf8')) as Record_;
      } catch {
        // A crash between mkdir and the metadata write leaves `_data` alone: dockerd's local driver
        // lists every directory with `_data`, so this one is a volume without labels or options.
        const stat = await fs.promises.stat(path.join(dir, '_data')).catch(() => undefined);
        if (!stat?.isDirectory()) continue;
        record = { name: entry.name, driver: 'local', createdAt: stat.mtime.toISOString(), labels: {}, options: {} };
      }
      this.records.set(record.name, record);
    }
    // A filesystem a previous daemon mounted for a volume is gone with its users (or a crash): the
    // engine re-registers running containers' mounts, which mount it again.
    for (const name of this.records.keys()) {
      if (this.hasFilesystem(name)) {
        try {
          unmountAll(this.dataDir(name));
        } catch {
          // not mounted
        }
      }
    }
  }

  private dataDir(name: string): string {
    return path.join(this.root, name, '_data');
  }

  private hasFilesystem(name: string): boolean {
    const record = this.records.get(name);
    return record?.driver === 'local' && Boolean(record.options.type);
  }

  private view(record: Record_, scope: VolumeScope = 'local'): Volume {
    return {
      name: record.name,
      driver: record.driver,
      mountpoint: record.driver === 'local' ? this.dataDir(record.name) : record.mountpoint ?? '',
      createdAt: record.createdAt,
      labels: { ...record.labels },
      options: { ...record.options },
      scope,
    };
  }

  /** A driver's scope: `local` for the local driver, a plugin's from its Capabilities (`local` if it cannot say). */
  private async scopeOf(driver: string): Promise<VolumeScope> {
    if (driver === 'local') return 'local';
    return this.plugins.get(driver).then((p) => p.capabilities(), () => 'local' as const);
  }

  /** A volume a plugin has that berth did not record (made outside it): shown as dockerd shows it. */
  private async foreignView(plugin: VolumePlugin, v: PluginVolume): Promise<Volume> {
    return { name: v.Name, driver: plugin.name, mountpoint: v.Mountpoint ?? '', createdAt: v.CreatedAt ?? '', labels: {}, options: {}, scope: await plugin.capabilities() };
  }

  private async locked<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(name) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(name, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(name) === tail) this.locks.delete(name);
    }
  }

  async create(req: VolumeCreateRequest): Promise<Volume> {
    const anonymous = !req.name;
    const name = req.name || randomBytes(32).toString('hex');
    const driver = req.driver || 'local';
    return this.locked(name, async () => {
      const existing = this.records.get(name);
      if (existing) {
        // dockerd returns the existing volume, unless another driver was asked for.
        if (req.driver && existing.driver !== req.driver) {
          // As dockerd, the driver asked for must exist before the names can conflict.
          if (req.driver !== 'local') await this.plugins.get(req.driver).catch((err: unknown) => {
            throw opError('create', name, err);
          });
          throw conflict(`create ${name}: driver '${existing.driver}' already has volume '${name}': volume name must be unique`);
        }
        return this.view(existing);
      }
      const labels = { ...(req.labels ?? {}) };
      if (anonymous) labels[ANONYMOUS_LABEL] = '';
      const record: Record_ = { name, driver, createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), labels, options: { ...(req.driverOpts ?? {}) } };
      try {
        if (driver === 'local') {
          validateName(name);
          validateOptions(req.driverOpts ?? {});
        } else {
          // A plugin judges its own names and options.
          const plugin = await this.plugins.get(driver);
          await plugin.create(name, record.options);
          record.mountpoint = await plugin.path(name).catch(() => '');
        }
      } catch (err) {
        throw opError('create', name, err);
      }
      await fs.promises.mkdir(driver === 'local' ? this.dataDir(name) : path.join(this.root, name), { recursive: true, mode: 0o755 });
      // dockerd's local driver gives the volume to the daemon's root identity: under
      // --userns-remap the container's root writes it as it writes its own files.
      if (driver === 'local' && this.owner) {
        for (const dir of [path.join(this.root, name), this.dataDir(name)]) await fs.promises.chown(dir, this.owner.uid, this.owner.gid);
      }
      await writeFileAtomic(path.join(this.root, name, 'volume.json'), JSON.stringify(record));
      this.records.set(name, record);
      this.events?.publish('create', name, { driver });
      return this.view(record);
    });
  }

  /**
   * A recorded volume, else one a plugin has (VolumeDriver.Get of each plugin in turn, as dockerd's
   * store asks its drivers for a name it does not know).
   */
  async get(name: string): Promise<Volume> {
    const record = this.records.get(name);
    if (record) return this.view(record, await this.scopeOf(record.driver));
    for (const plugin of (await this.plugins.all()).plugins) {
      const found = await plugin.get(name).catch(() => undefined);
      if (found) return this.foreignView(plugin, found);
    }
    throw notFound(`get ${name}: no such volume`);
  }

  /**
   * Recorded volumes and those the plugins list (VolumeDriver.List) that berth has no record of;
   * a plugin's volume named like one of another driver is left out, as dockerd does.
   */
  async list(): Promise<Volume[]> {
    const out: Volume[] = [];
    for (const r of this.records.values()) out.push(this.view(r, await this.scopeOf(r.driver)));
    for (const plugin of (await this.plugins.all()).plugins) {
      // A plugin that cannot list is skipped (dockerd turns it into a warning).
      for (const v of await plugin.list().catch(() => [] as PluginVolume[])) {
        if (!this.records.has(v.Name) && !out.some((o) => o.name === v.Name)) out.push(await this.foreignView(plugin, v));
      }
    }
    return out;
  }

  async remove(name: string, opts: { force?: boolean } = {}): Promise<void> {
    await this.locked(name, async () => {
      const record = this.records.get(name);
      if (!record) {
        // One a plugin has without berth's record (made outside it) is removed through the plugin.
        for (const plugin of (await this.plugins.all()).plugins) {
          if (!(await plugin.get(name).then(() => true, () => false))) continue;
          await plugin.remove(name).catch((err: unknown) => {
            throw opError('remove', name, err);
          });
          this.events?.publish('destroy', name, { driver: plugin.name });
          return;
        }
        if (opts.force) return;
        throw notFound(`get ${name}: no such volume`);
      }
      const users = this.usedBy(name);
      if (users.length > 0) throw conflict(`remove ${name}: volume is in use - [${users.join(', ')}]`);
      try {
        await (await this.pluginOf(record))?.remove(name);
      } catch (err) {
        // dockerd's force purges the record even when the driver fails.
        if (!opts.force) throw opError('remove', name, err);
      }
      this.records.delete(name);
      // The record goes first, so a crash mid-way leaves no half-listed volume behind.
      await fs.promises.rm(path.join(this.root, name, 'volume.json'), { force: true });
      await fs.promises.rm(path.join(this.root, name), { recursive: true, force: true });
      this.events?.publish('destroy', name, { driver: record.driver });
    });
  }

  async reference(name: string, ref: string): Promise<Volume> {
    return this.locked(name, async () => {
      const record = this.records.get(name);
      if (!record) throw notFound(`get ${name}: no such volume`);
      this.addTo(this.refs, name, ref);
      return this.view(record);
    });
  }

  async release(name: string, ref: string): Promise<void> {
    await this.unmount(name, ref);
    await this.locked(name, async () => {
      const users = this.refs.get(name);
      if (users?.delete(ref) && users.size === 0) this.refs.delete(name);
    });
  }

  private addTo(map: Map<string, Set<string>>, name: string, ref: string): void {
    const set = map.get(name) ?? new Set<string>();
    set.add(ref);
    map.set(name, set);
  }

  async mount(name: string, ref: string): Promise<string> {
    return this.locked(name, async () => {
      const record = this.records.get(name);
      if (!record) throw notFound(`get ${name}: no such volume`);
      const active = this.mounted.get(name) ?? new Set<string>();
      if (active.has(ref)) return this.view(record).mountpoint;
      const plugin = await this.pluginOf(record).catch((err: unknown) => {
        throw opError('mount', name, err);
      });
      if (plugin) {
        record.mountpoint = await plugin.mount(name, ref).catch((err: unknown) => {
          throw opError('mount', name, err);
        });
      } else if (active.size === 0 && this.hasFilesystem(name)) {
        const { type, o, device } = record.options;
        try {
          mountAll([{ type: type === 'none' ? 'bind' : type, source: device, options: o ? o.split(',') : [] }], this.dataDir(name));
        } catch (err) {
          throw opError('mount', name, err);
        }
      }
      this.addTo(this.mounted, name, ref);
      this.addTo(this.refs, name, ref);
      return this.view(record).mountpoint;
    });
  }

  async unmount(name: string, ref: string): Promise<void> {
    await this.locked(name, async () => {
      const active = this.mounted.get(name);
      if (!active?.delete(ref)) return;
      const record = this.records.get(name);
      if (record && record.driver !== 'local') await (await this.pluginOf(record))?.unmount(name, ref);
      if (active.size === 0) {
        this.mounted.delete(name);
        if (this.hasFilesystem(name)) unmountAll(this.dataDir(name));
      }
    });
  }

  usedBy(name: string): string[] {
    return [...(this.refs.get(name) ?? [])];
  }
}
