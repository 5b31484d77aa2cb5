import { dateToTimestamp, pb, timestampToDate, type DecodedRequestOf, type ServiceImplementation, type ShimV1TaskService } from '@berth/proto';
import type { ExecProcessRequest, ExitStatus, TaskStats, TaskStatus } from './types';
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

/** A decoded 64-bit field: protobufjs yields a Long (or a number when it fits). */
export function int64FromWire(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  return Number(value ?? 0);
}

/** The optional fields an exit carries on the wire. */
export function exitFromWire(res: { exitStatus: number; exitedAt?: pb.shim.v1.IWaitResponse['exitedAt']; oomKilled?: boolean; reason?: string }): ExitStatus {
  return {
    exitStatus: res.exitStatus,
    exitedAt: exitedAtFromWire(res.exitedAt) ?? new Date(0),
    ...(res.oomKilled ? { oomKilled: true } : {}),
    ...(res.reason ? { reason: res.reason } : {}),
  };
}

function exitToWire(exit: ExitStatus) {
  return { exitStatus: exit.exitStatus, exitedAt: dateToTimestamp(exit.exitedAt), oomKilled: exit.oomKilled ?? false, reason: exit.reason ?? '' };
}

export function statsFromWire(res: pb.shim.v1.StatsResponse): TaskStats {
  const memoryStat: Record<string, number> = {};
  for (const [key, value] of Object.entries(res.memoryStat ?? {})) memoryStat[key] = int64FromWire(value);
  return {
    cgroupVersion: res.cgroupVersion === 2 ? 2 : 1,
    cpuUsageNs: int64FromWire(res.cpuUsageNs),
    cpuUserNs: int64FromWire(res.cpuUserNs),
    cpuSystemNs: int64FromWire(res.cpuSystemNs),
    memoryUsage: int64FromWire(res.memoryUsage),
    memoryLimit: int64FromWire(res.memoryLimit),
    memoryStat,
    pidsCurrent: int64FromWire(res.pidsCurrent),
    pidsLimit: int64FromWire(res.pidsLimit),
    blkio: (res.blkio ?? []).map((b) => ({ major: b.major ?? 0, minor: b.minor ?? 0, op: b.op ?? '', value: int64FromWire(b.value) })),
    oomKills: int64FromWire(res.oomKills),
    cpuPercpuNs: (res.cpuPercpuNs ?? []).map(int64FromWire),
    throttlePeriods: int64FromWire(res.throttlePeriods),
    throttledPeriods: int64FromWire(res.throttledPeriods),
    throttledTimeNs: int64FromWire(res.throttledTimeNs),
    memoryMaxUsage: int64FromWire(res.memoryMaxUsage),
    memoryFailcnt: int64FromWire(res.memoryFailcnt),
  };
}

/** An exec request as the supervisor takes it. */
function execFromWire(req: DecodedRequestOf<typeof ShimV1TaskService.exec>): ExecProcessRequest {
  return {
    args: [...req.args],
    env: [...req.env],
    cwd: req.cwd,
    ...(req.user ? { user: { uid: req.user.uid ?? 0, gid: req.user.gid ?? 0, additionalGids: [...(req.user.additionalGids ?? [])] } } : {}),
    terminal: req.terminal,
    stdin: req.stdin,
    ioSocket: req.ioSocket,
    ...(req.capabilities.length > 0 ? { capabilities: [...req.capabilities] } : {}),
  };
}

/** Serves a TaskSupervisor as the berth.shim.v1.Task gRPC service. */
export function taskServiceHandlers(
  supervisor: TaskSupervisor,
  identity: { pid: number; version: string },
  onShutdown: () => void,
): ServiceImplementation<typeof ShimV1TaskService> {
  const execIdOf = (req: { execId?: string | null }) => req.execId || undefined;
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
        logDriver: req.logDriver,
        logOptions: { ...(req.logOptions ?? {}) },
      }),
    start: (req) => supervisor.start(req.id, execIdOf(req)),
    kill: async (req) => {
      await supervisor.kill(req.id, req.signal, req.all, execIdOf(req));
      return {};
    },
    wait: async (req) => exitToWire(await supervisor.wait(req.id, execIdOf(req))),
    delete: async (req) => {
      const exit = await supervisor.delete(req.id, execIdOf(req));
      return { pid: exit.pid, ...exitToWire(exit) };
    },
    state: async (req) => {
      const state = await supervisor.state(req.id, execIdOf(req));
      return {
        id: state.id,
        execId: state.execId ?? '',
        pid: state.pid,
        status: STATUS_TO_WIRE[state.status],
        exitStatus: state.exitStatus,
        exitedAt: state.exitedAt ? dateToTimestamp(state.exitedAt) : null,
        oomKilled: state.oomKilled ?? false,
        reason: state.reason ?? '',
        terminal: state.terminal ?? false,
      };
    },
    pids: async (req) => ({ pids: await supervisor.pids(req.id) }),
    shutdown: async () => {
      await supervisor.shutdown();
      onShutdown();
      return {};
    },
    exec: async (req) => {
      await supervisor.exec(req.id, req.execId, execFromWire(req));
      return {};
    },
    execStart: async (req) => {
      const { pid, exited } = await supervisor.execStart(req.id, req.execId, execFromWire(req));
      return exited ? { pid, exited: true, exitStatus: exited.exitStatus, exitedAt: dateToTimestamp(exited.exitedAt) } : { pid };
    },
    resizePty: async (req) => {
      await supervisor.resizePty(req.id, execIdOf(req), req.width, req.height);
      return {};
    },
    closeIO: async (req) => {
      await supervisor.closeIo(req.id, execIdOf(req));
      return {};
    },
    pause: async (req) => {
      await supervisor.pause(req.id);
      return {};
    },
    resume: async (req) => {
      await supervisor.resume(req.id);
      return {};
    },
    update: async (req) => {
      const r = req.resources ?? {};
      const opt = (v: unknown) => (int64FromWire(v) === 0 ? undefined : int64FromWire(v));
      await supervisor.update(req.id, {
        memoryLimit: opt(r.memoryLimit),
        memorySwap: opt(r.memorySwap),
        cpuShares: opt(r.cpuShares),
        cpuQuota: opt(r.cpuQuota),
        cpuPeriod: opt(r.cpuPeriod),
        cpusetCpus: r.cpusetCpus || undefined,
        cpusetMems: r.cpusetMems || undefined,
        pidsLimit: opt(r.pidsLimit),
        blkioWeight: opt(r.blkioWeight),
      });
      return {};
    },
    stats: async (req) => {
      const s = await supervisor.stats(req.id);
      return { ...s, blkio: s.blkio };
    },
  };
}
