import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition } from '@berth/errdefs';
import type { TaskStats } from './types';

/**
 * Where a process's cgroup files are, whatever the host has: cgroup v1 (one hierarchy per
 * controller), v2 (one unified hierarchy) or hybrid (v1 controllers plus an empty v2 tree).
 * A controller found in a v1 hierarchy is read there; anything else from the v2 directory.
 */
export interface CgroupPaths {
  /** v1 controller name → directory, e.g. memory → /sys/fs/cgroup/memory/<path>. */
  v1: Record<string, string>;
  /** The unified (v2) directory, when the host mounts cgroup2. */
  v2?: string;
}

interface Hierarchy {
  mountPoint: string;
  /** Path of the mount's root inside the hierarchy (usually `/`). */
  root: string;
  controllers: string[];
  v2: boolean;
}

let cachedHierarchies: Hierarchy[] | undefined;

/** The host's cgroup mounts; read once (a shim's lifetime never sees the host re-mount them). */
function hierarchies(): Hierarchy[] {
  if (cachedHierarchies) return cachedHierarchies;
  const found: Hierarchy[] = [];
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const fields = left.split(' ');
    const [fsType, , superOptions] = right.split(' ');
    const decode = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    if (fsType === 'cgroup2') found.push({ mountPoint: decode(fields[4]!), root: decode(fields[3]!), controllers: [], v2: true });
    else if (fsType === 'cgroup') {
      found.push({ mountPoint: decode(fields[4]!), root: decode(fields[3]!), controllers: (superOptions ?? '').split(','), v2: false });
    }
  }
  cachedHierarchies = found;
  return found;
}

/** The cgroup directories of a live process, from /proc/<pid>/cgroup. */
export function cgroupPathsOf(pid: number): CgroupPaths {
  const mounts = hierarchies();
  const paths: CgroupPaths = { v1: {} };
  const under = (h: Hierarchy, path: string) => join(h.mountPoint, h.root === '/' ? path : path.startsWith(h.root) ? path.slice(h.root.length) : path);
  for (const line of readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n')) {
    const match = /^(\d+):([^:]*):(.*)$/.exec(line);
    if (!match) continue;
    const [, , controllers, path] = match as unknown as [string, string, string, string];
    if (controllers === '') {
      const unified = mounts.find((h) => h.v2);
      if (unified) paths.v2 = under(unified, path);
      continue;
    }
    for (const controller of controllers.split(',')) {
      const mount = mounts.find((h) => !h.v2 && h.controllers.includes(controller));
      if (mount) paths.v1[controller] = under(mount, path);
    }
  }
  return paths;
}

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const num = (text: string | undefined): number => {
  const value = Number((text ?? '').trim());
  return Number.isFinite(value) ? value : 0;
};

/** `key value` lines (memory.stat, cpu.stat, memory.events, memory.oom_control). */
function keyed(text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of (text ?? '').split('\n')) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== undefined && /^\d+$/.test(value)) out[key] = Number(value);
  }
  return out;
}

/** A v1 limit file holds a huge number for "unlimited"; v2 holds `max`. Both become 0. */
function limit(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'max') return 0;
  const value = Number(trimmed);
  return value >= 2 ** 62 ? 0 : value;
}

/** How many times the kernel's OOM killer fired in the cgroup (v1 memory.oom_control, v2 memory.events). */
export function oomKills(paths: CgroupPaths): number {
  const v1 = paths.v1.memory;
  if (v1) return keyed(read(join(v1, 'memory.oom_control'))).oom_kill ?? 0;
  if (paths.v2) return keyed(read(join(paths.v2, 'memory.events'))).oom_kill ?? 0;
  return 0;
}

const USER_HZ_NS = 10_000_000; // cpuacct.stat counts USER_HZ (100/s) ticks

/** Reads the counters of a task's cgroups. FailedPrecondition when they are gone. */
export function readStats(paths: CgroupPaths): TaskStats {
  const memoryV1 = paths.v1.memory;
  const v2 = paths.v2;
  const stats: TaskStats = {
    cgroupVersion: memoryV1 ? 1 : 2,
    cpuUsageNs: 0,
    cpuUserNs: 0,
    cpuSystemNs: 0,
    memoryUsage: 0,
    memoryLimit: 0,
    memoryStat: {},
    pidsCurrent: 0,
    pidsLimit: 0,
    blkio: [],
    oomKills: oomKills(paths),
  };
  if (memoryV1) {
    const usage = read(join(memoryV1, 'memory.usage_in_bytes'));
    if (usage === undefined) throw failedPrecondition(`cgroup ${memoryV1} is gone`);
    stats.memoryUsage = num(usage);
    stats.memoryLimit = limit(read(join(memoryV1, 'memory.limit_in_bytes')));
    stats.memoryStat = keyed(read(join(memoryV1, 'memory.stat')));
    stats.memoryMaxUsage = num(read(join(memoryV1, 'memory.max_usage_in_bytes')));
    stats.memoryFailcnt = num(read(join(memoryV1, 'memory.failcnt')));
  } else if (v2) {
    const usage = read(join(v2, 'memory.current'));
    if (usage === undefined) throw failedPrecondition(`cgroup ${v2} is gone`);
    stats.memoryUsage = num(usage);
    stats.memoryLimit = limit(read(join(v2, 'memory.max')));
    stats.memoryStat = keyed(read(join(v2, 'memory.stat')));
  }

  const cpuacct = paths.v1.cpuacct;
  if (cpuacct) {
    stats.cpuUsageNs = num(read(join(cpuacct, 'cpuacct.usage')));
    const ticks = keyed(read(join(cpuacct, 'cpuacct.stat')));
    stats.cpuUserNs = (ticks.user ?? 0) * USER_HZ_NS;
    stats.cpuSystemNs = (ticks.system ?? 0) * USER_HZ_NS;
    stats.cpuPercpuNs = (read(join(cpuacct, 'cpuacct.usage_percpu')) ?? '').trim().split(/\s+/).filter((v) => v !== '').map(Number);
  } else if (v2) {
    const cpu = keyed(read(join(v2, 'cpu.stat')));
    stats.cpuUsageNs = (cpu.usage_usec ?? 0) * 1000;
    stats.cpuUserNs = (cpu.user_usec ?? 0) * 1000;
    stats.cpuSystemNs = (cpu.system_usec ?? 0) * 1000;
  }
  // Throttling: v1's cpu controller counts throttled_time in ns, v2's cpu.stat in µs.
  const cpuV1 = paths.v1.cpu;
  const cpuDir = cpuV1 ?? v2;
  if (cpuDir) {
    const throttling = keyed(read(join(cpuDir, 'cpu.stat')));
    stats.throttlePeriods = throttling.nr_periods ?? 0;
    stats.throttledPeriods = throttling.nr_throttled ?? 0;
    stats.throttledTimeNs = cpuV1 ? (throttling.throttled_time ?? 0) : (throttling.throttled_usec ?? 0) * 1000;
  }

  const pids = paths.v1.pids ?? v2;
  if (pids) {
    stats.pidsCurrent = num(read(join(pids, 'pids.current')));
    stats.pidsLimit = limit(read(join(pids, 'pids.max')));
  }

  const blkio = paths.v1.blkio;
  if (blkio) {
    for (const line of (read(join(blkio, 'blkio.throttle.io_service_bytes')) ?? '').split('\n')) {
      const match = /^(\d+):(\d+) (\w+) (\d+)$/.exec(line.trim());
      if (match) stats.blkio.push({ major: Number(match[1]), minor: Number(match[2]), op: match[3]!, value: Number(match[4]) });
    }
  } else if (v2) {
    for (const line of (read(join(v2, 'io.stat')) ?? '').split('\n')) {
      const [device, ...pairs] = line.trim().split(/\s+/);
      const dev = /^(\d+):(\d+)$/.exec(device ?? '');
      if (!dev) continue;
      for (const pair of pairs) {
        const [key, value] = pair.split('=');
        // Docker reports v2 rbytes/wbytes as Read/Write, like v1's io_service_bytes.
        const op = key === 'rbytes' ? 'Read' : key === 'wbytes' ? 'Write' : undefined;
        if (op) stats.blkio.push({ major: Number(dev[1]), minor: Number(dev[2]), op, value: Number(value) });
      }
    }
  }
  return stats;
}
