export { createApiServer, listen, type ApiBackends, type Listener, type ListenOptions, type ListenerTls } from './server';
export { Router, compareVersions, boolParam, sendJson, type Route, type ApiContext, type ApiRequest, type ApiResult, type Handler } from './router';
export type { ContainerBackend, ContainerStateBackend, ContainerQueryBackend, ContainerAttachBackend } from './routers/containers';
export { parseFilterArgs, type ImageBackend, type ContainerFilesystemBackend, type FilterArgs } from './routers/images';
export type { DiskUsageBackend } from './routers/system-df';
export type { SystemBackend } from './routers/system';
export type { ExecBackend } from './routers/exec';
export type { EventsBackend } from './routers/events';
export { networkRoutes, LIST_FILTERS as NETWORK_LIST_FILTERS, PRUNE_FILTERS as NETWORK_PRUNE_FILTERS, type NetworkBackend } from './routers/networks';
