import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { internal, isUnavailable, unavailable } from '@berth/errdefs';
import { dialUnix, ShimV1TaskService, type ServiceClient } from '@berth/proto';
import type { CreateTaskRequest, ExecProcessRequest, ExitStatus, Resources, TaskService, TaskState, TaskStats } from './types';
import { exitedAtFromWire, exitFromWire, statsFromWire, statusFromWire } from './wire';

type TaskRpc = ServiceClient<typeof ShimV1TaskService>;

/** The engine's handle on one shim: the task API over the shim's unix socket. */
export class ShimClient implements TaskService {
  private closed = false;

  private constructor(
    private readonly rpc: TaskRpc,
    /** The shim's socket path. */
    readonly address: string,
    /** The shim process's pid. */
    readonly shimPid: number,
    readonly version: string,
  ) {}

  /** Connects to a running shim; Unavailable when nothing serves `address`. */
  static async connect(address: string): Promise<ShimClient> {
    const rpc = dialUnix(address, ShimV1TaskService);
    try {
      const { shimPid, version } = await rpc.connect({}, { timeoutMs: 5000 });
      return new ShimClient(rpc, address, shimPid, version);
    } catch (err) {
      rpc.close();
      throw err;
    }
  }

  /** Releases the connection; the shim and its tasks keep running. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.rpc.close();
  }

  async create(req: CreateTaskRequest): Promise<{ pid: number }> {
    const { pid } = await this.rpc.create(req);
    return { pid };
  }

  async start(id: string, execId = ''): Promise<{ pid: number }> {
    const { pid } = await this.rpc.start({ id, execId });
    return { pid };
  }

  async kill(id: string, signal: number, all = false, execId = ''): Promise<void> {
    await this.rpc.kill({ id, signal, all, execId });
  }

  async wait(id: string, execId = ''): Promise<ExitStatus> {
    return exitFromWire(await this.rpc.wait({ id, execId }));
  }

  async delete(id: string, execId = ''): Promise<ExitStatus & { pid: number }> {
    const res = await this.rpc.delete({ id, execId });
    return { pid: res.pid, ...exitFromWire(res) };
  }

  async state(id: string, execId = ''): Promise<TaskState> {
    const res = await this.rpc.state({ id, execId });
    const exitedAt = exitedAtFromWire(res.exitedAt);
    return {
      id: res.id,
      ...(res.execId ? { execId: res.execId } : {}),
      pid: res.pid,
      status: statusFromWire(res.status),
      exitStatus: res.exitStatus,
      ...(exitedAt ? { exitedAt } : {}),
      ...(res.oomKilled ? { oomKilled: true } : {}),
      ...(res.reason ? { reason: res.reason } : {}),
      terminal: res.terminal,
    };
  }

  async exec(id: string, execId: string, req: ExecProcessRequest): Promise<void> {
    await this.rpc.exec(execToWire(id, execId, req));
  }

  /** NotImplemented from a shim older than this RPC (it outlived an engine upgrade): use exec + start. */
  async execStart(id: string, execId: string, req: ExecProcessRequest): Promise<{ pid: number; exited?: ExitStatus }> {
    const res = await this.rpc.execStart(execToWire(id, execId, req));
    return res.exited ? { pid: res.pid, exited: exitFromWire(res) } : { pid: res.pid };
  }

  async resizePty(id: string, execId: string | undefined, width: number, height: number): Promise<void> {
    await this.rpc.resizePty({ id, execId: execId ?? '', width, height });
  }

  async closeIo(id: string, execId = ''): Promise<void> {
    await this.rpc.closeIO({ id, execId });
  }

  async pause(id: string): Promise<void> {
    await this.rpc.pause({ id });
  }

  async resume(id: string): Promise<void> {
    await this.rpc.resume({ id });
  }

  async update(id: string, resources: Resources): Promise<void> {
    await this.rpc.update({ id, resources });
  }

  async stats(id: string): Promise<TaskStats> {
    return statsFromWire(await this.rpc.stats({ id }));
  }

  /** Pids of every process in the task (empty once it stopped). */
  async pids(id: string): Promise<number[]> {
    return (await this.rpc.pids({ id })).pids;
  }

  /**
   * Kills and deletes the shim's remaining tasks and stops the shim; resolves once the shim
   * process is gone. The client is closed afterwards.
   */
  async shutdown(): Promise<void> {
    try {
      await this.rpc.shutdown({});
      await waitForExit(this.shimPid, 10_000);
    } finally {
      this.close();
    }
  }
}

function execToWire(id: string, execId: string, req: ExecProcessRequest) {
  return {
    id,
    execId,
    args: req.args,
    env: req.env ?? [],
    cwd: req.cwd ?? '',
    user: req.user ? { uid: req.user.uid, gid: req.user.gid, additionalGids: req.user.additionalGids ?? [] } : null,
    terminal: req.terminal,
    stdin: req.stdin,
    ioSocket: req.ioSocket,
    capabilities: req.capabilities ?? [],
  };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return;
    await sleep(20);
  }
  throw internal(`shim ${pid} still running ${timeoutMs} ms after shutdown`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie is gone for our purposes: it only waits to be reaped by its parent.
  try {
    return !/^\S+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StartShimOptions {
  /** Path of the berth-shim JS entry point (bin/berth-shim.js, or a bundle of src/main.ts). */
  binary: string;
  /** Unix socket path the shim will serve. */
  address: string;
  /** Directory for the shim's per-task state (pid and exit files, stdio fifos). */
  stateDir: string;
  /** OCI runtime binary; `runc` by default. */
  runtime?: string;
  /** Global options the shim passes the runtime before every command. */
  runtimeArgs?: string[];
  /** The runtime's `--root`: where it keeps container state. */
  runtimeRoot: string;
  /** Where the shim's own stdout/stderr go; discarded when absent. */
  logFile?: string;
  /** Log each task operation to `logFile`. */
  debug?: boolean;
  /** Flags for the shim's Node process; DEFAULT_SHIM_NODE_FLAGS when absent. */
  nodeFlags?: string[];
}

/**
 * Node flags for the shim process (measured by packages/shim/bench): a 1 MB young generation, as the
 * shim's allocations are small and short-lived, keeps a busy shim ~2 MB smaller than V8's default.
 * The old generation is left uncapped on purpose: output buffered for a slow io client lives there,
 * and a heap limit would crash the whole group of containers rather than slow one client.
 */
export const DEFAULT_SHIM_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1'];

/**
 * Starts a shim as its own session (it outlives the caller) and connects to it once it accepts.
 * Fails, and leaves no process behind, when the shim exits or does not answer within 10 s.
 */
export async function startShim(opts: StartShimOptions): Promise<{ client: ShimClient; pid: number }> {
  const args = [opts.binary, '--address', opts.address, '--state-dir', opts.stateDir, '--runtime-root', opts.runtimeRoot];
  if (opts.runtime) args.push('--runtime', opts.runtime);
  for (const arg of opts.runtimeArgs ?? []) args.push(`--runtime-arg=${arg}`);
  if (opts.debug) args.push('--debug');
  const out = opts.logFile ? openSync(opts.logFile, 'a') : 'ignore';
  let exited: string | undefined;
  const child = spawn(process.execPath, [...(opts.nodeFlags ?? DEFAULT_SHIM_NODE_FLAGS), ...args], { detached: true, stdio: ['ignore', out, out] });
  if (typeof out === 'number') closeSync(out);
  child.on('exit', (code, signal) => (exited = signal ? `killed by ${signal}` : `exit status ${code}`));
  child.on('error', (err) => (exited = err.message));
  child.unref();

  const deadline = Date.now() + 10_000;
  try {
    for (;;) {
      if (exited) throw unavailable(`berth-shim exited before serving ${opts.address} (${exited})${logTail(opts.logFile)}`);
      if (Date.now() > deadline) throw unavailable(`berth-shim did not serve ${opts.address} within 10 s${logTail(opts.logFile)}`);
      if (await accepts(opts.address)) {
        // What accepted may be a predecessor's socket on its way out: a killed shim's threads can
        // hold the listener a moment after its main thread is a zombie, then reset the connection.
        const client = await ShimClient.connect(opts.address).catch((err: unknown) => {
          if (isUnavailable(err)) return undefined;
          throw err;
        });
        if (client && client.shimPid === child.pid) return { client, pid: client.shimPid };
        // Another shim answers on this address; ours is about to fail and exit.
        client?.close();
      }
      await sleep(20);
    }
  } catch (err) {
    if (!exited) child.kill('SIGKILL');
    throw err;
  }
}

function logTail(logFile: string | undefined): string {
  if (!logFile) return '';
  try {
    const text = readFileSync(logFile, 'utf8').trim();
    return text ? `: ${text.split('\n').slice(-5).join(' | ')}` : '';
  } catch {
    return '';
  }
}

function accepts(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = netConnect(address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Connects to a task's io socket. The socket yields the task's stdout/stderr as stdcopy frames
 * (decode with `frameDecoderStream()` from @berth/proto); bytes written go to the container's
 * stdin, and `end()` closes it.
 */
export function attachIo(ioSocket: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    // Not half-open: when the shim ends the output, the socket closes fully (and emits 'close').
    const socket = netConnect({ path: ioSocket });
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', (err) => reject(unavailable(`attach ${ioSocket}: ${err.message}`, { cause: err })));
  });
}
