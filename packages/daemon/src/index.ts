export { parseDaemonArgs, DEFAULTS, USAGE, type DaemonOptions } from './flags';
export { startDaemon, remapMappings, type RunningDaemon } from './daemon';
