export type { TaskService, Mount, CreateTaskRequest, TaskStatus, TaskState, ExitStatus } from './types';
export { ShimClient, startShim, attachIo, type StartShimOptions } from './client';
export { readJsonLog, type LogEntry } from './jsonlog';
