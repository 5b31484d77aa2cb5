import * as path from 'node:path';
import { notFound } from '@berth/errdefs';
import type { IdShift } from './apply';
import { childName, lstatOrNull, sortedNames, TreeTarWriter } from './tree';

/**
 * Adds everything beneath the directory `dir` as `<prefix>/<relative name>` ('' prefix: bare names;
 * a prefix ending in `/`, Docker's name for the root, is not doubled). Stops once `signal` aborts.
 */
async function addTree(writer: TreeTarWriter, dir: string, prefix: string, signal?: AbortSignal): Promise<void> {
  for (const name of sortedNames(dir)) {
    signal?.throwIfAborted();
    const file = path.join(dir, name);
    const stat = lstatOrNull(file);
    if (!stat) continue; // removed while we walked
    const entry = prefix.endsWith('/') ? prefix + name : childName(prefix, name);
    await writer.addNode(file, entry, stat);
    if (stat.isDirectory()) await addTree(writer, file, entry, signal);
  }
}

/**
 * Writes the tree under `dir` (not `dir` itself) as a tar to `out`, in a deterministic order (each
 * directory's entries sorted by name, parents before children), with names relative to `dir` and no
 * leading `./`. Modes, owners, mtimes (seconds), xattrs, symlinks, devices and FIFOs are kept; files
 * sharing an inode become hardlinks to the first name. Sockets are skipped. Ends `out` when done.
 */
export async function writeDirAsTar(dir: string, out: NodeJS.WritableStream): Promise<void> {
  const writer = new TreeTarWriter(out);
  await addTree(writer, dir, '');
  await writer.finish();
}

/**
 * Writes the node at `source` (not followed when it is a symlink) as the entry `name`, and when it
 * is a directory everything beneath it as `name/<relative name>`, with the order and metadata of
 * `writeDirAsTar`: one path of a container as `docker cp` archives it, the top entry named after
 * the path's base name. Ends `out`; notFound when `source` does not exist. An aborted `signal`
 * stops the walk (the reader went away) and rejects; `idShift` writes owners as a user namespace
 * with those maps sees them (a remapped container's files as the container sees them).
 */
export async function writePathAsTar(source: string, name: string, out: NodeJS.WritableStream, opts: { signal?: AbortSignal; idShift?: IdShift } = {}): Promise<void> {
  const { signal, idShift } = opts;
  const stat = lstatOrNull(source);
  if (!stat) throw notFound(`${source}: no such file or directory`);
  const writer = new TreeTarWriter(out, idShift);
  await writer.addNode(source, name, stat);
  if (stat.isDirectory()) await addTree(writer, source, name, signal);
  await writer.finish();
}
