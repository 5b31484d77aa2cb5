// Helpers shared by this package's tests; not part of the public entry.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { lgetxattr, llistxattr } from '@berth/sys';
import { TarWriter } from './write';

export async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The bytes of a tar that `fill` writes. */
export async function buildTar(fill: (writer: TarWriter) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = collect(out);
  const writer = new TarWriter(out);
  await fill(writer);
  await writer.finish();
  return bytes;
}

/**
 * A comparable description of every node under `root` (root excluded), by relative path: type,
 * permission bits, owner, size, mtime in whole seconds (what a tar keeps), symlink target, content
 * digest, xattrs (overlayfs' own left out), and for hardlinked files the sorted names sharing the inode.
 */
export function treeListing(root: string, opts: { mtimes?: boolean } = {}): Record<string, string> {
  const listing: Record<string, string> = {};
  const inodes = new Map<number, string[]>();
  const walk = (dir: string, rel: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const where = rel ? `${rel}/${name}` : name;
      const st = fs.lstatSync(file);
      const fields = [`mode=${(st.mode & 0o170000).toString(8)}:${(st.mode & 0o7777).toString(8)}`, `owner=${st.uid}:${st.gid}`];
      if (opts.mtimes !== false && !st.isDirectory() && !st.isSymbolicLink()) fields.push(`mtime=${Math.floor(st.mtimeMs / 1000)}`);
      if (st.isFile()) {
        fields.push(`size=${st.size}`, `sha=${createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16)}`);
        if (st.nlink > 1) inodes.set(st.ino, [...(inodes.get(st.ino) ?? []), where]);
      }
      if (st.isSymbolicLink()) fields.push(`target=${fs.readlinkSync(file)}`);
      if (st.isCharacterDevice() || st.isBlockDevice()) fields.push(`rdev=${st.rdev}`);
      for (const key of llistxattr(file).sort()) {
        if (!key.startsWith('trusted.overlay.')) fields.push(`xattr:${key}=${lgetxattr(file, key)?.toString('hex')}`);
      }
      listing[where] = fields.join(' ');
      if (st.isDirectory()) walk(file, where);
    }
  };
  walk(root, '');
  for (const names of inodes.values()) for (const name of names) listing[name] += ` links=${names.sort().join(',')}`;
  return listing;
}

/** A raw ustar header block, for the GNU and malformed cases TarWriter never produces. */
export function rawHeader(name: string, flag: string, size: number, linkname = ''): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100);
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(size.toString(8).padStart(11, '0') + '\0', 124);
  block.write('00000000000\0', 136);
  block.write(flag, 156);
  block.write(linkname, 157, 100);
  block.write('ustar  \0', 257);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

