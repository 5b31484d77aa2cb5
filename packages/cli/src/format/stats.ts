/**
 * `berth stats` rows, computed from the API's samples as the docker CLI computes them: CPU % from
 * the container's and the host's CPU time between two samples, memory without the inactive page
 * cache, network and block I/O summed over interfaces and devices.
 */
import type { StatsResponse } from '@berth/client';
import { renderList } from './template';
import { bytesSize, humanSize } from './units';

/** One container's figures; `invalid` when its stats could not be read (shown as `--`). */
export interface StatsEntry {
  /** The name or id the user asked for (the CONTAINER column). */
  container: string;
  /** `/name` as the daemon sends it. */
  name: string;
  id: string;
  cpuPercent: number;
  memory: number;
  memoryLimit: number;
  memoryPercent: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
  invalid: boolean;
}

/** An entry with nothing known yet but who it is. */
export function emptyEntry(container: string, invalid = false): StatsEntry {
  return { container, name: '', id: '', cpuPercent: 0, memory: 0, memoryLimit: 0, memoryPercent: 0, netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0, pids: 0, invalid };
}

/** (container CPU delta / host CPU delta) × CPUs × 100, 0 when either did not move. */
export function cpuPercent(s: StatsResponse): number {
  const cpuDelta = s.cpu_stats.cpu_usage.total_usage - s.precpu_stats.cpu_usage.total_usage;
  const systemDelta = (s.cpu_stats.system_cpu_usage ?? 0) - (s.precpu_stats.system_cpu_usage ?? 0);
  const cpus = s.cpu_stats.online_cpus || s.cpu_stats.cpu_usage.percpu_usage?.length || 0;
  return systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
}

/** Usage without the reclaimable page cache: total_inactive_file (cgroup v1) or inactive_file (v2). */
export function memoryUsage(s: StatsResponse): number {
  const usage = s.memory_stats.usage ?? 0;
  const stats = s.memory_stats.stats ?? {};
  const v1 = stats.total_inactive_file;
  if (v1 !== undefined && v1 < usage) return usage - v1;
  const v2 = stats.inactive_file ?? 0;
  return v2 < usage ? usage - v2 : usage;
}

export function statsEntry(container: string, s: StatsResponse): StatsEntry {
  const memory = memoryUsage(s);
  const memoryLimit = s.memory_stats.limit ?? 0;
  let blockRead = 0;
  let blockWrite = 0;
  for (const e of s.blkio_stats.io_service_bytes_recursive ?? []) {
    const op = e.op.charAt(0).toLowerCase();
    if (op === 'r') blockRead += e.value;
    else if (op === 'w') blockWrite += e.value;
  }
  let netRx = 0;
  let netTx = 0;
  for (const n of Object.values(s.networks ?? {})) {
    netRx += n.rx_bytes;
    netTx += n.tx_bytes;
  }
  return {
    container,
    name: s.name,
    id: s.id,
    cpuPercent: cpuPercent(s),
    memory,
    memoryLimit,
    memoryPercent: memoryLimit !== 0 ? (memory / memoryLimit) * 100 : 0,
    netRx,
    netTx,
    blockRead,
    blockWrite,
    pids: s.pids_stats.current ?? 0,
    invalid: false,
  };
}

/** Go's `%.2f` (Go rounds half to even on the binary value, as toFixed does for these magnitudes). */
const percent = (value: number) => `${value.toFixed(2)}%`;

/** The fields a `--format` template sees, in the (sorted) order Docker's `json` format prints them. */
export interface StatsRow {
  BlockIO: string;
  CPUPerc: string;
  Container: string;
  ID: string;
  MemPerc: string;
  MemUsage: string;
  Name: string;
  NetIO: string;
  PIDs: string;
}

export function statsRow(e: StatsEntry, trunc: boolean): StatsRow {
  return {
    BlockIO: e.invalid ? '--' : `${humanSize(e.blockRead)} / ${humanSize(e.blockWrite)}`,
    CPUPerc: e.invalid ? '--' : percent(e.cpuPercent),
    Container: e.container,
    ID: trunc ? e.id.slice(0, 12) : e.id,
    MemPerc: e.invalid ? '--' : percent(e.memoryPercent),
    MemUsage: e.invalid ? '-- / --' : `${bytesSize(e.memory)} / ${bytesSize(e.memoryLimit)}`,
    Name: e.name.length > 1 ? e.name.slice(1) : '--',
    NetIO: e.invalid ? '--' : `${humanSize(e.netRx)} / ${humanSize(e.netTx)}`,
    PIDs: e.invalid ? '--' : String(e.pids),
  };
}

export const STATS_HEADERS: Record<keyof StatsRow, string> = {
  BlockIO: 'BLOCK I/O', CPUPerc: 'CPU %', Container: 'CONTAINER', ID: 'CONTAINER ID', MemPerc: 'MEM %',
  MemUsage: 'MEM USAGE / LIMIT', Name: 'NAME', NetIO: 'NET I/O', PIDs: 'PIDS',
};

export const DEFAULT_STATS_TABLE = '{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

/** The stats table (or `--format` output) of `entries`. */
export function renderStats(format: string, entries: StatsEntry[], trunc: boolean): string {
  return renderList(format || 'table', entries.map((e) => statsRow(e, trunc)), STATS_HEADERS, DEFAULT_STATS_TABLE, '*container.statsContext');
}

/**
 * One frame of the live display, byte for byte as docker CLI 28 writes it: cursor home and the
 * table; then, from home again, every line followed by a space and erase-to-end-of-line (a shorter
 * line must not leave the previous frame's tail), and erase-below (fewer containers than before).
 * The table is drawn twice because docker builds the erasing copy from the buffer it has just
 * written into; the second copy lands on the first, so a terminal shows one table.
 */
export function liveFrame(text: string): string {
  const first = `\x1b[H${text}`;
  return `${first}${first.split('\n').map((line) => `${line} \x1b[K\n`).join('')}\x1b[J`;
}
