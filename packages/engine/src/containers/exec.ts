import type { ExecCreateRequest, ExecInspect } from '@berth/api-types';

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
 * The environment of an exec process: the container's, with the exec's variables replacing those
 * of the same name (a duplicate would leave the container's value first, and win in getenv).
 */
export function execEnv(containerEnv: string[], execEnv: string[]): string[] {
  const nameOf = (v: string) => (v.includes('=') ? v.slice(0, v.indexOf('=')) : v);
  const overridden = new Set(execEnv.map(nameOf));
  return [...containerEnv.filter((v) => !overridden.has(nameOf(v))), ...execEnv];
}
