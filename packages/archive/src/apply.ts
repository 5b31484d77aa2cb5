import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { BerthError, conflict, invalidArgument, isConflict, isInvalidArgument, kindOf, messageOf, wrap } from '@berth/errdefs';
import { lsetxattr, mknod } from '@berth/sys';
import { decompressStream } from './compression';
import type { TarEntryHeader } from './header';
import { readTarEntries, type EntryBody } from './read';
import { resolveInRoot } from './resolve';
import { lstatOrNull, OPAQUE_MARKER, RESERVED_XATTR_PREFIX, Slicer, WHITEOUT_PREFIX } from './tree';

/**
 * How whiteouts are materialised:
 * - 'delete': the layer is applied onto a full copy of its parent (native snapshotter, or the first
 *   layer): `.wh.<name>` deletes `<name>`, an opaque marker empties its directory of everything this
 *   layer did not write itself.
 * - 'overlay': the layer is applied into an empty overlayfs upperdir: `.wh.<name>` becomes a char
 *   device 0/0 named `<name>` and an opaque directory gets `trusted.overlay.opaque=y`; nothing below
 *   is touched (the lower layers are not even visible).
 * - 'none': a plain archive, not a layer (`docker cp`): `.wh.` names are ordinary files.
 */
export interface ApplyOptions {
  whiteouts: 'delete' | 'overlay' | 'none';
  /** Refuse a layer with more entries than this (default 1,000,000). */
  maxEntries?: number;
  /** Refuse a layer whose regular files declare more bytes than this in total (default 64 GiB). */
  maxBytes?: number;
  /**
   * Owners are written through these maps (user-namespace remapping): a layer's uid/gid `n` is
   * stored as the host id the map gives it, so the remapped root owns what the image's root owns.
   * Directories the layer implies without listing get the mapped root (0:0). An owner outside the
   * maps fails the layer with invalidArgument. Absent: owners are written as the layer says.
   */
  idShift?: IdShift;
  /**
   * Entries are placed under this existing directory of `target` (a relative path without
   * symlinks), while symlinks met on the way still resolve against `target`: `docker cp` extracts
   * into one directory of a container's root, where the container's own absolute links point at
   * that root. Hardlink targets are relative to it too.
   */
  under?: string;
  /** Every entry's owner (before `idShift`) instead of the tar's own: `docker cp -a` into a container with a user. */
  owner?: { uid: number; gid: number };
  /**
   * Refuse (with conflict) an entry that would replace a directory with a non-directory or the
   * reverse, instead of replacing it: Docker's NoOverwriteDirNonDir for `docker cp`.
   */
  noOverwriteDirNonDir?: boolean;
  /**
   * Entry names (and hardlink targets) whose first component, as written, is `from` (`.` and `/`
   * included) are read with `to` in its place: `docker cp`'s rename of a copied directory or file
   * (its RebaseArchiveEntries), without rewriting the tar.
   */
  renameTop?: { from: string; to: string };
}

/** One range of an id map: ids `containerId`… (`size` of them) are `hostId`… on the host. */
export interface IdMapRange {
  containerId: number;
  hostId: number;
  size: number;
}

/** The uid and gid maps of a user namespace, as `/proc/<pid>/uid_map` and `gid_map` hold them. */
export interface IdShift {
  uidMap: IdMapRange[];
  gidMap: IdMapRange[];
}

/** The host id of `id` under `map`; an id no range covers cannot be stored. */
function hostIdOf(map: IdMapRange[], id: number, kind: 'UID' | 'GID'): number {
  for (const range of map) {
    if (id >= range.containerId && id < range.containerId + range.size) return range.hostId + id - range.containerId;
  }
  throw invalidArgument(`container ${kind} ${id} cannot be mapped to a host ${kind}`);
}

export interface ApplyResult {
  /** `sha256:<hex>` of the uncompressed tar stream: the layer's DiffID. */
  diffId: string;
  /** Bytes of regular-file content written (hardlinks counted once). */
  size: number;
}

const DEFAULT_MAX_ENTRIES = 1_000_000;
const DEFAULT_MAX_BYTES = 64 * 1024 ** 3;
/** Failures of the host rather than of the layer: these keep their own kind. */
const HOST_ERRNOS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'ENOMEM', 'EMFILE', 'ENFILE']);

function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Files up to this size are taken from the tar whole and written with synchronous syscalls; larger
 * ones are streamed. Measured on this project's hosts: a layer of many small files is bound by
 * per-syscall latency, and creating files in one directory serialises in the kernel on the
 * directory's lock, so async calls (a thread-pool round trip each) kept 64 deep were no faster on
 * ext4 and 3x slower on tmpfs than direct calls. See bench/apply.mjs.
 */
const INLINE_FILE_LIMIT = 1 << 20;
const WRITE_BATCH = 1 << 20;

const writev = promisify(fs.writev);
const CREATE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;

/** The process umask, read without changing it (`process.umask()` to read is deprecated). */
function currentUmask(): number {
  try {
    const line = /^Umask:\s*([0-7]+)$/m.exec(fs.readFileSync('/proc/self/status', 'latin1'));
    if (line) return parseInt(line[1], 8);
  } catch {
    // not Linux-like: assume the worst, so modes are always set explicitly
  }
  return 0o777;
}

/** Writes all of `chunks` at the fd's current offset, looping over short writes. */
async function writeAll(fd: number, chunks: Buffer[]): Promise<void> {
  let pending = chunks.filter((chunk) => chunk.length > 0);
  while (pending.length > 0) {
    let written = (await writev(fd, pending)).bytesWritten;
    const rest: Buffer[] = [];
    for (const chunk of pending) {
      if (written >= chunk.length) written -= chunk.length;
      else {
        rest.push(chunk.subarray(written));
        written = 0;
      }
    }
    pending = rest;
  }
}

/** An entry name as path components: absolute names become relative; `..` is refused outright. */
function componentsOf(name: string, what: string): string[] {
  if (name.includes('\0')) throw invalidArgument(`${what} ${JSON.stringify(name)} contains a NUL byte`);
  const parts = name.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw invalidArgument(`${what} ${JSON.stringify(name)} leaves the layer root`);
  return parts;
}

/** One layer application; holds what the OCI changeset rules need to remember between entries. */
class LayerApplier {
  /** Paths (relative to root, symlinks resolved) this layer has written: opaque dirs keep them. */
  private readonly written = new Set<string>();
  /** Directory mtimes, set last: writing a directory's content changes its mtime. */
  private readonly directoryTimes: [string, Date][] = [];
  /** Entry parent names → their resolved directory; forgotten whenever anything is removed. */
  private readonly directories = new Map<string, string>();
  /** Directories this layer created and nothing else wrote to: they hold exactly what `written` lists. */
  private readonly fresh = new Set<string>();
  private readonly umask = currentUmask();
  private readonly slicer = new Slicer();
  /** Owner of directories the layer implies without listing them: root, mapped when shifting. */
  private readonly impliedOwner?: { uid: number; gid: number };
  size = 0;
  private readonly idShift?: IdShift;
  /** Components of `opts.under`: prepended to every entry name. */
  private readonly under: string[];

  /** An entry name's components under `under`, its top component renamed when asked. */
  private partsOf(name: string, what: string): string[] {
    const rename = this.opts.renameTop;
    if (rename) {
      // As written: `.` (a directory's contents) and '' (the root, `/a`) are top names too.
      const raw = name.split('/');
      if (raw[0] === (rename.from === '/' ? '' : rename.from)) name = [rename.to, ...raw.slice(1)].join('/');
    }
    return [...this.under, ...componentsOf(name, what)];
  }

  constructor(
    private readonly root: string,
    private readonly opts: ApplyOptions,
    rootIsEmpty: boolean,
  ) {
    this.idShift = opts.idShift;
    this.under = componentsOf(opts.under ?? '', 'extraction directory');
    if (rootIsEmpty) this.fresh.add(root);
    if (this.idShift) this.impliedOwner = this.ownerOf({ uid: 0, gid: 0 }, false);
  }

  /** The host owner of an entry: the layer's ids (or `opts.owner`), through the id maps when shifting. */
  private ownerOf(ids: { uid: number; gid: number }, override = true): { uid: number; gid: number } {
    const owner = (override ? this.opts.owner : undefined) ?? ids;
    if (!this.idShift) return { uid: owner.uid, gid: owner.gid };
    return { uid: hostIdOf(this.idShift.uidMap, owner.uid, 'UID'), gid: hostIdOf(this.idShift.gidMap, owner.gid, 'GID') };
  }

  private relative(abs: string): string {
    return path.relative(this.root, abs);
  }

  /**
   * Resolves directory components the way a chroot would (resolveInRoot), so the result is always
   * inside `root`; missing directories are created when `create` is set, anything else is refused.
   */
  private resolveDirectory(parts: string[], create: boolean, entry: string): string {
    const resolved = resolveInRoot(this.root, parts, {
      followFinal: true,
      name: entry,
      visit: (abs, stat, shown) => {
        if (!stat) {
          if (!create) throw invalidArgument(`${entry}: ${shown} does not exist in the layer root`);
          fs.mkdirSync(abs, { mode: 0o755 });
          if (this.impliedOwner) fs.lchownSync(abs, this.impliedOwner.uid, this.impliedOwner.gid);
          this.written.add(this.relative(abs));
          this.fresh.add(abs);
        } else if (!stat.isDirectory()) {
          throw invalidArgument(`${entry}: ${shown} is not a directory`);
        }
      },
    });
    return path.join(this.root, ...resolved);
  }

  /** The directory an entry goes into, resolved once per distinct parent name. */
  private parentOf(parts: string[], entry: string): string {
    const key = parts.join('/');
    const known = this.directories.get(key);
    if (known !== undefined) return known;
    const resolved = this.resolveDirectory(parts, true, entry);
    this.directories.set(key, resolved);
    return resolved;
  }

  /** Removes a node (recursively, never following symlinks) and forgets resolutions through it. */
  private async remove(file: string): Promise<void> {
    await fs.promises.rm(file, { recursive: true, force: true });
    this.directories.clear();
    for (const dir of this.fresh) if (dir === file || dir.startsWith(file + '/')) this.fresh.delete(dir);
  }

  async apply(header: TarEntryHeader, body: EntryBody): Promise<void> {
    await this.slicer.pause();
    const parts = this.partsOf(header.name, 'layer entry');
    if (parts.length === this.under.length) return; // the root itself: its metadata belongs to the snapshot
    const base = parts[parts.length - 1];
    const parent = this.parentOf(parts.slice(0, -1), header.name);

    if (this.opts.whiteouts !== 'none') {
      if (base === OPAQUE_MARKER) return this.opaque(parent);
      if (base.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) return; // other aufs metadata: not content
      if (base.startsWith(WHITEOUT_PREFIX)) return this.whiteout(parent, base.slice(WHITEOUT_PREFIX.length), header.name);
    }

    const file = path.join(parent, base);
    const relative = this.relative(file);
    // In a directory this layer created, only what it wrote can exist: no need to look.
    const existing = !this.fresh.has(parent) || this.written.has(relative) ? lstatOrNull(file) : null;
    const keepDirectory = existing?.isDirectory() === true && header.type === 'directory';
    if (existing && this.opts.noOverwriteDirNonDir && existing.isDirectory() !== (header.type === 'directory')) {
      const [what, by] = existing.isDirectory() ? ['directory', 'non-directory'] : ['non-directory', 'directory'];
      throw conflict(`cannot overwrite ${what} ${JSON.stringify('/' + relative)} with ${by} ${JSON.stringify('/' + this.under.join('/'))}`);
    }
    // A hardlink's target must be located before anything at `file` is removed.
    const linkTarget = header.type === 'link' ? this.hardlinkTarget(header) : undefined;
    if (existing && !keepDirectory) await this.remove(file);
    this.written.add(relative);

    switch (header.type) {
      case 'directory':
        if (!keepDirectory) {
          fs.mkdirSync(file, { mode: 0o700 });
          this.fresh.add(file);
        }
        this.directoryTimes.push([file, header.mtime]);
        return this.setOwnerModeXattrs(file, header);
      case 'file':
        this.size += header.size;
        return header.size > INLINE_FILE_LIMIT ? this.streamFile(file, header, body.stream) : this.writeSmallFile(file, header, await body.readAll());
      case 'link':
        fs.linkSync(linkTarget!, file);
        return; // shares its target's inode and metadata
      case 'symlink':
        fs.symlinkSync(header.linkname ?? '', file);
        break;
      case 'character-device':
        mknod(file, 'char', header.mode, header.devmajor ?? 0, header.devminor ?? 0);
        break;
      case 'block-device':
        mknod(file, 'block', header.mode, header.devmajor ?? 0, header.devminor ?? 0);
        break;
      case 'fifo':
        mknod(file, 'fifo', header.mode);
        break;
    }
    this.setOwnerModeXattrs(file, header);
    fs.lutimesSync(file, header.mtime, header.mtime);
  }

  /** Created exclusively (never through a symlink) with the mode it keeps when the umask allows. */
  private create(file: string, header: TarEntryHeader): number {
    return fs.openSync(file, CREATE_FLAGS, header.mode & 0o777);
  }

  /** Owner, then mode (fchown clears setuid/setgid), xattrs, and the mtime last. */
  private finishFile(fd: number, file: string, header: TarEntryHeader): void {
    const owner = this.ownerOf(header);
    fs.fchownSync(fd, owner.uid, owner.gid);
    const mode = header.mode & 0o7777;
    if (mode > 0o777 || (mode & this.umask) !== 0) fs.fchmodSync(fd, mode);
    this.setXattrs(file, header);
    fs.futimesSync(fd, header.mtime, header.mtime);
  }

  private writeSmallFile(file: string, header: TarEntryHeader, data: Buffer): void {
    const fd = this.create(file, header);
    try {
      for (let at = 0; at < data.length; ) at += fs.writeSync(fd, data, at);
      this.finishFile(fd, file, header);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** A large file: its body is written in batches of about a megabyte as it arrives. */
  private async streamFile(file: string, header: TarEntryHeader, body: Readable): Promise<void> {
    const fd = this.create(file, header);
    // One batch is written while the next is read: a streamed source (a socket) keeps flowing
    // instead of stalling for every write. Writes stay in order, one at a time.
    let writing: Promise<void> = Promise.resolve();
    try {
      let batch: Buffer[] = [];
      let batched = 0;
      for await (const chunk of body) {
        batch.push(chunk as Buffer);
        batched += (chunk as Buffer).length;
        if (batched >= WRITE_BATCH) {
          await writing;
          writing = writeAll(fd, batch);
          batch = [];
          batched = 0;
        }
      }
      await writing;
      await writeAll(fd, batch);
      this.finishFile(fd, file, header);
    } finally {
      // Never close the fd under a write still in flight (a failed read leaves one behind).
      await writing.catch(() => undefined);
      fs.closeSync(fd);
    }
  }

  private hardlinkTarget(header: TarEntryHeader): string {
    const parts = this.partsOf(header.linkname ?? '', `hardlink target of ${header.name}:`);
    if (parts.length === this.under.length) throw invalidArgument(`${header.name}: hardlink to the layer root`);
    const parent = this.resolveDirectory(parts.slice(0, -1), false, header.name);
    const target = path.join(parent, parts[parts.length - 1]);
    const stat = lstatOrNull(target);
    if (!stat) throw invalidArgument(`${header.name}: hardlink target ${header.linkname} does not exist in the layer root`);
    if (stat.isDirectory()) throw invalidArgument(`${header.name}: hardlink target ${header.linkname} is a directory`);
    return target;
  }

  private setOwnerModeXattrs(file: string, header: TarEntryHeader): void {
    const owner = this.ownerOf(header);
    fs.lchownSync(file, owner.uid, owner.gid);
    // After lchown, which clears setuid/setgid bits.
    if (header.type !== 'symlink') fs.chmodSync(file, header.mode & 0o7777);
    this.setXattrs(file, header);
  }

  private setXattrs(file: string, header: TarEntryHeader): void {
    for (const [name, value] of Object.entries(header.xattrs ?? {})) {
      if (name.startsWith(RESERVED_XATTR_PREFIX)) continue;
      try {
        lsetxattr(file, name, value);
      } catch (err) {
        if (errnoOf(err) !== 'EOPNOTSUPP' && errnoOf(err) !== 'ENOTSUP') throw err;
      }
    }
  }

  private async whiteout(parent: string, name: string, entry: string): Promise<void> {
    if (name === '' || name === '.' || name === '..') throw invalidArgument(`${entry}: invalid whiteout`);
    const victim = path.join(parent, name);
    // Whiteouts hide lower layers only, never what this same layer wrote.
    if (this.written.has(this.relative(victim))) return;
    if (this.opts.whiteouts === 'delete') {
      await this.remove(victim);
      return;
    }
    if (lstatOrNull(victim)) await this.remove(victim);
    mknod(victim, 'char', 0, 0, 0);
    // The whiteout is not in `written` (it must not shield the name), so the directory can no
    // longer be known to hold only what `written` lists.
    this.fresh.delete(parent);
  }

  private async opaque(directory: string): Promise<void> {
    if (this.opts.whiteouts === 'overlay') {
      lsetxattr(directory, 'trusted.overlay.opaque', Buffer.from('y'));
      return;
    }
    await this.removeUnwritten(directory);
  }

  private async removeUnwritten(directory: string): Promise<void> {
    for (const name of await fs.promises.readdir(directory)) {
      const child = path.join(directory, name);
      if (!this.written.has(this.relative(child))) {
        await this.remove(child);
      } else if ((await fs.promises.lstat(child)).isDirectory()) {
        await this.removeUnwritten(child);
      }
    }
  }

  async finish(): Promise<void> {
    for (const [directory, mtime] of this.directoryTimes.reverse()) {
      try {
        await fs.promises.lutimes(directory, mtime, mtime);
      } catch (err) {
        if (errnoOf(err) !== 'ENOENT') throw err; // removed again later in the same layer
      }
    }
  }
}

/** Passes chunks through while hashing them: the DiffID is of exactly the bytes the reader saw. */
async function* hashed(stream: NodeJS.ReadableStream, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    hash.update(data);
    yield data;
  }
}

/** Every failure as an errdefs kind: bad layers are invalidArgument, host trouble keeps its errno. */
function layerError(err: unknown, entry?: string): BerthError {
  const context = entry === undefined ? 'apply layer' : `apply layer: entry ${JSON.stringify(entry)}`;
  // A refused overwrite (noOverwriteDirNonDir) names both paths already, as Docker words it.
  if (isConflict(err) && err instanceof BerthError) return err;
  if (isInvalidArgument(err)) return wrap(err, context);
  const code = errnoOf(err);
  if (code && HOST_ERRNOS.has(code)) return wrap(err, context);
  if (kindOf(err) !== 'Internal' || code || entry !== undefined) {
    return invalidArgument(`${context}: ${messageOf(err)}`, { cause: err });
  }
  return wrap(err, context);
}

/**
 * Applies one layer changeset (a tar: plain, gzip or zstd) onto the directory `target`,
 * following the OCI image-spec rules: files, directories, symlinks, hardlinks, devices and FIFOs
 * with their owners, modes (setuid included), mtimes and xattrs; whiteouts as `opts.whiteouts` says.
 *
 * The layer is untrusted: no write lands outside `target`. Names with `..` are refused, absolute
 * names are taken as relative, symlinks on the way to an entry are resolved as if `target` were the
 * filesystem root (never towards the host), and hardlinks may only point at files inside `target`.
 * More than `maxEntries` entries, or regular files declaring more than `maxBytes` in total, are
 * refused as a tar bomb.
 *
 * On failure it throws (invalidArgument naming the entry for a bad layer) and leaves whatever was
 * written so far: callers apply into a fresh snapshot and remove that snapshot when this throws.
 */
export async function applyLayer(target: string, layer: NodeJS.ReadableStream, opts: ApplyOptions): Promise<ApplyResult> {
  const root = path.resolve(target);
  const rootStat = lstatOrNull(root);
  if (!rootStat?.isDirectory()) throw invalidArgument(`apply layer: target ${root} is not a directory`);
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let declaredBytes = 0;
  const hash = createHash('sha256');
  const applier = new LayerApplier(root, opts, (await fs.promises.readdir(root)).length === 0);
  let entries = 0;
  let current: string | undefined;
  try {
    const tar = Readable.from(hashed(await decompressStream(layer), hash));
    for await (const { header, body } of readTarEntries(tar)) {
      current = header.name;
      if (++entries > maxEntries) throw invalidArgument(`layer has more than ${maxEntries} entries`);
      // Checked against the declared size, before a byte of the body is written.
      declaredBytes += header.size;
      if (declaredBytes > maxBytes) throw invalidArgument(`layer holds more than ${maxBytes} bytes of file content`);
      await applier.apply(header, body);
      current = undefined;
    }
    await applier.finish();
  } catch (err) {
    throw layerError(err, current);
  }
  return { diffId: `sha256:${hash.digest('hex')}`, size: applier.size };
}
