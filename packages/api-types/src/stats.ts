/**
 * `GET /containers/{id}/top` and `GET /containers/{id}/stats` (moby's ContainerTopOKBody and
 * StatsResponse). Stats field names are snake_case on the wire, as Docker sends them; fields Docker
 * marks `omitempty` are optional here and left out when empty.
 */

/** `docker top`: the header of `ps` split into columns, and one row per container process. */
export interface ContainerTopResponse {
  Titles: string[];
  /** Each row has as many cells as Titles; the last one (the command) keeps its spaces. */
  Processes: string[][];
}

export interface CpuUsage {
  /** Nanoseconds of CPU time used by the container, all CPUs together. */
  total_usage: number;
  /** Per-CPU nanoseconds (cgroup v1 only). */
  percpu_usage?: number[];
  usage_in_kernelmode: number;
  usage_in_usermode: number;
}

export interface ThrottlingData {
  periods: number;
  throttled_periods: number;
  throttled_time: number;
}

export interface CpuStats {
  cpu_usage: CpuUsage;
  /** Nanoseconds of CPU time the whole host has spent (from /proc/stat), the denominator of CPU %. */
  system_cpu_usage?: number;
  online_cpus?: number;
  throttling_data: ThrottlingData;
}

export interface MemoryStats {
  usage?: number;
  /** cgroup v1 only. */
  max_usage?: number;
  /** The cgroup's memory.stat, key by key. */
  stats?: Record<string, number>;
  failcnt?: number;
  /** The container's limit, or the host's memory when it has none. */
  limit?: number;
}

export interface BlkioStatEntry {
  major: number;
  minor: number;
  /** `Read`/`Write`/... on cgroup v1, `read`/`write` on v2 (as dockerd reports them). */
  op: string;
  value: number;
}

export interface BlkioStats {
  io_service_bytes_recursive: BlkioStatEntry[] | null;
  io_serviced_recursive: BlkioStatEntry[] | null;
  io_queue_recursive: BlkioStatEntry[] | null;
  io_service_time_recursive: BlkioStatEntry[] | null;
  io_wait_time_recursive: BlkioStatEntry[] | null;
  io_merged_recursive: BlkioStatEntry[] | null;
  io_time_recursive: BlkioStatEntry[] | null;
  sectors_recursive: BlkioStatEntry[] | null;
}

export interface NetworkStats {
  rx_bytes: number;
  rx_packets: number;
  rx_errors: number;
  rx_dropped: number;
  tx_bytes: number;
  tx_packets: number;
  tx_errors: number;
  tx_dropped: number;
}

export interface PidsStats {
  current?: number;
  /** Absent when the container has no pids limit. */
  limit?: number;
}

/** One sample of `GET /containers/{id}/stats`; a stopped container's is all zeros but name and id. */
export interface StatsResponse {
  /** `/name`. */
  name: string;
  id: string;
  /** When this sample was taken (RFC 3339); `0001-01-01T00:00:00Z` when there is none. */
  read: string;
  /** When `precpu_stats` was taken. */
  preread: string;
  pids_stats: PidsStats;
  blkio_stats: BlkioStats;
  num_procs: number;
  storage_stats: Record<string, never>;
  cpu_stats: CpuStats;
  /** The previous sample's cpu_stats (zeros in the first sample of a stream). */
  precpu_stats: CpuStats;
  memory_stats: MemoryStats;
  /** By interface name (`eth0`); absent when the container has no network interface but `lo`. */
  networks?: Record<string, NetworkStats>;
}
