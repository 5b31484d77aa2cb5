import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { alreadyExists, failedPrecondition, invalidArgument, isNotFound, messageOf, notFound, wrap } from '@berth/errdefs';
import { FdReceiver, mountAll, unmountAll, waitPid, writeFileAtomic } from '@berth/sys';
import { cgroupPathsOf, oomKills, readStats, type CgroupPaths } from './cgroups';
import { clearHelperCache, execHelperPath, helperPlan, runcCgroupDirs, runExecHelper, usesHelper, type BundleConfig, type HelperTaskCache, type OciProcess } from './exec-helper';
import { IoHub } from './io-hub';
import { createLogWriter, parseLogConfig } from './logs';
import { Runc, type RuncStdio } from './runc';
import { ContainerStdio, Terminal } from './stdio';
import { UNKNOWN_EXIT_REASON, type CreateTaskRequest, type ExecProcessRequest, type ExitStatus, type Resources, type TaskService, type TaskState, type TaskStats, type TaskStatus } from './types';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** sockaddr_un.sun_path holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;
/** How long an exit waits for output still in flight (a pid namespace ends with its init, so it is short). */
const DRAIN_GRACE_MS = 2000;
const REAP_INTERVAL_MS = 1000;
/** How long shutdown waits for a SIGKILLed init to be reaped. */
const KILL_GRACE_MS = 10_000;

/**
 * Task and exit records must survive the death of the shim or the engine (a rename is atomic for
 * every process), not a host crash: the containers they describe do not survive one either. So
 * they are written without fsync, which would cost the create and wait paths milliseconds.
 */
const RUNTIME_STATE = { durable: false };

/** One process the shim supervises: a task's init or one of its exec processes. */
interface Proc {
  readonly execId: string;
  pid: number;
  readonly terminal: boolean;
  io?: IoHub;
  pty?: Terminal;
  started: boolean;
  /** A start is in flight: a second one must not race it for the runtime's handshake. */
  starting?: boolean;
  exit?: ExitStatus;
  reaped: boolean;
  /** The status it was reaped with, before its output is drained (`exit` is set after). */
  reapedWith?: ExitStatus;
  /**
   * Started by execStart: its waiters learn the exit at once, not after the output drained (its
   * one client reads the output to the io socket's end, which it waits for anyway).
   */
  exitBeforeDrain?: boolean;
  /**
   * Set for a process a predecessor shim started: it is not our child, so its exit is noticed by
   * polling /proc/<pid> (and compared with this start time, against pid reuse), never reaped.
   */
  adoptedStartTime?: string;
  readonly exited: Promise<ExitStatus>;
  resolveExit(exit: ExitStatus): void;
  /** Exec processes only: what to run at start. */
  spec?: ExecProcessRequest;
}

/** What the shim persists per task (`<id>.task.json`) so a restarted shim can re-adopt it. */
interface TaskRecord {
  id: string;
  bundle: string;
  mountedRootfs?: string;
  createdRootfsDir: boolean;
  terminal: boolean;
  logPath: string;
  logDriver: string;
  logOptions: Record<string, string>;
  ioSocket: string;
}

const SIGKILL = 9;

interface Task {
  readonly record: TaskRecord;
  readonly init: Proc;
  readonly execs: Map<string, Proc>;
  cgroups?: CgroupPaths;
  /** Frozen by pause(): signals go through the runtime, which knows what a frozen cgroup needs. */
  paused?: boolean;
  /** Whether the init heads its own PID namespace, read from the bundle once (kill and delete ask). */
  ownPidNamespace?: Promise<boolean>;
  /** What berth-exec needs of the task, found out by its first exec process. */
  execHelper?: HelperTaskCache;
  /** The bundle's config.json, read by the first exec process (nothing rewrites it while the task lives). */
  config?: Promise<BundleConfig>;
}

export interface SupervisorOptions {
  stateDir: string;
  runtime: string;
  /** Global options for every runtime command (daemon.json `runtimeArgs`). */
  runtimeArgs?: string[];
  runtimeRoot: string;
  log?: (message: string) => void;
}

function newProc(execId: string, terminal: boolean): Proc {
  let resolveExit!: (exit: ExitStatus) => void;
  const exited = new Promise<ExitStatus>((resolve) => (resolveExit = resolve));
  return { execId, pid: 0, terminal, started: false, reaped: false, exited, resolveExit };
}

/**
 * The shim's own implementation of the task API: one runc container per task, reaped by this
 * process as child subreaper. Exit statuses of inits are persisted to `<stateDir>/<id>.exit`.
 */
export class TaskSupervisor implements TaskService {
  private readonly tasks = new Map<string, Task>();
  private readonly runc: Runc;
  private readonly log: (message: string) => void;
  private reapTimer: NodeJS.Timeout | undefined;
  private readonly onSigchld = () => this.reap();
  /** berth-exec, for the builtin runc only (see exec-helper.ts); undefined: runc runs every exec. */
  private readonly execHelper: string | undefined;

  constructor(private readonly options: SupervisorOptions) {
    this.runc = new Runc(options.runtime, options.runtimeRoot, options.runtimeArgs);
    this.log = options.log ?? (() => undefined);
    this.execHelper = usesHelper(options.runtime, options.runtimeArgs ?? []) ? execHelperPath() : undefined;
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
    const logDriver = req.logDriver || 'json-file';
    const logOptions = req.logOptions ?? {};
    parseLogConfig(logDriver, logOptions);
    if (this.tasks.has(req.id)) throw alreadyExists(`task ${req.id} already exists`);
    const config = join(req.bundle, 'config.json');
    if (!(await stat(config).catch(() => undefined))?.isFile()) throw notFound(`bundle ${req.bundle}: no config.json`);
    const consolePath = req.terminal ? this.consoleSocketPath() : undefined;
    const began = performance.now();
    let runtimeMs = 0;

    const record: TaskRecord = {
      id: req.id,
      bundle: req.bundle,
      createdRootfsDir: false,
      terminal: req.terminal,
      logPath: req.logPath,
      logDriver,
      logOptions,
      ioSocket: req.ioSocket,
    };
    const task: Task = { record, init: newProc('', req.terminal), execs: new Map() };
    this.tasks.set(req.id, task);
    const undo: (() => Promise<void> | void)[] = [];
    try {
      // The record comes first, naming what create is about to make, so a successor of a shim
      // that dies mid-create can undo it (see adoptOne).
      const target = join(req.bundle, 'rootfs');
      if (req.rootfs.length > 0) {
        record.mountedRootfs = target;
        record.createdRootfsDir = !existsSync(target);
      }
      const recordFile = this.file(req.id, 'task.json');
      undo.push(() => rm(recordFile, { force: true }));
      await writeFileAtomic(recordFile, JSON.stringify(record) + '\n', RUNTIME_STATE);
      if (req.rootfs.length > 0) {
        if (record.createdRootfsDir) {
          await mkdir(target);
          undo.push(() => rmdir(target));
        }
        mountAll(req.rootfs, target);
        undo.push(() => unmountAll(target));
      }

      const io = new IoHub(req.logPath ? createLogWriter(req.logPath, logDriver, logOptions) : undefined);
      task.init.io = io;
      undo.push(() => io.close());
      if (req.ioSocket) await io.listen(req.ioSocket);

      const pidFile = this.file(req.id, 'pid');
      undo.push(() => rm(pidFile, { force: true }));
      undo.push(() => this.runc.delete(req.id).catch(() => undefined));
      await this.withStdio(req.id, req.stdin, consolePath, io, task.init, async (stdio) => {
        const runcBegan = performance.now();
        await this.runc.create(req.id, req.bundle, pidFile, this.file(req.id, 'runc.log'), stdio, consolePath);
        runtimeMs = performance.now() - runcBegan;
      });
      task.init.pid = Number.parseInt(await readFile(pidFile, 'utf8'), 10);
      task.cgroups = cgroupsOf(task.init.pid);
      this.log(`created ${req.id} pid ${task.init.pid} in ${(performance.now() - began).toFixed(1)} ms (runtime ${runtimeMs.toFixed(1)} ms)`);
      return { pid: task.init.pid };
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

  /**
   * Runs `launch` (runc create or exec) with the process's stdio: pipes, or a console socket whose
   * pty master is connected to `io` afterwards.
   */
  private async withStdio(name: string, stdin: boolean, consolePath: string | undefined, io: IoHub, proc: Proc, launch: (stdio: RuncStdio) => Promise<void>): Promise<void> {
    if (consolePath) {
      const receiver = FdReceiver.listen(consolePath);
      try {
        await launch(['ignore', 'ignore', 'ignore']);
        proc.pty = new Terminal(receiver.receive());
        io.connect(proc.pty);
      } finally {
        receiver.close();
      }
      return;
    }
    const stdio = ContainerStdio.open(this.options.stateDir, name, stdin);
    io.connect(stdio);
    try {
      await launch(stdio.containerFds);
    } finally {
      stdio.closeContainerEnds();
    }
  }

  async start(id: string, execId?: string): Promise<{ pid: number }> {
    const task = this.get(id);
    if (!execId) {
      const { init } = task;
      if (init.started || init.starting) throw failedPrecondition(`task ${id} was already started`);
      init.starting = true;
      const began = performance.now();
      try {
        const how = await this.runc.start(id, () => isAlive(init));
        this.log(`started ${id} (${how}) in ${(performance.now() - began).toFixed(1)} ms`);
      } finally {
        init.starting = false;
      }
      init.started = true;
      return { pid: init.pid };
    }
    const proc = this.execOf(task, execId);
    if (proc.started || proc.exit) throw failedPrecondition(`exec ${execId} of task ${id} was already started`);
    if (task.init.reaped) throw failedPrecondition(`task ${id} is not running`);
    const spec = proc.spec!;
    const name = `${id}.${execId}`;
    const processFile = this.file(name, 'process.json');
    const pidFile = this.file(name, 'pid');
    // Only runc's way leaves files (berth-exec's none): removing them is then a start's last step.
    let viaRunc = false;
    try {
      const config = await (task.config ??= readFile(join(task.record.bundle, 'config.json'), 'utf8').then((text) => JSON.parse(text) as BundleConfig));
      const ociProcess = this.execProcess(config, spec);
      const consolePath = spec.terminal ? this.consoleSocketPath() : undefined;
      let helperPid: number | undefined;
      await this.withStdio(name, spec.stdin, consolePath, proc.io!, proc, async (stdio) => {
        helperPid = await this.execByHelper(task, config, ociProcess, spec, stdio, consolePath);
        if (helperPid !== undefined) return;
        viaRunc = true;
        await writeFile(processFile, JSON.stringify(ociProcess));
        await this.runc.exec(id, processFile, pidFile, this.file(name, 'runc.log'), stdio, consolePath);
      });
      proc.pid = helperPid ?? Number.parseInt(await readFile(pidFile, 'utf8'), 10);
      proc.started = true;
      this.log(`started exec ${execId} of ${id} pid ${proc.pid} (${helperPid !== undefined ? 'berth-exec' : 'runc'})`);
      // It may already have exited and been missed by a SIGCHLD that came before its pid was known.
      this.reap();
      return { pid: proc.pid };
    } catch (err) {
      // Settled, so that waiters return and the exec can only be deleted (never started twice).
      const exit = { exitStatus: 255, exitedAt: new Date(), reason: 'exec process failed to start' };
      proc.exit = exit;
      proc.resolveExit(exit);
      throw err;
    } finally {
      if (viaRunc) {
        await rm(processFile, { force: true });
        await rm(pidFile, { force: true });
      }
    }
  }

  /** A short console socket path (ids can be long, and sun_path is not). */
  private consoleSocketPath(): string {
    const path = join(this.options.stateDir, `c-${randomBytes(6).toString('hex')}.sock`);
    if (Buffer.byteLength(path) > MAX_SOCKET_PATH) throw invalidArgument(`state dir too long for a console socket: ${this.options.stateDir}`);
    return path;
  }

  /**
   * Starts an exec process through berth-exec; undefined when it is runc's to start. The helper
   * stands in for the builtin runc only; `exec --privileged` (its own capability sets, rare) and a
   * paused task (the helper briefly stops the init to copy its seccomp filter, which a frozen init
   * never does) stay with runc, as does whatever `helperPlan` or the helper itself declines.
   */
  private async execByHelper(task: Task, config: BundleConfig, ociProcess: OciProcess, spec: ExecProcessRequest, stdio: RuncStdio, consoleSocket: string | undefined): Promise<number | undefined> {
    if (!this.execHelper || spec.capabilities?.length || task.paused) return undefined;
    const id = task.record.id;
    const cache = (task.execHelper ??= { seccompFile: this.file(id, 'seccomp') });
    cache.cgroups ??= await runcCgroupDirs(join(this.options.runtimeRoot, id));
    const plan = helperPlan({ id, initPid: task.init.pid, process: ociProcess, config, cache, runtimeStateDir: join(this.options.runtimeRoot, id), consoleSocket });
    if ('runc' in plan) {
      this.log(`exec in ${id} through runc: ${plan.runc}`);
      return undefined;
    }
    const pid = await runExecHelper(this.execHelper, id, plan.args, stdio);
    if (pid === undefined) this.log(`exec in ${id} through runc: berth-exec declined`);
    return pid;
  }

  /** The exec's OCI process: the container's own process (capabilities, rlimits, ...) with the exec's overrides. */
  private execProcess(config: BundleConfig, spec: ExecProcessRequest): OciProcess {
    const base: Partial<OciProcess> = config.process ?? {};
    return {
      ...base,
      terminal: spec.terminal,
      args: spec.args,
      env: spec.env && spec.env.length > 0 ? spec.env : (base.env ?? []),
      cwd: spec.cwd || (base.cwd ?? '/'),
      user: spec.user ? { uid: spec.user.uid, gid: spec.user.gid, additionalGids: spec.user.additionalGids ?? [] } : base.user,
      consoleSize: undefined,
      // As dockerd's privileged exec: these three sets, nothing inherited or ambient.
      ...(spec.capabilities?.length ? { capabilities: { bounding: spec.capabilities, permitted: spec.capabilities, effective: spec.capabilities } } : {}),
    };
  }

  async exec(id: string, execId: string, req: ExecProcessRequest): Promise<void> {
    await this.addExec(id, execId, req, false);
  }

  async execStart(id: string, execId: string, req: ExecProcessRequest): Promise<{ pid: number; exited?: ExitStatus }> {
    await this.addExec(id, execId, req, true);
    try {
      const { pid } = await this.start(id, execId);
      // A short command is often reaped by now (start reaps once it knows the pid): say so, and
      // spare the caller a wait (its output still drains through the io socket it reads).
      const { reapedWith } = this.execOf(this.get(id), execId);
      return reapedWith ? { pid, exited: reapedWith } : { pid };
    } catch (err) {
      // `start` settled its waiters; nothing of it may stay behind (the caller never saw the exec).
      await this.delete(id, execId).catch((e: unknown) => this.log(`exec ${execId} of ${id}: cleanup: ${messageOf(e)}`));
      throw err;
    }
  }

  /** Registers an exec process and serves its io socket; `holdOutput`: see IoHub's `holdForClient`. */
  private async addExec(id: string, execId: string, req: ExecProcessRequest, holdOutput: boolean): Promise<void> {
    const task = this.get(id);
    if (!ID.test(execId)) throw invalidArgument(`invalid exec id ${JSON.stringify(execId)}`);
    if (task.execs.has(execId)) throw alreadyExists(`exec ${execId} already exists in task ${id}`);
    if (req.args.length === 0) throw invalidArgument('exec needs a command');
    if (req.cwd && !isAbsolute(req.cwd)) throw invalidArgument(`exec working directory must be absolute: ${req.cwd}`);
    validateSocket(req.ioSocket);
    if (task.init.reaped || !task.init.started) throw failedPrecondition(`task ${id} is not running`);
    const proc = newProc(execId, req.terminal);
    proc.spec = { ...req };
    proc.io = new IoHub(undefined, holdOutput);
    proc.exitBeforeDrain = holdOutput;
    task.execs.set(execId, proc);
    try {
      if (req.ioSocket) await proc.io.listen(req.ioSocket);
    } catch (err) {
      task.execs.delete(execId);
      await proc.io.close();
      throw wrap(err, `exec ${execId} in task ${id}`);
    }
  }

  async kill(id: string, signal: number, all = false, execId?: string): Promise<void> {
    const task = this.get(id);
    if (execId) {
      const proc = this.execOf(task, execId);
      if (!proc.started || proc.reaped) throw failedPrecondition(`exec ${execId} of task ${id} is not running`);
      process.kill(proc.pid, signal);
      return;
    }
    if (task.init.reaped) throw failedPrecondition(`task ${id} is not running`);
    const { init } = task;
    // What `runc kill` does, minus a runc process (~10 ms, most of a `stop`, and of each container
    // of an `rm -f`): the init is our child until we reap it (we are its subreaper), so its pid
    // cannot be reused. SIGKILL to the init of a PID namespace makes the kernel kill every other
    // process in it, which is what --all asks for.
    if (init.started && !init.adoptedStartTime && !task.paused && (!all || (signal === SIGKILL && (await this.ownsPidNamespace(task))))) {
      process.kill(init.pid, signal);
      return;
    }
    await this.runc.kill(id, signal, all);
  }

  /** Whether the task's init heads a PID namespace of its own (not the host's, nor one it joined). */
  private ownsPidNamespace(task: Task): Promise<boolean> {
    return (task.ownPidNamespace ??= this.readOwnsPidNamespace(task));
  }

  private async readOwnsPidNamespace(task: Task): Promise<boolean> {
    try {
      const config = JSON.parse(await readFile(join(task.record.bundle, 'config.json'), 'utf8')) as { linux?: { namespaces?: { type: string; path?: string }[] } };
      return !!config.linux?.namespaces?.some((ns) => ns.type === 'pid' && !ns.path);
    } catch {
      return false;
    }
  }

  wait(id: string, execId?: string): Promise<ExitStatus> {
    const task = this.get(id);
    return execId ? this.execOf(task, execId).exited : task.init.exited;
  }

  async delete(id: string, execId?: string): Promise<ExitStatus & { pid: number }> {
    const task = this.get(id);
    if (execId) {
      const proc = this.execOf(task, execId);
      if (proc.started && !proc.reaped) throw failedPrecondition(`exec ${execId} of task ${id} is running: kill it before deleting`);
      const exit = proc.exit ?? neverStarted(proc);
      await proc.io?.close();
      task.execs.delete(execId);
      return { pid: proc.pid, ...exit };
    }
    if (!task.init.reaped) {
      const status = await this.runtimeStatus(task);
      if (status === 'running' || status === 'paused') throw failedPrecondition(`task ${id} is ${status}: kill it before deleting`);
    }
    // An init that heads its own PID namespace and was reaped took every other process with it:
    // its cgroups and runtime state can go without a runc process. Otherwise (and for a task that
    // never started, whose waiting init runc kills; the reaper then records its exit) runc deletes.
    const removed = task.init.reaped && (await this.ownsPidNamespace(task)) && (await this.runc.deleteStopped(id));
    if (!removed) {
      await this.runc.delete(id).catch((err: unknown) => {
        if (!isNotFound(err)) throw err;
      });
    }
    const exit = await task.init.exited;
    await this.cleanup(task);
    this.tasks.delete(id);
    this.log(`deleted ${id}`);
    return { pid: task.init.pid, ...exit };
  }

  async state(id: string, execId?: string): Promise<TaskState> {
    const task = this.get(id);
    if (execId) {
      const proc = this.execOf(task, execId);
      const base = { id, execId, pid: proc.pid, terminal: proc.terminal };
      if (proc.exit) return { ...base, status: 'stopped', ...proc.exit };
      return { ...base, status: proc.started ? 'running' : 'created', exitStatus: 0 };
    }
    const base = { id, pid: task.init.pid, terminal: task.init.terminal };
    if (task.init.exit) return { ...base, status: 'stopped', ...task.init.exit };
    const status = await this.runtimeStatus(task);
    if (status === 'stopped') return { ...base, status, ...(await task.init.exited) };
    return { ...base, status, exitStatus: 0 };
  }

  async pids(id: string): Promise<number[]> {
    const task = this.get(id);
    if (task.init.reaped) return [];
    return this.runc.ps(id);
  }

  async resizePty(id: string, execId: string | undefined, width: number, height: number): Promise<void> {
    const task = this.get(id);
    const proc = execId ? this.execOf(task, execId) : task.init;
    if (!proc.terminal) throw failedPrecondition(`${describeProc(id, execId)} has no terminal`);
    if (!proc.pty) throw failedPrecondition(`${describeProc(id, execId)} has not started`);
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0 || width > 65535 || height > 65535) {
      throw invalidArgument(`invalid terminal size ${width}x${height}`);
    }
    proc.pty.resize(width, height);
  }

  async closeIo(id: string, execId?: string): Promise<void> {
    const task = this.get(id);
    const proc = execId ? this.execOf(task, execId) : task.init;
    proc.io?.closeInput();
  }

  async pause(id: string): Promise<void> {
    const task = this.get(id);
    if (task.init.reaped) throw failedPrecondition(`task ${id} is not running`);
    task.paused = true;
    try {
      await this.runc.pause(id);
    } catch (err) {
      task.paused = false;
      throw err;
    }
  }

  async resume(id: string): Promise<void> {
    const task = this.get(id);
    if (task.init.reaped) throw failedPrecondition(`task ${id} is not running`);
    await this.runc.resume(id);
    task.paused = false;
  }

  async update(id: string, resources: Resources): Promise<void> {
    const task = this.get(id);
    if (task.init.reaped) throw failedPrecondition(`task ${id} is not running`);
    await this.runc.update(id, linuxResources(resources));
  }

  async stats(id: string): Promise<TaskStats> {
    const task = this.get(id);
    if (task.init.reaped) throw failedPrecondition(`task ${id} is not running`);
    if (!task.cgroups) throw failedPrecondition(`task ${id}: its cgroups are unknown`);
    return readStats(task.cgroups);
  }

  /** Kills and deletes every task. The caller (the shim's main) then exits the process. */
  async shutdown(): Promise<void> {
    await Promise.all(
      [...this.tasks.values()].map(async (task) => {
        const id = task.record.id;
        if (!task.init.reaped) {
          await this.runc.kill(id, 9, true).catch(() => undefined);
          // delete refuses a task that still runs: let the kill land and the reaper record it.
          await withTimeout(task.init.exited, KILL_GRACE_MS);
        }
        for (const execId of task.execs.keys()) await this.delete(id, execId).catch(() => undefined);
        await this.delete(id).catch((err: unknown) => this.log(`shutdown: delete ${id}: ${messageOf(err)}`));
      }),
    );
    this.stopReaping();
  }

  /**
   * Re-adopts the tasks a predecessor shim (same state dir) left behind: stopped ones from their
   * exit records; live ones from runc's state. A live container's init is not our child (it was
   * re-parented when the old shim died), so its exit is detected by polling /proc and reported as
   * 255 with reason UNKNOWN_EXIT_REASON. Its output pipes are re-opened when they still exist.
   */
  async adopt(): Promise<string[]> {
    const adopted: string[] = [];
    const files = existsSync(this.options.stateDir) ? readdirSync(this.options.stateDir) : [];
    // Transient files of calls in flight when the predecessor died.
    for (const name of files.filter((f) => /^c-[0-9a-f]{12}\.sock$/.test(f) || f.endsWith('.process.json'))) {
      await rm(join(this.options.stateDir, name), { force: true });
    }
    for (const name of files.filter((f) => f.endsWith('.task.json'))) {
      try {
        const id = await this.adoptOne(join(this.options.stateDir, name));
        if (id) adopted.push(id);
      } catch (err) {
        // One unreadable record must not keep the shim from serving the others.
        this.log(`adopt ${name}: ${messageOf(err)}`);
      }
    }
    return adopted;
  }

  /** A predecessor died inside `create`: remove whatever of the task it had made. */
  private async undoAbandonedCreate(record: TaskRecord): Promise<void> {
    this.log(`adopt ${record.id}: create never finished; undoing it`);
    await this.runc.delete(record.id).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
    });
    await this.cleanup({ record, init: newProc('', record.terminal), execs: new Map() });
    if (record.ioSocket) await rm(record.ioSocket, { force: true });
  }

  /** Takes over one task from its record; returns its id, or undefined when it is already known. */
  private async adoptOne(recordFile: string): Promise<string | undefined> {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as TaskRecord;
    if (this.tasks.has(record.id)) return undefined;
    const task: Task = { record, init: newProc('', record.terminal), execs: new Map() };
    task.init.started = true;
    task.init.pid = Number.parseInt(readIfExists(this.file(record.id, 'pid')).trim() || '0', 10) || 0;
    if (task.init.pid <= 0) {
      await this.undoAbandonedCreate(record);
      return undefined;
    }
    this.tasks.set(record.id, task);
    const exitFile = this.file(record.id, 'exit');
    if (existsSync(exitFile)) {
      const saved = JSON.parse(readFileSync(exitFile, 'utf8')) as { exitStatus: number; exitedAt: string; oomKilled?: boolean; reason?: string };
      const exit: ExitStatus = { exitStatus: saved.exitStatus, exitedAt: new Date(saved.exitedAt), ...(saved.oomKilled ? { oomKilled: true } : {}), ...(saved.reason ? { reason: saved.reason } : {}) };
      task.init.reaped = true;
      task.init.exit = exit;
      task.init.resolveExit(exit);
      return record.id;
    }
    // runc compares the pid's start time with the one it recorded, so a reused pid reads as stopped.
    const status = await this.runtimeStatus(task).catch(() => 'unknown' as const);
    const startTime = status === 'stopped' || status === 'unknown' ? undefined : processStartTime(task.init.pid);
    if (!startTime) {
      task.init.reaped = true;
      void this.recordExit(task, task.init, { exitStatus: 255, exitedAt: new Date(), reason: UNKNOWN_EXIT_REASON });
      return record.id;
    }
    task.init.adoptedStartTime = startTime;
    // The predecessor may have died between create and start: that task can still be started.
    task.init.started = status !== 'created';
    task.cgroups = cgroupsOf(task.init.pid);
    const io = new IoHub(record.logPath ? createLogWriter(record.logPath, record.logDriver, record.logOptions) : undefined);
    const pipes = record.terminal ? undefined : ContainerStdio.reopen(task.init.pid);
    if (pipes) io.connect(pipes);
    task.init.io = io;
    if (record.ioSocket) {
      await rm(record.ioSocket, { force: true });
      await io.listen(record.ioSocket).catch((err: unknown) => this.log(`adopt ${record.id}: io socket: ${messageOf(err)}`));
    }
    this.log(`adopted ${record.id} pid ${task.init.pid}`);
    return record.id;
  }

  private get(id: string): Task {
    const task = this.tasks.get(id);
    if (!task || task.init.pid === 0) throw notFound(`no such task: ${id}`);
    return task;
  }

  private execOf(task: Task, execId: string): Proc {
    const proc = task.execs.get(execId);
    if (!proc) throw notFound(`no such exec ${execId} in task ${task.record.id}`);
    return proc;
  }

  private file(id: string, suffix: string): string {
    return join(this.options.stateDir, `${id}.${suffix}`);
  }

  private async runtimeStatus(task: Task): Promise<TaskStatus> {
    try {
      const { status } = await this.runc.state(task.record.id);
      if (status === 'creating') return 'created';
      if (status === 'pausing') return 'running';
      return status;
    } catch (err) {
      if (isNotFound(err)) return task.init.reaped ? 'stopped' : 'unknown';
      throw err;
    }
  }

  /** Collects the exit of every supervised process that has ended; only ever waits for those pids. */
  private reap(): void {
    for (const task of this.tasks.values()) {
      for (const proc of [task.init, ...task.execs.values()]) {
        if (proc.pid === 0 || proc.reaped) continue;
        let exit: ExitStatus;
        if (proc.adoptedStartTime) {
          if (processStartTime(proc.pid) === proc.adoptedStartTime) continue;
          exit = { exitStatus: 255, exitedAt: new Date(), reason: UNKNOWN_EXIT_REASON };
        } else {
          try {
            const result = waitPid(proc.pid);
            if (!result) continue;
            exit = { exitStatus: result.exitCode, exitedAt: new Date() };
          } catch (err) {
            // Not our child any more: someone else reaped it and its status is lost.
            this.log(`reap ${task.record.id}: ${messageOf(err)}`);
            exit = { exitStatus: 255, exitedAt: new Date(), reason: 'exit status unknown: reaped elsewhere' };
          }
        }
        proc.reaped = true;
        proc.reapedWith = exit;
        if (proc === task.init && task.cgroups && oomKills(task.cgroups) > 0) exit.oomKilled = true;
        void this.recordExit(task, proc, exit);
      }
    }
  }

  private async recordExit(task: Task, proc: Proc, exit: ExitStatus): Promise<void> {
    this.log(`${describeProc(task.record.id, proc.execId)} exited with ${exit.exitStatus}${exit.oomKilled ? ' (OOM killed)' : ''}`);
    if (proc.io?.connected && !proc.exitBeforeDrain) await withTimeout(proc.io.drained, DRAIN_GRACE_MS);
    if (proc === task.init) {
      const record = { pid: proc.pid, exitStatus: exit.exitStatus, exitedAt: exit.exitedAt.toISOString(), ...(exit.oomKilled ? { oomKilled: true } : {}), ...(exit.reason ? { reason: exit.reason } : {}) };
      await writeFileAtomic(this.file(task.record.id, 'exit'), JSON.stringify(record) + '\n', RUNTIME_STATE).catch((err: unknown) =>
        this.log(`persist exit of ${task.record.id}: ${messageOf(err)}`),
      );
    }
    proc.exit = exit;
    proc.resolveExit(exit);
  }

  private async cleanup(task: Task): Promise<void> {
    // Exec processes die with the init (the pid namespace ends); their io sockets go with the task.
    for (const proc of task.execs.values()) {
      if (!proc.exit) neverStarted(proc);
      await proc.io?.close();
    }
    task.execs.clear();
    await task.init.io?.close();
    const { record } = task;
    if (record.mountedRootfs) unmountAll(record.mountedRootfs);
    if (record.createdRootfsDir) await rmdir(join(record.bundle, 'rootfs')).catch(() => undefined);
    for (const suffix of ['pid', 'exit', 'runc.log', 'task.json']) await rm(this.file(record.id, suffix), { force: true });
    await clearHelperCache(task.execHelper);
  }
}

/** Settles the waiters of an exec process removed before it ran. */
function neverStarted(proc: Proc): ExitStatus {
  const exit = { exitStatus: 255, exitedAt: new Date(), reason: 'exec process never started' };
  proc.exit = exit;
  proc.resolveExit(exit);
  return exit;
}

function readIfExists(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return '';
    throw err;
  }
}

function describeProc(id: string, execId: string | undefined): string {
  return execId ? `exec ${execId} of task ${id}` : `task ${id}`;
}

function cgroupsOf(pid: number): CgroupPaths | undefined {
  try {
    return cgroupPathsOf(pid);
  } catch {
    return undefined;
  }
}

/** Whether a process still runs: not reaped, not a zombie, and (adopted) not a reused pid. */
function isAlive(proc: Proc): boolean {
  if (proc.reaped) return false;
  const startTime = processStartTime(proc.pid);
  return startTime !== undefined && (!proc.adoptedStartTime || startTime === proc.adoptedStartTime);
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks), or undefined for a gone or zombie process. */
function processStartTime(pid: number): string | undefined {
  if (pid <= 0) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

/** The OCI LinuxResources `runc update --resources` reads. */
function linuxResources(r: Resources): object {
  const positive = (name: string, value: number | undefined) => {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw invalidArgument(`invalid ${name}: ${value}`);
    return value || undefined;
  };
  const unlimitable = (name: string, value: number | undefined) => {
    if (value !== undefined && (!Number.isInteger(value) || value < -1)) throw invalidArgument(`invalid ${name}: ${value}`);
    return value || undefined;
  };
  const memory = { limit: positive('memory limit', r.memoryLimit), swap: unlimitable('memory swap', r.memorySwap) };
  const cpu = {
    shares: positive('cpu shares', r.cpuShares),
    quota: unlimitable('cpu quota', r.cpuQuota),
    period: positive('cpu period', r.cpuPeriod),
    cpus: r.cpusetCpus || undefined,
    mems: r.cpusetMems || undefined,
  };
  const pidsLimit = unlimitable('pids limit', r.pidsLimit);
  const weight = positive('blkio weight', r.blkioWeight);
  if (weight !== undefined && (weight < 10 || weight > 1000)) throw invalidArgument(`invalid blkio weight ${weight}: range is 10 to 1000`);
  return { memory, cpu, ...(pidsLimit !== undefined ? { pids: { limit: pidsLimit } } : {}), ...(weight !== undefined ? { blockIO: { weight } } : {}) };
}

function validateSocket(path: string): void {
  if (!path) return;
  if (!isAbsolute(path)) throw invalidArgument(`io socket path must be absolute: ${path}`);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) throw invalidArgument(`io socket path longer than ${MAX_SOCKET_PATH} bytes: ${path}`);
}

function validate(req: CreateTaskRequest): void {
  if (!ID.test(req.id)) throw invalidArgument(`invalid task id ${JSON.stringify(req.id)}`);
  if (!isAbsolute(req.bundle)) throw invalidArgument(`bundle path must be absolute: ${JSON.stringify(req.bundle)}`);
  if (req.logPath && !isAbsolute(req.logPath)) throw invalidArgument(`log path must be absolute: ${req.logPath}`);
  validateSocket(req.ioSocket);
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
