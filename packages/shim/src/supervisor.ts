import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { alreadyExists, failedPrecondition, invalidArgument, isNotFound, messageOf, notFound, wrap } from '@berth/errdefs';
import { mountAll, unmountAll, waitPid, writeFileAtomic } from '@berth/sys';
import { IoHub } from './io-hub';
import { JsonLogWriter } from './jsonlog';
import { Runc } from './runc';
import { ContainerStdio } from './stdio';
import type { CreateTaskRequest, ExitStatus, TaskService, TaskState, TaskStatus } from './types';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** sockaddr_un.sun_path holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;
/** How long an exit waits for output still in flight (a pid namespace ends with its init, so it is short). */
const DRAIN_GRACE_MS = 2000;
const REAP_INTERVAL_MS = 1000;
/** How long shutdown waits for a SIGKILLed init to be reaped. */
const KILL_GRACE_MS = 10_000;

interface Task {
  readonly id: string;
  readonly bundle: string;
  pid: number;
  /** `<bundle>/rootfs` when the shim mounted it (and so must unmount it). */
  mountedRootfs?: string;
  createdRootfsDir: boolean;
  io?: IoHub;
  exit?: ExitStatus;
  reaped: boolean;
  readonly exited: Promise<ExitStatus>;
  resolveExit(exit: ExitStatus): void;
}

export interface SupervisorOptions {
  stateDir: string;
  runtime: string;
  runtimeRoot: string;
  log?: (message: string) => void;
}

/**
 * The shim's own implementation of the task API: one runc container per task, reaped by this
 * process as child subreaper. Exit statuses are persisted to `<stateDir>/<id>.exit`.
 */
export class TaskSupervisor implements TaskService {
  private readonly tasks = new Map<string, Task>();
  private readonly runc: Runc;
  private readonly log: (message: string) => void;
  private reapTimer: NodeJS.Timeout | undefined;
  private readonly onSigchld = () => this.reap();

  constructor(private readonly options: SupervisorOptions) {
    this.runc = new Runc(options.runtime, options.runtimeRoot);
    this.log = options.log ?? (() => undefined);
  }

  /** Begins reaping: on SIGCHLD, plus a slow timer in case signals coalesce or race a pid's arrival. */
  startReaping(): void {
    process.on('SIGCHLD', this.onSigchld);
    this.reapTimer = setInterval(() => this.reap(), REAP_INTERVAL_MS);
  }

  stopReaping(): void {
    process.off('SIGCHLD', this.onSigchld);
    clearInterval(this.reapTimer);
  }

  async create(req: CreateTaskRequest): Promise<{ pid: number }> {
    validate(req);
    if (this.tasks.has(req.id)) throw alreadyExists(`task ${req.id} already exists`);
    const config = join(req.bundle, 'config.json');
    if (!(await stat(config).catch(() => undefined))?.isFile()) throw notFound(`bundle ${req.bundle}: no config.json`);

    let resolveExit!: (exit: ExitStatus) => void;
    const exited = new Promise<ExitStatus>((resolve) => (resolveExit = resolve));
    const task: Task = { id: req.id, bundle: req.bundle, pid: 0, createdRootfsDir: false, reaped: false, exited, resolveExit };
    this.tasks.set(req.id, task);
    const undo: (() => Promise<void> | void)[] = [];
    try {
      if (req.rootfs.length > 0) {
        const target = join(req.bundle, 'rootfs');
        if (!existsSync(target)) {
          await mkdir(target);
          task.createdRootfsDir = true;
          undo.push(() => rmdir(target));
        }
        mountAll(req.rootfs, target);
        task.mountedRootfs = target;
        undo.push(() => unmountAll(target));
      }

      const stdio = ContainerStdio.open(this.options.stateDir, req.id, req.stdin);
      const io = new IoHub(stdio, req.logPath ? new JsonLogWriter(req.logPath) : undefined);
      task.io = io;
      undo.push(() => io.close());
      if (req.ioSocket) await io.listen(req.ioSocket);

      const pidFile = this.file(req.id, 'pid');
      undo.push(() => rm(pidFile, { force: true }));
      try {
        undo.push(() => this.runc.delete(req.id).catch(() => undefined));
        await this.runc.create(req.id, req.bundle, pidFile, this.file(req.id, 'runc.log'), stdio.containerFds);
      } finally {
        stdio.closeContainerEnds();
      }
      task.pid = Number.parseInt(await readFile(pidFile, 'utf8'), 10);
      this.log(`created ${req.id} pid ${task.pid}`);
      return { pid: task.pid };
    } catch (err) {
      for (const step of undo.reverse()) {
        await Promise.resolve()
          .then(step)
          .catch((e: unknown) => this.log(`create ${req.id}: cleanup: ${messageOf(e)}`));
      }
      this.tasks.delete(req.id);
      throw wrap(err, `create task ${req.id}`);
    }
  }

  async start(id: string): Promise<{ pid: number }> {
    const task = this.get(id);
    await this.runc.start(id);
    return { pid: task.pid };
  }

  async kill(id: string, signal: number, all = false): Promise<void> {
    const task = this.get(id);
    if (task.reaped) throw failedPrecondition(`task ${id} is not running`);
    await this.runc.kill(id, signal, all);
  }

  wait(id: string): Promise<ExitStatus> {
    return this.get(id).exited;
  }

  async delete(id: string): Promise<ExitStatus & { pid: number }> {
    const task = this.get(id);
    if (!task.reaped) {
      const status = await this.runtimeStatus(task);
      if (status === 'running' || status === 'paused') throw failedPrecondition(`task ${id} is ${status}: kill it before deleting`);
    }
    // For a task that never started, runc kills the waiting init; the reaper then records its exit.
    await this.runc.delete(id).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
    });
    const exit = await task.exited;
    await this.cleanup(task);
    this.tasks.delete(id);
    this.log(`deleted ${id}`);
    return { pid: task.pid, ...exit };
  }

  async state(id: string): Promise<TaskState> {
    const task = this.get(id);
    if (task.exit) return { id, pid: task.pid, status: 'stopped', ...task.exit };
    const status = await this.runtimeStatus(task);
    if (status === 'stopped') {
      const exit = await task.exited;
      return { id, pid: task.pid, status, ...exit };
    }
    return { id, pid: task.pid, status, exitStatus: 0 };
  }

  async pids(id: string): Promise<number[]> {
    const task = this.get(id);
    if (task.reaped) return [];
    return this.runc.ps(id);
  }

  /** Kills and deletes every task. The caller (the shim's main) then exits the process. */
  async shutdown(): Promise<void> {
    await Promise.all(
      [...this.tasks.values()].map(async (task) => {
        if (!task.reaped) {
          await this.runc.kill(task.id, 9, true).catch(() => undefined);
          // delete refuses a task that still runs: let the kill land and the reaper record it.
          await withTimeout(task.exited, KILL_GRACE_MS);
        }
        await this.delete(task.id).catch((err: unknown) => this.log(`shutdown: delete ${task.id}: ${messageOf(err)}`));
      }),
    );
    this.stopReaping();
  }

  private get(id: string): Task {
    const task = this.tasks.get(id);
    if (!task || task.pid === 0) throw notFound(`no such task: ${id}`);
    return task;
  }

  private file(id: string, suffix: string): string {
    return join(this.options.stateDir, `${id}.${suffix}`);
  }

  private async runtimeStatus(task: Task): Promise<TaskStatus> {
    try {
      const { status } = await this.runc.state(task.id);
      if (status === 'creating') return 'created';
      if (status === 'pausing') return 'running';
      return status;
    } catch (err) {
      if (isNotFound(err)) return task.reaped ? 'stopped' : 'unknown';
      throw err;
    }
  }

  /** Collects the exit of every task init that has ended; only ever waits for those pids. */
  private reap(): void {
    for (const task of this.tasks.values()) {
      if (task.pid === 0 || task.reaped) continue;
      let exitStatus: number;
      try {
        const result = waitPid(task.pid);
        if (!result) continue;
        exitStatus = result.exitCode;
      } catch (err) {
        // Not our child any more: someone else reaped it and its status is lost.
        this.log(`reap ${task.id}: ${messageOf(err)}`);
        exitStatus = 255;
      }
      task.reaped = true;
      void this.recordExit(task, { exitStatus, exitedAt: new Date() });
    }
  }

  private async recordExit(task: Task, exit: ExitStatus): Promise<void> {
    this.log(`task ${task.id} exited with ${exit.exitStatus}`);
    if (task.io) await withTimeout(task.io.drained, DRAIN_GRACE_MS);
    const record = { pid: task.pid, exitStatus: exit.exitStatus, exitedAt: exit.exitedAt.toISOString() };
    await writeFileAtomic(this.file(task.id, 'exit'), JSON.stringify(record) + '\n').catch((err: unknown) =>
      this.log(`persist exit of ${task.id}: ${messageOf(err)}`),
    );
    task.exit = exit;
    task.resolveExit(exit);
  }

  private async cleanup(task: Task): Promise<void> {
    await task.io?.close();
    if (task.mountedRootfs) unmountAll(task.mountedRootfs);
    if (task.createdRootfsDir) await rmdir(join(task.bundle, 'rootfs')).catch(() => undefined);
    for (const suffix of ['pid', 'exit', 'runc.log']) await rm(this.file(task.id, suffix), { force: true });
  }
}

function validate(req: CreateTaskRequest): void {
  if (!ID.test(req.id)) throw invalidArgument(`invalid task id ${JSON.stringify(req.id)}`);
  if (!isAbsolute(req.bundle)) throw invalidArgument(`bundle path must be absolute: ${JSON.stringify(req.bundle)}`);
  if (req.terminal) throw invalidArgument('terminal mode is not supported by berth-shim');
  if (req.logPath && !isAbsolute(req.logPath)) throw invalidArgument(`log path must be absolute: ${req.logPath}`);
  if (req.ioSocket) {
    if (!isAbsolute(req.ioSocket)) throw invalidArgument(`io socket path must be absolute: ${req.ioSocket}`);
    if (Buffer.byteLength(req.ioSocket) > MAX_SOCKET_PATH) throw invalidArgument(`io socket path longer than ${MAX_SOCKET_PATH} bytes: ${req.ioSocket}`);
  }
  for (const m of req.rootfs) {
    if (!m.type || !m.source) throw invalidArgument(`rootfs mount needs a type and a source: ${JSON.stringify(m)}`);
  }
}

/** Waits for `promise`, but no longer than `ms`. */
async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
