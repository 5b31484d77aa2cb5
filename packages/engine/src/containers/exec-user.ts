import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { resolveUser, type ResolvedUser, type RootfsReader } from '@berth/runtime-spec';
import type { Mount } from '@berth/sys';

/** How to read a container's root filesystem: its snapshot's mounts, and a reader over them. */
export interface ContainerRootfs {
  mounts(): Promise<Mount[]>;
  reader(mounts: Mount[]): RootfsReader;
}

interface RunEntry {
  /** The container run (its start time) the entry belongs to: a restart starts afresh. */
  run: string;
  mounts: Promise<Mount[]>;
  users: Map<string, { stamp: string; user: Promise<ResolvedUser> }>;
}

/** Files whose change can change a user's resolution (their directory too: an opaque `/etc` replaces all). */
const USER_FILES = ['etc', 'etc/passwd', 'etc/group'];

/**
 * The users of a container's exec processes, resolved against its /etc/passwd and /etc/group as
 * runc resolves them at every exec, but read only when they may have changed: a lookup is
 * remembered per container run and user string, together with a stamp of those files in the
 * snapshot's writable layer (the only layer that changes while the container lives). A `useradd`
 * in the container changes the stamp, so the next exec reads the files again; an exec otherwise
 * pays a few stat calls instead of the snapshotter's mounts and two file reads (~1 ms).
 */
export class ExecUserCache {
  private readonly entries = new WeakMap<object, RunEntry>();

  /** `container`: any object that lives as long as the container (its entry goes with it). */
  async resolve(container: object, run: string, user: string, rootfs: ContainerRootfs): Promise<ResolvedUser> {
    let entry = this.entries.get(container);
    if (!entry || entry.run !== run) {
      entry = { run, mounts: rootfs.mounts(), users: new Map() };
      this.entries.set(container, entry);
      // A failed lookup of the mounts is not kept: the next exec asks again.
      entry.mounts.catch(() => this.entries.get(container) === entry && this.entries.delete(container));
    }
    const mounts = await entry.mounts;
    const stamp = writableStamp(mounts);
    const known = entry.users.get(user);
    if (known && stamp !== undefined && known.stamp === stamp) return known.user;
    const resolved = resolveUser(user, rootfs.reader(mounts));
    // Only successes are kept: a user that is missing now may be added before the next exec.
    if (stamp !== undefined) {
      const kept = { stamp, user: resolved };
      entry.users.set(user, kept);
      resolved.catch(() => entry!.users.get(user) === kept && entry!.users.delete(user));
    }
    return resolved;
  }
}

/** The directories of a rootfs that may change while it is mounted: an overlay's upper, a bind's source. */
export function writableLayers(mounts: Mount[]): string[] {
  const layers: string[] = [];
  for (const m of mounts) {
    if (m.type === 'bind') layers.push(m.source);
    else if (m.type === 'overlay') {
      const upper = m.options.find((o) => o.startsWith('upperdir='))?.slice('upperdir='.length);
      if (upper) layers.push(upper);
    }
  }
  return layers;
}

/**
 * What the user files look like in the writable layers (identity, size and change times, or
 * absence); undefined when the mounts are of a kind whose layers are unknown here (never cached).
 */
export function writableStamp(mounts: Mount[]): string | undefined {
  if (!mounts.every((m) => m.type === 'bind' || m.type === 'overlay')) return undefined;
  const parts: string[] = [];
  for (const layer of writableLayers(mounts)) {
    for (const file of USER_FILES) {
      // Synchronous: three lstats of local files cost microseconds, three thread-pool trips more.
      const st = lstatSync(join(layer, file), { bigint: true, throwIfNoEntry: false });
      parts.push(st ? `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.mode}` : '-');
    }
  }
  return parts.join('/');
}
