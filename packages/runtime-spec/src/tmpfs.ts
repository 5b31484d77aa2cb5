import * as path from 'node:path';
import { invalidArgument } from '@berth/errdefs';
import type { SpecMount } from './types';

/** What a `--tmpfs` mount starts from before its own options, as in Docker. */
const DEFAULT_TMPFS_OPTIONS = ['noexec', 'nosuid', 'nodev', 'rprivate'];

/** Flags that switch the same setting; the later one wins. */
const OPPOSITES: Record<string, string> = {
  exec: 'exec', noexec: 'exec',
  suid: 'suid', nosuid: 'suid',
  dev: 'dev', nodev: 'dev',
  ro: 'rw', rw: 'rw',
  atime: 'atime', noatime: 'atime',
  diratime: 'diratime', nodiratime: 'diratime',
  relatime: 'relatime', norelatime: 'relatime',
  strictatime: 'strictatime', nostrictatime: 'strictatime',
  sync: 'sync', async: 'sync',
  private: 'propagation', rprivate: 'propagation', shared: 'propagation', rshared: 'propagation',
  slave: 'propagation', rslave: 'propagation',
};

/**
 * `--tmpfs DEST:OPTIONS` as mounts: Docker's defaults, then the user's options, a later option
 * replacing an earlier one of the same setting (`exec` over `noexec`, the last `size=`).
 */
export function tmpfsMounts(tmpfs: Record<string, string> | undefined): SpecMount[] {
  return Object.entries(tmpfs ?? {}).map(([destination, data]) => {
    if (!path.posix.isAbsolute(destination)) {
      throw invalidArgument(`invalid tmpfs mount destination "${destination}": must be an absolute path`);
    }
    const requested = data ? data.split(',').map((o) => o.trim()).filter((o) => o !== '') : [];
    return { destination, type: 'tmpfs', source: 'tmpfs', options: mergeMountOptions([...DEFAULT_TMPFS_OPTIONS, ...requested]) };
  });
}

function mergeMountOptions(options: string[]): string[] {
  const bySetting = new Map<string, string>();
  for (const option of options) {
    const setting = OPPOSITES[option] ?? (option.includes('=') ? option.slice(0, option.indexOf('=')) : option);
    bySetting.delete(setting); // re-insert: the last one given takes the later position
    bySetting.set(setting, option);
  }
  return [...bySetting.values()];
}
