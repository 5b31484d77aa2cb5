import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IdShift } from './apply';
import { dirChanges } from './changes';
import {
  childName,
  isOpaque,
  isWhiteout,
  LayerStack,
  lstatOrNull,
  OPAQUE_MARKER,
  sortedNames,
  TreeTarWriter,
  WHITEOUT_PREFIX,
  writeHashedTar,
  type DiffResult,
} from './tree';

const mtimeOf = (stat: fs.BigIntStats) => new Date(Number(stat.mtimeMs));

/**
 * Writes the changeset of an overlayfs upper directory as an OCI layer tar to `out` (and ends it):
 * every node of the upper directory with its metadata (hardlinks, symlinks, devices, FIFOs, xattrs
 * less `trusted.overlay.*`), a whiteout char device over something in the lowers as an empty
 * `.wh.<name>` file, and an opaque directory that exists below followed by `<dir>/.wh..wh..opq`.
 * Whiteouts of names the lowers do not hold are left out. Parents come before children, names
 * sorted, so the same upper directory always gives the same bytes. With `idShift` (a tree kept
 * for --userns-remap) owners are written as the user namespace sees them, as every layer is.
 */
export function writeOverlayDiff(upperdir: string, lowerdirs: string[], out: NodeJS.WritableStream, idShift?: IdShift): Promise<DiffResult> {
  return writeHashedTar(out, (tar) => writeUpper(tar, upperdir, '', new LayerStack(lowerdirs)), idShift);
}

async function writeUpper(tar: TreeTarWriter, dir: string, entry: string, below: LayerStack): Promise<void> {
  for (const name of sortedNames(dir)) {
    const file = path.join(dir, name);
    const stat = lstatOrNull(file);
    if (!stat) continue;
    if (isWhiteout(stat)) {
      if (below.lookup(name)) await tar.addMarker(childName(entry, WHITEOUT_PREFIX + name), mtimeOf(stat));
      continue;
    }
    const child = childName(entry, name);
    await tar.addNode(file, child, stat);
    if (!stat.isDirectory()) continue;
    const lower = below.lookup(name);
    const opaque = isOpaque(file);
    if (opaque && lower) await tar.addMarker(childName(child, OPAQUE_MARKER), mtimeOf(stat));
    const childBelow = !opaque && lower?.stat.isDirectory() ? below.child(name) : new LayerStack([]);
    await writeUpper(tar, file, child, childBelow);
  }
}

/**
 * Writes the changeset between two full trees (the native snapshotter) as an OCI layer tar to `out`
 * (and ends it): the A and C nodes of `dirChanges` taken from `upperRoot`, and each D as an empty
 * `.wh.<name>` file, in `dirChanges` order (parents first). No lower means the whole upper tree.
 */
export async function writeDirDiff(lowerRoot: string | undefined, upperRoot: string, out: NodeJS.WritableStream, idShift?: IdShift): Promise<DiffResult> {
  const changes = await dirChanges(lowerRoot, upperRoot);
  return writeHashedTar(out, async (tar) => {
    for (const change of changes) {
      const entry = change.path.slice(1);
      if (change.kind !== 'D') {
        await tar.addNode(path.join(upperRoot, entry), entry);
        continue;
      }
      const parent = path.posix.dirname(entry);
      const parentStat = await fs.promises.lstat(path.join(upperRoot, parent), { bigint: true });
      await tar.addMarker(childName(parent === '.' ? '' : parent, WHITEOUT_PREFIX + path.posix.basename(entry)), mtimeOf(parentStat));
    }
  }, idShift);
}

/**
 * Writes the filesystem that a stack of overlayfs layer directories (topmost first) shows when
 * mounted — without mounting it — as one flat tar to `out` (and ends it), the way `docker export`
 * sees a container: whiteouts and opaque directories hide what is below them, and each name is
 * taken from the topmost layer holding it. A single full tree (native snapshotter) works too.
 */
export async function writeMergedTree(layers: string[], out: NodeJS.WritableStream, idShift?: IdShift): Promise<void> {
  const tar = new TreeTarWriter(out, idShift);
  const walk = async (stack: LayerStack, entry: string): Promise<void> => {
    for (const name of stack.names()) {
      const found = stack.lookup(name);
      if (!found) continue;
      const child = childName(entry, name);
      await tar.addNode(found.file, child, found.stat);
      if (found.stat.isDirectory()) await walk(stack.child(name), child);
    }
  };
  await walk(new LayerStack(layers), '');
  await tar.finish();
}
