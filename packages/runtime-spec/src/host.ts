import { promises as fs, statfsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { invalidArgument } from '@berth/errdefs';
import { KNOWN_CAPABILITIES } from './defaults';
import type { SpecDevice } from './types';

/**
 * Facts about the host that shape a spec: a runtime cannot grant more than the host has, so the
 * defaults are cut down to what is there. Each probe degrades to "no limit known" when the file
 * it reads is missing.
 */

/**
 * A probe of something fixed while this process lives (its capabilities and limits, the cgroup
 * layout), read once: specs are built at every create and start, so the files are not re-read.
 */
function once<T>(probe: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= probe());
}

/** Hard RLIMIT_NOFILE of this process (what runc can give a container without CAP_SYS_RESOURCE). */
export const hostNofileHardLimit: () => Promise<number | undefined> = once(async () => {
  const limits = await readText('/proc/self/limits');
  const line = limits?.split('\n').find((l) => l.startsWith('Max open files'));
  const hard = line?.trim().split(/\s+/)[4];
  if (hard === undefined || hard === 'unlimited') return undefined;
  const value = Number(hard);
  return Number.isSafeInteger(value) ? value : undefined;
});

/**
 * The capabilities this host can grant a container: those the kernel knows that are also in this
 * process's bounding set. A runtime started by us cannot give more (asking fails with EPERM), so
 * `ALL` and privileged mean this set — equal to every capability on an ordinary host, smaller in a
 * sandbox such as one without CAP_SYS_RESOURCE.
 */
export const hostCapabilities: () => Promise<string[]> = once(async () => {
  const last = Number((await readText('/proc/sys/kernel/cap_last_cap'))?.trim());
  const known = Number.isInteger(last) && last >= 0 ? KNOWN_CAPABILITIES.slice(0, last + 1) : [...KNOWN_CAPABILITIES];
  const bounding = (await readText('/proc/self/status'))?.match(/^CapBnd:\s*([0-9a-f]+)$/im)?.[1];
  if (bounding === undefined) return known;
  const mask = BigInt(`0x${bounding}`);
  return known.filter((_, bit) => (mask >> BigInt(bit)) & 1n);
});

/**
 * Per-CPU thermal throttle controls, which let a container observe host activity; Docker masks
 * them when present.
 */
export async function hostThermalThrottlePaths(): Promise<string[]> {
  const cpuRoot = '/sys/devices/system/cpu';
  const names = await fs.readdir(cpuRoot).catch(() => [] as string[]);
  const found: string[] = [];
  for (const name of names.filter((n) => /^cpu\d+$/.test(n))) {
    const candidate = path.posix.join(cpuRoot, name, 'thermal_throttle');
    if (await exists(candidate)) found.push(candidate);
  }
  return found.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Directories under /dev that hold per-namespace or virtual nodes, never host devices to copy. */
const SKIPPED_DEV_DIRS = new Set(['pts', 'shm', 'fd', 'mqueue', '.lxc', '.lxd-mounts', '.udev']);

/** Every character and block device under the host's /dev, for privileged containers. */
export async function hostDevices(devRoot = '/dev'): Promise<SpecDevice[]> {
  const devices: SpecDevice[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DEV_DIRS.has(entry.name)) await walk(full);
        continue;
      }
      if (full === path.posix.join(devRoot, 'console')) continue; // the runtime provides its own
      if (!entry.isCharacterDevice() && !entry.isBlockDevice()) continue;
      const device = await deviceAt(full).catch(() => null);
      if (device) devices.push(device);
    }
  }
  await walk(devRoot);
  return devices;
}

/**
 * The device node at `file` (following symlinks, as `--device /dev/disk/by-id/...` expects), with
 * its type, numbers, mode and owner. Anything else is `invalidArgument`, in Docker's words.
 */
export async function deviceAt(file: string): Promise<SpecDevice> {
  const st = await fs.stat(file).catch((e: NodeJS.ErrnoException) => {
    throw invalidArgument(`error gathering device information while adding custom device "${file}": ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
  });
  if (!st.isCharacterDevice() && !st.isBlockDevice()) {
    throw invalidArgument(`error gathering device information while adding custom device "${file}": not a device node`);
  }
  return {
    path: file,
    type: st.isCharacterDevice() ? 'c' : 'b',
    major: deviceMajor(st.rdev),
    minor: deviceMinor(st.rdev),
    fileMode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
  };
}

/** CPUs this process may run on: the `N` of Docker's "only N CPUs available". */
export function hostCpuCount(): number {
  return os.availableParallelism();
}

/**
 * CPUs and memory nodes a container's cpuset may use: the root cpuset of the host's cgroup tree
 * (v1, then v2), else every online one.
 */
export async function hostCpuset(): Promise<{ cpus: string; mems: string }> {
  const first = async (files: string[], fallback: string) => {
    for (const file of files) {
      const text = (await readText(file))?.trim();
      if (text) return text;
    }
    return fallback;
  };
  return {
    cpus: await first(['/sys/fs/cgroup/cpuset/cpuset.cpus', '/sys/fs/cgroup/cpuset.cpus.effective', '/sys/devices/system/cpu/online'], `0-${hostCpuCount() - 1}`),
    mems: await first(['/sys/fs/cgroup/cpuset/cpuset.mems', '/sys/fs/cgroup/cpuset.mems.effective', '/sys/devices/system/node/online'], '0'),
  };
}

/** Which optional cgroup knobs the host has; a limit it cannot enforce is discarded, as Docker does. */
export interface CgroupFeatures {
  /** Memory+swap accounting (v1 `memory.memsw.*`, or v2's memory controller). */
  swap: boolean;
  /** A block I/O weight knob (v1 `blkio.weight` / `blkio.bfq.weight`, or v2's io controller). */
  blkioWeight: boolean;
  /** v1 `memory.swappiness` (v2 has no such knob). */
  swappiness?: boolean;
  /** v1 `memory.oom_control` (v2 cannot disable the OOM killer). */
  oomKillDisable?: boolean;
}

export const hostCgroupFeatures: () => Promise<CgroupFeatures> = once(async () => {
  const v2Controllers = ((await readText('/sys/fs/cgroup/cgroup.controllers')) ?? '').split(/\s+/);
  return {
    swap: (await exists('/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes')) || v2Controllers.includes('memory'),
    blkioWeight:
      (await exists('/sys/fs/cgroup/blkio/blkio.weight')) ||
      (await exists('/sys/fs/cgroup/blkio/blkio.bfq.weight')) ||
      v2Controllers.includes('io'),
    swappiness: await exists('/sys/fs/cgroup/memory/memory.swappiness'),
    oomKillDisable: await exists('/sys/fs/cgroup/memory/memory.oom_control'),
  };
});

const CGROUP2_SUPER_MAGIC = 0x63677270;

/**
 * Whether `root` is itself the unified (v2) hierarchy: runc's test. Hybrid hosts (v1 controllers
 * plus a v2 mount below) are driven through v1, as runc drives them.
 */
export function isUnifiedCgroupRoot(root = '/sys/fs/cgroup'): boolean {
  try {
    return statfsSync(root).type === CGROUP2_SUPER_MAGIC;
  } catch {
    return false;
  }
}

/** cgroup v2 (unified) on this host: there every container can have its own cgroup namespace. */
export const hostCgroupV2: () => Promise<boolean> = once(async () => isUnifiedCgroupRoot());

/**
 * The lowest oom_score_adj the runtime can give a container: below this process's own value the
 * kernel wants CAP_SYS_RESOURCE, which a sandboxed daemon may lack (runc then fails to start it).
 */
export const lowestOomScoreAdj: () => Promise<number> = once(async () => {
  const effective = (await readText('/proc/self/status'))?.match(/^CapEff:\s*([0-9a-f]+)$/im)?.[1];
  const CAP_SYS_RESOURCE = 24n;
  if (effective === undefined || (BigInt(`0x${effective}`) >> CAP_SYS_RESOURCE) & 1n) return -1000;
  const own = Number((await readText('/proc/self/oom_score_adj'))?.trim());
  return Number.isInteger(own) ? own : -1000;
});

/** Release of the running kernel (`6.1.0-18-amd64`). */
export function hostKernelRelease(): string {
  return os.release();
}

// glibc's encoding of dev_t: the major's low 12 bits sit at bits 8..19, the minor's low 8 bits
// at 0..7 and their high bits above; rdev fits in a double for any real device number.
function deviceMajor(rdev: number): number {
  return Number(((BigInt(rdev) >> 8n) & 0xfffn) | ((BigInt(rdev) >> 32n) & ~0xfffn));
}

function deviceMinor(rdev: number): number {
  return Number((BigInt(rdev) & 0xffn) | ((BigInt(rdev) >> 12n) & ~0xffn));
}

async function readText(file: string): Promise<string | null> {
  return fs.readFile(file, 'utf8').catch(() => null);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
