export { parseDaemonArgs, DEFAULTS, USAGE, type DaemonOptions } from './flags';
export { startDaemon, type RunningDaemon } from './daemon';
