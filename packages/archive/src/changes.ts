import * as fs from 'node:fs';
import * as path from 'node:path';
import { isOpaque, isWhiteout, LayerStack, lstatOrNull, Slicer, sortedNames, xattrsOf, type Stat } from './tree';

/** `docker diff`'s letters: Added, Changed, Deleted. */
export type ChangeKind = 'A' | 'C' | 'D';

/** One line of `docker diff`: `path` is absolute inside the container, e.g. `/etc/passwd`. */
export interface Change {
  kind: ChangeKind;
  path: string;
}

const CONTENT_CHUNK = 1 << 20;

const join = (parent: string, name: string) => (parent === '/' ? `/${name}` : `${parent}/${name}`);

/** Everything under an added directory is added too. */
async function allAdded(dir: string, at: string, changes: Change[], slicer: Slicer): Promise<void> {
  for (const name of sortedNames(dir)) {
    await slicer.pause();
    const file = path.join(dir, name);
    const stat = lstatOrNull(file);
    if (!stat) continue;
    changes.push({ kind: 'A', path: join(at, name) });
    if (stat.isDirectory()) await allAdded(file, join(at, name), changes, slicer);
  }
}

/** Metadata a directory change is judged by (its size is the filesystem's business, not the user's). */
function sameDirectoryMetadata(a: Stat, b: Stat): boolean {
  return a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.mtimeNs === b.mtimeNs;
}

/**
 * The changes of an overlayfs upper directory against its lower directories (topmost first), as
 * `docker diff` lists them: a whiteout (char device 0/0) over something below is D; a name present
 * below is C, otherwise A; an opaque directory's hidden lower content is D (it was removed) and a
 * name re-created inside it is C. A directory that exists below is C when its mode, owner or mtime
 * changed or anything beneath it did (overlayfs copies it up for any change inside). Order: a
 * depth-first walk with each directory's names sorted, parents before their children — the order
 * of `docker diff`.
 */
export async function overlayChanges(upperdir: string, lowerdirs: string[]): Promise<Change[]> {
  const changes: Change[] = [];
  await walkUpper(upperdir, '/', new LayerStack(lowerdirs), false, changes, new Slicer());
  return changes;
}

/**
 * One upper directory. `below` is what the lowers show at this path; `hidden` says an opaque
 * directory here or above hides it, so what the lowers hold and the upper lacks was removed.
 */
async function walkUpper(upper: string, at: string, below: LayerStack, hidden: boolean, changes: Change[], slicer: Slicer): Promise<void> {
  const upperNames = sortedNames(upper);
  const names = hidden ? [...new Set([...upperNames, ...below.names()])].sort() : upperNames;
  for (const name of names) {
    await slicer.pause();
    const file = path.join(upper, name);
    const where = join(at, name);
    const stat = lstatOrNull(file);
    const lower = below.lookup(name);
    if (!stat) {
      if (lower) changes.push({ kind: 'D', path: where });
      continue;
    }
    if (isWhiteout(stat)) {
      if (lower) changes.push({ kind: 'D', path: where });
      continue;
    }
    if (!stat.isDirectory()) {
      changes.push({ kind: lower ? 'C' : 'A', path: where });
      continue;
    }
    if (!lower) {
      changes.push({ kind: 'A', path: where });
      await allAdded(file, where, changes, slicer);
      continue;
    }
    const opaque = isOpaque(file);
    const inner: Change[] = [];
    const childBelow = lower.stat.isDirectory() ? below.child(name) : new LayerStack([]);
    await walkUpper(file, where, childBelow, hidden || opaque, inner, slicer);
    const changed = !lower.stat.isDirectory() || opaque || inner.length > 0 || !sameDirectoryMetadata(stat, lower.stat);
    if (changed) changes.push({ kind: 'C', path: where }, ...inner);
  }
}

async function sameContent(a: string, b: string): Promise<boolean> {
  const [fa, fb] = await Promise.all([fs.promises.open(a, 'r'), fs.promises.open(b, 'r')]);
  try {
    const ba = Buffer.allocUnsafe(CONTENT_CHUNK);
    const bb = Buffer.allocUnsafe(CONTENT_CHUNK);
    for (;;) {
      const [ra, rb] = await Promise.all([fa.read(ba, 0, CONTENT_CHUNK, null), fb.read(bb, 0, CONTENT_CHUNK, null)]);
      if (ra.bytesRead !== rb.bytesRead) return false;
      if (ra.bytesRead === 0) return true;
      if (!ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead))) return false;
    }
  } finally {
    await Promise.all([fa.close(), fb.close()]);
  }
}

function sameXattrs(a: string, b: string): boolean {
  const xa = xattrsOf(a) ?? {};
  const xb = xattrsOf(b) ?? {};
  const keys = Object.keys(xa);
  return keys.length === Object.keys(xb).length && keys.every((key) => xb[key]?.equals(xa[key]));
}

/**
 * Whether a node is unchanged between two trees, by moby's rules: same inode (a hardlinked copy) is
 * unchanged; otherwise type and permission bits, owner, device number, mtime (to the nanosecond),
 * size (not for directories), symlink target and xattrs must match. When size and mtime match but
 * the mtime has no sub-second part — a copy whose timestamps were truncated, e.g. unpacked from a
 * tar — equal metadata proves nothing, so the content is compared too.
 */
async function sameNode(lowerFile: string, l: Stat, upperFile: string, u: Stat): Promise<boolean> {
  if (l.dev === u.dev && l.ino === u.ino) return true;
  if (l.mode !== u.mode || l.uid !== u.uid || l.gid !== u.gid || l.rdev !== u.rdev) return false;
  if (l.mtimeNs !== u.mtimeNs) return false;
  if (!u.isDirectory() && l.size !== u.size) return false;
  if (!sameXattrs(lowerFile, upperFile)) return false;
  if (u.isSymbolicLink()) return (await fs.promises.readlink(lowerFile)) === (await fs.promises.readlink(upperFile));
  if (u.isFile() && l.mtimeNs % 1_000_000_000n === 0n) return sameContent(lowerFile, upperFile);
  return true;
}

/**
 * The changes between two full directory trees (the native snapshotter: `upperRoot` is a copy of
 * `lowerRoot` that a container changed; no lower means everything is added), in `docker diff`
 * order. A name only in upper is A (with everything beneath it), only in lower is D (its children
 * are not listed), in both and not `sameNode` is C; a directory with any change beneath it is C.
 */
export async function dirChanges(lowerRoot: string | undefined, upperRoot: string): Promise<Change[]> {
  const changes: Change[] = [];
  const slicer = new Slicer();
  if (lowerRoot === undefined) await allAdded(upperRoot, '/', changes, slicer);
  else await walkBoth(lowerRoot, upperRoot, '/', changes, slicer);
  return changes;
}

async function walkBoth(lower: string, upper: string, at: string, changes: Change[], slicer: Slicer): Promise<void> {
  const names = [...new Set([...(sortedNames(lower)), ...(sortedNames(upper))])].sort();
  for (const name of names) {
    await slicer.pause();
    const lowerFile = path.join(lower, name);
    const upperFile = path.join(upper, name);
    const where = join(at, name);
    const l = lstatOrNull(lowerFile);
    const u = lstatOrNull(upperFile);
    if (!u) {
      if (l) changes.push({ kind: 'D', path: where });
      continue;
    }
    if (!l) {
      changes.push({ kind: 'A', path: where });
      if (u.isDirectory()) await allAdded(upperFile, where, changes, slicer);
      continue;
    }
    const same = await sameNode(lowerFile, l, upperFile, u);
    if (!u.isDirectory()) {
      if (!same) changes.push({ kind: 'C', path: where });
      continue;
    }
    const inner: Change[] = [];
    if (l.isDirectory()) await walkBoth(lowerFile, upperFile, where, inner, slicer);
    else await allAdded(upperFile, where, inner, slicer);
    if (!same || inner.length > 0) changes.push({ kind: 'C', path: where }, ...inner);
  }
}
