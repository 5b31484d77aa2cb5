import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createApiServer, listen, type Listener } from '@berth/api';
import { createEngine, type Engine } from '@berth/engine';
import type { DaemonOptions } from './flags';

export interface RunningDaemon {
  engine: Engine;
  listeners: Listener[];
  stop(): Promise<void>;
}

/** Assemble the engine and one API server per `-H` address. */
export async function startDaemon(opts: DaemonOptions, shimBinary: string, log: (msg: string) => void): Promise<RunningDaemon> {
  const engine = await createEngine({
    dataRoot: opts.dataRoot, execRoot: opts.execRoot, shimBinary, storageDriver: opts.storageDriver, debug: opts.debug,
    liveRestore: opts.liveRestore, shutdownTimeout: opts.shutdownTimeout, shimGroupSize: opts.shimGroupSize,
  });
  const backends = { system: engine, containers: engine.containers, images: engine.images };
  const listeners: Listener[] = [];
  try {
    for (const host of opts.hosts) {
      if (host.startsWith('unix://')) await mkdir(dirname(host.slice('unix://'.length)), { recursive: true });
      if (host.startsWith('tcp://')) log(`WARNING: API is accessible on ${host} without encryption and without authentication`);
      listeners.push(await listen(createApiServer(backends), host));
      log(`API listen on ${host}`);
    }
    if (opts.pidfile) await writeFile(opts.pidfile, `${process.pid}\n`);
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close()));
    await engine.shutdown();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    engine,
    listeners,
    stop() {
      stopping ??= (async () => {
        // Listeners stop accepting at once, but attach streams (hijacked connections) only end
        // when the engine ends them: close the engine before waiting for the listeners.
        const closing = Promise.all(listeners.map((l) => l.close()));
        await engine.shutdown();
        await closing;
        if (opts.pidfile) await rm(opts.pidfile, { force: true });
        // With live restore the shims (and their sockets there) keep serving the next berthd.
        if (!opts.liveRestore) await rm(join(opts.execRoot, 'shims'), { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}
