export { parseDaemonArgs, DEFAULTS, USAGE, type DaemonOptions } from './flags';
export { startDaemon, remapMappings, type RunningDaemon } from './daemon';
export { parseConfigFile, CONFIG_SCHEMA, RELOADABLE_KEYS } from './config';
export { lockDataRoot } from './lock';
