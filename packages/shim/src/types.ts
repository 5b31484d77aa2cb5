/**
 * The task API a shim serves: the engine's only way to run containers.
 *
 * Vocabulary
 * - A *task* is one container as the runtime (runc) sees it: an OCI bundle, a root filesystem and
 *   an init process. A shim supervises any number of tasks; every call names its task by `id`.
 * - A task's *init* is the container's first process. The shim is its reaper (child subreaper), so
 *   the shim, and only the shim, learns its exit status.
 * - *Exit status* is the init's exit code, or 128+signal when a signal ended it (as a shell reports).
 *
 * - An *exec process* is an extra process run inside a running task (`docker exec`), addressed by
 *   `(id, execId)`, as containerd does. Every per-process call (start, kill, wait, delete, state,
 *   resizePty, closeIo) takes an optional `execId`; without it, it means the task's init.
 *
 * Lifecycle:  create → `created` → start → `running` ⇄ pause/resume `paused` → (init exits) →
 * `stopped` → delete → gone. `kill` may be sent in `created`, `running` and `paused`; `delete` is
 * allowed in `created` and `stopped`. An exec process: exec → `created` → start(id, execId) →
 * `running` → `stopped` → delete(id, execId); when the init exits, the kernel ends every exec too.
 *
 * Worked example (`docker run --rm busybox echo hello`):
 *   create({ id, bundle, rootfs: snapshotMounts, stdin: false, terminal: false, logPath, ioSocket })
 *   attachIo(ioSocket)            // subscribe to stdout/stderr before anything runs
 *   start(id)                     // the process runs; frames flow on the io socket
 *   wait(id)                      // { exitStatus: 0, exitedAt } once init exited and output drained
 *   delete(id)                    // rootfs unmounted, runtime state and io socket removed
 */
export interface TaskService {
  /**
   * Prepares a task without running its process: mounts `rootfs` at `<bundle>/rootfs`, opens its
   * stdio, creates the container with the runtime and starts serving `ioSocket`.
   * Resolves with the pid of the (waiting) init. Throws AlreadyExists for a known id,
   * InvalidArgument for a bad request, and on a runtime failure an error carrying the runtime's
   * message, after undoing everything create did.
   */
  create(req: CreateTaskRequest): Promise<{ pid: number }>;
  /** Runs the user process of a `created` task (or exec process). NotFound for an unknown id. */
  start(id: string, execId?: string): Promise<{ pid: number }>;
  /**
   * Sends `signal` (a number, e.g. 15) to the init (or exec process), or to every process of the
   * task when `all`. FailedPrecondition when the process has already stopped.
   */
  kill(id: string, signal: number, all?: boolean, execId?: string): Promise<void>;
  /**
   * Resolves once the init (or exec process) has exited AND its output has been drained into the
   * log and io connections; resolves at once for a process that already exited.
   */
  wait(id: string, execId?: string): Promise<ExitStatus>;
  /**
   * Removes a `created` or `stopped` task: the runtime's container, the rootfs mounts, the io socket
   * and the task's state files. FailedPrecondition while the task runs (kill it first). With an
   * `execId`, removes only that (stopped) exec process and its io socket.
   */
  delete(id: string, execId?: string): Promise<ExitStatus & { pid: number }>;
  /** Status, pid and, once stopped, exit status of a task (or exec process). NotFound for an unknown id. */
  state(id: string, execId?: string): Promise<TaskState>;
  /**
   * Adds a process to a `running` task without starting it (`created`; start it with
   * `start(id, execId)`). AlreadyExists for a known execId; FailedPrecondition unless the task runs.
   */
  exec(id: string, execId: string, req: ExecProcessRequest): Promise<void>;
  /**
   * `exec` then `start` in one call (one round trip for the engine). The process's output waits
   * for the first client of its io socket (the process blocks once its pipe is full), so a client
   * that connects after this returns still reads every byte. When the start fails, the exec is
   * removed again (its waiters settled as `start` settles them) and the start's error is thrown.
   * `exited` is set when the process had already exited by then, so the caller need not ask.
   * Unlike other processes, `wait` on such an exec resolves at its exit, not once its output is
   * drained: its client reads the output until the io socket ends, which tells it that.
   */
  execStart(id: string, execId: string, req: ExecProcessRequest): Promise<{ pid: number; exited?: ExitStatus }>;
  /** Sets the terminal size of a task (or exec process) created with `terminal: true`. */
  resizePty(id: string, execId: string | undefined, width: number, height: number): Promise<void>;
  /** Closes the stdin of the init (or exec process): the process then reads EOF. */
  closeIo(id: string, execId?: string): Promise<void>;
  /** Freezes every process of a running task (cgroup freezer); the task becomes `paused`. */
  pause(id: string): Promise<void>;
  /** Thaws a paused task. */
  resume(id: string): Promise<void>;
  /** Changes resource limits of a created, running or paused task (`runc update`). */
  update(id: string, resources: Resources): Promise<void>;
  /** Reads the task's cgroup counters. FailedPrecondition once it stopped. */
  stats(id: string): Promise<TaskStats>;
  /** Kills and deletes every remaining task, then the shim process exits. */
  shutdown(): Promise<void>;
}

/** A filesystem mount, as snapshotters describe them (`mount -t type -o options source target`). */
export interface Mount {
  type: string;
  source: string;
  options: string[];
}

export interface CreateTaskRequest {
  /** Unique within the shim: letters, digits, `_`, `.`, `-`, starting with a letter or digit. */
  id: string;
  /** Absolute path of an OCI bundle directory holding config.json. */
  bundle: string;
  /** Mounted, in order, at `<bundle>/rootfs`; empty when the rootfs is already in place. */
  rootfs: Mount[];
  /** Give the container a stdin fed by io-socket clients. */
  stdin: boolean;
  /**
   * Pseudo-terminal mode (the bundle's `process.terminal` must be true too). The io socket then
   * carries the terminal's output RAW — no stdcopy framing, a terminal has a single stream — and
   * client bytes are typed into the terminal; a client's half-close does not end a terminal's input
   * (use closeIo). The log records terminal output as stream `stdout`.
   */
  terminal: boolean;
  /** Log file path; empty for no log. */
  logPath: string;
  /** Unix socket path the shim listens on for this task's stdio; empty for none. */
  ioSocket: string;
  /** `json-file` (default), `local` or `none`; see LogDriver. */
  logDriver?: string;
  /** The driver's options (docker's --log-opt): `max-size`, `max-file`, `compress`. */
  logOptions?: Record<string, string>;
}

/** A process to run inside a running task (`docker exec`). */
export interface ExecProcessRequest {
  args: string[];
  /** The full environment; empty or absent inherits the container's. */
  env?: string[];
  /** Absent inherits the container's working directory. */
  cwd?: string;
  /** Absent inherits the container's user. */
  user?: { uid: number; gid: number; additionalGids?: number[] };
  terminal: boolean;
  stdin: boolean;
  /** As CreateTaskRequest.ioSocket (same framing rules); empty for no io. */
  ioSocket: string;
  /** Bounding, permitted and effective capabilities; absent or empty inherits the container's. */
  capabilities?: string[];
}

/** Limits to change with `update`; absent fields are left as they are. */
export interface Resources {
  /** Bytes. */
  memoryLimit?: number;
  /** Memory + swap in bytes; -1 unlimited. */
  memorySwap?: number;
  cpuShares?: number;
  cpuQuota?: number;
  cpuPeriod?: number;
  cpusetCpus?: string;
  cpusetMems?: string;
  /** -1 unlimited. */
  pidsLimit?: number;
  blkioWeight?: number;
}

/** A task's cgroup counters (v1 or v2, read directly from the cgroup files). */
export interface TaskStats {
  /** Which hierarchy the memory figures come from. */
  cgroupVersion: 1 | 2;
  cpuUsageNs: number;
  cpuUserNs: number;
  cpuSystemNs: number;
  memoryUsage: number;
  /** 0 when unlimited. */
  memoryLimit: number;
  /** The raw memory.stat keys. */
  memoryStat: Record<string, number>;
  pidsCurrent: number;
  /** 0 when unlimited. */
  pidsLimit: number;
  /** Bytes per device and operation (v1 blkio.throttle.io_service_bytes; v2 io.stat rbytes/wbytes as Read/Write). */
  blkio: { major: number; minor: number; op: string; value: number }[];
  /** OOM kills the cgroup has seen. */
  oomKills: number;
  /** Nanoseconds per CPU (cgroup v1 only). */
  cpuPercpuNs?: number[];
  /** CFS quota enforcement (cpu.stat): periods elapsed, periods throttled, time throttled (ns). */
  throttlePeriods?: number;
  throttledPeriods?: number;
  throttledTimeNs?: number;
  /** Peak usage and limit hits (cgroup v1 memory.max_usage_in_bytes, memory.failcnt). */
  memoryMaxUsage?: number;
  memoryFailcnt?: number;
}

export type TaskStatus = 'created' | 'running' | 'stopped' | 'paused' | 'unknown';

export interface TaskState {
  id: string;
  /** Set when the state is an exec process's. */
  execId?: string;
  pid: number;
  status: TaskStatus;
  /** Meaningful once `status` is `stopped`. */
  exitStatus: number;
  exitedAt?: Date;
  /** The task's cgroup saw an OOM kill (set once stopped). */
  oomKilled?: boolean;
  /** Why the exit status is what it is, when the shim could not observe it. */
  reason?: string;
  terminal?: boolean;
}

/** The reason an exit carries when a restarted shim found its container gone without seeing it exit. */
export const UNKNOWN_EXIT_REASON = 'exit status unknown: shim restarted';

export interface ExitStatus {
  exitStatus: number;
  exitedAt: Date;
  /** The task's cgroup recorded an OOM kill by the time the init exited (init exits only). */
  oomKilled?: boolean;
  /**
   * Set when the status was not observed: a shim restarted after its predecessor died cannot reap
   * containers it did not start, so their exit is reported as 255 with reason
   * "exit status unknown: shim restarted".
   */
  reason?: string;
}
