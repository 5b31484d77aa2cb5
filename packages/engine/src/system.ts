import { Dirent, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { arch, cpus, hostname, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { MAX_API_VERSION, MIN_API_VERSION, type VersionResponse } from '@berth/api-types';
import { isUnifiedCgroupRoot } from '@berth/runtime-spec';

export const BERTH_VERSION = '0.1.0';

export function goArch(nodeArch = arch()): string {
  return ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' } as Record<string, string>)[nodeArch] ?? nodeArch;
}

/** Facts about the host that do not change while berthd runs, read once. */
export interface HostFacts {
  kernelVersion: string;
  operatingSystem: string;
  cgroupVersion: '1' | '2';
  runcVersion: string;
  /** The `commit:` line of `runc --version` (dockerd's RuncCommit.ID), empty when runc prints none. */
  runcCommit: string;
}

export function readHostFacts(runtime = 'runc'): HostFacts {
  let operatingSystem = 'Linux';
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    operatingSystem = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(osRelease)?.[1] ?? operatingSystem;
  } catch {
    // No os-release: keep the generic name.
  }
  let runcText = '';
  try {
    runcText = execFileSync(runtime, ['--version'], { encoding: 'utf8' });
  } catch {
    runcText = '';
  }
  return { kernelVersion: release(), operatingSystem, cgroupVersion: cgroupVersionOf(), ...parseRuncVersion(runcText) };
}

/** `runc version 1.1.5\ncommit: v1.1.5-0-gf19387a\n...` → its version and commit. */
export function parseRuncVersion(text: string): { runcVersion: string; runcCommit: string } {
  return {
    runcVersion: /version (\S+)/.exec(text)?.[1] ?? '',
    runcCommit: /^commit: (\S+)/m.exec(text)?.[1] ?? '',
  };
}

/** Filesystem magic numbers → the names dockerd prints as "Backing Filesystem". */
const FS_NAMES: Record<number, string> = {
  0x61756673: 'aufs', 0x9123683e: 'btrfs', 0x28cd3d45: 'cramfs', 0xf15f: 'ecryptfs', 0xef53: 'extfs',
  0xf2f52010: 'f2fs', 0x65735546: 'fuse', 0x47504653: 'gpfs', 0x72b6: 'jffs2', 0x3153464a: 'jfs',
  0x6969: 'nfs', 0x794c7630: 'overlayfs', 0x858458f6: 'ramfs', 0x52654973: 'reiserfs', 0x517b: 'smb',
  0x73717368: 'squashfs', 0x01021994: 'tmpfs', 0xa501fcf5: 'vxfs', 0x58465342: 'xfs', 0x2fc12fc1: 'zfs',
};

/** The name of the filesystem `path` lives on, as dockerd names it (`<unknown>` for others). */
export function backingFilesystem(path: string): string {
  try {
    // statfs reports the magic as a signed or unsigned number depending on the platform.
    return FS_NAMES[statfsSync(path).type >>> 0] ?? '<unknown>';
  } catch {
    return '<unknown>';
  }
}

const dTypeChecked = new Map<string, boolean>();

/**
 * Whether the filesystem of `dataRoot` fills in directory entries' types (d_type): overlay needs
 * it. Checked as dockerd does, on a file made for it. Node asks lstat for an entry whose type the
 * kernel left unknown and gives a Dirent of a subclass then: an exact Dirent is the kernel's type.
 * Once per data root: the filesystem under it does not change while berthd runs.
 */
export function supportsDType(dataRoot: string): boolean {
  let known = dTypeChecked.get(dataRoot);
  if (known !== undefined) return known;
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(dataRoot, 'd_type-check-'));
    writeFileSync(join(dir, 'f'), '');
    const [entry] = readdirSync(dir, { withFileTypes: true });
    known = Object.getPrototypeOf(entry) === Dirent.prototype && entry.isFile();
  } catch {
    return false; // not remembered: a data root berthd cannot write to yet may be fixed
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  dTypeChecked.set(dataRoot, known);
  return known;
}

/** Whether the overlay module copies metadata only on chown/chmod (`metacopy=on`): dockerd reports it. */
function overlayMetacopy(): boolean {
  try {
    return readFileSync('/sys/module/overlay/parameters/metacopy', 'utf8').trim() === 'Y';
  } catch {
    return false;
  }
}

/** The cgroup version dockerd reports: 2 only when /sys/fs/cgroup is the unified hierarchy. */
export function cgroupVersionOf(root = '/sys/fs/cgroup'): '1' | '2' {
  return isUnifiedCgroupRoot(root) ? '2' : '1';
}

/**
 * When this berthd was built: the modification time of the running bundle (dockerd stamps it at
 * link time; a bundle is written once per build), RFC 3339 as dockerd sends it.
 */
export function buildTime(entry = process.argv[1]): string {
  try {
    return statSync(entry).mtime.toISOString();
  } catch {
    return '';
  }
}

export function versionInfo(facts: HostFacts, built = buildTime()): VersionResponse {
  return {
    Platform: { Name: 'berth Engine' },
    Components: [
      {
        Name: 'Engine',
        Version: BERTH_VERSION,
        Details: { ApiVersion: MAX_API_VERSION, MinAPIVersion: MIN_API_VERSION, Os: 'linux', Arch: goArch(), KernelVersion: facts.kernelVersion, GitCommit: GIT_COMMIT, GoVersion: process.version, BuildTime: built, Experimental: 'false' },
      },
      { Name: 'berth-shim', Version: BERTH_VERSION, Details: { GitCommit: GIT_COMMIT } },
      { Name: 'runc', Version: facts.runcVersion, Details: { GitCommit: facts.runcCommit } },
    ],
    Version: BERTH_VERSION,
    ApiVersion: MAX_API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: GIT_COMMIT,
    GoVersion: process.version,
    Os: 'linux',
    Arch: goArch(),
    KernelVersion: facts.kernelVersion,
    BuildTime: built,
  };
}

/** berth is not built from a tagged git checkout; this names the source instead of a commit. */
const GIT_COMMIT = 'berth';

export interface InfoInput {
  id: string;
  facts: HostFacts;
  containers: { total: number; running: number; paused: number; stopped: number };
  images: number;
  storageDriver: string;
  dataRoot: string;
  debug: boolean;
  /** The daemon remaps containers' users (`--userns-remap`): listed in SecurityOptions. */
  userns?: boolean;
  /** Network drivers, sorted (Plugins.Network); host and null when the engine has no networking. */
  networkDrivers?: string[];
  liveRestore?: boolean;
  /** The daemon's `-H` addresses: plain `tcp://` ones get dockerd's warning. */
  hosts?: string[];
  /** Whether tcp listeners use TLS, and verify clients (`--tls`, `--tlsverify`). */
  tls?: boolean;
  tlsVerify?: boolean;
  insecureRegistries?: string[];
  registryMirrors?: string[];
  labels?: string[];
  /** How many `GET /events` streams are open (shown by `docker info` in debug mode). */
  eventListeners?: number;
  /** The daemon's default logging driver (daemon.json `log-driver`). */
  loggingDriver?: string;
  /** The OCI runtimes by name, and the one containers get when they name none. */
  runtimes?: Record<string, { path: string; runtimeArgs?: string[] }>;
  defaultRuntime?: string;
}

/** The registries dockerd trusts without TLS unless told otherwise: loopback. */
const DEFAULT_INSECURE_CIDRS = ['::1/128', '127.0.0.0/8'];

const API_WARNING = `
         Access to the remote API is equivalent to root access on the host. Refer
         to the 'Docker daemon attack surface' section in the documentation for
         more information: https://docs.docker.com/go/attack-surface/`;
const API_REMOVAL = 'In future versions this will be a hard failure preventing the daemon from starting! Learn more at: https://docs.docker.com/go/api-security/';

/** dockerd's warnings for tcp listeners without TLS, or with TLS but no client verification. */
export function listenerWarnings(hosts: string[], tls: boolean, tlsVerify: boolean): string[] {
  const warnings: string[] = [];
  for (const host of hosts) {
    const [proto, addr] = host.split('://');
    if (proto !== 'tcp') continue;
    if (!tls && !tlsVerify) warnings.push(`[DEPRECATION NOTICE]: API is accessible on http://${addr} without encryption.${API_WARNING}\n${API_REMOVAL}`);
    else if (!tlsVerify) warnings.push(`[DEPRECATION NOTICE]: API is accessible on https://${addr} without TLS client verification.${API_WARNING}\n${API_REMOVAL}`);
  }
  return warnings;
}

/** `name=seccomp,profile=builtin`, ...: dockerd's order (apparmor, seccomp, selinux, userns, rootless, cgroupns). */
export function securityOptions(facts: HostFacts, userns: boolean): string[] {
  return [
    // Every container gets the builtin profile unless it asks for another (runtime-spec's default).
    'name=seccomp,profile=builtin',
    ...(userns ? ['name=userns'] : []),
    // Private cgroup namespaces are the default on v2 only, as in dockerd.
    ...(facts.cgroupVersion === '2' ? ['name=cgroupns'] : []),
  ];
}

/** The `GET /info` document, with every field the docker CLI's `info` output reads. */
export function systemInfo(input: InfoInput): Record<string, unknown> {
  const { facts } = input;
  const overlay = input.storageDriver === 'overlay2';
  const backing = backingFilesystem(input.dataRoot);
  return {
    ID: input.id,
    Containers: input.containers.total,
    ContainersRunning: input.containers.running,
    ContainersPaused: input.containers.paused,
    ContainersStopped: input.containers.stopped,
    Images: input.images,
    Driver: input.storageDriver,
    // d_type: overlay refuses to mount without it, and berth's overlay snapshotter mounts on the data root.
    DriverStatus: overlay
      ? [['Backing Filesystem', backing], ['Supports d_type', String(supportsDType(input.dataRoot))], ['Using metacopy', String(overlayMetacopy())], ['Native Overlay Diff', 'true'], ['userxattr', 'false']]
      : [['Backing Filesystem', backing]],
    Plugins: { Volume: ['local'], Network: input.networkDrivers ?? ['host', 'null'], Authorization: null, Log: ['json-file', 'local'] },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: input.debug,
    NFd: openFileCount(),
    OomKillDisable: facts.cgroupVersion === '1',
    NGoroutines: 0,
    SystemTime: new Date().toISOString(),
    LoggingDriver: input.loggingDriver ?? 'json-file',
    CgroupDriver: 'cgroupfs',
    CgroupVersion: facts.cgroupVersion,
    NEventsListener: input.eventListeners ?? 0,
    KernelVersion: facts.kernelVersion,
    OperatingSystem: facts.operatingSystem,
    OSVersion: '',
    OSType: 'linux',
    Architecture: arch() === 'x64' ? 'x86_64' : arch() === 'arm64' ? 'aarch64' : arch(),
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: registryConfig(input.insecureRegistries ?? [], input.registryMirrors ?? []),
    NCPU: cpus().length,
    MemTotal: totalmem(),
    GenericResources: null,
    DockerRootDir: input.dataRoot,
    HttpProxy: process.env.HTTP_PROXY ?? process.env.http_proxy ?? '',
    HttpsProxy: process.env.HTTPS_PROXY ?? process.env.https_proxy ?? '',
    NoProxy: process.env.NO_PROXY ?? process.env.no_proxy ?? '',
    Name: hostname(),
    Labels: input.labels ?? [],
    ExperimentalBuild: false,
    ServerVersion: BERTH_VERSION,
    Runtimes: input.runtimes ?? { runc: { path: 'runc' } },
    DefaultRuntime: input.defaultRuntime ?? 'runc',
    Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
    LiveRestoreEnabled: !!input.liveRestore,
    Isolation: '',
    // berth-init is built in (berth run --init), not a separate docker-init binary with its own version.
    InitBinary: 'berth-init',
    ContainerdCommit: { ID: '' },
    RuncCommit: { ID: facts.runcCommit || facts.runcVersion },
    InitCommit: { ID: BERTH_VERSION },
    SecurityOptions: securityOptions(facts, !!input.userns),
    CDISpecDirs: [],
    Warnings: listenerWarnings(input.hosts ?? [], !!input.tls, !!input.tlsVerify),
  };
}

/**
 * dockerd's RegistryConfig: insecure registries given as CIDRs go to InsecureRegistryCIDRs, names
 * to IndexConfigs (Secure: false); docker.io is always there, secure, with the mirrors.
 */
export function registryConfig(insecure: string[], mirrors: string[]): Record<string, unknown> {
  const cidrs = [...DEFAULT_INSECURE_CIDRS];
  const indexConfigs: Record<string, unknown> = {};
  for (const entry of insecure) {
    if (/\/\d+$/.test(entry)) {
      if (!cidrs.includes(entry)) cidrs.push(entry);
    } else {
      indexConfigs[entry] = { Name: entry, Mirrors: [], Secure: false, Official: false };
    }
  }
  indexConfigs['docker.io'] = { Name: 'docker.io', Mirrors: mirrors, Secure: true, Official: true };
  return { AllowNondistributableArtifactsCIDRs: null, AllowNondistributableArtifactsHostnames: null, InsecureRegistryCIDRs: cidrs, IndexConfigs: indexConfigs, Mirrors: mirrors };
}

function openFileCount(): number {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return -1;
  }
}

/**
 * What `info` reports of the daemon's own configuration, asked at every `GET /info` so a reload
 * (SIGHUP: debug, live-restore, registry mirrors, ...) shows at once.
 */
export type DaemonInfo = Partial<Pick<InfoInput, 'hosts' | 'tls' | 'tlsVerify' | 'insecureRegistries' | 'registryMirrors' | 'labels' | 'debug' | 'liveRestore' | 'loggingDriver'>>;
