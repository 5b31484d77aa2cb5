export { Client, attachedOutput } from './client';
export { ImageApi, imagesOf, type CommitOptions, type ImportOptions } from './images';
export { ContainerAdminApi, containerAdminOf, type ContainerPruneResponse, type ContainerUpdateRequest, type ContainerUpdateResponse } from './container-admin';
export { SystemApi, systemOf, type BuildCachePruneResponse, type NetworkPruneResponse, type VolumePruneResponse } from './system';
export { ContainerStatsApi, containerStatsOf, type ContainerTopResponse, type StatsRequest, type StatsResponse } from './container-stats';
export { ContainerArchiveApi, containerArchiveOf, type ContainerPathStat } from './container-archive';
export { ExecApi, execsOf, type ExecCreateRequest, type ExecCreateResponse, type ExecInspect } from './exec';
export type {
  FilesystemChange, IdResponse, ImageDeleteResponseItem, ImageHistoryResponseItem, ImageInspect, ImagePruneResponse, SystemDfResponse,
} from './images';
export type { ClientOptions, Filters, AttachOptions, LogsOptions, PendingWait } from './client';
export { DaemonError, isDaemonError } from './errors';
export { DEFAULT_HOST, parseHost, resolveHost } from './host';
export type { Endpoint } from './host';
export { resolveTls, type TlsFlags, type TlsOptions } from './tls';
export type { HijackedConnection } from './transport';
export { demuxFrames, rawFrames, jsonMessages, jsonMessageError } from './streams';
export { MAX_API_VERSION, compareApiVersions, negotiateApiVersion } from './version';
export type * from './types';
export { EventApi, eventsOf, type EventsOptions, type EventMessage } from './events';
export { apiTimestamp, parseGoDuration } from './timestamp';
export { jsonLines } from './streams';
export { VolumeApi, volumesOf, type VolumeCreateBody, type VolumeJson, type VolumeListResponse } from './volumes';
export { NetworkApi, networksOf } from './networks';
export type * from './networks';
