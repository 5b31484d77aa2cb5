import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BerthError, invalidArgument, isInvalidArgument, kindOf, messageOf, wrap } from '@berth/errdefs';
import { lsetxattr, mknod } from '@berth/sys';
import { decompressStream } from './compression';
import type { TarEntryHeader } from './header';
import { readTar } from './read';

/**
 * How whiteouts are materialised:
 * - 'delete': the layer is applied onto a full copy of its parent (native snapshotter, or the first
 *   layer): `.wh.<name>` deletes `<name>`, an opaque marker empties its directory of everything this
 *   layer did not write itself.
 * - 'overlay': the layer is applied into an empty overlayfs upperdir: `.wh.<name>` becomes a char
 *   device 0/0 named `<name>` and an opaque directory gets `trusted.overlay.opaque=y`; nothing below
 *   is touched (the lower layers are not even visible).
 */
export interface ApplyOptions {
  whiteouts: 'delete' | 'overlay';
  /** Refuse a layer with more entries than this (default 1,000,000). */
  maxEntries?: number;
}

export interface ApplyResult {
  /** `sha256:<hex>` of the uncompressed tar stream: the layer's DiffID. */
  diffId: string;
  /** Bytes of regular-file content written (hardlinks counted once). */
  size: number;
}

const DEFAULT_MAX_ENTRIES = 1_000_000;
const MAX_SYMLINK_HOPS = 255;
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
/** Overlayfs' own bookkeeping; taking it from a tar would let a layer forge whiteouts or redirects. */
const RESERVED_XATTR_PREFIX = 'trusted.overlay.';
/** Failures of the host rather than of the layer: these keep their own kind. */
const HOST_ERRNOS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'ENOMEM', 'EMFILE', 'ENFILE']);

function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

async function lstatOrNull(file: string): Promise<fs.Stats | null> {
  try {
    return await fs.promises.lstat(file);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return null;
    throw err;
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
  size = 0;

  constructor(
    private readonly root: string,
    private readonly whiteouts: ApplyOptions['whiteouts'],
  ) {}

  private relative(abs: string): string {
    return path.relative(this.root, abs);
  }

  /**
   * Resolves directory components the way a chroot would: each one is lstat'ed, a symlink is
   * followed with its target re-rooted at `root` (absolute targets and `..` cannot climb above it),
   * so the result is always inside `root`. Missing directories are created when `create` is set.
   */
  private async resolveDirectory(parts: string[], create: boolean, entry: string): Promise<string> {
    const resolved: string[] = [];
    const queue = [...parts];
    let hops = 0;
    while (queue.length > 0) {
      const part = queue.shift()!;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        resolved.pop();
        continue;
      }
      const abs = path.join(this.root, ...resolved, part);
      const stat = await lstatOrNull(abs);
      if (!stat) {
        if (!create) throw invalidArgument(`${entry}: ${path.join(...resolved, part)} does not exist in the layer root`);
        await fs.promises.mkdir(abs, { mode: 0o755 });
        this.written.add(this.relative(abs));
        resolved.push(part);
      } else if (stat.isSymbolicLink()) {
        if (++hops > MAX_SYMLINK_HOPS) throw invalidArgument(`${entry}: too many levels of symbolic links`);
        const target = await fs.promises.readlink(abs);
        if (target.startsWith('/')) resolved.length = 0;
        queue.unshift(...target.split('/'));
      } else if (stat.isDirectory()) {
        resolved.push(part);
      } else {
        throw invalidArgument(`${entry}: ${path.join(...resolved, part)} is not a directory`);
      }
    }
    return path.join(this.root, ...resolved);
  }

  async apply(header: TarEntryHeader, body: Readable): Promise<void> {
    const parts = componentsOf(header.name, 'layer entry');
    if (parts.length === 0) return; // the root itself: its metadata belongs to the snapshot
    const base = parts[parts.length - 1];
    const parent = await this.resolveDirectory(parts.slice(0, -1), true, header.name);

    if (base === OPAQUE_MARKER) return this.opaque(parent);
    if (base.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) return; // other aufs metadata: not content
    if (base.startsWith(WHITEOUT_PREFIX)) return this.whiteout(parent, base.slice(WHITEOUT_PREFIX.length), header.name);

    const file = path.join(parent, base);
    const existing = await lstatOrNull(file);
    const keepDirectory = existing?.isDirectory() === true && header.type === 'directory';
    // A hardlink's target must be located before anything at `file` is removed.
    const linkTarget = header.type === 'link' ? await this.hardlinkTarget(header) : undefined;
    if (existing && !keepDirectory) await fs.promises.rm(file, { recursive: true, force: true });

    switch (header.type) {
      case 'directory':
        if (!keepDirectory) await fs.promises.mkdir(file, { mode: 0o700 });
        break;
      case 'file': {
        const handle = await fs.promises.open(file, 'wx', 0o600);
        await pipeline(body, handle.createWriteStream());
        this.size += header.size;
        break;
      }
      case 'symlink':
        await fs.promises.symlink(header.linkname ?? '', file);
        break;
      case 'link':
        await fs.promises.link(linkTarget!, file);
        this.written.add(this.relative(file));
        return; // shares its target's inode and metadata
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
    this.written.add(this.relative(file));
    await this.setMetadata(file, header);
  }

  private async hardlinkTarget(header: TarEntryHeader): Promise<string> {
    const parts = componentsOf(header.linkname ?? '', `hardlink target of ${header.name}:`);
    if (parts.length === 0) throw invalidArgument(`${header.name}: hardlink to the layer root`);
    const parent = await this.resolveDirectory(parts.slice(0, -1), false, header.name);
    const target = path.join(parent, parts[parts.length - 1]);
    const stat = await lstatOrNull(target);
    if (!stat) throw invalidArgument(`${header.name}: hardlink target ${header.linkname} does not exist in the layer root`);
    if (stat.isDirectory()) throw invalidArgument(`${header.name}: hardlink target ${header.linkname} is a directory`);
    return target;
  }

  private async setMetadata(file: string, header: TarEntryHeader): Promise<void> {
    await fs.promises.lchown(file, header.uid, header.gid);
    // After lchown, which clears setuid/setgid bits.
    if (header.type !== 'symlink') await fs.promises.chmod(file, header.mode & 0o7777);
    for (const [name, value] of Object.entries(header.xattrs ?? {})) {
      if (name.startsWith(RESERVED_XATTR_PREFIX)) continue;
      try {
        lsetxattr(file, name, value);
      } catch (err) {
        if (errnoOf(err) !== 'EOPNOTSUPP' && errnoOf(err) !== 'ENOTSUP') throw err;
      }
    }
    if (header.type === 'directory') this.directoryTimes.push([file, header.mtime]);
    else await fs.promises.lutimes(file, header.mtime, header.mtime);
  }

  private async whiteout(parent: string, name: string, entry: string): Promise<void> {
    if (name === '' || name === '.' || name === '..') throw invalidArgument(`${entry}: invalid whiteout`);
    const victim = path.join(parent, name);
    // Whiteouts hide lower layers only, never what this same layer wrote.
    if (this.written.has(this.relative(victim))) return;
    if (this.whiteouts === 'delete') {
      await fs.promises.rm(victim, { recursive: true, force: true });
      return;
    }
    if (await lstatOrNull(victim)) await fs.promises.rm(victim, { recursive: true, force: true });
    mknod(victim, 'char', 0, 0, 0);
  }

  private async opaque(directory: string): Promise<void> {
    if (this.whiteouts === 'overlay') {
      lsetxattr(directory, 'trusted.overlay.opaque', Buffer.from('y'));
      return;
    }
    await this.removeUnwritten(directory);
  }

  private async removeUnwritten(directory: string): Promise<void> {
    for (const name of await fs.promises.readdir(directory)) {
      const child = path.join(directory, name);
      if (!this.written.has(this.relative(child))) {
        await fs.promises.rm(child, { recursive: true, force: true });
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
  if (isInvalidArgument(err)) return wrap(err, context);
  const code = errnoOf(err);
  if (code && HOST_ERRNOS.has(code)) return wrap(err, context);
  if (kindOf(err) !== 'Internal' || code || entry !== undefined) {
    return invalidArgument(`${context}: ${messageOf(err)}`, { cause: err });
  }
  return wrap(err, context);
}

/**
 * Applies one layer changeset (a tar, optionally gzip-compressed) onto the directory `target`,
 * following the OCI image-spec rules: files, directories, symlinks, hardlinks, devices and FIFOs
 * with their owners, modes (setuid included), mtimes and xattrs; whiteouts as `opts.whiteouts` says.
 *
 * The layer is untrusted: no write lands outside `target`. Names with `..` are refused, absolute
 * names are taken as relative, symlinks on the way to an entry are resolved as if `target` were the
 * filesystem root (never towards the host), and hardlinks may only point at files inside `target`.
 *
 * On failure it throws (invalidArgument naming the entry for a bad layer) and leaves whatever was
 * written so far: callers apply into a fresh snapshot and remove that snapshot when this throws.
 */
export async function applyLayer(target: string, layer: NodeJS.ReadableStream, opts: ApplyOptions): Promise<ApplyResult> {
  const root = path.resolve(target);
  const rootStat = await lstatOrNull(root);
  if (!rootStat?.isDirectory()) throw invalidArgument(`apply layer: target ${root} is not a directory`);
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const hash = createHash('sha256');
  const applier = new LayerApplier(root, opts.whiteouts);
  let entries = 0;
  let current: string | undefined;
  try {
    const tar = Readable.from(hashed(await decompressStream(layer), hash));
    for await (const { header, body } of readTar(tar)) {
      current = header.name;
      if (++entries > maxEntries) throw invalidArgument(`layer has more than ${maxEntries} entries`);
      await applier.apply(header, body);
      current = undefined;
    }
    await applier.finish();
  } catch (err) {
    throw layerError(err, current);
  }
  return { diffId: `sha256:${hash.digest('hex')}`, size: applier.size };
}
