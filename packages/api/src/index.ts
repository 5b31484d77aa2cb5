export { createApiServer, listen, type ApiBackends, type Listener } from './server';
export { Router, compareVersions, boolParam, sendJson, type Route, type ApiContext, type ApiRequest, type ApiResult, type Handler } from './router';
export type { ContainerBackend, ContainerStateBackend, ContainerQueryBackend, ContainerAttachBackend } from './routers/containers';
export type { ImageBackend } from './routers/images';
export type { SystemBackend } from './routers/system';
