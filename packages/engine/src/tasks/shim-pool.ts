import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ShimClient, startShim } from '@berth/shim';

export interface ShimPoolOptions {
  /** Path of the berth-shim JS entry. */
  binary: string;
  /** Directory for shim sockets and state (under the exec root). */
  dir: string;
  /** runc's --root. */
  runtimeRoot: string;
  runtime?: string;
  /** How many containers one shim supervises; a shim crash only affects its group. */
  groupSize: number;
}

interface PooledShim {
  address: string;
  client: ShimClient;
  pid: number;
  tasks: Set<string>;
}

/**
 * Shims grouped N containers to a process and started ahead of need, so a container start never
 * waits for a Node process to boot (ARCHITECTURE.md: shim cost is the main performance risk).
 */
export class ShimPool {
  private readonly shims = new Map<string, PooledShim>();
  private warming: Promise<PooledShim> | undefined;

  constructor(private readonly opts: ShimPoolOptions) {}

  /** Start a spare shim in the background. */
  prewarm(): void {
    if (!this.warming) {
      this.warming = this.spawn();
      this.warming.catch(() => (this.warming = undefined));
    }
  }

  /** A shim with room for one more task, which is counted against it. */
  async acquire(taskId: string): Promise<{ address: string; client: ShimClient }> {
    let shim = [...this.shims.values()].find((s) => s.tasks.size < this.opts.groupSize);
    if (!shim) {
      if (!this.warming) this.prewarm();
      const warming = this.warming!;
      this.warming = undefined;
      shim = await warming;
    }
    shim.tasks.add(taskId);
    if (shim.tasks.size >= this.opts.groupSize) this.prewarm();
    return { address: shim.address, client: shim.client };
  }

  /** Forget a finished task; a shim left with no tasks is shut down unless it is the only one. */
  async release(address: string, taskId: string): Promise<void> {
    const shim = this.shims.get(address);
    if (!shim) return;
    shim.tasks.delete(taskId);
    if (shim.tasks.size === 0 && this.shims.size > 1) {
      this.shims.delete(address);
      await this.stop(shim);
    }
  }

  /** Reconnect to a shim that outlived an earlier daemon; undefined when it is gone. */
  async reconnect(address: string, taskId: string): Promise<ShimClient | undefined> {
    let shim = this.shims.get(address);
    if (!shim) {
      try {
        const client = await ShimClient.connect(address);
        shim = { address, client, pid: 0, tasks: new Set() };
        this.shims.set(address, shim);
      } catch {
        return undefined;
      }
    }
    shim.tasks.add(taskId);
    return shim.client;
  }

  async shutdown(): Promise<void> {
    const warming = this.warming;
    this.warming = undefined;
    const all = [...this.shims.values()];
    this.shims.clear();
    if (warming) all.push(await warming.catch(() => undefined as unknown as PooledShim));
    await Promise.all(all.filter(Boolean).map((s) => this.stop(s)));
  }

  private async spawn(): Promise<PooledShim> {
    await mkdir(this.opts.dir, { recursive: true, mode: 0o700 });
    const name = randomBytes(4).toString('hex');
    const address = join(this.opts.dir, `${name}.sock`);
    const { client, pid } = await startShim({
      binary: this.opts.binary,
      address,
      stateDir: join(this.opts.dir, name),
      runtime: this.opts.runtime,
      runtimeRoot: this.opts.runtimeRoot,
      logFile: join(this.opts.dir, `${name}.log`),
    });
    const shim: PooledShim = { address, client, pid, tasks: new Set() };
    this.shims.set(address, shim);
    return shim;
  }

  private async stop(shim: PooledShim): Promise<void> {
    try {
      await shim.client.shutdown();
    } catch {
      // Already gone: nothing to stop.
    }
    shim.client.close();
  }
}
