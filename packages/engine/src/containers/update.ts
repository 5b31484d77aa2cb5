/**
 * `docker update`: how an update request changes a container's HostConfig (dockerd's rules and
 * refusals), and which limits a running task then gets through the shim.
 */
import type { ContainerUpdateRequest, HostConfig } from '@berth/api-types';
import { conflict } from '@berth/errdefs';
import type { SpecResources } from '@berth/runtime-spec';
import type { Resources } from '@berth/shim';

/**
 * The HostConfig after `update`: fields given (non-zero) replace the container's; NanoCpus and
 * CpuPeriod/CpuQuota exclude each other across old and new; a memory limit above the swap limit
 * already set needs a new swap limit; a restart policy cannot be set on an `--rm` container.
 * Conflict errors in dockerd's words (the caller adds "Cannot update container <id>: ").
 */
export function mergeUpdate(current: HostConfig, req: ContainerUpdateRequest): HostConfig {
  const next: HostConfig = { ...current };
  if ((req.NanoCpus ?? 0) > 0 && (current.CpuPeriod ?? 0) > 0) throw conflict('Conflicting options: Nano CPUs cannot be updated as CPU Period has already been set');
  if ((req.NanoCpus ?? 0) > 0 && (current.CpuQuota ?? 0) > 0) throw conflict('Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set');
  if ((req.CpuPeriod ?? 0) > 0 && (current.NanoCpus ?? 0) > 0) throw conflict('Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set');
  if ((req.CpuQuota ?? 0) > 0 && (current.NanoCpus ?? 0) > 0) throw conflict('Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set');
  const numbers = ['BlkioWeight', 'CpuShares', 'NanoCpus', 'CpuPeriod', 'CpuQuota', 'MemoryReservation'] as const;
  for (const key of numbers) if (req[key]) next[key] = req[key];
  if (req.CpusetCpus) next.CpusetCpus = req.CpusetCpus;
  if (req.CpusetMems) next.CpusetMems = req.CpusetMems;
  if (req.Memory) {
    // dockerd records the default swap limit (twice the memory) at create; berth computes it.
    const swapSet = current.MemorySwap || (current.Memory ? current.Memory * 2 : 0);
    if (req.Memory > swapSet && swapSet !== -1 && !req.MemorySwap) {
      throw conflict('Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time');
    }
    next.Memory = req.Memory;
  }
  if (req.MemorySwap) next.MemorySwap = req.MemorySwap;
  if (req.PidsLimit !== undefined && req.PidsLimit !== null) next.PidsLimit = req.PidsLimit;
  if (req.RestartPolicy?.Name) {
    if (current.AutoRemove && req.RestartPolicy.Name !== 'no') {
      throw conflict('Restart policy cannot be updated because AutoRemove is enabled for the container');
    }
    next.RestartPolicy = { Name: req.RestartPolicy.Name, MaximumRetryCount: req.RestartPolicy.MaximumRetryCount ?? 0 };
  }
  return next;
}

/**
 * The shim's `update` of a running task from the limits the spec builder computed for the new
 * HostConfig (it turns NanoCpus into a quota and fills in the default swap); unset stays unset.
 */
export function taskResources(spec: Omit<SpecResources, 'devices'>): Resources {
  const out: Resources = {};
  if (spec.memory?.limit !== undefined) out.memoryLimit = spec.memory.limit;
  if (spec.memory?.swap !== undefined) out.memorySwap = spec.memory.swap;
  if (spec.cpu?.shares !== undefined) out.cpuShares = spec.cpu.shares;
  if (spec.cpu?.quota !== undefined) out.cpuQuota = spec.cpu.quota;
  if (spec.cpu?.period !== undefined) out.cpuPeriod = spec.cpu.period;
  if (spec.cpu?.cpus) out.cpusetCpus = spec.cpu.cpus;
  if (spec.cpu?.mems) out.cpusetMems = spec.cpu.mems;
  if (spec.pids) out.pidsLimit = spec.pids.limit;
  if (spec.blockIO) out.blkioWeight = spec.blockIO.weight;
  return out;
}
