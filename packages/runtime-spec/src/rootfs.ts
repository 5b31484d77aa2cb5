import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { invalidArgument } from '@berth/errdefs';
import type { RootfsReader } from './types';

const MAX_SYMLINKS = 40;

/**
 * A RootfsReader over a root filesystem unpacked or mounted at `rootDir` on the host. Paths are
 * resolved as the container would see them: symlinks inside the tree (absolute or relative) are
 * followed with `rootDir` as `/`, so an image's `/etc/passwd -> /usr/share/...` works and a link
 * pointing at `../../..` cannot reach the host's files.
 */
export function directoryRootfsReader(rootDir: string): RootfsReader {
  const root = path.resolve(rootDir);
  return {
    async readFile(containerPath: string): Promise<Buffer | null> {
      const hostPath = await resolveInRoot(root, containerPath);
      if (hostPath === null) return null;
      try {
        return await fs.readFile(hostPath);
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
  };
}

/** Host path of `containerPath` under `root`, or null when a component does not exist. */
async function resolveInRoot(root: string, containerPath: string): Promise<string | null> {
  let pending = splitPath(containerPath);
  let resolved: string[] = [];
  let symlinks = 0;
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (name === '..') {
      resolved.pop();
      continue;
    }
    const candidate = path.join(root, ...resolved, name);
    let stat;
    try {
      stat = await fs.lstat(candidate);
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    if (!stat.isSymbolicLink()) {
      resolved.push(name);
      continue;
    }
    if (++symlinks > MAX_SYMLINKS) throw invalidArgument(`too many levels of symbolic links in ${containerPath}`);
    const target = await fs.readlink(candidate);
    if (target.startsWith('/')) resolved = [];
    pending = [...splitPath(target), ...pending];
  }
  return path.join(root, ...resolved);
}

function splitPath(p: string): string[] {
  return p.split('/').filter((part) => part !== '' && part !== '.');
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
