/**
 * Docker Engine API wire types (moby's api/swagger.yaml), named and shaped as Docker names them so
 * that JSON crosses the wire unchanged. Only the fields berth reads or writes are typed; clients
 * must ignore unknown fields and berth sends every field a Docker client reads.
 */
import type { EndpointSettings, NetworkingConfig, Port, PortMap } from './network';

/** Newest and oldest API versions berth serves. docker CLI 28 speaks 1.50/1.51 by default. */
export const MAX_API_VERSION = '1.51';
export const MIN_API_VERSION = '1.24';

export interface ContainerConfig {
  Hostname?: string;
  Domainname?: string;
  User?: string;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  ExposedPorts?: Record<string, object> | null;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  Env?: string[] | null;
  Cmd?: string[] | null;
  Healthcheck?: HealthConfig | null;
  Image?: string;
  Volumes?: Record<string, object> | null;
  WorkingDir?: string;
  Entrypoint?: string[] | null;
  NetworkDisabled?: boolean;
  /** Deprecated since API 1.44 (per endpoint now); docker/cli still copies the main endpoint's MAC here. */
  MacAddress?: string;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
  StopTimeout?: number | null;
}

/** A container's health check (`Config.Healthcheck`); durations in nanoseconds, 0 = inherited/default. */
export interface HealthConfig {
  /** `[]` inherit, `["NONE"]` disabled, `["CMD", arg...]` or `["CMD-SHELL", command]`. */
  Test?: string[] | null;
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export type HealthStatus = 'none' | 'starting' | 'healthy' | 'unhealthy';

/** One probe's outcome in `State.Health.Log`. */
export interface HealthcheckResult {
  Start: string;
  End: string;
  ExitCode: number;
  Output: string;
}

/** `State.Health` of a container with a health check. */
export interface Health {
  Status: HealthStatus;
  FailingStreak: number;
  Log: HealthcheckResult[];
}

export interface RestartPolicy {
  Name: '' | 'no' | 'always' | 'unless-stopped' | 'on-failure';
  MaximumRetryCount?: number;
}

export interface LogConfig {
  Type: string;
  Config?: Record<string, string>;
}

export interface DeviceMappingSpec {
  PathOnHost: string;
  PathInContainer: string;
  CgroupPermissions: string;
}

/** One `--mount` (HostConfig.Mounts entry), as the Engine API's Mount object. */
export interface MountSpec {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  /** NonRecursive: `bind-recursive=disabled`; ReadOnlyNonRecursive: `=writable`; ReadOnlyForceRecursive: `=readonly` (API 1.44+). */
  BindOptions?: { Propagation?: string; NonRecursive?: boolean; CreateMountpoint?: boolean; ReadOnlyNonRecursive?: boolean; ReadOnlyForceRecursive?: boolean } | null;
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string> | null; DriverConfig?: { Name?: string; Options?: Record<string, string> | null } | null } | null;
  TmpfsOptions?: { SizeBytes?: number; Mode?: number } | null;
}

export interface HostConfig {
  Binds?: string[] | null;
  /** `--mount`. */
  Mounts?: MountSpec[] | null;
  /** `--volumes-from c[:ro|rw]`. */
  VolumesFrom?: string[] | null;
  /** `--volume-driver`: the driver of `-v` volumes that name none. */
  VolumeDriver?: string;
  LogConfig?: LogConfig;
  NetworkMode?: string;
  /** `-p`: container port (`80/tcp`) → host bindings. */
  PortBindings?: PortMap | null;
  /** `-P`: every exposed port gets a host port of the daemon's choosing. */
  PublishAllPorts?: boolean;
  /** `--link name:alias` (legacy links on the default bridge). */
  Links?: string[] | null;
  RestartPolicy?: RestartPolicy;
  AutoRemove?: boolean;
  CapAdd?: string[] | null;
  CapDrop?: string[] | null;
  Dns?: string[] | null;
  DnsOptions?: string[] | null;
  DnsSearch?: string[] | null;
  ExtraHosts?: string[] | null;
  Privileged?: boolean;
  ReadonlyRootfs?: boolean;
  ShmSize?: number;
  Memory?: number;
  MemorySwap?: number;
  MemoryReservation?: number;
  NanoCpus?: number;
  CpuShares?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  BlkioWeight?: number;
  PidsLimit?: number | null;
  Init?: boolean | null;
  /** `--security-opt`: `seccomp=unconfined`, `seccomp=<profile JSON>` (the CLI sends the file's content), `no-new-privileges[=true|:true]`. */
  SecurityOpt?: string[] | null;
  Devices?: DeviceMappingSpec[] | null;
  DeviceCgroupRules?: string[] | null;
  Ulimits?: { Name: string; Soft: number; Hard: number }[] | null;
  /** `--tmpfs /run:size=64m` as `{"/run": "size=64m"}`. */
  Tmpfs?: Record<string, string> | null;
  /** `--userns`: `''` (the daemon's remapping, if any) or `'host'` (no user namespace for this container). */
  UsernsMode?: string;
  /** `--group-add`: supplementary groups (names or gids). */
  GroupAdd?: string[] | null;
  OomScoreAdj?: number;
  OomKillDisable?: boolean | null;
  /** `--memory-swappiness`, 0..100; -1 leaves the kernel's default. */
  MemorySwappiness?: number | null;
  /** `--sysctl`: kernel parameters of the container's own namespaces. */
  Sysctls?: Record<string, string> | null;
  /** `--pid`: `''` (own namespace) or `host`. */
  PidMode?: string;
  /** `--ipc`: `private` (dockerd's default), `shareable`, `none` or `host`. */
  IpcMode?: string;
  /** `--uts`: `''` or `host`. */
  UTSMode?: string;
  /** `--cgroupns`: `host` or `private` (the daemon's default depends on the cgroup version). */
  CgroupnsMode?: string;
  /** `--runtime`: only `runc`. */
  Runtime?: string;
  /** `--cidfile`, kept as the client sent it. */
  ContainerIDFile?: string;
  /** Paths masked / made read-only in the container (dockerd fills in its defaults at create). */
  MaskedPaths?: string[] | null;
  ReadonlyPaths?: string[] | null;
}

export interface ContainerCreateRequest extends ContainerConfig {
  HostConfig?: HostConfig;
  NetworkingConfig?: NetworkingConfig | null;
}

export interface ContainerCreateResponse {
  Id: string;
  Warnings: string[] | null;
}

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
  Health?: Health;
}

export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  Created: number;
  Ports: Port[];
  Labels: Record<string, string>;
  State: ContainerStatus;
  Status: string;
  HostConfig: { NetworkMode: string };
  NetworkSettings: { Networks: Record<string, EndpointSettings> };
  Mounts: object[];
  SizeRw?: number;
  SizeRootFs?: number;
}

export interface ContainerInspect {
  Id: string;
  Created: string;
  Path: string;
  Args: string[];
  State: ContainerState;
  Image: string;
  ResolvConfPath: string;
  HostnamePath: string;
  HostsPath: string;
  LogPath: string;
  Name: string;
  RestartCount: number;
  Driver: string;
  Platform: string;
  MountLabel: string;
  ProcessLabel: string;
  AppArmorProfile: string;
  ExecIDs: string[] | null;
  HostConfig: HostConfig;
  GraphDriver: { Name: string; Data: Record<string, string> | null };
  Mounts: object[];
  Config: ContainerConfig;
  NetworkSettings: object;
}

export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

export interface WaitResponse {
  StatusCode: number;
  Error: { Message: string } | null;
}

/** Docker's `GET /images/{name}/json` body. */
export interface ImageInspect {
  Id: string;
  RepoTags: string[];
  RepoDigests: string[];
  Parent: string;
  Comment: string;
  Created: string;
  DockerVersion: string;
  Author: string;
  Config: object;
  Architecture: string;
  Variant?: string;
  Os: string;
  Size: number;
  GraphDriver: { Name: string; Data: Record<string, string> | null };
  RootFS: { Type: 'layers'; Layers: string[] };
  Metadata: { LastTagTime: string };
}

/** One item of Docker's `GET /images/{name}/history` body. */
export interface ImageHistoryResponseItem {
  /** The image id for entries of a locally known image, else `<missing>`. */
  Id: string;
  /** Unix seconds. */
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

/** One item of Docker's `DELETE /images/{name}` body (and of `ImagesDeleted` in prune). */
export interface ImageDeleteResponseItem {
  Untagged?: string;
  Deleted?: string;
}

export interface ImageSummary {
  Id: string;
  ParentId: string;
  RepoTags: string[];
  RepoDigests: string[];
  Created: number;
  Size: number;
  SharedSize: number;
  Labels: Record<string, string> | null;
  Containers: number;
}

export interface VersionComponent {
  Name: string;
  Version: string;
  Details?: Record<string, string>;
}

export interface VersionResponse {
  Platform: { Name: string };
  Components: VersionComponent[];
  Version: string;
  ApiVersion: string;
  MinAPIVersion: string;
  GitCommit: string;
  GoVersion: string;
  Os: string;
  Arch: string;
  KernelVersion: string;
  BuildTime: string;
}

/** One line of a JSON-message progress stream (image load, pull, build). */
export interface JsonMessage {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string; code?: number };
  aux?: unknown;
}

export interface ErrorResponse {
  message: string;
}

/** Docker's `POST /images/prune` body. */
export interface ImagePruneResponse {
  ImagesDeleted: ImageDeleteResponseItem[] | null;
  SpaceReclaimed: number;
}

/** Docker's `POST /containers/prune` body. */
export interface ContainerPruneResponse {
  ContainersDeleted: string[] | null;
  SpaceReclaimed: number;
}

/** Docker's `POST /containers/{id}/update` request: the resources and restart policy to change (0/absent = unchanged). */
export interface ContainerUpdateRequest {
  CpuShares?: number;
  Memory?: number;
  MemorySwap?: number;
  MemoryReservation?: number;
  NanoCpus?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  PidsLimit?: number | null;
  BlkioWeight?: number;
  RestartPolicy?: RestartPolicy;
}

/** Docker's `POST /containers/{id}/update` body. */
export interface ContainerUpdateResponse {
  Warnings: string[] | null;
}

/** Docker's `POST /commit` (and other create calls') body: the new object's id. */
export interface IdResponse {
  Id: string;
}

/** Kind of a filesystem change in `GET /containers/{id}/changes`: 0 modified, 1 added, 2 deleted. */
export type FilesystemChangeKind = 0 | 1 | 2;

/** One item of Docker's `GET /containers/{id}/changes` body. */
export interface FilesystemChange {
  Path: string;
  Kind: FilesystemChangeKind;
}

/** A container as `GET /system/df` lists it: the summary plus its disk sizes. */
export interface ContainerDiskUsage extends ContainerSummary {
  SizeRw: number;
  SizeRootFs: number;
}

/** Docker's `GET /system/df` body. Volumes and the build cache are lists berth keeps empty until it has them. */
export interface SystemDfResponse {
  LayersSize: number;
  Images: ImageSummary[];
  Containers: ContainerDiskUsage[];
  Volumes: VolumeJson[];
  BuildCache: unknown[];
}

/** A volume as the Engine API writes it (`GET /volumes/{name}`, `POST /volumes/create`). */
export interface VolumeJson {
  CreatedAt: string;
  Driver: string;
  Labels: Record<string, string> | null;
  Mountpoint: string;
  Name: string;
  Options: Record<string, string> | null;
  Scope: 'local' | 'global';
  /** Filled only by `system df`: Size -1 and RefCount -1 mean "not computed". */
  UsageData?: { Size: number; RefCount: number } | null;
}

/** `POST /volumes/create` */
export interface VolumeCreateBody {
  Name?: string;
  Driver?: string;
  DriverOpts?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

export interface VolumeListResponse {
  Volumes: VolumeJson[];
  Warnings: string[] | null;
}

export interface VolumePruneResponse {
  VolumesDeleted: string[] | null;
  SpaceReclaimed: number;
}

/** Body of `POST /containers/{id}/exec`. */
export interface ExecCreateRequest {
  Cmd?: string[];
  Env?: string[];
  WorkingDir?: string;
  User?: string;
  Tty?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  Privileged?: boolean;
  DetachKeys?: string;
  ConsoleSize?: [number, number] | null;
}

/** Answer of `POST /containers/{id}/exec`. */
export interface ExecCreateResponse {
  Id: string;
}

/** Body of `POST /exec/{id}/start`. */
export interface ExecStartRequest {
  Detach?: boolean;
  Tty?: boolean;
  ConsoleSize?: [number, number] | null;
}

/** `GET /exec/{id}/json` (Docker's ExecInspect). ExitCode is null until the process exited. */
export interface ExecInspect {
  ID: string;
  Running: boolean;
  ExitCode: number | null;
  ProcessConfig: { entrypoint: string; arguments: string[]; tty: boolean; user: string; privileged: boolean };
  OpenStdin: boolean;
  OpenStderr: boolean;
  OpenStdout: boolean;
  CanRemove: boolean;
  ContainerID: string;
  DetachKeys: string;
  Pid: number;
}

/** What an event is about (`GET /events`). */
export type EventType = 'container' | 'image' | 'network' | 'volume' | 'daemon' | 'plugin' | 'builder' | 'node' | 'service' | 'secret' | 'config';

export interface EventActor {
  ID: string;
  Attributes: Record<string, string>;
}

/** One message of `GET /events` (with the pre-1.22 `status`/`id`/`from` fields dockerd still sends). */
export interface EventMessage {
  Type: EventType;
  Action: string;
  Actor: EventActor;
  scope: 'local' | 'swarm';
  /** Seconds since the epoch. */
  time: number;
  /** Nanoseconds since the epoch. */
  timeNano: number;
  status?: string;
  id?: string;
  from?: string;
}

export type * from './stats';
export type * from './network';

/**
 * A path in a container (`HEAD`/`GET /containers/{id}/archive`), sent base64-encoded JSON in the
 * `X-Docker-Container-Path-Stat` header. `mode` is Go's os.FileMode (directory bit 31, symlink 27, ...).
 */
export interface ContainerPathStat {
  name: string;
  size: number;
  mode: number;
  /** RFC 3339 with nanoseconds. */
  mtime: string;
  /** The fully resolved target inside the container when the path is a symlink, else ''. */
  linkTarget: string;
}

/** The header carrying a ContainerPathStat. */
export const CONTAINER_PATH_STAT_HEADER = 'X-Docker-Container-Path-Stat';
