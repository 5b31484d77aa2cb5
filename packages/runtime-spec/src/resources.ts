import { invalidArgument } from '@berth/errdefs';
import type { CgroupFeatures } from './host';
import type { ResourceOptions, SpecResources } from './types';

/** Docker's floor for a memory limit: below it a container cannot even start its runtime. */
const MIN_MEMORY = 6 * 1024 * 1024;
const MIN_CPU_SHARES = 2;
const MAX_CPU_SHARES = 262144;
/** `--cpus` becomes a quota over this CFS period (100 ms), as in Docker. */
const NANO_CPUS_PERIOD = 100000;
const NANO = 1e9;

/** What the host offers that limits are checked against. */
export interface ResourceHost {
  /** CPUs available to containers (the bound of `--cpus`). */
  cpuCount: number;
  /** cpuset lists of the CPUs and memory nodes a container may be pinned to. */
  cpuset: { cpus: string; mems: string };
  features: CgroupFeatures;
}

/**
 * The cgroup limits (`linux.resources` minus devices) of `docker run`'s resource options, checked
 * with Docker's rules and messages: every problem is an `invalidArgument` raised before anything
 * exists. Limits the host cannot enforce (swap accounting, block I/O weight) are left out, as
 * Docker discards them with a warning.
 */
export function specResources(opts: ResourceOptions | undefined, host: ResourceHost): Omit<SpecResources, 'devices'> {
  const o = opts ?? {};
  for (const [name, value] of Object.entries(o)) {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw invalidArgument(`invalid value ${value} for ${name}: must be an integer`);
    }
  }
  const memory = o.memory ?? 0;
  const memorySwap = o.memorySwap ?? 0;
  const nanoCpus = o.nanoCpus ?? 0;
  const cpuPeriod = o.cpuPeriod ?? 0;
  const cpuQuota = o.cpuQuota ?? 0;
  const blkioWeight = o.blkioWeight ?? 0;

  if (memory !== 0 && memory < MIN_MEMORY) throw invalidArgument('Minimum memory limit allowed is 6MB');
  if (memory > 0 && memorySwap > 0 && memorySwap < memory) {
    throw invalidArgument('Minimum memoryswap limit should be larger than memory limit, see usage');
  }
  const reservation = o.memoryReservation ?? 0;
  if (reservation !== 0 && reservation < MIN_MEMORY) throw invalidArgument('Minimum memory reservation allowed is 6MB');
  if (memory > 0 && reservation > 0 && memory < reservation) {
    throw invalidArgument('Minimum memory limit can not be less than memory reservation limit, see usage');
  }
  const swappiness = o.memorySwappiness ?? -1;
  if (swappiness < -1 || swappiness > 100) throw invalidArgument(`Invalid value: ${swappiness}, valid memory swappiness range is 0-100`);
  if (memory === 0 && memorySwap > 0) {
    throw invalidArgument('You should always set the Memory limit when using Memoryswap limit, see usage');
  }
  if (nanoCpus !== 0 && cpuPeriod !== 0) throw invalidArgument('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (nanoCpus !== 0 && cpuQuota !== 0) throw invalidArgument('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  if (nanoCpus < 0 || nanoCpus > host.cpuCount * NANO) {
    throw invalidArgument(
      `Range of CPUs is from 0.01 to ${host.cpuCount}.00, as there are only ${host.cpuCount} CPUs available`,
    );
  }
  if (cpuPeriod !== 0 && (cpuPeriod < 1000 || cpuPeriod > 1000000)) {
    throw invalidArgument('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  }
  if (cpuQuota > 0 && cpuQuota < 1000) throw invalidArgument('CPU cfs quota can not be less than 1ms (i.e. 1000)');
  if (o.cpuShares !== undefined && o.cpuShares < 0) {
    throw invalidArgument(`invalid CPU shares ${o.cpuShares}: must be a positive integer`);
  }
  checkCpuset(o.cpusetCpus, host.cpuset.cpus, 'cpus', 'CPUs');
  checkCpuset(o.cpusetMems, host.cpuset.mems, 'mems', 'memory nodes');
  if (blkioWeight !== 0 && (blkioWeight < 10 || blkioWeight > 1000)) {
    throw invalidArgument('Range of blkio weight is from 10 to 1000');
  }

  const result: Omit<SpecResources, 'devices'> = {};
  if (memory > 0) {
    result.memory = { limit: memory };
    // Docker's default when only --memory is given: as much swap as memory.
    const swap = memorySwap === 0 ? memory * 2 : memorySwap;
    if (host.features.swap) result.memory.swap = swap < 0 ? -1 : swap;
  }
  if (reservation > 0) result.memory = { ...result.memory, reservation };
  if (swappiness !== -1 && host.features.swappiness) result.memory = { ...result.memory, swappiness };
  if (o.oomKillDisable && host.features.oomKillDisable) result.memory = { ...result.memory, disableOOMKiller: true };

  const cpu: NonNullable<SpecResources['cpu']> = {};
  // The kernel clamps shares to this range anyway; Docker clamps up front so the value reads back.
  if (o.cpuShares) cpu.shares = Math.min(MAX_CPU_SHARES, Math.max(MIN_CPU_SHARES, o.cpuShares));
  if (nanoCpus > 0) {
    cpu.period = NANO_CPUS_PERIOD;
    cpu.quota = Math.floor((nanoCpus * NANO_CPUS_PERIOD) / NANO);
  }
  if (cpuPeriod > 0) cpu.period = cpuPeriod;
  if (cpuQuota !== 0) cpu.quota = cpuQuota < 0 ? -1 : cpuQuota;
  if (o.cpusetCpus) cpu.cpus = o.cpusetCpus;
  if (o.cpusetMems) cpu.mems = o.cpusetMems;
  if (Object.keys(cpu).length > 0) result.cpu = cpu;

  if (o.pidsLimit !== undefined && o.pidsLimit > 0) result.pids = { limit: o.pidsLimit };
  if (blkioWeight > 0 && host.features.blkioWeight) result.blockIO = { weight: blkioWeight };
  return result;
}

/** Parses a cpuset list (`0-2,4`) into its members; `undefined` if it is not one. */
export function parseCpuset(list: string): Set<number> | undefined {
  const members = new Set<number>();
  for (const part of list.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || to - from > 65536) return undefined;
    for (let i = from; i <= to; i++) members.add(i);
  }
  return members;
}

function checkCpuset(requested: string | undefined, available: string, kind: 'cpus' | 'mems', noun: string): void {
  if (!requested) return;
  const wanted = parseCpuset(requested);
  if (!wanted) throw invalidArgument(`Invalid value ${requested} for cpuset ${kind}`);
  const offered = parseCpuset(available) ?? new Set<number>();
  if ([...wanted].some((n) => !offered.has(n))) {
    throw invalidArgument(`Requested ${noun} are not available - requested ${requested}, available: ${available}`);
  }
}
