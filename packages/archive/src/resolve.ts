import type { Stats } from 'node:fs';
import { lstatSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';
import { invalidArgument } from '@berth/errdefs';

/** Linux's limit on symlinks followed in one lookup (past it, ELOOP). */
const MAX_SYMLINK_HOPS = 255;

export interface ResolveInRootOptions {
  /** Whether a symlink in the last component is followed too (a directory walk always follows). */
  followFinal: boolean;
  /** Names the path in errors; the path itself when not given. */
  name?: string;
  /**
   * Sees each component that is followed and not a symlink before it is kept: `host` is its place under the
   * root, `stat` its lstat (undefined when missing), `shown` its path relative to the root. The
   * layer applier creates missing directories here and refuses non-directories by throwing.
   */
  visit?: (host: string, stat: Stats | undefined, shown: string) => void;
}

/**
 * The components of `unsafe` resolved inside the host directory `root` as if it were `/`: every
 * symlink on the way is followed with an absolute target restarting at the root and `..` never
 * climbing above it (securejoin's rule, what a chroot would see). Components that do not exist are
 * kept as they are, so a broken link resolves as far as it can. Joined to `root`, the result is
 * always inside it — the one place both `docker cp` and layer extraction confine paths.
 */
export function resolveInRoot(root: string, unsafe: string | string[], opts: ResolveInRootOptions): string[] {
  const queue = typeof unsafe === 'string' ? unsafe.split('/') : [...unsafe];
  const name = opts.name ?? (typeof unsafe === 'string' ? unsafe : unsafe.join('/'));
  const resolved: string[] = [];
  let hops = 0;
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      resolved.pop();
      continue;
    }
    if (!opts.followFinal && queue.every((rest) => rest === '' || rest === '.')) {
      resolved.push(part);
      break;
    }
    const host = path.join(root, ...resolved, part);
    const stat = lstatSync(host, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) {
      if (++hops > MAX_SYMLINK_HOPS) throw invalidArgument(`${name}: too many levels of symbolic links`);
      const target = readlinkSync(host);
      if (target.startsWith('/')) resolved.length = 0;
      queue.unshift(...target.split('/'));
      continue;
    }
    opts.visit?.(host, stat, path.join(...resolved, part));
    resolved.push(part);
  }
  return resolved;
}
