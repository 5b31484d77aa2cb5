import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createApiServer, listen, type Listener } from '@berth/api';
import { createEngine, type Engine } from '@berth/engine';
import { invalidArgument, isNotFound, messageOf } from '@berth/errdefs';
import { DEFAULT_REMAP_USER, userNamespaceMappings, type SubIdFiles, type UserNamespaceMappings } from '@berth/runtime-spec';
import type { DaemonOptions } from './flags';

export interface RunningDaemon {
  engine: Engine;
  listeners: Listener[];
  stop(): Promise<void>;
}

/** Assemble the engine and one API server per `-H` address. */
export async function startDaemon(opts: DaemonOptions, shimBinary: string, log: (msg: string) => void): Promise<RunningDaemon> {
  const userns = opts.usernsRemap ? await remapMappings(opts.usernsRemap, subIdFilesFromEnv()) : undefined;
  if (userns) log(`User namespaces: ID ranges will be mapped to subuid/subgid ranges of: ${opts.usernsRemap}`);
  const engine = await createEngine({
    userns,
    dataRoot: opts.dataRoot, execRoot: opts.execRoot, shimBinary, storageDriver: opts.storageDriver, debug: opts.debug,
    liveRestore: opts.liveRestore, shutdownTimeout: opts.shutdownTimeout, shimGroupSize: opts.shimGroupSize,
  });
  const backends = { system: engine, containers: engine.containers, images: engine.images, events: engine.events };
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

/**
 * Test hooks: `BERTH_SUBUID_FILE` / `BERTH_SUBGID_FILE` name the subordinate-id files berthd
 * reads instead of /etc/subuid and /etc/subgid (the e2e tests use temporary files).
 */
function subIdFilesFromEnv(env: NodeJS.ProcessEnv = process.env): SubIdFiles {
  return { subuid: env.BERTH_SUBUID_FILE || undefined, subgid: env.BERTH_SUBGID_FILE || undefined };
}

/**
 * The id maps of `--userns-remap`. berthd never creates users nor edits /etc/subuid and
 * /etc/subgid (dockerd creates `dockremap`); a user without ranges fails the start, telling the
 * administrator the lines to add.
 */
export async function remapMappings(remap: string, files: SubIdFiles = {}): Promise<UserNamespaceMappings> {
  try {
    return await userNamespaceMappings(remap, files);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const [user, group = user] = (remap === 'default' ? DEFAULT_REMAP_USER : remap).split(':');
    throw invalidArgument(
      `--userns-remap ${remap}: can't create ID mappings: ${messageOf(err)}. berthd does not edit system files: ` +
        `add a range of 65536 ids no other user has, e.g. the line "${user}:100000:65536" to ${files.subuid ?? '/etc/subuid'} ` +
        `and "${group}:100000:65536" to ${files.subgid ?? '/etc/subgid'}`,
    );
  }
}
