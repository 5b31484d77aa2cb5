/**
 * A container's mounts (`-v`/Binds, `--mount`/Mounts, `Config.Volumes`, `--volumes-from`) as one
 * plan, checked as dockerd's Linux mount parser checks them, then turned into OCI spec mounts at
 * start and into inspect's `Mounts` list. Pure logic but for the bind-source checks.
 */
import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { release as osRelease } from 'node:os';
import { promisify } from 'node:util';
import { resolveInRoot } from '@berth/archive';
import type { HostConfig, MountSpec } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import type { SpecMount } from '@berth/runtime-spec';
import { mountAll, unmountAll } from '@berth/sys';
import type { VolumeService } from '@berth/volumes';

const execFileAsync = promisify(execFile);

/** One planned mount, persisted with the container record. */
export interface PlannedMount {
  type: 'bind' | 'volume' | 'tmpfs';
  /** Volume name ('' for an anonymous volume until it is created). */
  name?: string;
  /** Host path of a bind; a volume's path once mounted. */
  source: string;
  destination: string;
  driver?: string;
  /** The mode as the user wrote it (`ro`, `z`, `rw,shared` ...), shown by inspect. */
  mode: string;
  rw: boolean;
  propagation: string;
  /** A volume the container made (no name, or `-v /path`, or an image VOLUME): removed by `rm -v`/`--rm`. */
  anonymous?: boolean;
  /** Skip copying the image's content into a new empty volume. */
  noCopy?: boolean;
  /** `-v` creates a missing bind source, `--mount` refuses it. */
  createSource?: boolean;
  tmpfsOptions?: string[];
  /** `bind-recursive=disabled` (`bind-nonrecursive`): submounts of the source are not bound. */
  nonRecursive?: boolean;
  /** `bind-recursive=writable`: read-only, but not its submounts (Docker 24's `ro`). */
  readOnlyNonRecursive?: boolean;
  /** `bind-recursive=readonly`: recursively read-only, or an error where the kernel cannot. */
  readOnlyForceRecursive?: boolean;
  volumeOptions?: Record<string, string>;
  volumeLabels?: Record<string, string>;
}

const PROPAGATIONS = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
/** Accepted for compatibility (Docker Desktop's file sharing), meaningless on Linux. */
const CONSISTENCIES = new Set(['consistent', 'cached', 'delegated']);
const DEFAULT_PROPAGATION = 'rprivate';

const invalidSpec = (raw: string) => invalidArgument(`invalid volume specification: '${raw}'`);
const mountConfig = (type: string, message: string) => invalidArgument(`invalid mount config for type "${type}": ${message}`);

/** A `-v` mode list: rw/ro at most once, one propagation, z/Z, nocopy; anything else is refused. */
function parseMode(mode: string): { rw: boolean; propagation?: string; noCopy: boolean } {
  let rw = true;
  let rwSeen = false;
  let propagation: string | undefined;
  let noCopy = false;
  let label = false;
  let consistency = false;
  if (mode === '') return { rw, noCopy };
  for (const part of mode.split(',')) {
    if (part === 'rw' || part === 'ro') {
      if (rwSeen) throw invalidArgument(`invalid mode: ${mode}`);
      rwSeen = true;
      rw = part === 'rw';
    } else if (PROPAGATIONS.has(part)) {
      if (propagation) throw invalidArgument(`invalid mode: ${mode}`);
      propagation = part;
    } else if (part === 'z' || part === 'Z') {
      if (label) throw invalidArgument(`invalid mode: ${mode}`);
      label = true;
    } else if (CONSISTENCIES.has(part)) {
      if (consistency) throw invalidArgument(`invalid mode: ${mode}`);
      consistency = true;
    } else if (part === 'nocopy') {
      if (noCopy) throw invalidArgument(`invalid mode: ${mode}`);
      noCopy = true;
    } else {
      throw invalidArgument(`invalid mode: ${mode}`);
    }
  }
  return { rw, propagation, noCopy };
}

function checkDestination(type: string, destination: string): void {
  if (destination === '') throw mountConfig(type, 'field Target must not be empty');
  if (!path.posix.isAbsolute(destination)) throw mountConfig(type, `invalid mount path: '${destination}' mount path must be absolute`);
  if (path.posix.normalize(destination) === '/') throw invalidArgument("invalid specification: destination can't be '/'");
}

/** `-v [source:]destination[:mode]` (dockerd's ParseMountRaw on Linux). */
export function parseBind(raw: string, volumeDriver = ''): PlannedMount {
  if ((raw.match(/:/g) ?? []).length > 2) throw invalidSpec(raw);
  const arr = raw.split(':');
  if (arr[0] === '') throw invalidSpec(raw);
  let source = '';
  let destination: string;
  let mode = '';
  if (arr.length === 1) destination = arr[0];
  else if (arr.length === 2) {
    // `/dst:ro` would be a volume with a mode: dockerd refuses it.
    if (isMode(arr[1])) throw invalidSpec(raw);
    [source, destination] = arr;
  } else [source, destination, mode] = arr;
  const parsed = parseMode(mode);
  // dockerd names the whole spec before what is wrong with its parts.
  const check = (type: string) => {
    try {
      checkDestination(type, destination);
    } catch (err) {
      throw invalidArgument(`${invalidSpec(raw).message}: ${(err as Error).message}`);
    }
  };
  if (path.posix.isAbsolute(source)) {
    check('bind');
    if (parsed.noCopy) throw invalidArgument(`invalid mode: ${mode}`);
    return { type: 'bind', source, destination: path.posix.normalize(destination), mode, rw: parsed.rw, propagation: parsed.propagation ?? DEFAULT_PROPAGATION, createSource: true };
  }
  check('volume');
  if (parsed.propagation) throw invalidArgument(`invalid mode: ${mode}`);
  return {
    type: 'volume',
    name: source,
    source: '',
    destination: path.posix.normalize(destination),
    driver: volumeDriver || 'local',
    // dockerd shows a named volume's default mode as `z` (its SELinux relabel default).
    mode: mode === '' && source !== '' ? 'z' : mode,
    rw: parsed.rw,
    propagation: '',
    anonymous: source === '',
    noCopy: parsed.noCopy,
  };
}

function isMode(s: string): boolean {
  try {
    parseMode(s);
    return true;
  } catch {
    return false;
  }
}

/** `--mount` / HostConfig.Mounts (dockerd's ParseMountSpec on Linux). */
export function parseMountSpec(m: MountSpec): PlannedMount {
  const type = m.Type ?? '';
  const target = m.Target ?? '';
  const source = m.Source ?? '';
  if (target === '') throw mountConfig(type, 'field Target must not be empty');
  if (type !== 'bind' && type !== 'volume' && type !== 'tmpfs') throw mountConfig(type, 'mount type unknown');
  checkDestination(type, target);
  const destination = path.posix.normalize(target);
  const rw = !m.ReadOnly;
  if (type !== 'bind' && m.BindOptions) throw mountConfig(type, 'field BindOptions must not be specified');
  if (type !== 'volume' && m.VolumeOptions) throw mountConfig(type, 'field VolumeOptions must not be specified');
  if (type !== 'tmpfs' && m.TmpfsOptions) throw mountConfig(type, 'field TmpfsOptions must not be specified');
  if (type === 'bind') {
    if (source === '') throw mountConfig(type, 'field Source must not be empty');
    if (!path.posix.isAbsolute(source)) throw mountConfig(type, `invalid mount path: '${source}' mount path must be absolute`);
    const propagation = m.BindOptions?.Propagation || DEFAULT_PROPAGATION;
    if (!PROPAGATIONS.has(propagation)) throw mountConfig(type, `invalid propagation mode: ${propagation}`);
    const planned: PlannedMount = { type, source, destination, mode: '', rw, propagation };
    const opts = m.BindOptions;
    if (opts) {
      // dockerd's setupMounts conflicts (it finds them at start; refused here, before anything exists).
      if (!m.ReadOnly && opts.ReadOnlyNonRecursive) throw invalidArgument('mount options conflict: !ReadOnly && BindOptions.ReadOnlyNonRecursive');
      if (!m.ReadOnly && opts.ReadOnlyForceRecursive) throw invalidArgument('mount options conflict: !ReadOnly && BindOptions.ReadOnlyForceRecursive');
      if (opts.ReadOnlyNonRecursive && opts.ReadOnlyForceRecursive) throw invalidArgument('mount options conflict: ReadOnlyNonRecursive && BindOptions.ReadOnlyForceRecursive');
      if (opts.NonRecursive) planned.nonRecursive = true;
      if (opts.ReadOnlyNonRecursive) planned.readOnlyNonRecursive = true;
      if (opts.ReadOnlyForceRecursive) planned.readOnlyForceRecursive = true;
    }
    return planned;
  }
  if (type === 'tmpfs') {
    if (source !== '') throw mountConfig(type, 'field Source must not be specified');
    const options: string[] = [];
    const size = m.TmpfsOptions?.SizeBytes ?? 0;
    if (size < 0) throw mountConfig(type, `invalid tmpfs size: ${size}`);
    if (size > 0) options.push(`size=${tmpfsSize(size)}`);
    if (m.TmpfsOptions?.Mode) options.push(`mode=${m.TmpfsOptions.Mode.toString(8)}`);
    return { type, source: '', destination, mode: '', rw, propagation: '', tmpfsOptions: options };
  }
  const driver = m.VolumeOptions?.DriverConfig?.Name || 'local';
  return {
    type,
    name: source,
    source: '',
    destination,
    driver,
    mode: '',
    rw,
    propagation: '',
    anonymous: source === '',
    noCopy: !!m.VolumeOptions?.NoCopy,
    volumeOptions: m.VolumeOptions?.DriverConfig?.Options ?? undefined,
    volumeLabels: m.VolumeOptions?.Labels ?? undefined,
  };
}

/** Bytes as the largest exact k/m/g unit, as dockerd writes tmpfs sizes. */
function tmpfsSize(bytes: number): string {
  for (const [unit, factor] of [['g', 1 << 30], ['m', 1 << 20], ['k', 1 << 10]] as const) {
    if (bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}

/** `--volumes-from id[:ro|rw]`: the container reference and the forced mode, if any. */
export function parseVolumesFrom(spec: string): { ref: string; rw: boolean } {
  if (spec === '') throw invalidArgument('volumes-from specification cannot be an empty string');
  const colon = spec.indexOf(':');
  if (colon < 0) return { ref: spec, rw: true };
  const mode = spec.slice(colon + 1);
  const parsed = parseMode(mode);
  // Borrowed mounts keep their own propagation and are never copied into.
  if (parsed.propagation || parsed.noCopy) throw invalidArgument(`invalid mode: ${mode}`);
  return { ref: spec.slice(0, colon), rw: parsed.rw };
}

/**
 * Every mount of a new container, later sources overriding earlier ones on the same destination as
 * dockerd orders them: --volumes-from, then image/`-v /path` volumes, then -v binds, then --mount.
 * Two user mounts on one destination are refused.
 */
export function planMounts(host: HostConfig, volumes: Record<string, object> | null | undefined, inherited: PlannedMount[] = []): PlannedMount[] {
  const byDestination = new Map<string, PlannedMount>();
  for (const m of inherited) byDestination.set(m.destination, m);
  for (const dest of Object.keys(volumes ?? {})) {
    const m = parseBind(dest, host.VolumeDriver);
    if (m.type !== 'volume') throw invalidSpec(dest);
    byDestination.set(m.destination, m);
  }
  const user = new Set<string>();
  const add = (m: PlannedMount) => {
    if (user.has(m.destination)) throw invalidArgument(`Duplicate mount point: ${m.destination}`);
    user.add(m.destination);
    byDestination.set(m.destination, m);
  };
  for (const raw of host.Binds ?? []) add(parseBind(raw, host.VolumeDriver));
  for (const spec of host.Mounts ?? []) add(parseMountSpec(spec));
  for (const dest of Object.keys(host.Tmpfs ?? {})) {
    if (user.has(path.posix.normalize(dest))) throw invalidArgument(`Duplicate mount point: ${path.posix.normalize(dest)}`);
  }
  return [...byDestination.values()];
}

/** What --volumes-from takes of another container's mounts: its volumes and binds, read-only if they were or if asked. */
export function inheritMounts(mounts: PlannedMount[], rw: boolean): PlannedMount[] {
  return mounts
    .filter((m) => m.type !== 'tmpfs')
    // Borrowed volumes are never the borrower's to remove.
    .map((m) => ({ ...m, rw: m.rw && rw, anonymous: false, createSource: false }));
}

/** Bind sources exist before the container does: `-v` creates a missing one, `--mount` refuses it. */
export async function prepareBindSources(mounts: PlannedMount[]): Promise<void> {
  for (const m of mounts) {
    if (m.type !== 'bind') continue;
    const exists = await stat(m.source).then(() => true, () => false);
    if (exists) continue;
    if (!m.createSource) throw mountConfig('bind', `bind source path does not exist: ${m.source}`);
    await mkdir(m.source, { recursive: true, mode: 0o755 });
  }
}

/**
 * Whether the kernel makes mounts recursively read-only (mount_setattr with AT_RECURSIVE, Linux
 * 5.12+), which runc's `rro` option needs; the error dockerd gives where it does not.
 */
export function recursiveReadOnlyError(release = osRelease()): Error | undefined {
  const [major, minor] = release.split('.').map((n) => parseInt(n, 10));
  if (major > 5 || (major === 5 && minor >= 12)) return undefined;
  return invalidArgument('rro is not supported: mount_setattr: function not implemented (kernel is older than 5.12?)');
}

/**
 * A read-only bind's option, as dockerd 25+ chooses it: recursively read-only (`rro`) where the
 * kernel can, unless `bind-recursive=writable`; `bind-recursive=readonly` insists on it.
 */
function readOnlyOption(m: PlannedMount, kernelRelease?: string): string {
  if (m.readOnlyNonRecursive) return 'ro';
  const unsupported = recursiveReadOnlyError(kernelRelease);
  if (!unsupported) return 'rro';
  if (m.readOnlyForceRecursive) throw unsupported;
  return 'ro';
}

/** The OCI mounts of a plan whose volumes all have a source (their host path). */
export function specMounts(mounts: PlannedMount[], kernelRelease?: string): SpecMount[] {
  return mounts.map((m) => {
    if (m.type === 'tmpfs') {
      return { destination: m.destination, type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'noexec', ...(m.rw ? [] : ['ro']), ...(m.tmpfsOptions ?? [])] };
    }
    const options = [m.nonRecursive ? 'bind' : 'rbind', m.rw ? 'rw' : readOnlyOption(m, kernelRelease)];
    if (m.propagation) options.push(m.propagation);
    return { destination: m.destination, type: 'bind', source: m.source, options };
  });
}

/** One entry of inspect's `Mounts`, as dockerd shows it. */
export interface InspectMount {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export function inspectMounts(mounts: PlannedMount[] | undefined): InspectMount[] {
  // Only volumes have Name and Driver (dockerd's MountPoint omits them empty); the key order is dockerd's.
  return (mounts ?? []).map((m) => m.type === 'volume'
    ? { Type: m.type, Name: m.name, Source: m.source, Destination: m.destination, Driver: m.driver, Mode: m.mode, RW: m.rw, Propagation: m.propagation }
    : { Type: m.type, Source: m.source, Destination: m.destination, Mode: m.mode, RW: m.rw, Propagation: m.propagation });
}

/**
 * Creates (or finds) the plan's volumes and takes the container's reference on each, filling in
 * their names and host paths. An empty volume mounted over a non-empty image directory is first
 * given that directory's content (dockerd's copy-up) unless `nocopy` was asked: the volume is
 * mounted for that only, as dockerd does; a container mounts its volumes when it starts.
 */
export async function acquireVolumes(volumes: VolumeService | undefined, plan: PlannedMount[], containerId: string, copyUp: (destination: string, volumePath: () => Promise<string>) => Promise<void>): Promise<void> {
  for (const m of plan) {
    if (m.type !== 'volume') continue;
    if (!volumes) throw invalidArgument('volumes are not supported by this daemon');
    const v = await volumes.create({ name: m.name || undefined, driver: m.driver, driverOpts: m.volumeOptions, labels: m.volumeLabels });
    m.name = v.name;
    m.driver = v.driver;
    m.source = (await volumes.reference(v.name, containerId)).mountpoint;
    if (m.noCopy) continue;
    // Mounted only if the image has something to copy there; as dockerd, whenever the volume is
    // empty, not only when it was just made (copyImageContent checks).
    let mounted: string | undefined;
    try {
      await copyUp(m.destination, async () => (mounted ??= await volumes.mount(v.name, containerId)));
    } finally {
      if (mounted !== undefined) await volumes.unmount(v.name, containerId);
    }
    if (mounted !== undefined) m.source = mounted;
  }
}

/**
 * A starting container's volumes mounted (dockerd's setupMounts): each one's host path, for the
 * spec, is where its driver mounted it now. All or nothing: a failure unmounts those done.
 */
export async function mountVolumes(volumes: VolumeService | undefined, plan: PlannedMount[] | undefined, containerId: string): Promise<void> {
  const done: PlannedMount[] = [];
  try {
    for (const m of plan ?? []) {
      if (m.type !== 'volume' || !m.name) continue;
      if (!volumes) throw invalidArgument('volumes are not supported by this daemon');
      m.source = await volumes.mount(m.name, containerId);
      done.push(m);
    }
  } catch (err) {
    await unmountVolumes(volumes, done, containerId);
    throw err;
  }
}

/** A stopped container's volumes unmounted; its references stay (it still exists). */
export async function unmountVolumes(volumes: VolumeService | undefined, plan: PlannedMount[] | undefined, containerId: string): Promise<void> {
  if (!volumes) return;
  for (const m of plan ?? []) {
    // dockerd only logs a driver's failure to unmount: the container is stopped all the same.
    if (m.type === 'volume' && m.name) await volumes.unmount(m.name, containerId).catch(() => undefined);
  }
}

/** Drops the container's references; with `removeAnonymous` (`rm -v`, `--rm`) its anonymous volumes go too. */
export async function releaseVolumes(volumes: VolumeService | undefined, plan: PlannedMount[] | undefined, containerId: string, removeAnonymous: boolean): Promise<void> {
  if (!volumes) return;
  for (const m of plan ?? []) {
    if (m.type !== 'volume' || !m.name) continue;
    await volumes.release(m.name, containerId).catch(() => undefined);
    // dockerd only logs a volume it cannot remove (another container may use it meanwhile).
    if (removeAnonymous && m.anonymous) await volumes.remove(m.name).catch(() => undefined);
  }
}

/**
 * A daemon restart re-takes every container's volume references (the volume service keeps none
 * across it), and the mounts of those still running.
 */
export async function reacquireVolumes(volumes: VolumeService | undefined, plan: PlannedMount[] | undefined, containerId: string, running = false): Promise<void> {
  if (!volumes) return;
  for (const m of plan ?? []) {
    if (m.type !== 'volume' || !m.name) continue;
    if (running) m.source = await volumes.mount(m.name, containerId).catch(() => m.source);
    else await volumes.reference(m.name, containerId).catch(() => undefined);
  }
}

/**
 * dockerd's copy-up: the image's directory at `destination` (resolved inside `rootfs`, never
 * escaping it) is copied, with owners and modes, into an empty volume.
 */
export async function copyImageContent(rootfs: string, destination: string, volume: string | (() => Promise<string>)): Promise<void> {
  let source: string;
  try {
    source = path.join(rootfs, ...resolveInRoot(rootfs, destination, { followFinal: true }));
  } catch {
    return; // nothing (or nothing reachable) there: the volume starts empty
  }
  const st = await stat(source).catch(() => undefined);
  if (!st?.isDirectory()) return;
  if ((await readdir(source)).length === 0) return;
  const volumePath = typeof volume === 'string' ? volume : await volume();
  if ((await readdir(volumePath)).length > 0) return;
  await execFileAsync('cp', ['-a', '--', `${source}/.`, `${volumePath}/`]);
  // The volume's root takes the image directory's owner and mode, as dockerd copies them.
  await chown(volumePath, st.uid, st.gid);
  await chmod(volumePath, st.mode & 0o7777);
}

/** Runs `fn` with the snapshot's mounts mounted at `<dir>/rootfs`; always unmounts and removes `dir`. */
export async function withMountedRootfs<T>(mounts: Parameters<typeof mountAll>[0], dir: string, fn: (root: string) => Promise<T>): Promise<T> {
  const root = path.join(dir, 'rootfs');
  await mkdir(root, { recursive: true, mode: 0o700 });
  try {
    mountAll(mounts, root);
    try {
      return await fn(root);
    } finally {
      unmountAll(root);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A volume event dockerd logs for a container's use of one of its volumes. */
export interface VolumeUseEvent {
  name: string;
  attributes: Record<string, string>;
}

/**
 * dockerd's `mount` (at start, with destination, read/write and propagation) and `unmount` (at
 * exit) volume events of a container's volumes; binds and tmpfs mounts have none.
 */
export function volumeUseEvents(plan: PlannedMount[] | undefined, containerId: string, action: 'mount' | 'unmount'): VolumeUseEvent[] {
  return (plan ?? []).filter((m) => m.type === 'volume' && m.name).map((m) => {
    const attributes: Record<string, string> = { driver: m.driver ?? 'local', container: containerId };
    if (action === 'mount') Object.assign(attributes, { destination: m.destination, 'read/write': String(m.rw), propagation: m.propagation });
    return { name: m.name!, attributes };
  });
}
