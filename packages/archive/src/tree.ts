import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { lgetxattr, llistxattr } from '@berth/sys';
import { TarWriter } from './write';
import type { IdMapRange, IdShift } from './apply';

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';
/** Overlayfs' own bookkeeping (opaque flags, redirects): never part of a layer's content. */
export const RESERVED_XATTR_PREFIX = 'trusted.overlay.';
const OPAQUE_XATTR = 'trusted.overlay.opaque';
/** Files up to this size are read in one call; larger ones are streamed in chunks of this size. */
const WHOLE_READ_LIMIT = 1 << 20;

export type Stat = fs.BigIntStats;

/** Synchronous work is cut into slices of about this long, so a daemon keeps serving meanwhile. */
const SLICE_MS = 20;

/** Lets long runs of synchronous filesystem calls give the event loop a turn every SLICE_MS. */
export class Slicer {
  private sliceStart = Date.now();

  async pause(): Promise<void> {
    if (Date.now() - this.sliceStart < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = Date.now();
  }
}

// The walkers below use synchronous calls: a tree walk is a long run of tiny metadata syscalls,
// where a thread-pool round trip per call costs more than the call itself (see bench/apply.mjs).

export function lstatOrNull(file: string): Stat | null {
  return fs.lstatSync(file, { bigint: true, throwIfNoEntry: false }) ?? null;
}

/** A directory's entry names in a deterministic order (byte order for ASCII names, as Go sorts). */
export function sortedNames(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** overlayfs' whiteout: a character device 0/0 in an upper or lower layer directory. */
export function isWhiteout(stat: Stat): boolean {
  return stat.isCharacterDevice() && stat.rdev === 0n;
}

/** An overlayfs directory that hides everything below it (`trusted.overlay.opaque=y`). */
export function isOpaque(dir: string): boolean {
  try {
    return lgetxattr(dir, OPAQUE_XATTR)?.toString() === 'y';
  } catch {
    return false; // a filesystem without trusted xattrs has no opaque directories
  }
}

/** The xattrs of `file` itself that belong in a tar (overlayfs' own `trusted.overlay.*` left out). */
export function xattrsOf(file: string): Record<string, Buffer> | undefined {
  let names: string[];
  try {
    names = llistxattr(file);
  } catch {
    return undefined; // filesystems without xattr support
  }
  let xattrs: Record<string, Buffer> | undefined;
  for (const name of names.sort()) {
    if (name.startsWith(RESERVED_XATTR_PREFIX)) continue;
    const value = lgetxattr(file, name);
    if (value) (xattrs ??= {})[name] = value;
  }
  return xattrs;
}

/** The kernel's overflow id: what a user namespace shows for a host id its maps do not cover. */
const OVERFLOW_ID = 65534;

/** The id inside a user namespace of the host id `id`. */
function containerIdOf(map: IdMapRange[], id: number): number {
  for (const range of map) {
    if (id >= range.hostId && id < range.hostId + range.size) return range.containerId + id - range.hostId;
  }
  return OVERFLOW_ID;
}

/** Linux's encoding of device numbers in st_rdev (glibc's gnu_dev_major/minor). */
function deviceNumbers(rdev: bigint): { devmajor: number; devminor: number } {
  return {
    devmajor: Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn)),
    devminor: Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn)),
  };
}

/** The joined entry name of `name` inside the directory entry `parent` ('' is the root). */
export function childName(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

/**
 * A TarWriter fed from the filesystem: one call per file system node, whatever its type, with
 * owners, modes, mtimes, xattrs, devices and symlinks; a file whose inode was already written
 * becomes a hardlink to its first name, so hardlinks survive. Sockets are skipped (tar has none).
 */
export class TreeTarWriter {
  private readonly tar: TarWriter;
  private readonly firstNameOfInode = new Map<string, string>();
  private readonly slicer = new Slicer();

  /**
   * `shift`: the tree belongs to a user namespace with these maps, and the tar carries the ids as
   * the namespace sees them (host ids no range covers become the kernel's overflow id, 65534).
   */
  constructor(out: NodeJS.WritableStream, private readonly shift?: IdShift) {
    this.tar = new TarWriter(out);
  }

  private owner(st: Stat): { uid: number; gid: number } {
    const uid = Number(st.uid);
    const gid = Number(st.gid);
    if (!this.shift) return { uid, gid };
    return { uid: containerIdOf(this.shift.uidMap, uid), gid: containerIdOf(this.shift.gidMap, gid) };
  }

  /** Adds the node at `file` as the entry `name`; `stat` is its lstat when the caller has it. */
  async addNode(file: string, name: string, stat?: Stat): Promise<void> {
    await this.slicer.pause();
    const st = stat ?? fs.lstatSync(file, { bigint: true });
    const common = {
      name,
      mode: Number(st.mode & 0o7777n),
      ...this.owner(st),
      mtime: new Date(Number(st.mtimeMs)),
    };
    if (st.isFile()) {
      const inode = `${st.dev}:${st.ino}`;
      if (st.nlink > 1n) {
        const first = this.firstNameOfInode.get(inode);
        if (first !== undefined) return this.tar.add({ ...common, type: 'link', linkname: first });
        this.firstNameOfInode.set(inode, name);
      }
      const header = { ...common, type: 'file' as const, xattrs: xattrsOf(file) };
      if (st.size <= BigInt(WHOLE_READ_LIMIT)) {
        const data = fs.readFileSync(file);
        return this.tar.add({ ...header, size: data.length }, data);
      }
      // Capped at the size the header declares: a file still growing (a running container's log)
      // cannot overrun its entry.
      const size = Number(st.size);
      return this.tar.add({ ...header, size }, fs.createReadStream(file, { highWaterMark: WHOLE_READ_LIMIT, end: size - 1 }));
    }
    const xattrs = xattrsOf(file);
    if (st.isDirectory()) return this.tar.add({ ...common, xattrs, type: 'directory' });
    if (st.isSymbolicLink()) return this.tar.add({ ...common, xattrs, type: 'symlink', linkname: fs.readlinkSync(file) });
    if (st.isCharacterDevice()) return this.tar.add({ ...common, xattrs, type: 'character-device', ...deviceNumbers(st.rdev) });
    if (st.isBlockDevice()) return this.tar.add({ ...common, xattrs, type: 'block-device', ...deviceNumbers(st.rdev) });
    if (st.isFIFO()) return this.tar.add({ ...common, xattrs, type: 'fifo' });
  }

  /** An empty marker file (`.wh.<name>` whiteout or `.wh..wh..opq`), as the OCI changeset spells them. */
  addMarker(name: string, mtime: Date): Promise<void> {
    return this.tar.add({ name, type: 'file', size: 0, mode: 0, uid: 0, gid: 0, mtime }, Buffer.alloc(0));
  }

  /** Writes the end-of-archive marker and ends the output. */
  finish(): Promise<void> {
    return this.tar.finish();
  }
}

/** What a layer writer reports: the DiffID and byte count of the uncompressed tar it wrote. */
export interface DiffResult {
  /** `sha256:<hex>` of the tar bytes written to `out`. */
  diffId: string;
  /** Bytes of tar written to `out`. */
  size: number;
}

/**
 * Runs `write` against a TreeTarWriter whose bytes are hashed on their way to `out`; resolves once
 * `out` has finished. `out` is ended either way.
 */
export async function writeHashedTar(out: NodeJS.WritableStream, write: (tar: TreeTarWriter) => Promise<void>, shift?: IdShift): Promise<DiffResult> {
  const hash = createHash('sha256');
  let size = 0;
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const flowing = pipeline(tee, out);
  const writer = new TreeTarWriter(tee, shift);
  try {
    await write(writer);
    await writer.finish();
  } catch (err) {
    tee.destroy(err as Error);
    await flowing.catch(() => undefined);
    throw err;
  }
  await flowing;
  return { diffId: `sha256:${hash.digest('hex')}`, size };
}

/**
 * One directory seen through a stack of overlayfs layer directories (topmost first): the first
 * layer holding a name decides what it is; a whiteout there hides it, a non-directory hides the
 * same name in the layers below, and an opaque directory hides the layers below it.
 */
export class LayerStack {
  constructor(readonly dirs: string[]) {}

  /** What `name` is in this merged directory: the topmost node holding it, or null if absent or whited out. */
  lookup(name: string): { file: string; stat: Stat } | null {
    for (const dir of this.dirs) {
      const file = path.join(dir, name);
      const stat = lstatOrNull(file);
      if (!stat) continue;
      return isWhiteout(stat) ? null : { file, stat };
    }
    return null;
  }

  /** The names visible in this merged directory, sorted. */
  names(): string[] {
    const decided = new Map<string, boolean>();
    for (const dir of this.dirs) {
      for (const name of fs.readdirSync(dir)) {
        if (decided.has(name)) continue;
        const stat = fs.lstatSync(path.join(dir, name), { bigint: true });
        decided.set(name, !isWhiteout(stat));
      }
    }
    return [...decided].filter(([, visible]) => visible).map(([name]) => name).sort();
  }

  /** The stack of the subdirectory `name` (empty when it is not a directory here). */
  child(name: string): LayerStack {
    const dirs: string[] = [];
    for (const dir of this.dirs) {
      const file = path.join(dir, name);
      const stat = lstatOrNull(file);
      if (!stat) continue;
      if (!stat.isDirectory()) break; // a whiteout or a non-directory hides everything below
      dirs.push(file);
      if (isOpaque(file)) break;
    }
    return new LayerStack(dirs);
  }
}
