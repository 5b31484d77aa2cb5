import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { invalidArgument } from '@berth/errdefs';
import { ShimClient, startShim } from '@berth/shim';

/** An OCI runtime berthd knows by name (daemon.json `runtimes`, `--add-runtime`). */
export interface OciRuntime {
  path: string;
  runtimeArgs?: string[];
}

/** The runtime dockerd always has, under this name. */
export const BUILTIN_RUNTIME = 'runc';

export interface ShimPoolOptions {
  /** Path of the berth-shim JS entry. */
  binary: string;
  /** Directory for shim sockets and state (under the exec root). */
  dir: string;
  /** runc's --root. */
  runtimeRoot: string;
  runtime?: string;
  /** More runtimes by name (`runc` is always there: `runtime` above); each shim runs one of them. */
  runtimes?: Record<string, OciRuntime>;
  /** The runtime of containers that name none; `runc` when absent. */
  defaultRuntime?: string;
  /** How many containers one shim supervises; a shim crash only affects its group. */
  groupSize: number;
  /**
   * How long a shim with no task (a spare, or the last shim once its containers are gone) is kept
   * for the next container before it is shut down. Default IDLE_SHIM_GRACE_MS.
   */
  idleGraceMs?: number;
}

/**
 * A Node shim costs ~50 MB: an idle engine keeps none, but one kept a moment after the last
 * container covers a `run` right after another (and the create→start gap of a `docker run`).
 */
export const IDLE_SHIM_GRACE_MS = 2000;

/** A create not followed by a start within this long no longer counts as a coming start. */
const PENDING_START_MS = 10_000;

interface PooledShim {
  address: string;
  client: ShimClient;
  pid: number;
  /** The runtime (by name) of its tasks: a shim runs one runtime; '' once unknown (reconnected without one). */
  runtime: string;
  tasks: Set<string>;
  /** Set while the shim has no task: shuts it down when the grace runs out. */
  idleTimer?: NodeJS.Timeout;
}

/**
 * Shims grouped N containers to a process and started ahead of need, so a container start never
 * waits for a Node process to boot (ARCHITECTURE.md: shim cost is the main performance risk).
 * "Ahead of need" is when a container is created (expect()) or a group fills up, not always: shims
 * without tasks are shut down after a short grace, so an idle engine is berthd alone.
 */
export class ShimPool {
  private readonly shims = new Map<string, PooledShim>();
  private readonly reviving = new Map<string, Promise<ShimClient | undefined>>();
  private warming: Promise<PooledShim> | undefined;
  private acquiring: Promise<unknown> = Promise.resolve();
  /** When each create that expect() was told of happened, until its start acquires a shim. */
  private pendingStarts: number[] = [];

  constructor(private readonly opts: ShimPoolOptions) {}

  /** Every runtime's name (for create's `--runtime` check and `info`). */
  get runtimeNames(): string[] {
    return [...new Set([BUILTIN_RUNTIME, ...Object.keys(this.opts.runtimes ?? {})])];
  }

  get defaultRuntime(): string {
    return this.opts.defaultRuntime ?? BUILTIN_RUNTIME;
  }

  private get graceMs(): number {
    return this.opts.idleGraceMs ?? IDLE_SHIM_GRACE_MS;
  }

  /**
   * A container is about to be started (it was just created): have a shim with room ready for it,
   * so the start does not wait for one to boot. Idle shims are kept past their grace; when the
   * creates not started yet outnumber the room (20 `docker run -d` at once), a spare boots now
   * rather than when a start finds every group full.
   */
  expect(): void {
    const now = Date.now();
    this.pendingStarts = this.pendingStarts.filter((t) => now - t < PENDING_START_MS);
    this.pendingStarts.push(now);
    let room = 0;
    for (const shim of this.shims.values()) {
      room += Math.max(0, this.opts.groupSize - shim.tasks.size);
      if (shim.idleTimer) this.idle(shim);
    }
    if (this.pendingStarts.length > room) this.prewarm();
  }

  /** Start a spare shim in the background; unused, it is shut down after the idle grace. */
  prewarm(): void {
    if (this.warming) return;
    const warming = this.spawn();
    this.warming = warming;
    warming.then(
      (spare) => {
        // Handed out by acquire() or taken by takeAll() meanwhile: no longer ours to time.
        if (this.warming !== warming) return;
        spare.idleTimer = setTimeout(() => {
          if (this.warming !== warming) return;
          this.warming = undefined;
          void this.stop(spare);
        }, this.graceMs).unref();
      },
      () => {
        if (this.warming === warming) this.warming = undefined;
      },
    );
  }

  /** (Re)starts the grace of a shim that has no task. */
  private idle(shim: PooledShim): void {
    clearTimeout(shim.idleTimer);
    shim.idleTimer = setTimeout(() => {
      shim.idleTimer = undefined;
      if (shim.tasks.size > 0 || this.shims.get(shim.address) !== shim) return;
      this.shims.delete(shim.address);
      void this.stop(shim);
    }, this.graceMs).unref();
  }

  /**
   * A shim with room for one more task, which is counted against it: a shim in use with room,
   * else the spare (which joins the pool), else a new one. Acquires take turns: concurrent starts
   * (20 `docker run -d` at once) would otherwise each find no room while the first waits for the
   * spare, and each boot a shim of their own.
   */
  acquire(taskId: string, runtime = this.defaultRuntime): Promise<{ address: string; client: ShimClient }> {
    const turn = this.acquiring.then(() => this.acquireNow(taskId, runtime));
    this.acquiring = turn.catch(() => undefined);
    return turn;
  }

  private async acquireNow(taskId: string, runtime: string): Promise<{ address: string; client: ShimClient }> {
    this.pendingStarts.shift();
    await this.dropDead();
    let shim = [...this.shims.values()].find((s) => s.runtime === runtime && s.tasks.size < this.opts.groupSize);
    if (!shim) {
      // The spare runs the default runtime: a container of another runtime gets a shim of its own.
      const spare = runtime === this.defaultRuntime ? this.warming : undefined;
      if (spare) this.warming = undefined;
      shim = spare ? await spare.catch(() => undefined) : undefined;
      if (!shim || !processAlive(shim.pid)) {
        if (shim) await this.forgetDead(shim);
        shim = await this.spawn(runtime);
      }
      this.shims.set(shim.address, shim);
    }
    clearTimeout(shim.idleTimer);
    shim.idleTimer = undefined;
    shim.tasks.add(taskId);
    if (shim.tasks.size >= this.opts.groupSize && runtime === this.defaultRuntime) this.prewarm();
    return { address: shim.address, client: shim.client };
  }

  /**
   * Forgets shims whose process is gone (a spare that died unnoticed would otherwise be handed
   * out). Shims with tasks are left to their tasks' monitors, which learn it from a failed wait.
   */
  private async dropDead(): Promise<void> {
    for (const shim of [...this.shims.values()]) {
      if (shim.tasks.size === 0 && !processAlive(shim.pid)) await this.forgetDead(shim);
    }
  }

  private async forgetDead(shim: PooledShim): Promise<void> {
    clearTimeout(shim.idleTimer);
    this.shims.delete(shim.address);
    shim.client.close();
    await this.removeFiles(shim.address);
  }

  /**
   * Forget a finished task; a shim left with no tasks is shut down after the idle grace (not at
   * once: in an `rm -f` of many containers, shutting shims down would compete with the removals).
   */
  async release(address: string, taskId: string): Promise<void> {
    const shim = this.shims.get(address);
    if (!shim) return;
    shim.tasks.delete(taskId);
    if (shim.tasks.size === 0) this.idle(shim);
  }

  /**
   * Reconnects to a shim that outlived an earlier daemon and counts `taskId` against it;
   * undefined when nothing serves `address` any more (the shim died).
   */
  async reconnect(address: string, taskId: string, runtime = ''): Promise<ShimClient | undefined> {
    let shim = this.shims.get(address);
    if (!shim) {
      try {
        const client = await ShimClient.connect(address);
        shim = { address, client, pid: client.shimPid, runtime, tasks: new Set() };
        this.shims.set(address, shim);
      } catch {
        return undefined;
      }
    }
    shim.tasks.add(taskId);
    return shim.client;
  }

  /**
   * After a call to the shim at `address` failed: a fresh connection when the shim still serves
   * (the old one broke), else undefined — the shim is gone, it is forgotten and its files removed.
   * Concurrent callers (every task of the group) share one attempt.
   */
  revive(address: string): Promise<ShimClient | undefined> {
    let attempt = this.reviving.get(address);
    if (!attempt) {
      attempt = (async () => {
        const old = this.shims.get(address);
        try {
          const client = await ShimClient.connect(address);
          old?.client.close();
          if (old) old.client = client;
          else this.shims.set(address, { address, client, pid: client.shimPid, runtime: '', tasks: new Set() });
          return client;
        } catch {
          old?.client.close();
          this.shims.delete(address);
          await this.removeFiles(address);
          return undefined;
        }
      })().finally(() => this.reviving.delete(address));
      this.reviving.set(address, attempt);
    }
    return attempt;
  }

  /**
   * Live restore: lets go of every shim without stopping the ones that hold tasks (they keep
   * their containers running for the next daemon); spare shims with no task are shut down.
   */
  async detach(): Promise<void> {
    const all = await this.takeAll();
    await Promise.all(all.map((s) => (s.tasks.size === 0 ? this.stop(s) : s.client.close())));
  }

  /**
   * After a restart: shuts down every shim under the pool's directory that no task of this daemon
   * uses (a spare left by a killed daemon, or a shim whose tasks all ended), and removes the files
   * of shims that are gone. Shims this pool already holds are kept.
   */
  async sweep(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.opts.dir);
    } catch {
      return;
    }
    const known = new Set([...this.shims.keys()]);
    for (const name of names.filter((n) => n.endsWith('.sock'))) {
      const address = join(this.opts.dir, name);
      if (known.has(address)) continue;
      const client = await ShimClient.connect(address).catch(() => undefined);
      if (client) await this.stop({ address, client, pid: client.shimPid, runtime: '', tasks: new Set() });
      await this.removeFiles(address);
    }
  }

  /** Stops every shim, and so every task they hold (daemon shutdown without live restore). */
  async shutdown(): Promise<void> {
    await Promise.all((await this.takeAll()).map((s) => this.stop(s)));
  }

  /** Empties the pool: every shim it holds, plus the spare once it has started. */
  private async takeAll(): Promise<PooledShim[]> {
    const warming = this.warming;
    this.warming = undefined;
    const all = [...this.shims.values()];
    this.shims.clear();
    const spare = await warming?.catch(() => undefined);
    const taken = spare ? [...all, spare] : all;
    for (const shim of taken) clearTimeout(shim.idleTimer);
    return taken;
  }

  private async spawn(runtime = this.defaultRuntime): Promise<PooledShim> {
    const oci = this.opts.runtimes?.[runtime] ?? (runtime === BUILTIN_RUNTIME ? { path: this.opts.runtime ?? 'runc' } : undefined);
    if (!oci) throw invalidArgument(`unknown or invalid runtime name: ${runtime}`);
    await mkdir(this.opts.dir, { recursive: true, mode: 0o700 });
    const name = randomBytes(4).toString('hex');
    const address = join(this.opts.dir, `${name}.sock`);
    const { client, pid } = await startShim({
      binary: this.opts.binary,
      address,
      stateDir: join(this.opts.dir, name),
      runtime: oci.path,
      runtimeArgs: oci.runtimeArgs,
      runtimeRoot: this.opts.runtimeRoot,
      logFile: join(this.opts.dir, `${name}.log`),
    });
    return { address, client, pid, runtime, tasks: new Set() };
  }

  private async stop(shim: PooledShim): Promise<void> {
    try {
      await shim.client.shutdown();
    } catch {
      // Already gone: nothing to stop.
    }
    shim.client.close();
    await this.removeFiles(shim.address);
  }

  /** A shim's socket, state directory and log (`<name>.sock`, `<name>/`, `<name>.log`). */
  private async removeFiles(address: string): Promise<void> {
    const base = address.replace(/\.sock$/, '');
    for (const path of [address, base, `${base}.log`]) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Whether `pid` runs; a zombie (a shim that exited and that its parent has not reaped yet) does not. */
function processAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
