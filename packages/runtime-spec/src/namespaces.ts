import { invalidArgument } from '@berth/errdefs';
import type { SpecMount, SpecNamespace } from './types';

/**
 * Which of the host's namespaces a container shares instead of getting its own (`--pid host`,
 * `--ipc host|none|private|shareable`, `--uts host`, `--cgroupns host|private`), and the sysctls
 * it may set in the ones it owns — Docker's rules, with dockerd's and runc's messages.
 */
export interface NamespaceModes {
  /** `host` shares the host's pid namespace, a join another container's; absent → a new one. */
  pid?: 'host' | NamespaceJoin;
  /** Absent is `private`. `none` is private without a /dev/shm; `shareable` may be joined by others. */
  ipc?: 'host' | 'private' | 'shareable' | 'none' | NamespaceJoin;
  uts?: 'host';
  /** Absent → `host`; `private` → a new cgroup namespace (the engine's default on cgroup v2). */
  cgroup?: 'host' | 'private';
}

/**
 * `container:<name|id>`: the namespace of another container, which the engine resolves to the
 * host pid of its first process (the container must be running).
 */
export interface NamespaceJoin {
  container: string;
  pid?: number;
}

/** The kernel.* sysctls that belong to the IPC namespace (Docker's and runc's list). */
const IPC_SYSCTLS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

/** dockerd's checks of the mode strings (runconfig's validators), before anything is created. */
export function parseNamespaceModes(modes: { pid?: string; ipc?: string; uts?: string; cgroupns?: string }): NamespaceModes {
  const out: NamespaceModes = {};
  const pid = modes.pid ?? '';
  if (pid === 'host') out.pid = 'host';
  else if (/^container:./.test(pid)) out.pid = { container: pid.slice('container:'.length) };
  else if (pid !== '') throw invalidArgument(`invalid PID mode: ${pid}`);
  const ipc = modes.ipc ?? '';
  if (ipc === 'host' || ipc === 'private' || ipc === 'shareable' || ipc === 'none') out.ipc = ipc;
  else if (/^container:./.test(ipc)) out.ipc = { container: ipc.slice('container:'.length) };
  else if (ipc !== '') throw invalidArgument(`invalid IPC mode: ${ipc}`);
  const uts = modes.uts ?? '';
  if (uts === 'host') out.uts = 'host';
  else if (uts !== '') throw invalidArgument(`invalid UTS mode: ${uts}`);
  const cgroupns = modes.cgroupns ?? '';
  if (cgroupns === 'host' || cgroupns === 'private') out.cgroup = cgroupns;
  else if (cgroupns !== '') throw invalidArgument(`invalid cgroup namespace mode: ${cgroupns}`);
  return out;
}

/** The namespaces the runtime creates; a shared one is simply not listed (runc then stays in ours). */
export function namespacesFor(modes: NamespaceModes, network: SpecNamespace | undefined, userns: boolean): SpecNamespace[] {
  const namespaces: SpecNamespace[] = [];
  if (modes.pid !== 'host') namespaces.push(typeof modes.pid === 'object' ? { type: 'pid', path: joinedPath(modes.pid, 'pid') } : { type: 'pid' });
  if (modes.ipc !== 'host') namespaces.push(typeof modes.ipc === 'object' ? { type: 'ipc', path: joinedPath(modes.ipc, 'ipc') } : { type: 'ipc' });
  if (modes.uts !== 'host') namespaces.push({ type: 'uts' });
  namespaces.push({ type: 'mount' });
  if (network) namespaces.push(network);
  if (userns) namespaces.push({ type: 'user' });
  if (modes.cgroup === 'private') namespaces.push({ type: 'cgroup' });
  return namespaces;
}

/**
 * /dev/shm as the IPC mode wants it: the host's own with `--ipc host` (as dockerd binds it), none
 * with `--ipc none`, else the container's tmpfs (`defaultShm`).
 */
export function shmMount(modes: NamespaceModes, defaultShm: SpecMount): SpecMount | undefined {
  if (modes.ipc === 'none') return undefined;
  if (modes.ipc === 'host') return { destination: '/dev/shm', type: 'bind', source: '/dev/shm', options: ['rbind', 'rprivate'] };
  // A joined IPC namespace keeps a /dev/shm of its own: the donor's is a tmpfs inside the donor's
  // mount namespace, which cannot be bind-mounted from here (dockerd keeps shareable ones on the
  // host for that; berth does not yet).
  return defaultShm;
}

function joinedPath(join: NamespaceJoin, type: 'pid' | 'ipc'): string {
  if (join.pid === undefined) throw invalidArgument(`container ${join.container} is not running: its namespaces cannot be joined`);
  return `/proc/${join.pid}/ns/${type}`;
}

/**
 * `--sysctl`: only parameters of a namespace the container owns can be set (they would change the
 * host otherwise). Messages as runc's, which checks the same at create.
 */
export function checkSysctls(sysctls: Record<string, string>, shared: { ipc: boolean; uts: boolean; network: boolean }): void {
  for (const key of Object.keys(sysctls)) {
    if (IPC_SYSCTLS.has(key) || key.startsWith('fs.mqueue.')) {
      if (shared.ipc) throw invalidArgument(`sysctl "${key}" not allowed in host ipc namespace`);
    } else if (key.startsWith('net.')) {
      if (shared.network) throw invalidArgument(`sysctl "${key}" not allowed in host network namespace`);
    } else if (key === 'kernel.domainname' || key === 'kernel.hostname') {
      if (shared.uts) throw invalidArgument(`sysctl "${key}" not allowed in host UTS namespace`);
      // The OCI spec's hostname/domainname fields own these; runc refuses a second writer.
      throw invalidArgument(`sysctl "${key}" is not allowed as it conflicts with the OCI "${key.slice('kernel.'.length)}" field`);
    } else {
      throw invalidArgument(`sysctl "${key}" is not in a separate kernel namespace`);
    }
  }
}
