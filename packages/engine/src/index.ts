export { createEngine, type Engine, type EngineConfig, type EngineImages } from './engine';
export {
  ContainerService, type AttachOptions, type AttachSession, type ExecSession, type ExecStartOptions, type LogLine, type LogOptions, type ListOptions,
} from './containers/service';
export type { OutputSink, OutputStream } from './containers/fanout';
export { signalNumber } from './containers/signals';
export { mergeImageConfig } from './containers/merge-config';
export { BERTH_VERSION, type DaemonInfo } from './system';
export { EventLog, EVENTS_KEPT, EVENT_FILTER_KEYS, eventFilter, type EventFilters, type EventInput, type EventListener, type EventSubscription } from './events';
export { createEngineVolumes, type EngineVolumes, type VolumeFilters } from './volumes/backend';
export { createEngineNetworks, type EngineNetworks, type NetworkFilters } from './networks/backend';
export type { EngineNetworkConfig } from './networks/setup';
