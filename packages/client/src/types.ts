/**
 * Docker Engine API request and response shapes, named as the API names them (moby
 * `api/swagger.yaml`). Only the fields berth reads or sends are listed; servers may send more, and
 * clients ignore what they do not know.
 */
import type { ContainerConfig, HostConfig, NetworkSettings } from '@berth/api-types';

export type {
  ContainerConfig, HostConfig, ContainerCreateRequest, ContainerCreateResponse, WaitCondition, JsonMessage,
} from '@berth/api-types';

/** What `GET /_ping` tells about the daemon, from its response headers. */
export interface PingResult {
  /** `Api-Version`: the newest API version the daemon serves. */
  apiVersion?: string;
  /** `OSType`: `linux`. */
  osType?: string;
  experimental: boolean;
  builderVersion?: string;
}

export interface ComponentVersion {
  Name: string;
  Version: string;
  Details?: Record<string, string>;
}

/** `GET /version`. */
export interface SystemVersion {
  Platform?: { Name: string };
  Components?: ComponentVersion[];
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  GitCommit?: string;
  GoVersion?: string;
  Os: string;
  Arch: string;
  KernelVersion?: string;
  Experimental?: boolean;
  BuildTime?: string;
}

/** `GET /info`. */
export interface SystemInfo {
  ID: string;
  Containers: number;
  ContainersRunning: number;
  ContainersPaused: number;
  ContainersStopped: number;
  Images: number;
  Driver: string;
  DriverStatus?: [string, string][] | null;
  LoggingDriver?: string;
  CgroupDriver?: string;
  CgroupVersion?: string;
  KernelVersion?: string;
  OperatingSystem?: string;
  OSVersion?: string;
  OSType?: string;
  Architecture?: string;
  NCPU: number;
  MemTotal: number;
  Name: string;
  DockerRootDir?: string;
  ServerVersion?: string;
  Debug?: boolean;
  ExperimentalBuild?: boolean;
  LiveRestoreEnabled?: boolean;
  Labels?: string[];
  Warnings?: string[] | null;
  Plugins?: { Volume?: string[] | null; Network?: string[] | null; Authorization?: string[] | null; Log?: string[] | null };
  Swarm?: { LocalNodeState: string };
  Runtimes?: Record<string, { path?: string }>;
  DefaultRuntime?: string;
  InitBinary?: string;
  ContainerdCommit?: { ID: string };
  RuncCommit?: { ID: string };
  InitCommit?: { ID: string };
  /** `name=seccomp,profile=builtin`, `name=userns`, ... */
  SecurityOptions?: string[];
  NFd?: number;
  NGoroutines?: number;
  SystemTime?: string;
  NEventsListener?: number;
  HttpProxy?: string;
  HttpsProxy?: string;
  NoProxy?: string;
  RegistryConfig?: {
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<string, { Name: string; Secure: boolean; Mirrors?: string[] | null }> | null;
    Mirrors?: string[] | null;
  };
}

/** One row of `GET /images/json`. */
export interface ImageSummary {
  Id: string;
  ParentId: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  /** Seconds since the epoch. */
  Created: number;
  Size: number;
  SharedSize?: number;
  Labels?: Record<string, string> | null;
  Containers?: number;
}

export interface ContainerPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: 'tcp' | 'udp' | 'sctp';
}

/** One row of `GET /containers/json`. */
export interface ContainerSummary {
  Id: string;
  /** With a leading `/`, as Docker reports them. */
  Names: string[];
  Image: string;
  ImageID?: string;
  Command: string;
  /** Seconds since the epoch. */
  Created: number;
  Ports?: ContainerPort[] | null;
  Labels?: Record<string, string> | null;
  /** `created`, `running`, `paused`, `restarting`, `exited`, `removing`, `dead`. */
  State: string;
  /** Human text computed by the daemon: `Up 3 seconds`, `Exited (0) 2 seconds ago`, `Created`. */
  Status: string;
  /** Bytes in the writable layer (with `size`). */
  SizeRw?: number;
  /** Writable layer plus image bytes (with `size`). */
  SizeRootFs?: number;
  Mounts?: Array<{ Name?: string; Source?: string; Driver?: string }> | null;
  NetworkSettings?: { Networks?: Record<string, object> | null } | null;
}

/** Body of `POST /containers/{id}/wait`. */
export interface WaitResponse {
  StatusCode: number;
  Error?: { Message: string } | null;
}

export interface ContainerState {
  Status: string;
  Running: boolean;
  Paused: boolean;
  Restarting?: boolean;
  OOMKilled?: boolean;
  Dead?: boolean;
  Pid: number;
  ExitCode: number;
  Error?: string;
  StartedAt: string;
  FinishedAt: string;
}

/** `GET /containers/{id}/json`. */
export interface ContainerInspect {
  Id: string;
  Created: string;
  Path: string;
  Args: string[];
  State: ContainerState;
  Image: string;
  Name: string;
  RestartCount?: number;
  Config: ContainerConfig;
  HostConfig?: HostConfig;
  NetworkSettings?: Partial<NetworkSettings> | null;
}
