import * as fs from 'node:fs';
import * as path from 'node:path';
import { lgetxattr, llistxattr } from '@berth/sys';
import { TarWriter } from './write';

function xattrsOf(file: string): Record<string, Buffer> | undefined {
  let names: string[];
  try {
    names = llistxattr(file);
  } catch {
    return undefined; // filesystems without xattr support
  }
  const xattrs: Record<string, Buffer> = {};
  for (const name of names.sort()) {
    const value = lgetxattr(file, name);
    if (value) xattrs[name] = value;
  }
  return names.length > 0 ? xattrs : undefined;
}

/** Linux's encoding of device numbers in st_rdev (glibc's gnu_dev_major/minor). */
function deviceNumbers(rdev: bigint): { devmajor: number; devminor: number } {
  return {
    devmajor: Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn)),
    devminor: Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn)),
  };
}

/**
 * Writes the tree under `dir` (not `dir` itself) as a tar to `out`, in a deterministic order (each
 * directory's entries sorted by name, parents before children), with names relative to `dir` and no
 * leading `./`. Modes, owners, mtimes (seconds), xattrs, symlinks, devices and FIFOs are kept; files
 * sharing an inode become hardlinks to the first name. Sockets are skipped. Ends `out` when done.
 */
export async function writeDirAsTar(dir: string, out: NodeJS.WritableStream): Promise<void> {
  const writer = new TarWriter(out);
  const firstNameOfInode = new Map<string, string>();

  const walk = async (absolute: string, relative: string): Promise<void> => {
    for (const name of (await fs.promises.readdir(absolute)).sort()) {
      const file = path.join(absolute, name);
      const entryName = relative ? `${relative}/${name}` : name;
      const stat = await fs.promises.lstat(file, { bigint: true });
      const common = {
        name: entryName,
        mode: Number(stat.mode & 0o7777n),
        uid: Number(stat.uid),
        gid: Number(stat.gid),
        mtime: new Date(Number(stat.mtimeMs)),
        xattrs: xattrsOf(file),
      };
      if (stat.isFile()) {
        const inode = `${stat.dev}:${stat.ino}`;
        const first = stat.nlink > 1n ? firstNameOfInode.get(inode) : undefined;
        if (first !== undefined) {
          await writer.add({ ...common, type: 'link', linkname: first, xattrs: undefined });
          continue;
        }
        if (stat.nlink > 1n) firstNameOfInode.set(inode, entryName);
        await writer.add({ ...common, type: 'file', size: Number(stat.size) }, fs.createReadStream(file));
      } else if (stat.isDirectory()) {
        await writer.add({ ...common, type: 'directory' });
        await walk(file, entryName);
      } else if (stat.isSymbolicLink()) {
        await writer.add({ ...common, type: 'symlink', linkname: await fs.promises.readlink(file) });
      } else if (stat.isCharacterDevice()) {
        await writer.add({ ...common, type: 'character-device', ...deviceNumbers(stat.rdev) });
      } else if (stat.isBlockDevice()) {
        await writer.add({ ...common, type: 'block-device', ...deviceNumbers(stat.rdev) });
      } else if (stat.isFIFO()) {
        await writer.add({ ...common, type: 'fifo' });
      }
    }
  };
  await walk(dir, '');
  await writer.finish();
}
