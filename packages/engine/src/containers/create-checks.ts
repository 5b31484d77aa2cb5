/**
 * Settings dockerd refuses at create before looking at the image or the name (its
 * verifyContainerSettings), with its messages; the spec builder checks the rest (resources,
 * capabilities, devices, sysctls) from the merged configuration. Also the HostConfig defaults
 * dockerd fills in at create, so inspect shows what the container really runs with.
 */
import { arch } from 'node:os';
import type { ContainerCreateRequest, HostConfig } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS, DEFAULT_SHM_SIZE, parseNamespaceModes, type CgroupFeatures } from '@berth/runtime-spec';
import { signalNumber } from './signals';

/** The runtime berthd always has; dockerd's name for it (more come from daemon.json `runtimes`). */
export const DEFAULT_RUNTIME = 'runc';

/** `runtimes`: the names of the daemon's runtimes (`--runtime` must name one). */
export function checkCreateSettings(req: ContainerCreateRequest, runtimes: readonly string[] = [DEFAULT_RUNTIME]): void {
  // An unknown stop signal is refused now (`Invalid signal: X`), not first at stop.
  if (req.StopSignal) signalNumber(req.StopSignal);
  const host = req.HostConfig ?? {};
  const oomScoreAdj = host.OomScoreAdj ?? 0;
  if (oomScoreAdj < -1000 || oomScoreAdj > 1000) {
    throw invalidArgument(`Invalid value ${oomScoreAdj}, range for oom score adj is [-1000, 1000]`);
  }
  if (host.Runtime && !runtimes.includes(host.Runtime)) throw invalidArgument(`unknown or invalid runtime name: ${host.Runtime}`);
  parseNamespaceModes({ pid: host.PidMode, ipc: host.IpcMode, uts: host.UTSMode, cgroupns: host.CgroupnsMode });
}

/** Node's names of CPU architectures → OCI's (GOARCH). */
const OCI_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', s390x: 's390x', ppc64: 'ppc64le', riscv64: 'riscv64' };
/** Spellings containerd's platform parser normalises. */
const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', i386: '386' };

/** The OCI architecture of this host (`amd64`, `arm64` ...). */
export function hostArchitecture(): string {
  return OCI_ARCH[arch()] ?? arch();
}

/**
 * The create request's `platform` (`linux/amd64`, `linux/arm64/v8`) against the image's:
 * berthd runs images of its own platform only, and refuses a mismatch with dockerd's message.
 * An OS-only platform (`linux`) matches any architecture of that OS, as containerd's matcher.
 */
export function checkPlatform(requested: string | undefined, reference: string, image: { os: string; architecture: string; variant?: string }): void {
  if (!requested) return;
  const parts = requested.toLowerCase().split('/');
  if (parts.length > 3 || parts.some((p) => p === '')) {
    throw invalidArgument(`"${requested}": unknown operating system or architecture: invalid argument`);
  }
  const [os, rawArch, variant] = parts;
  const wanted = rawArch === undefined ? undefined : (ARCH_ALIASES[rawArch] ?? rawArch);
  const actual = [image.os, image.architecture, image.variant].filter(Boolean).join('/');
  const matches = os === image.os && (wanted === undefined || wanted === image.architecture) && (variant === undefined || !image.variant || variant === image.variant);
  if (!matches) {
    throw invalidArgument(`image with reference ${reference} was found but its platform (${actual}) does not match the specified platform (${requested})`);
  }
}

/**
 * The HostConfig as dockerd stores it after create: the daemon's defaults in place of what the
 * client left empty (the CLI sends an empty log driver, no shm size, no IPC or cgroupns mode).
 */
export function withHostDefaults(host: HostConfig, cgroupV2: boolean, defaultRuntime = DEFAULT_RUNTIME): HostConfig {
  const logConfig = host.LogConfig;
  return {
    ...host,
    NetworkMode: host.NetworkMode || 'default',
    LogConfig: { Type: logConfig?.Type || 'json-file', Config: logConfig?.Config ?? {} },
    RestartPolicy: host.RestartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
    ShmSize: host.ShmSize || DEFAULT_SHM_SIZE,
    IpcMode: host.IpcMode || 'private',
    CgroupnsMode: host.CgroupnsMode || (cgroupV2 ? 'private' : 'host'),
    Runtime: host.Runtime || defaultRuntime,
    // What the spec builder masks; a privileged container has neither list.
    MaskedPaths: host.MaskedPaths ?? (host.Privileged ? null : [...DEFAULT_MASKED_PATHS]),
    ReadonlyPaths: host.ReadonlyPaths ?? (host.Privileged ? null : [...DEFAULT_READONLY_PATHS]),
  };
}

/** The resource fields of a create's HostConfig or an update request that the host may not enforce. */
export interface DiscardableResources {
  Memory?: number;
  MemorySwap?: number;
  MemorySwappiness?: number | null;
  OomKillDisable?: boolean | null;
  BlkioWeight?: number;
}

/**
 * dockerd's warnings (verifyPlatformContainerResources, for create and update alike) about limits
 * the host cannot enforce, and the resources with those limits discarded as dockerd discards them
 * (the container is still created or updated); also an OOM killer disabled without a memory limit.
 */
export function discardUnsupported<T extends DiscardableResources>(resources: T, features: CgroupFeatures): { resources: T; warnings: string[] } {
  const out: T = { ...resources };
  const warnings: string[] = [];
  if ((out.Memory ?? 0) > 0 && out.MemorySwap !== -1 && !features.swap) {
    warnings.push('Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.');
    out.MemorySwap = -1;
  }
  const swappiness = out.MemorySwappiness ?? -1;
  if (swappiness !== -1 && !features.swappiness) {
    warnings.push('Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory swappiness discarded.');
    out.MemorySwappiness = null;
  }
  if (out.OomKillDisable && !features.oomKillDisable) {
    warnings.push('Your kernel does not support OomKillDisable. OomKillDisable discarded.');
    out.OomKillDisable = null;
  } else if (out.OomKillDisable && !out.Memory) {
    warnings.push('OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.');
  }
  if ((out.BlkioWeight ?? 0) > 0 && !features.blkioWeight) {
    warnings.push('Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.');
    out.BlkioWeight = 0;
  }
  return { resources: out, warnings };
}

/** The warnings of `discardUnsupported` for a create (the spec builder leaves those limits out). */
export function createWarnings(host: HostConfig, features: CgroupFeatures): string[] {
  return discardUnsupported(host, features).warnings;
}
