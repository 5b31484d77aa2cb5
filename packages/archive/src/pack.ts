import * as path from 'node:path';
import { childName, lstatOrNull, sortedNames, TreeTarWriter } from './tree';

/**
 * Writes the tree under `dir` (not `dir` itself) as a tar to `out`, in a deterministic order (each
 * directory's entries sorted by name, parents before children), with names relative to `dir` and no
 * leading `./`. Modes, owners, mtimes (seconds), xattrs, symlinks, devices and FIFOs are kept; files
 * sharing an inode become hardlinks to the first name. Sockets are skipped. Ends `out` when done.
 */
export async function writeDirAsTar(dir: string, out: NodeJS.WritableStream): Promise<void> {
  const writer = new TreeTarWriter(out);
  const walk = async (absolute: string, relative: string): Promise<void> => {
    for (const name of sortedNames(absolute)) {
      const file = path.join(absolute, name);
      const stat = lstatOrNull(file);
      if (!stat) continue; // removed while we walked
      await writer.addNode(file, childName(relative, name), stat);
      if (stat.isDirectory()) await walk(file, childName(relative, name));
    }
  };
  await walk(dir, '');
  await writer.finish();
}
