import { readFileSync, statfsSync } from 'node:fs';
import { arch, cpus, hostname, release, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { MAX_API_VERSION, MIN_API_VERSION, type VersionResponse } from '@berth/api-types';

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
}

export function readHostFacts(runtime = 'runc'): HostFacts {
  let operatingSystem = 'Linux';
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    operatingSystem = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(osRelease)?.[1] ?? operatingSystem;
  } catch {
    // No os-release: keep the generic name.
  }
  let runcVersion = '';
  try {
    runcVersion = /version (\S+)/.exec(execFileSync(runtime, ['--version'], { encoding: 'utf8' }))?.[1] ?? '';
  } catch {
    runcVersion = '';
  }
  return { kernelVersion: release(), operatingSystem, cgroupVersion: cgroupVersionOf(), runcVersion };
}

const CGROUP2_SUPER_MAGIC = 0x63677270;

/**
 * v2 only when /sys/fs/cgroup itself is the unified hierarchy (runc's test); hybrid hosts (v1
 * controllers plus a v2 mount below) are driven through v1, as runc drives them.
 */
export function cgroupVersionOf(root = '/sys/fs/cgroup'): '1' | '2' {
  try {
    return statfsSync(root).type === CGROUP2_SUPER_MAGIC ? '2' : '1';
  } catch {
    return '1';
  }
}

export function versionInfo(facts: HostFacts): VersionResponse {
  return {
    Platform: { Name: 'berth Engine' },
    Components: [
      { Name: 'Engine', Version: BERTH_VERSION, Details: { ApiVersion: MAX_API_VERSION, MinAPIVersion: MIN_API_VERSION, Os: 'linux', Arch: goArch(), KernelVersion: facts.kernelVersion, GitCommit: 'berth', GoVersion: process.version, BuildTime: '' } },
      { Name: 'berth-shim', Version: BERTH_VERSION, Details: { GitCommit: 'berth' } },
      { Name: 'runc', Version: facts.runcVersion, Details: { GitCommit: '' } },
    ],
    Version: BERTH_VERSION,
    ApiVersion: MAX_API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: 'berth',
    GoVersion: process.version,
    Os: 'linux',
    Arch: goArch(),
    KernelVersion: facts.kernelVersion,
    BuildTime: '',
  };
}

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
}

/** The `GET /info` document, with every field the docker CLI's `info` output reads. */
export function systemInfo(input: InfoInput): Record<string, unknown> {
  const { facts } = input;
  return {
    ID: input.id,
    Containers: input.containers.total,
    ContainersRunning: input.containers.running,
    ContainersPaused: input.containers.paused,
    ContainersStopped: input.containers.stopped,
    Images: input.images,
    Driver: input.storageDriver,
    DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true'], ['Using metacopy', 'false'], ['Native Overlay Diff', 'true']],
    Plugins: { Volume: ['local'], Network: ['null'], Authorization: null, Log: ['json-file'] },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: input.debug,
    NFd: 0,
    OomKillDisable: false,
    NGoroutines: 0,
    SystemTime: new Date().toISOString(),
    LoggingDriver: 'json-file',
    CgroupDriver: 'cgroupfs',
    CgroupVersion: facts.cgroupVersion,
    NEventsListener: 0,
    KernelVersion: facts.kernelVersion,
    OperatingSystem: facts.operatingSystem,
    OSVersion: '',
    OSType: 'linux',
    Architecture: arch() === 'x64' ? 'x86_64' : arch(),
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: { IndexConfigs: {}, InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'], Mirrors: [] },
    NCPU: cpus().length,
    MemTotal: totalmem(),
    GenericResources: null,
    DockerRootDir: input.dataRoot,
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: hostname(),
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: BERTH_VERSION,
    Runtimes: { runc: { path: 'runc' } },
    DefaultRuntime: 'runc',
    Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: '',
    ContainerdCommit: { ID: '' },
    RuncCommit: { ID: facts.runcVersion },
    InitCommit: { ID: '' },
    SecurityOptions: [...(input.userns ? ['name=userns'] : []), ...['name=cgroupns'].filter(() => facts.cgroupVersion === '2')],
    CDISpecDirs: [],
    Warnings: [],
  };
}
