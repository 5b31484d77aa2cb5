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
 * Lifecycle:  create → `created` → start → `running` → (init exits) → `stopped` → delete → gone.
 * `kill` may be sent in `created` and `running`; `delete` is allowed in `created` and `stopped`.
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
  /** Runs the user process of a `created` task. NotFound for an unknown id. */
  start(id: string): Promise<{ pid: number }>;
  /**
   * Sends `signal` (a number, e.g. 15) to the init, or to every process of the task when `all`.
   * FailedPrecondition when the task has already stopped.
   */
  kill(id: string, signal: number, all?: boolean): Promise<void>;
  /**
   * Resolves once the init has exited AND the task's stdout/stderr have been drained into the log
   * and io connections; resolves at once for a task that already exited.
   */
  wait(id: string): Promise<ExitStatus>;
  /**
   * Removes a `created` or `stopped` task: the runtime's container, the rootfs mounts, the io socket
   * and the task's state files. FailedPrecondition while the task runs (kill it first).
   */
  delete(id: string): Promise<ExitStatus & { pid: number }>;
  /** Status, init pid and, once stopped, exit status of a task. NotFound for an unknown id. */
  state(id: string): Promise<TaskState>;
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
  /** Pseudo-terminal mode; only `false` is supported. */
  terminal: boolean;
  /** json-file log path (Docker's format); empty for no log. */
  logPath: string;
  /** Unix socket path the shim listens on for this task's stdio; empty for none. */
  ioSocket: string;
}

export type TaskStatus = 'created' | 'running' | 'stopped' | 'paused' | 'unknown';

export interface TaskState {
  id: string;
  pid: number;
  status: TaskStatus;
  /** Meaningful once `status` is `stopped`. */
  exitStatus: number;
  exitedAt?: Date;
}

export interface ExitStatus {
  exitStatus: number;
  exitedAt: Date;
}
