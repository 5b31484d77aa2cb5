export type {
  TaskService,
  Mount,
  CreateTaskRequest,
  ExecProcessRequest,
  Resources,
  TaskStats,
  TaskStatus,
  TaskState,
  ExitStatus,
} from './types';
export { ShimClient, startShim, attachIo, DEFAULT_SHIM_NODE_FLAGS, type StartShimOptions } from './client';
export { readJsonLog } from './jsonlog';
export { readLog, createLogWriter, parseLogConfig, type LogEntry, type LogDriver, type LogOptions, type LogWriter, type ReadLogOptions } from './logs';
export { UNKNOWN_EXIT_REASON } from './types';
