import { randomBytes } from 'node:crypto';
import { lstatSync, statSync, type BigIntStats } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { applyLayer, resolveInRoot, writePathAsTar } from '@berth/archive';
import type { ContainerPathStat } from '@berth/api-types';
import { invalidArgument, notFound } from '@berth/errdefs';
import { directoryRootfsReader, resolveUser, type UserNamespaceMappings } from '@berth/runtime-spec';
import type { Snapshotter } from '@berth/snapshots';
import { mount, mountAll, unmount } from '@berth/sys';
import type { PlannedMount } from './mounts';
import type { ContainerRecord } from './store';

/**
 * `docker cp`'s side in the engine (HEAD/GET/PUT /containers/{id}/archive): paths of a container's
 * filesystem stat'ed, archived and extracted into, resolved as the container sees them — symlinks
 * followed with the container's root as `/`, so no link (absolute, `../../..`) leads out of it.
 */

/** Go's os.FileMode bits, as dockerd sends a path's mode in X-Docker-Container-Path-Stat. */
export const GoMode = {
  dir: 2 ** 31,
  symlink: 2 ** 27,
  device: 2 ** 26,
  namedPipe: 2 ** 25,
  socket: 2 ** 24,
  setuid: 2 ** 23,
  setgid: 2 ** 22,
  charDevice: 2 ** 21,
  sticky: 2 ** 20,
} as const;

const S_IFMT = 0o170000;

/** A POSIX st_mode as Go's os.FileMode: permission bits kept, type and special bits moved up. */
export function goFileMode(mode: number): number {
  let bits = mode & 0o777;
  switch (mode & S_IFMT) {
    case 0o040000: bits += GoMode.dir; break;
    case 0o120000: bits += GoMode.symlink; break;
    case 0o020000: bits += GoMode.device + GoMode.charDevice; break;
    case 0o060000: bits += GoMode.device; break;
    case 0o010000: bits += GoMode.namedPipe; break;
    case 0o140000: bits += GoMode.socket; break;
  }
  if (mode & 0o4000) bits += GoMode.setuid;
  if (mode & 0o2000) bits += GoMode.setgid;
  if (mode & 0o1000) bits += GoMode.sticky;
  return bits;
}

/**
 * The path `unsafe` means inside the container whose root is the host directory `root`, as an
 * absolute, clean container path: `@berth/archive`'s root-confined resolution (symlinks re-rooted,
 * `..` never above `/`), the final component followed only when `followFinal` is set. Joined to
 * `root`, the result is always inside it.
 */
export function resolveInContainer(root: string, unsafe: string, followFinal: boolean): string {
  return '/' + resolveInRoot(root, unsafe, { followFinal }).join('/');
}

/** Whether a path names a directory explicitly: a trailing `/` or a last component `.` (Docker's assertsDirectory). */
export function assertsDirectory(path: string): boolean {
  return path.endsWith('/') || path === '.' || path.endsWith('/.');
}

/** Go's filepath.Base: the last element, trailing slashes ignored; `/` for the root, `.` for ''. */
export function baseName(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** A bigint stat's mtime as Go's time.Time JSON (RFC 3339, nanoseconds without trailing zeros, UTC). */
export function goTime(mtimeNs: bigint): string {
  const seconds = mtimeNs / 1_000_000_000n;
  const nanos = mtimeNs % 1_000_000_000n;
  const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const fraction = nanos === 0n ? '' : '.' + nanos.toString().padStart(9, '0').replace(/0+$/, '');
  return `${base}${fraction}Z`;
}

/** The files dockerd bind-mounts over a container's own: cp reads the container's, not the image's. */
const ETC_FILES: Record<string, keyof Pick<ContainerRecord, 'hostsPath' | 'hostnamePath' | 'resolvConfPath'>> = {
  '/etc/hosts': 'hostsPath',
  '/etc/hostname': 'hostnamePath',
  '/etc/resolv.conf': 'resolvConfPath',
};

/** What the archive operations need of one container (ContainerService provides it). */
export interface ArchiveTarget {
  record: ContainerRecord;
  /** The name or id the client gave: dockerd's messages repeat it. */
  ref: string;
  /** The rootfs the container's task has mounted (running or paused), else undefined. */
  mountedRootfs?: string;
  /** Publishes a container event (archive-path, extract-to-dir). */
  emit(action: string): void;
  /**
   * Freezes a running container's processes and resolves to the thaw: while files are read or
   * written, no process of the container can swap a directory for a symlink between a path's
   * resolution here and its use (the `docker cp` race of CVE-2018-15664; dockerd paused too).
   */
  freeze?(): Promise<() => Promise<void>>;
}

export interface ArchiveDeps {
  snapshotter: Snapshotter;
  /** The exec root's container directory: a stopped container's snapshot is mounted beneath it for the copy. */
  runDir: string;
  userns?: UserNamespaceMappings;
}

export interface ExtractOptions {
  noOverwriteDirNonDir: boolean;
  copyUIDGID: boolean;
}

/** The container's user namespace maps: the daemon's --userns-remap, unless it runs with --userns=host. */
function idShiftOf(deps: ArchiveDeps, target: ArchiveTarget): UserNamespaceMappings | undefined {
  return target.record.hostConfig.UsernsMode === 'host' ? undefined : deps.userns;
}

function fileNotFound(path: string, target: ArchiveTarget): Error {
  return notFound(`Could not find the file ${path} in container ${target.ref}`);
}

/**
 * One lock per container over everything that mounts its filesystem: a copy holds it from the
 * root's mount to its release, a start (ContainerService) while it mounts the snapshot for the
 * task — so a stopped container's layer is never mounted twice (overlay forbids sharing an upper
 * directory) and a copy never mixes a stopped root with a task starting meanwhile.
 */
const fsLocks = new Map<string, Promise<void>>();

/** Waits for the container's filesystem lock; the result lets it go. */
export async function lockContainerFs(id: string): Promise<() => void> {
  const previous = fsLocks.get(id) ?? Promise.resolve();
  let unlock!: () => void;
  const mine = new Promise<void>((resolve) => (unlock = resolve));
  const tail = previous.then(() => mine);
  fsLocks.set(id, tail);
  await previous;
  return () => {
    unlock();
    if (fsLocks.get(id) === tail) fsLocks.delete(id);
  };
}

/** Runs `fn` holding the container's filesystem lock. */
export async function withContainerFs<T>(id: string, fn: () => Promise<T>): Promise<T> {
  const unlock = await lockContainerFs(id);
  try {
    return await fn();
  } finally {
    unlock();
  }
}

/** The container's volumes and binds that have a host source, shallowest destination first (mount order). */
function hostMounts(record: ContainerRecord): PlannedMount[] {
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  return (record.mounts ?? []).filter((m) => (m.type === 'volume' || m.type === 'bind') && m.source !== '').sort((a, b) => depth(a.destination) - depth(b.destination));
}

/** The volume or bind whose destination holds the container path `inContainer` (the deepest one), if any. */
export function mountHolding(mounts: PlannedMount[] | undefined, inContainer: string): PlannedMount | undefined {
  let best: PlannedMount | undefined;
  for (const m of mounts ?? []) {
    if (m.type === 'tmpfs') continue;
    const holds = inContainer === m.destination || inContainer.startsWith(m.destination === '/' ? '/' : m.destination + '/');
    if (holds && (!best || m.destination.length > best.destination.length)) best = m;
  }
  return best;
}

/**
 * A mount point inside a root for a copy: a directory, or an empty file for a file bind, made if
 * missing (dockerd creates them in the container's layer too).
 */
async function ensureMountPoint(host: string, source: string): Promise<void> {
  const exists = lstatSync(host, { throwIfNoEntry: false });
  if (exists) return;
  if (statSync(source).isDirectory()) {
    await mkdir(host, { recursive: true, mode: 0o755 });
  } else {
    await mkdir(dirname(host), { recursive: true, mode: 0o755 });
    await writeFile(host, '', { flag: 'wx' });
  }
}

/**
 * The container's root for one operation, as its processes see it: with its volumes and binds
 * mounted at their destinations (dockerd's mountVolumes for `cp`), so a path under a mount point
 * is the mount's source, and a symlink inside a volume resolves against the container's root like
 * any other. Without mounts, a running container's task root is used as it is; otherwise the root
 * (the task's, bound; or the stopped container's snapshot) is mounted privately under
 * `<runDir>/<id>.cp-<random>/rootfs` — a layout the daemon's restart sweep (reclaimOrphans)
 * unmounts and removes should the daemon die mid-copy. The container's filesystem lock is held
 * until `release`. With `freeze`, a running container stays frozen until `release` too (a stat
 * does without: it only reads metadata, and a copy checks again with the container frozen).
 */
async function openRoot(deps: ArchiveDeps, target: ArchiveTarget, freeze = false): Promise<{ root: string; release(): Promise<void> }> {
  const undo: Array<() => unknown> = [await lockContainerFs(target.record.id)];
  const release = async () => {
    // Last in, first out: the lock goes last.
    for (const step of undo.splice(0).reverse()) await step();
  };
  try {
    const running = target.mountedRootfs;
    if (running && freeze && target.freeze) undo.push(await target.freeze());
    const mounts = hostMounts(target.record);
    if (running && mounts.length === 0) return { root: running, release };
    const dir = join(deps.runDir, `${target.record.id}.cp-${randomBytes(4).toString('hex')}`);
    const root = join(dir, 'rootfs');
    await mkdir(root, { recursive: true, mode: 0o700 });
    undo.push(() => rm(dir, { recursive: true, force: true }));
    if (running) mount(running, root, null, ['bind']);
    else mountAll(await deps.snapshotter.mounts(target.record.snapshotKey), root);
    // Detaching the root takes the mounts beneath it along.
    undo.push(() => unmount(root, { detach: true }));
    // Private before anything is mounted beneath: nothing of the copy's view reaches the task's
    // root (a peer when bound from it) or the container's namespace.
    mount('', root, null, ['private']);
    for (const m of mounts) {
      const host = join(root, ...resolveInRoot(root, m.destination, { followFinal: true }));
      await ensureMountPoint(host, m.source);
      mountAll([{ type: 'bind', source: m.source, options: ['rbind', m.rw ? 'rw' : 'ro', 'rprivate'] }], host);
    }
    return { root, release };
  } catch (err) {
    await release();
    throw err;
  }
}

/** The host file a container path names (final component not followed), with its lstat. */
function locate(root: string, target: ArchiveTarget, path: string, followFinal: boolean): { host: string; inContainer: string; stat: BigIntStats } {
  const inContainer = resolveInContainer(root, path, followFinal || assertsDirectory(path));
  const etcFile = ETC_FILES[inContainer];
  const host = etcFile ? target.record[etcFile] : join(root, inContainer);
  const stat = lstatSync(host, { bigint: true, throwIfNoEntry: false });
  if (!stat) throw fileNotFound(path, target);
  return { host, inContainer, stat };
}

function pathStat(root: string, target: ArchiveTarget, path: string): { host: string; stat: ContainerPathStat } {
  const found = locate(root, target, path, false);
  const mode = Number(found.stat.mode);
  const linkTarget = found.stat.isSymbolicLink() ? resolveInContainer(root, found.inContainer, true) : '';
  return {
    host: found.host,
    stat: { name: baseName(path), size: Number(found.stat.size), mode: goFileMode(mode), mtime: goTime(found.stat.mtimeNs), linkTarget },
  };
}

/** HEAD /containers/{id}/archive: what `path` is in the container. */
export async function statContainerPath(deps: ArchiveDeps, target: ArchiveTarget, path: string): Promise<ContainerPathStat> {
  const { root, release } = await openRoot(deps, target);
  try {
    return pathStat(root, target, path).stat;
  } finally {
    await release();
  }
}

/** A path's tar as it is being written; `abort` (the reader went away) stops it and releases the root. */
export interface PathArchive {
  stat: ContainerPathStat;
  content: Readable;
  abort(): void;
}

/**
 * GET /containers/{id}/archive: `path` as a tar, its top entry named after the path's base name
 * (a directory with everything beneath it; `dir/.` names it `.`, so its contents are copied).
 * The root stays mounted until the tar has been written or aborted.
 */
export async function archiveContainerPath(deps: ArchiveDeps, target: ArchiveTarget, path: string): Promise<PathArchive> {
  const { root, release } = await openRoot(deps, target, true);
  let found: ReturnType<typeof pathStat>;
  try {
    found = pathStat(root, target, path);
  } catch (err) {
    await release();
    throw err;
  }
  const content = new PassThrough();
  const aborted = new AbortController();
  void writePathAsTar(found.host, baseName(path), content, { signal: aborted.signal, idShift: idShiftOf(deps, target) })
    .catch((err: unknown) => {
      if (!aborted.signal.aborted) content.destroy(err as Error);
    })
    .finally(() => release().catch(() => undefined));
  target.emit('archive-path');
  return {
    stat: found.stat,
    content,
    abort() {
      aborted.abort();
      // Whatever the writer still has in flight drains into nothing, so it never waits on a reader
      // (unpiped first: losing its last pipe would pause the stream again).
      content.unpipe();
      content.on('data', () => undefined);
      content.resume();
    },
  };
}

/**
 * PUT /containers/{id}/archive: extracts the tar `content` into the directory `path` (its final
 * symlink followed, as dockerd does, so a link to a directory is a valid destination). Entries
 * keep the tar's owners (through the userns maps); with `copyUIDGID` and a container user, every
 * entry belongs to that user instead — dockerd's behaviour for both, whatever its docs say.
 */
export async function extractToContainerDir(deps: ArchiveDeps, target: ArchiveTarget, path: string, content: NodeJS.ReadableStream, opts: ExtractOptions): Promise<void> {
  const { root, release } = await openRoot(deps, target, true);
  try {
    const found = locate(root, target, path, true);
    if (!found.stat.isDirectory()) throw invalidArgument('extraction point is not a directory');
    // dockerd's checkIfPathIsInAVolume: a read-only volume or bind refuses, a writable one is
    // writable even over a read-only rootfs.
    const holder = mountHolding(target.record.mounts, found.inContainer);
    if (holder && !holder.rw) throw invalidArgument('mounted volume is marked read-only');
    if (!holder && target.record.hostConfig.ReadonlyRootfs) throw invalidArgument('container rootfs is marked read-only');
    const user = target.record.config.User;
    const owner = opts.copyUIDGID && user ? await resolveUser(user, directoryRootfsReader(root)) : undefined;
    await applyLayer(root, content, {
      whiteouts: 'none',
      under: found.inContainer.slice(1),
      owner: owner && { uid: owner.uid, gid: owner.gid },
      noOverwriteDirNonDir: opts.noOverwriteDirNonDir,
      idShift: idShiftOf(deps, target),
    });
  } finally {
    await release();
  }
  target.emit('extract-to-dir');
}
