import { spawn, type StdioOptions } from 'node:child_process';
import { readFile, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { failedPrecondition, internal, notFound } from '@berth/errdefs';
import { execFifoPath, isExecFifo, releaseInit } from './exec-fifo';

/** How long `start` waits for a live init that does not take its exec fifo's handshake. */
const START_TIMEOUT_MS = 10_000;

/** The stdio handed to runc (and so to the container in pass-through mode): stdin, stdout, stderr. */
export type RuncStdio = [number | 'ignore', number | 'ignore', number | 'ignore'];

/** runc's view of a container (`runc state`). */
export interface RuncState {
  status: 'creating' | 'created' | 'running' | 'pausing' | 'paused' | 'stopped';
  pid: number;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The OCI runtime command line, always under its own `--root` so berth never touches the host's
 * default runc state (/run/runc). Failures carry runc's own message.
 */
export class Runc {
  constructor(
    readonly binary: string,
    readonly root: string,
    /** The runtime's `runtimeArgs` (daemon.json `runtimes`): global options before every command. */
    readonly globalArgs: readonly string[] = [],
  ) {}

  /**
   * `runc create`: the container's stdio are the given fds (non-terminal pass-through mode).
   * runc's error log goes to `logFile` so that it never mixes with the container's stderr.
   */
  async create(id: string, bundle: string, pidFile: string, logFile: string, stdio: RuncStdio, consoleSocket?: string): Promise<void> {
    const console = consoleSocket ? ['--console-socket', consoleSocket] : [];
    const result = await this.run(['--log', logFile, '--log-format', 'json', 'create', '--bundle', bundle, '--pid-file', pidFile, ...console, id], stdio);
    if (result.code !== 0) throw internal(`runc create ${id}: ${await runcError(logFile, result)}`);
  }

  /**
   * `runc exec --detach`: runs `processFile` (an OCI process JSON) in container `id`; the process
   * is re-parented to us (child subreaper) once runc exits. Its stdio are the given fds.
   */
  async exec(id: string, processFile: string, pidFile: string, logFile: string, stdio: RuncStdio, consoleSocket?: string): Promise<void> {
    const console = consoleSocket ? ['--console-socket', consoleSocket] : [];
    const result = await this.run(['--log', logFile, '--log-format', 'json', 'exec', '--detach', '--process', processFile, '--pid-file', pidFile, ...console, id], stdio);
    if (result.code !== 0) throw internal(`runc exec ${id}: ${await runcError(logFile, result)}`);
    await rm(logFile, { force: true });
  }

  async pause(id: string): Promise<void> {
    await this.check(['pause', id]);
  }

  async resume(id: string): Promise<void> {
    await this.check(['resume', id]);
  }

  /** `runc update --resources -`: `resources` is an OCI LinuxResources object. */
  async update(id: string, resources: object): Promise<void> {
    await this.check(['update', '--resources', '-', id], JSON.stringify(resources));
  }

  /**
   * Starts created container `id`, and says how. Where the runtime keeps runc's exec fifo
   * (`<root>/<id>/exec.fifo`), the shim performs runc's start handshake itself (see exec-fifo.ts):
   * no `runc start` process. Otherwise (another runtime, another layout) it runs `runc start`.
   * `initAlive` tells whether the container's init still lives, so a dead one fails the start.
   */
  async start(id: string, initAlive: () => boolean): Promise<'exec-fifo' | 'runtime'> {
    const fifo = execFifoPath(this.root, id);
    if (isExecFifo(fifo)) {
      await releaseInit(id, fifo, { initAlive, timeoutMs: START_TIMEOUT_MS });
      return 'exec-fifo';
    }
    await this.check(['start', id]);
    return 'runtime';
  }

  async kill(id: string, signal: number, all: boolean): Promise<void> {
    await this.check(['kill', ...(all ? ['--all'] : []), id, String(signal)]);
  }

  async delete(id: string): Promise<void> {
    await this.check(['delete', '--force', id]);
  }

  /**
   * What `runc delete` does for a container none of whose processes is left, without a runc
   * process (~8 ms of every exit): its cgroups and its state directory go. False when that is not
   * certain (no readable state, a cgroup still busy with a process on its way out); the caller
   * then runs `delete`, which finds what is left.
   */
  async deleteStopped(id: string): Promise<boolean> {
    const dir = join(this.root, id);
    let paths: string[];
    try {
      const state = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as { cgroup_paths?: Record<string, string> };
      // Co-mounted controllers (cpu,cpuacct) share a directory.
      paths = [...new Set(Object.values(state.cgroup_paths ?? {}))];
    } catch {
      return false;
    }
    // Not runc's state layout (another runtime): only that runtime knows what to remove.
    if (paths.length === 0) return false;
    for (const path of paths) {
      try {
        await rmdir(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return false;
      }
    }
    await rm(dir, { recursive: true, force: true });
    return true;
  }

  /** NotFound when runc has no such container. */
  async state(id: string): Promise<RuncState> {
    return JSON.parse(await this.check(['state', id])) as RuncState;
  }

  /** Pids of every process in the container. */
  async ps(id: string): Promise<number[]> {
    return (JSON.parse(await this.check(['ps', '--format', 'json', id])) as number[] | null) ?? [];
  }

  private async check(args: string[], input?: string): Promise<string> {
    const result = await this.run(args, [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], input);
    if (result.code === 0) return result.stdout;
    const message = `runc ${args.join(' ')}: ${describe(result)}`;
    if (/does not exist|not found/i.test(result.stderr)) throw notFound(message);
    if (/not running|stopped container|container is stopped|process already finished/i.test(result.stderr)) throw failedPrecondition(message);
    throw internal(message);
  }

  private run(args: string[], stdio: StdioOptions, input?: string): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, [...this.globalArgs, '--root', this.root, ...args], { stdio });
      if (input !== undefined) child.stdin?.end(input);
      let stdout = '';
      let stderr = '';
      child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
  }
}

function describe(result: RunResult): string {
  const text = result.stderr.trim() || result.stdout.trim();
  const how = result.signal ? `killed by ${result.signal}` : `exit status ${result.code}`;
  return text ? text : how;
}

/** The error lines runc wrote to its json log, else whatever it printed. */
async function runcError(logFile: string, result: RunResult): Promise<string> {
  const log = await readFile(logFile, 'utf8').catch(() => '');
  await rm(logFile, { force: true });
  const errors = log
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { level?: string; msg?: string };
        return entry.level === 'error' || entry.level === 'fatal' ? [entry.msg ?? ''] : [];
      } catch {
        return [line];
      }
    });
  return errors.length > 0 ? errors.join('; ') : describe(result);
}
