import type { NamespaceModes } from './namespaces';

/**
 * The subset of the OCI runtime specification (config.json, runtime-spec v1.0.x) that berth emits.
 * Field names and meanings are the spec's; only the parts berth sets are typed, and a runtime
 * reading the file sees a valid, complete spec.
 */

/** A filesystem mounted into the container, in the order listed (parents before children). */
export interface SpecMount {
  /** Absolute path inside the container. */
  destination: string;
  /** Filesystem type for mount(2): `proc`, `tmpfs`, `bind`, `devpts` ... */
  type: string;
  /** Device, host path (for binds) or a label such as `proc` or `shm`. */
  source: string;
  /** mount(8)-style options: `ro`, `nosuid`, `rbind`, `size=65536k` ... */
  options: string[];
}

export interface SpecUser {
  uid: number;
  gid: number;
  /** Supplementary groups of the process. */
  additionalGids: number[];
  umask?: number;
}

export interface SpecCapabilities {
  bounding: string[];
  effective: string[];
  permitted: string[];
}

export interface SpecRlimit {
  /** `RLIMIT_NOFILE`, `RLIMIT_NPROC` ... */
  type: string;
  soft: number;
  hard: number;
}

export interface SpecProcess {
  /** Whether the runtime allocates a pseudo-terminal for the process (`docker run -t`). */
  terminal: boolean;
  user: SpecUser;
  /** argv of the container's first process; never empty. */
  args: string[];
  /** `KEY=value` entries. */
  env: string[];
  /** Absolute working directory inside the container. */
  cwd: string;
  capabilities: SpecCapabilities;
  rlimits: SpecRlimit[];
  noNewPrivileges: boolean;
  oomScoreAdj?: number;
}

export type NamespaceType = 'pid' | 'network' | 'mount' | 'ipc' | 'uts' | 'user' | 'cgroup';

export interface SpecNamespace {
  type: NamespaceType;
  /** Join this existing namespace (e.g. `/run/berth/netns/<id>`) instead of creating a new one. */
  path?: string;
}

/** One rule of the devices cgroup; rules are applied in order, later rules win. */
export interface SpecDeviceCgroupRule {
  allow: boolean;
  /** `c` (char), `b` (block) or `a` (all); absent means all. */
  type?: 'a' | 'c' | 'b';
  /** Absent means any major / minor. */
  major?: number;
  minor?: number;
  /** Any combination of `r`, `w`, `m` (mknod). */
  access: string;
}

/** A device node the runtime creates in the container's /dev. */
export interface SpecDevice {
  path: string;
  type: 'c' | 'b' | 'u' | 'p';
  major: number;
  minor: number;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

export interface SpecResources {
  devices: SpecDeviceCgroupRule[];
  memory?: {
    /** Bytes; -1 is unlimited. */
    limit?: number;
    /** Memory plus swap, in bytes (cgroup v1 memsw semantics); -1 is unlimited. */
    swap?: number;
    /** Soft limit in bytes (v1 `memory.soft_limit_in_bytes`, v2 `memory.low`). */
    reservation?: number;
    /** 0..100; absent leaves the kernel's (the parent's) value. */
    swappiness?: number;
    disableOOMKiller?: boolean;
  };
  cpu?: {
    /** Relative weight against other cgroups (2..262144, default 1024). */
    shares?: number;
    /** Microseconds of CPU time the cgroup may use per `period`; -1 is unlimited. */
    quota?: number;
    /** Length of a CFS period in microseconds (1000..1000000). */
    period?: number;
    /** CPUs the container may run on, in cpuset list format (`0-2,4`). */
    cpus?: string;
    /** Memory nodes the container may allocate from, in cpuset list format. */
    mems?: string;
  };
  pids?: { limit: number };
  blockIO?: { weight: number };
}

/** One comparison of a seccomp rule on a syscall argument. */
export interface SpecSeccompArg {
  index: number;
  value: number;
  valueTwo?: number;
  op: string;
}

export interface SpecSeccompRule {
  names: string[];
  action: string;
  /** errno returned by an `SCMP_ACT_ERRNO` rule; default EPERM. */
  errnoRet?: number;
  args?: SpecSeccompArg[];
}

export interface SpecSeccomp {
  defaultAction: string;
  /** errno the default action returns when it is `SCMP_ACT_ERRNO`. */
  defaultErrnoRet?: number;
  architectures?: string[];
  flags?: string[];
  listenerPath?: string;
  listenerMetadata?: string;
  syscalls?: SpecSeccompRule[];
}

/** A range of ids inside a user namespace and the host ids it maps to. */
export interface SpecIdMapping {
  containerID: number;
  hostID: number;
  size: number;
}

export interface SpecLinux {
  namespaces: SpecNamespace[];
  /** Paths over which the runtime mounts something empty so the container cannot read them. */
  maskedPaths: string[];
  /** Paths the runtime remounts read-only. */
  readonlyPaths: string[];
  resources: SpecResources;
  /** Cgroup of the container, relative to the cgroup root of each hierarchy. */
  cgroupsPath: string;
  /** Kernel parameters set in the container's namespaces. */
  sysctl?: Record<string, string>;
  seccomp?: SpecSeccomp;
  devices?: SpecDevice[];
  /** With a `user` namespace: how container uids and gids map to the host's. */
  uidMappings?: SpecIdMapping[];
  gidMappings?: SpecIdMapping[];
}

export interface Spec {
  ociVersion: string;
  process: SpecProcess;
  /** `path` is relative to the bundle directory (berth uses `rootfs`). */
  root: { path: string; readonly?: boolean };
  hostname?: string;
  domainname?: string;
  mounts: SpecMount[];
  linux: SpecLinux;
  annotations?: Record<string, string>;
}

/** The part of an image config's `config` object that shapes the container's process. */
export interface ImageRuntimeConfig {
  User?: string;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
}

/** What `docker run` lets a user choose, in the terms the spec builder needs. */
export interface RunOptions {
  /** Container id; the hostname and cgroup default from it. */
  id: string;
  /**
   * Docker's rules: a non-empty `entrypoint` replaces the image's and drops the image's Cmd;
   * `entrypoint: []` clears the image's entrypoint but keeps its Cmd; an empty or absent `cmd`
   * falls back to the image's Cmd (unless an entrypoint was given).
   */
  cmd?: string[];
  entrypoint?: string[];
  /** `KEY=value` merged over the image's Env by key; a bare `KEY` removes the variable. */
  env?: string[];
  /** Absolute; defaults to the image's WorkingDir, else `/`. */
  workingDir?: string;
  /** `name`, `uid`, `name:group`, `uid:gid`; defaults to the image's User, else root. */
  user?: string;
  /** Defaults to the first 12 characters of `id`. */
  hostname?: string;
  domainname?: string;
  tty?: boolean;
  /**
   * Whether the engine keeps stdin open. The OCI spec has no field for it (stdin is wired by
   * whoever starts the runtime); it is accepted here so callers can pass run options whole.
   */
  openStdin?: boolean;
  readonlyRootfs?: boolean;
  privileged?: boolean;
  /** Capability names with or without `CAP_`, any case, or `ALL`. */
  capAdd?: string[];
  capDrop?: string[];
  /**
   * Mounts after the defaults (binds of /etc/hosts, /etc/resolv.conf, /etc/hostname, volumes).
   * One with the destination of a default mount replaces it; one on /dev replaces all of /dev.
   */
  extraMounts?: SpecMount[];
  /** Size of /dev/shm in bytes; default 64 MiB. */
  shmSize?: number;
  /** Path of a network namespace to join; absent → a new one (loopback only); `host` → none. */
  networkNamespace?: string;
  /** Default `/berth/<id>`. */
  cgroupsPath?: string;
  /** Cgroup limits, in `docker run`'s units; see `ResourceOptions`. Checked before anything is built. */
  resources?: ResourceOptions;
  /**
   * `--security-opt seccomp=...`: `default` (Docker's default profile, also when absent),
   * `unconfined` (no filter), or a profile in Docker's JSON format. Privileged containers are
   * always unconfined.
   */
  seccomp?: 'default' | 'unconfined' | { profile: object };
  /** `--security-opt no-new-privileges`: exec cannot gain privileges (setuid bits, file capabilities). */
  noNewPrivileges?: boolean;
  /** `--device`: host device nodes (or directories of them) made available in the container. */
  devices?: DeviceMapping[];
  /** `--device-cgroup-rule`: extra devices cgroup rules such as `c 1:3 rwm` or `b 8:* r`. */
  deviceCgroupRules?: string[];
  /** `--ulimit`: names as Docker's (`nofile`, `nproc`, `core` ...); replaces the default of the same limit. */
  ulimits?: Ulimit[];
  /** `--tmpfs`: destination → mount options (`rw,size=64m`), over Docker's `noexec,nosuid,nodev`. */
  tmpfs?: Record<string, string>;
  /**
   * `--init`: run the command under a tiny init as pid 1 that forwards signals and reaps zombies.
   * `path` is the init binary on the host (see `initBinaryPath()`); it is bind-mounted read-only
   * at `/sbin/berth-init`.
   */
  init?: { path: string };
  /** The daemon's `--userns-remap`: a new user namespace with these id maps (see `userNamespaceMappings`). */
  userns?: UserNamespaceMappings;
  /** `--pid`, `--ipc`, `--uts`, `--cgroupns`: namespaces shared with the host (see `parseNamespaceModes`). */
  namespaces?: NamespaceModes;
  /** `--sysctl`: kernel parameters of the container's own namespaces only. */
  sysctls?: Record<string, string>;
  /** `--oom-score-adj`, -1000..1000. */
  oomScoreAdj?: number;
  /** `--group-add`: supplementary groups, names (from the container's /etc/group) or gids. */
  groupAdd?: string[];
}

/** Cgroup limits as `docker run` takes them (Docker's `HostConfig` resources). */
export interface ResourceOptions {
  /** `--memory`, bytes; at least 6 MB. */
  memory?: number;
  /** `--memory-swap`: memory plus swap, bytes; -1 unlimited; default twice `memory` when memory is set. */
  memorySwap?: number;
  /** `--cpus` × 10⁹: becomes a CFS quota over a 100 ms period. */
  nanoCpus?: number;
  /** `--cpu-shares`. */
  cpuShares?: number;
  /** `--cpu-quota`, microseconds per period. */
  cpuQuota?: number;
  /** `--cpu-period`, microseconds. */
  cpuPeriod?: number;
  /** `--cpuset-cpus`, e.g. `0-1,3`. */
  cpusetCpus?: string;
  /** `--cpuset-mems`. */
  cpusetMems?: string;
  /** `--pids-limit`; 0 or negative means unlimited. */
  pidsLimit?: number;
  /** `--blkio-weight`, 10..1000 (0 = unset). */
  blkioWeight?: number;
  /** `--memory-reservation`, bytes: the soft limit; not above `memory`. */
  memoryReservation?: number;
  /** `--memory-swappiness`, 0..100; -1 or absent leaves the kernel's. */
  memorySwappiness?: number;
  /** `--oom-kill-disable`. */
  oomKillDisable?: boolean;
}

/** `--device /dev/fuse:/dev/fuse:rwm`. */
export interface DeviceMapping {
  pathOnHost: string;
  pathInContainer: string;
  /** Any combination of `r`, `w`, `m`. */
  permissions: string;
}

/** `--ulimit nofile=1024:2048`. */
export interface Ulimit {
  name: string;
  soft: number;
  hard: number;
}

/** A range of ids inside a user namespace and the host ids it maps to, as `/etc/subuid` gives it. */
export interface IdRange {
  containerId: number;
  hostId: number;
  size: number;
}

/** The id maps of a user namespace, in the order they apply. */
export interface UserNamespaceMappings {
  uidMap: IdRange[];
  gidMap: IdRange[];
}

/**
 * Reads a file of the container's root filesystem (e.g. `/etc/passwd`) without mounting it.
 * Paths are absolute inside the container; `null` means the file does not exist.
 */
export interface RootfsReader {
  readFile(path: string): Promise<Buffer | null>;
}
