import { dateToTimestamp, pb, timestampToDate, type ServiceImplementation, type ShimV1TaskService } from '@berth/proto';
import type { TaskStatus } from './types';
import type { TaskSupervisor } from './supervisor';

const Status = pb.shim.v1.Status;

export const STATUS_TO_WIRE: Record<TaskStatus, pb.shim.v1.Status> = {
  unknown: Status.STATUS_UNKNOWN,
  created: Status.STATUS_CREATED,
  running: Status.STATUS_RUNNING,
  stopped: Status.STATUS_STOPPED,
  paused: Status.STATUS_PAUSED,
};

export function statusFromWire(status: pb.shim.v1.Status): TaskStatus {
  const found = (Object.entries(STATUS_TO_WIRE) as [TaskStatus, pb.shim.v1.Status][]).find(([, s]) => s === status);
  return found ? found[0] : 'unknown';
}

export const exitedAtFromWire = timestampToDate;

/** Serves a TaskSupervisor as the berth.shim.v1.Task gRPC service. */
export function taskServiceHandlers(
  supervisor: TaskSupervisor,
  identity: { pid: number; version: string },
  onShutdown: () => void,
): ServiceImplementation<typeof ShimV1TaskService> {
  return {
    connect: () => ({ shimPid: identity.pid, version: identity.version }),
    create: (req) =>
      supervisor.create({
        id: req.id,
        bundle: req.bundle,
        rootfs: req.rootfs.map((m) => ({ type: m.type ?? '', source: m.source ?? '', options: [...(m.options ?? [])] })),
        stdin: req.stdin,
        terminal: req.terminal,
        logPath: req.logPath,
        ioSocket: req.ioSocket,
      }),
    start: (req) => supervisor.start(req.id),
    kill: async (req) => {
      await supervisor.kill(req.id, req.signal, req.all);
      return {};
    },
    wait: async (req) => {
      const exit = await supervisor.wait(req.id);
      return { exitStatus: exit.exitStatus, exitedAt: dateToTimestamp(exit.exitedAt) };
    },
    delete: async (req) => {
      const exit = await supervisor.delete(req.id);
      return { pid: exit.pid, exitStatus: exit.exitStatus, exitedAt: dateToTimestamp(exit.exitedAt) };
    },
    state: async (req) => {
      const state = await supervisor.state(req.id);
      return {
        id: state.id,
        pid: state.pid,
        status: STATUS_TO_WIRE[state.status],
        exitStatus: state.exitStatus,
        exitedAt: state.exitedAt ? dateToTimestamp(state.exitedAt) : null,
      };
    },
    pids: async (req) => ({ pids: await supervisor.pids(req.id) }),
    shutdown: async () => {
      await supervisor.shutdown();
      onShutdown();
      return {};
    },
  };
}
