import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { internal } from '@berth/errdefs';
import type { RuncStdio } from './runc';

/**
 * berth-exec (native/berth-exec.c): starts an exec process the way `runc exec --detach` does, in a
 * few milliseconds instead of runc's ~30 (two Go runtime start-ups and a cgroup move that waits out
 * an RCU grace period). The shim uses it for the common case only and keeps runc for the rest; see
 * `helperPlan` for where the line is drawn and why.
 */

const HELPER_FILE = 'berth-exec';

/** Exit status of berth-exec meaning "not for me, nothing was done": the caller runs runc instead. */
const EXIT_FALLBACK = 3;

/**
 * The helper binary: `$BERTH_EXEC_BINARY` (`none` turns the helper off, so every exec goes through
 * runc), else beside the running code (the bundle copies it next to berth-shim.js), else this
 * package's `build/`. Undefined when there is none: runc serves every exec.
 */
export function execHelperPath(): string | undefined {
  const configured = process.env.BERTH_EXEC_BINARY;
  if (configured === 'none') return undefined;
  const candidates = [configured, join(__dirname, HELPER_FILE), join(__dirname, '../build', HELPER_FILE)].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(c));
}

/** The OCI process the shim would hand to `runc exec --process` (see TaskSupervisor.execProcess). */
export interface OciProcess {
  terminal?: boolean;
  args: string[];
  env?: string[];
  cwd?: string;
  user?: { uid: number; gid: number; additionalGids?: number[]; umask?: number; username?: string };
  capabilities?: Partial<Record<'bounding' | 'effective' | 'inheritable' | 'permitted' | 'ambient', string[]>>;
  rlimits?: { type: string; soft: number; hard: number }[];
  noNewPrivileges?: boolean;
  oomScoreAdj?: number;
  apparmorProfile?: string;
  selinuxLabel?: string;
  scheduler?: unknown;
  ioPriority?: unknown;
  execCPUAffinity?: unknown;
  consoleSize?: { height: number; width: number };
}

/** What of the bundle's config.json decides whether the helper may run an exec. */
export interface BundleConfig {
  process?: OciProcess;
  linux?: {
    namespaces?: { type: string; path?: string }[];
    seccomp?: { flags?: string[]; listenerPath?: string };
    intelRdt?: unknown;
    personality?: unknown;
  };
}

/** What a task keeps between its exec processes, so that only the first one pays for finding it out. */
export interface HelperTaskCache {
  /** Every cgroup directory of the container (runc's state.json `cgroup_paths`). */
  cgroups?: string[];
  /** Where the init's seccomp filter is saved once copied (an empty file: no filter). */
  readonly seccompFile: string;
}

export interface HelperRequest {
  /** The task id; the session keyring is named after it, as runc names it. */
  id: string;
  initPid: number;
  process: OciProcess;
  config: BundleConfig;
  cache: HelperTaskCache;
  /** The runtime's state directory of this container (`<runtime root>/<id>`). */
  runtimeStateDir: string;
  consoleSocket?: string;
}

/** The kernel's capability numbers (include/uapi/linux/capability.h), by OCI name. */
const CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID', 'CAP_SETUID',
  'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK',
  'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE',
  'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];

/** The generic resource numbers (asm-generic/resource.h), which x86, arm, riscv, ppc and s390 share. */
const RLIMITS = [
  'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS', 'RLIMIT_NPROC', 'RLIMIT_NOFILE',
  'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS', 'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME',
];
const GENERIC_RLIMIT_ARCHES = new Set(['x64', 'ia32', 'arm', 'arm64', 'riscv64', 'ppc64', 's390x', 'loong64']);

/** A capability set as the hex bitmask berth-exec takes; undefined when a name is unknown here. */
export function capabilityMask(names: readonly string[] | undefined): string | undefined {
  let mask = 0n;
  for (const name of names ?? []) {
    const bit = CAPABILITIES.indexOf(name);
    if (bit < 0) return undefined;
    mask |= 1n << BigInt(bit);
  }
  return mask.toString(16);
}

/**
 * The helper's command line for one exec, or why this exec must go through runc. runc remains the
 * reference; the helper takes only what it reproduces exactly, and everything else stays on runc:
 * - another runtime, or runc with global options (the caller checks that: see `usesHelper`);
 * - `exec --privileged` (its own capability sets, rare, not worth a second implementation);
 * - AppArmor or SELinux labels, scheduler, I/O priority, CPU affinity, umask, personality,
 *   Intel RDT, seccomp flags or a seccomp notify listener: runc features the helper does not have;
 * - capabilities or rlimits this table does not know by number.
 * The init's seccomp filter is copied from the init itself (berth-exec falls back when it cannot).
 */
export function helperPlan(req: HelperRequest): { args: string[] } | { runc: string } {
  const { process: p, config } = req;
  if (p.apparmorProfile || p.selinuxLabel) return { runc: 'an AppArmor or SELinux label' };
  if (p.scheduler || p.ioPriority || p.execCPUAffinity || p.user?.umask !== undefined || p.user?.username) return { runc: 'process settings the helper lacks' };
  if (config.linux?.personality || config.linux?.intelRdt) return { runc: 'personality or Intel RDT' };
  if (config.linux?.seccomp && ((config.linux.seccomp.flags?.length ?? 0) > 0 || config.linux.seccomp.listenerPath)) return { runc: 'seccomp flags or a notify listener' };
  if (!req.cache.cgroups || req.cache.cgroups.length === 0) return { runc: "the container's cgroups are unknown" };
  const caps = p.capabilities ?? {};
  const masks = (['bounding', 'effective', 'permitted', 'inheritable', 'ambient'] as const).map((set) => [set, capabilityMask(caps[set])] as const);
  if (masks.some(([, mask]) => mask === undefined)) return { runc: 'a capability unknown to the helper' };
  if ((p.rlimits?.length ?? 0) > 0 && !GENERIC_RLIMIT_ARCHES.has(process.arch)) return { runc: 'rlimit numbers of this architecture' };
  const rlimits: string[] = [];
  for (const r of p.rlimits ?? []) {
    const resource = RLIMITS.indexOf(r.type);
    if (resource < 0) return { runc: `rlimit ${r.type}` };
    rlimits.push('--rlimit', `${resource}:${limit(r.soft)}:${limit(r.hard)}`);
  }
  const user = p.user ?? { uid: 0, gid: 0 };
  const args = [
    '--pid', String(req.initPid),
    ...req.cache.cgroups.flatMap((dir) => ['--cgroup', dir]),
    ...(p.env ?? []).flatMap((e) => ['--env', e]),
    '--cwd', p.cwd || '/',
    '--uid', String(user.uid), '--gid', String(user.gid),
    ...(user.additionalGids?.length ? ['--groups', user.additionalGids.join(',')] : []),
    ...masks.flatMap(([set, mask]) => [`--cap-${set}`, mask!]),
    ...(p.noNewPrivileges ? ['--no-new-privs'] : []),
    ...rlimits,
    ...(p.oomScoreAdj !== undefined ? ['--oom-score-adj', String(p.oomScoreAdj)] : []),
    ...(existsSync(req.cache.seccompFile) ? ['--seccomp', req.cache.seccompFile] : ['--seccomp-from-init', req.cache.seccompFile]),
    ...(req.consoleSocket ? ['--console-socket', req.consoleSocket] : []),
    '--keyring', `_ses.${req.id}`,
    '--', ...p.args,
  ];
  return { args };
}

/** An rlimit value for berth-exec: -1 is unlimited (the OCI value is the kernel's, 2^64-1). */
function limit(value: number): string {
  return value >= Number.MAX_SAFE_INTEGER ? '-1' : String(value);
}

/** Whether a shim's runtime is the builtin runc, the only one whose exec the helper stands in for. */
export function usesHelper(runtime: string, runtimeArgs: readonly string[]): boolean {
  return runtime === 'runc' && runtimeArgs.length === 0;
}

/** The container's cgroup directories as runc recorded them: what `runc exec` joins. */
export async function runcCgroupDirs(runtimeStateDir: string): Promise<string[] | undefined> {
  try {
    const state = JSON.parse(await readFile(join(runtimeStateDir, 'state.json'), 'utf8')) as { cgroup_paths?: Record<string, string> };
    // Co-mounted controllers (cpu,cpuacct) share a directory: joined once.
    const dirs = [...new Set(Object.values(state.cgroup_paths ?? {}))];
    return dirs.length > 0 ? dirs : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs berth-exec with the process's stdio. Resolves to the started process's pid, or undefined
 * when the helper declined (nothing was done: run runc). A process that could not start rejects
 * with runc's wording (`exec failed: unable to start container process: exec: "x": executable
 * file not found in $PATH`), which is what the engine reads its 126/127 from.
 */
export function runExecHelper(binary: string, id: string, args: string[], stdio: RuncStdio): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    // Fd 3 carries berth-exec's report; 0-2 are the process's own, never written by the helper.
    const child = spawn(binary, args, { stdio: [...stdio, 'pipe'] });
    let report = '';
    const channel = child.stdio[3] as NodeJS.ReadableStream;
    channel.setEncoding('utf8');
    channel.on('data', (s: string) => (report += s));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const pid = /^pid (\d+)$/m.exec(report);
      if (code === 0 && pid) return resolve(Number.parseInt(pid[1]!, 10));
      if (code === EXIT_FALLBACK) return resolve(undefined);
      const why = report.trim() || (signal ? `killed by ${signal}` : `exit status ${code}`);
      reject(internal(`${basename(binary)} ${id}: ${why}`));
    });
  });
}

/** Forgets what a task's exec processes cached (its task is gone). */
export async function clearHelperCache(cache: HelperTaskCache | undefined): Promise<void> {
  if (cache) await rm(cache.seccompFile, { force: true });
}
