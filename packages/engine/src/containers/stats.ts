/**
 * `docker stats`: samples of a container's cgroup counters (read by its shim), the host's CPU time
 * and memory, and the container's network interfaces, shaped as dockerd's StatsResponse.
 *
 * Timing follows dockerd: samples are taken every second; `stream=false` waits for a second sample
 * so that `precpu_stats` (and with it CPU %) is meaningful; `one-shot=true` answers at once with no
 * previous sample; a container that is not running yields a zeroed sample (name and id only).
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { BlkioStats, CpuStats, NetworkStats, StatsResponse } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import type { TaskStats } from '@berth/shim';

/** What stats needs of a container (see ContainerService.taskOf). */
export interface StatsTarget {
  id: string;
  /** Without the leading `/`. */
  name: string;
  running: boolean;
  /** Host pid of the init, to find its network namespace. */
  pid: number;
  /** `host` containers share the host's interfaces, which dockerd does not report. */
  networkMode?: string;
  /** The cgroup counters of the running task. */
  stats(): Promise<TaskStats>;
}

export interface StatsOptions {
  stream: boolean;
  oneShot: boolean;
  /** Ends a stream (the client went away). */
  signal?: AbortSignal;
  /** Between samples; SAMPLE_INTERVAL_MS (dockerd's collector interval) when absent. */
  intervalMs?: number;
}

/** The host's side of a sample; a seam for tests. */
export interface HostCounters {
  /** Nanoseconds of CPU time the host spent in all states, and its online CPU count (/proc/stat). */
  systemCpu(): Promise<{ usage: number; onlineCpus: number }>;
  /** Bytes of RAM (MemTotal): the limit reported for a container without one. */
  memTotal(): Promise<number>;
  /** `/proc/<pid>/net/dev` of the container's init. */
  netDev(pid: number): Promise<string>;
}

export const SAMPLE_INTERVAL_MS = 1000;
const ZERO_TIME = '0001-01-01T00:00:00Z';
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, what /proc/stat counts in

/** Host counters from /proc. */
export const procHost: HostCounters = {
  async systemCpu() {
    return parseProcStat(await readFile('/proc/stat', 'utf8'));
  },
  async memTotal() {
    const kb = /^MemTotal:\s+(\d+) kB/m.exec(await readFile('/proc/meminfo', 'utf8'));
    return kb ? Number(kb[1]) * 1024 : 0;
  },
  netDev: (pid) => readFile(`/proc/${pid}/net/dev`, 'utf8'),
};

/**
 * The `cpu` line's user..softirq ticks in nanoseconds (as dockerd sums them: steal and guest are
 * left out), and the number of `cpuN` lines (the online CPUs).
 */
export function parseProcStat(text: string): { usage: number; onlineCpus: number } {
  let usage = 0;
  let onlineCpus = 0;
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === 'cpu') {
      const ticks = parts.slice(1, 8).reduce((sum, v) => sum + Number(v), 0);
      usage = (ticks * 1e9) / CLOCK_TICKS_PER_SECOND;
    } else if (/^cpu\d+$/.test(parts[0] ?? '')) onlineCpus++;
  }
  return { usage, onlineCpus: onlineCpus || availableParallelism() };
}

/** Interfaces of a /proc/<pid>/net/dev, but the loopback (dockerd reports only the endpoints). */
export function parseNetDev(text: string): Record<string, NetworkStats> {
  const out: Record<string, NetworkStats> = {};
  for (const line of text.split('\n').slice(2)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    if (name === 'lo' || name === '') continue;
    const f = line.slice(colon + 1).trim().split(/\s+/).map(Number);
    out[name] = {
      rx_bytes: f[0] ?? 0, rx_packets: f[1] ?? 0, rx_errors: f[2] ?? 0, rx_dropped: f[3] ?? 0,
      tx_bytes: f[8] ?? 0, tx_packets: f[9] ?? 0, tx_errors: f[10] ?? 0, tx_dropped: f[11] ?? 0,
    };
  }
  return out;
}

const zeroCpu = (): CpuStats => ({
  cpu_usage: { total_usage: 0, usage_in_kernelmode: 0, usage_in_usermode: 0 },
  throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
});

const noBlkio = (): BlkioStats => ({
  io_service_bytes_recursive: null, io_serviced_recursive: null, io_queue_recursive: null, io_service_time_recursive: null,
  io_wait_time_recursive: null, io_merged_recursive: null, io_time_recursive: null, sectors_recursive: null,
});

/** The sample dockerd sends for a container that is not running: every counter zero. */
export function zeroStats(id: string, name: string): StatsResponse {
  return {
    name: `/${name}`, id, read: ZERO_TIME, preread: ZERO_TIME, pids_stats: {}, blkio_stats: noBlkio(), num_procs: 0,
    storage_stats: {}, cpu_stats: zeroCpu(), precpu_stats: zeroCpu(), memory_stats: {},
  };
}

/** A sample from the task's counters and the host's, without its previous one. */
export function buildStats(
  target: Pick<StatsTarget, 'id' | 'name'>,
  task: TaskStats,
  host: { systemCpu: number; onlineCpus: number; memTotal: number; networks?: Record<string, NetworkStats> },
  read: Date,
): StatsResponse {
  const limit = task.memoryLimit > 0 && (host.memTotal === 0 || task.memoryLimit < host.memTotal) ? task.memoryLimit : host.memTotal;
  // cgroup v2's io.stat has only bytes read and written, which dockerd names in lower case.
  const blkio = task.blkio.map((e) => ({ ...e, op: task.cgroupVersion === 2 ? e.op.toLowerCase() : e.op }));
  const sample: StatsResponse = {
    name: `/${target.name}`,
    id: target.id,
    read: read.toISOString(),
    preread: ZERO_TIME,
    pids_stats: { current: task.pidsCurrent, ...(task.pidsLimit > 0 ? { limit: task.pidsLimit } : {}) },
    blkio_stats: { ...noBlkio(), io_service_bytes_recursive: blkio.length > 0 ? blkio : null },
    num_procs: 0,
    storage_stats: {},
    cpu_stats: {
      cpu_usage: {
        total_usage: task.cpuUsageNs,
        ...(task.cpuPercpuNs?.length ? { percpu_usage: task.cpuPercpuNs } : {}),
        usage_in_kernelmode: task.cpuSystemNs,
        usage_in_usermode: task.cpuUserNs,
      },
      system_cpu_usage: host.systemCpu,
      online_cpus: host.onlineCpus,
      throttling_data: { periods: task.throttlePeriods ?? 0, throttled_periods: task.throttledPeriods ?? 0, throttled_time: task.throttledTimeNs ?? 0 },
    },
    precpu_stats: zeroCpu(),
    memory_stats: {
      usage: task.memoryUsage,
      // Peak and failure count exist on cgroup v1 only; dockerd leaves them out on v2.
      ...(task.memoryMaxUsage ? { max_usage: task.memoryMaxUsage } : {}),
      stats: task.memoryStat,
      ...(task.memoryFailcnt ? { failcnt: task.memoryFailcnt } : {}),
      limit,
    },
  };
  if (host.networks && Object.keys(host.networks).length > 0) sample.networks = host.networks;
  return sample;
}

/** One sample of `target` now: zeroed when it is not running (or stops while being read). */
export async function sampleStats(target: StatsTarget, host: HostCounters = procHost): Promise<StatsResponse> {
  if (!target.running) return zeroStats(target.id, target.name);
  let task: TaskStats;
  try {
    task = await target.stats();
  } catch {
    // The task stopped while being read, or its shim is gone: like dockerd's collector, a zeroed
    // sample rather than an end to every stream of the container.
    return zeroStats(target.id, target.name);
  }
  const read = new Date();
  const [cpu, memTotal, netDev] = await Promise.all([
    host.systemCpu(),
    host.memTotal(),
    target.networkMode === 'host' ? Promise.resolve('') : host.netDev(target.pid).catch(() => ''),
  ]);
  return buildStats(target, task, { systemCpu: cpu.usage, onlineCpus: cpu.onlineCpus, memTotal, networks: parseNetDev(netDev) }, read);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * The samples of `GET /containers/{id}/stats`. `current()` is asked before every sample: the
 * container may stop or start meanwhile; undefined (it was removed) ends the stream.
 * InvalidArgument for `stream` with `oneShot`, before anything is sampled.
 */
export async function* containerStats(current: () => StatsTarget | undefined, opts: StatsOptions, host: HostCounters = procHost): AsyncGenerator<StatsResponse> {
  if (opts.stream && opts.oneShot) throw invalidArgument('cannot have stream=true and one-shot=true');
  const first = current();
  if (!first) return;
  if (!opts.stream && (opts.oneShot || !first.running)) {
    yield await sampleStats(first, host);
    return;
  }
  let previous: StatsResponse | undefined;
  for (let target: StatsTarget | undefined = first; target && !opts.signal?.aborted; target = current()) {
    const sample = await sampleStats(target, host);
    if (previous) {
      sample.precpu_stats = previous.cpu_stats;
      sample.preread = previous.read;
    }
    const primed = previous !== undefined;
    previous = sample;
    // Without streaming, the first sample only primes precpu_stats for the one that is sent.
    if (opts.stream || primed) {
      yield sample;
      if (!opts.stream) return;
    }
    await sleep(opts.intervalMs ?? SAMPLE_INTERVAL_MS, opts.signal);
  }
}
