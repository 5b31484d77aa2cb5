import type { Socket } from 'node:net';
import type { ExecCreateRequest, ExecInspect } from '@berth/api-types';
import { isNotImplemented } from '@berth/errdefs';
import { attachIo, type ExecProcessRequest, type ExitStatus, type ShimClient } from '@berth/shim';
import { processEnv } from '@berth/runtime-spec';

/** One `docker exec` process of a container, from its creation until the container is removed. */
export interface ExecRecord {
  id: string;
  containerId: string;
  config: ExecCreateRequest;
  /** Set once a start was asked for: an exec runs at most once. */
  started: boolean;
  running: boolean;
  pid: number;
  /** Null until the process exited (or failed to start). */
  exitCode: number | null;
  /** When the exit code was recorded (ms since the epoch): finished execs are forgotten later. */
  finishedAt?: number;
}

/** How long a finished exec stays inspectable (dockerd collects them every 5 minutes). */
export const FINISHED_EXEC_TTL_MS = 5 * 60 * 1000;

/** Docker's ExecInspect of a record. */
export function inspectExec(e: ExecRecord): ExecInspect {
  const [entrypoint = '', ...args] = e.config.Cmd ?? [];
  return {
    ID: e.id,
    Running: e.running,
    ExitCode: e.exitCode,
    ProcessConfig: { entrypoint, arguments: args, tty: !!e.config.Tty, user: e.config.User ?? '', privileged: !!e.config.Privileged },
    OpenStdin: !!e.config.AttachStdin,
    OpenStderr: !!e.config.AttachStderr,
    OpenStdout: !!e.config.AttachStdout,
    CanRemove: false,
    ContainerID: e.containerId,
    DetachKeys: e.config.DetachKeys ?? '',
    Pid: e.pid,
  };
}

/**
 * The environment of an exec process, as dockerd gives it: PATH, HOSTNAME and (with -t) TERM,
 * the container's variables over them, then the exec's, each replacing a same-named one in place.
 */
export function execEnv(container: { Hostname?: string; Env?: string[] | null }, tty: boolean, execVars: string[]): string[] {
  return processEnv(container.Hostname ?? '', tty, container.Env ?? [], execVars);
}

/** An exec process the shim started: its pid, its attached (not yet read) io, and its exit to come. */
export interface StartedExec {
  pid: number;
  /** Paused until read: nothing the process wrote is lost before the caller listens. */
  io: Socket;
  /** Its exit status once it exited (as the shim's wait: its output then ends the io socket). */
  exited: Promise<ExitStatus>;
}

/**
 * Starts an exec process in its task's shim. With one round trip where the shim can (`execStart`:
 * it holds the output for the first io client, and reports an exit that came before it returned),
 * else the wait asked for before the io is even attached, so neither waits on the other; a shim older than `execStart` (started by an earlier
 * engine, it outlives upgrades) gets exec, attach, start. Either way a failed start leaves the
 * process and its io socket to the caller's `delete`.
 */
export async function startExecProcess(shim: ShimClient, containerId: string, execId: string, req: ExecProcessRequest): Promise<StartedExec> {
  let pid: number;
  let io: Socket | undefined;
  let exit: ExitStatus | undefined;
  try {
    ({ pid, exited: exit } = await shim.execStart(containerId, execId, req));
  } catch (err) {
    if (!isNotImplemented(err)) throw err;
    await shim.exec(containerId, execId, req);
    io = await attachIo(req.ioSocket);
    try {
      ({ pid } = await shim.start(containerId, execId));
    } catch (startErr) {
      io.destroy();
      throw startErr;
    }
  }
  // Already exited (a short command): the shim said so, and its output ends the io socket.
  const exited = exit ? Promise.resolve(exit) : shim.wait(containerId, execId);
  // Settled by the caller; a rejection seen only later must not count as unhandled meanwhile.
  exited.catch(() => undefined);
  try {
    io ??= await attachIo(req.ioSocket);
  } catch (err) {
    // It runs, but nobody can read it: stop it, so that the caller's delete can remove it.
    await shim.kill(containerId, 9, false, execId).catch(() => undefined);
    await exited.catch(() => undefined);
    throw err;
  }
  return { pid, io, exited };
}
