/**
 * `--pid container:<ref>` and `--ipc container:<ref>`: the other container is looked up when this
 * one starts, as dockerd does (create only checks the mode's form), and must be running; an IPC
 * donor must have been created `--ipc shareable`. Messages as dockerd's.
 */
import type { HostConfig } from '@berth/api-types';
import { conflict, invalidArgument, isNotFound, messageOf } from '@berth/errdefs';
import { parseNamespaceModes, type NamespaceModes } from '@berth/runtime-spec';

/** What a join needs to know of the container joined. */
export interface JoinTarget {
  id: string;
  running: boolean;
  restarting: boolean;
  pid: number;
  ipcMode: string;
}

/** The modes of `host` with joins left out (private): what create and update check the spec with. */
export function modesWithoutJoins(host: HostConfig): NamespaceModes {
  const modes = parseNamespaceModes({ pid: host.PidMode, ipc: host.IpcMode, uts: host.UTSMode, cgroupns: host.CgroupnsMode });
  return { ...modes, pid: typeof modes.pid === 'object' ? undefined : modes.pid, ipc: typeof modes.ipc === 'object' ? undefined : modes.ipc };
}

/** The modes of `host` with each join resolved to the running process of the container joined. */
export function resolveNamespaceJoins(host: HostConfig, find: (ref: string) => JoinTarget): NamespaceModes {
  const modes = parseNamespaceModes({ pid: host.PidMode, ipc: host.IpcMode, uts: host.UTSMode, cgroupns: host.CgroupnsMode });
  if (typeof modes.pid === 'object') modes.pid = { ...modes.pid, pid: running(target(find, modes.pid.container)).pid };
  if (typeof modes.ipc === 'object') {
    const donor = running(target(find, modes.ipc.container));
    if (donor.ipcMode !== 'shareable') {
      throw invalidArgument(`container ${modes.ipc.container}: non-shareable IPC (hint: use IpcMode:shareable for the donor container)`);
    }
    modes.ipc = { ...modes.ipc, pid: donor.pid };
  }
  return modes;
}

function target(find: (ref: string) => JoinTarget, ref: string): JoinTarget {
  try {
    return find(ref);
  } catch (err) {
    // dockerd reports a missing container here as a bad parameter of this one.
    if (isNotFound(err)) throw invalidArgument(messageOf(err));
    throw err;
  }
}

function running(t: JoinTarget): JoinTarget {
  if (!t.running) throw conflict(`container ${t.id} is not running`);
  if (t.restarting) throw conflict(`container ${t.id} is restarting, wait until the container is running`);
  return t;
}
