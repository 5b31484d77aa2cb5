import { existsSync } from 'node:fs';
import { rm, rmdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createApiServer, type Listener } from '@berth/api';
import { createEngine, type Engine, type EngineConfig } from '@berth/engine';
import { invalidArgument, isNotFound, messageOf } from '@berth/errdefs';
import { DEFAULT_REMAP_USER, userNamespaceMappings, type SubIdFiles, type UserNamespaceMappings } from '@berth/runtime-spec';
import type { DaemonOptions } from './flags';
import { openListeners, planListeners } from './listeners';
import { lockDataRoot } from './lock';
import type { Log } from './log';
import { reloadConfig, reloadEventAttributes } from './reload';

export interface RunningDaemon {
  engine: Engine;
  listeners: Listener[];
  /** SIGHUP: take the reloadable keys from the configuration file again; an invalid file changes nothing. */
  reload(): void;
  stop(): Promise<void>;
}

/**
 * Assemble the engine and one API server per `-H` address, holding the data root's lock from the
 * first step on: a second berthd on the same data root is refused before it touches anything.
 */
export async function startDaemon(opts: DaemonOptions, shimBinary: string, log: Log): Promise<RunningDaemon> {
  const plan = planListeners(opts);
  const created = !existsSync(opts.dataRoot);
  const lock = await lockDataRoot(opts.dataRoot);
  let engine: Engine | undefined;
  let listeners: Listener[] = [];
  // Kept so that a reload reaches the engine: it reads debug, liveRestore and shutdownTimeout when it uses them.
  let engineConfig: EngineConfig;
  try {
    const userns = opts.usernsRemap ? await remapMappings(opts.usernsRemap, subIdFilesFromEnv()) : undefined;
    if (userns) log(`User namespaces: ID ranges will be mapped to subuid/subgid ranges of: ${opts.usernsRemap}`);
    engineConfig = {
      userns,
      runtimes: opts.runtimes, defaultRuntime: opts.defaultRuntime,
      dataRoot: opts.dataRoot, execRoot: opts.execRoot, shimBinary, storageDriver: opts.storageDriver, debug: opts.debug,
      snapshotterAddress: opts.snapshotterAddress,
      liveRestore: opts.liveRestore, shutdownTimeout: opts.shutdownTimeout, shimGroupSize: opts.shimGroupSize,
      defaultLogConfig: { Type: opts.logDriver, Config: opts.logOpts },
      defaultUlimits: () => defaultUlimits(opts.settings['default-ulimits']),
      network: opts.network,
      warn: (message) => log(message, 'warn'),
      // Read at every `info`, so what a SIGHUP reloaded shows at once.
      daemonInfo: () => ({
        hosts: opts.hosts, tls: opts.tls, tlsVerify: opts.tlsVerify, debug: opts.debug, liveRestore: opts.liveRestore, loggingDriver: opts.logDriver,
        insecureRegistries: stringList(opts.settings['insecure-registries']),
        registryMirrors: stringList(opts.settings['registry-mirrors']),
        labels: stringList(opts.settings.labels),
      }),
    };
    const started = await createEngine(engineConfig);
    engine = started;
    const backends = { system: started, containers: started.containers, images: started.images, events: started.events, volumes: started.volumeApi, networks: started.networkApi };
    listeners = await openListeners(plan, () => createApiServer(backends), log);
    if (opts.pidfile) await writeFile(opts.pidfile, `${process.pid}\n`);
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close()));
    await engine?.shutdown();
    await lock.release();
    // A refused start leaves nothing behind: not even the data root it made for its lock (if empty).
    if (created) await rmdir(opts.dataRoot).catch(() => undefined);
    throw err;
  }
  const running = engine;
  let stopping: Promise<void> | undefined;
  return {
    engine: running,
    listeners,
    reload() {
      try {
        const reloaded = reloadConfig(opts);
        Object.assign(engineConfig, { debug: opts.debug, liveRestore: opts.liveRestore, shutdownTimeout: opts.shutdownTimeout });
        log(`Reloaded configuration: ${JSON.stringify(reloaded)}`);
        void running.info().then((info) => {
          running.events.publish({ type: 'daemon', action: 'reload', actor: { ID: String(info.ID), Attributes: reloadEventAttributes(opts, hostname()) } });
        });
      } catch (err) {
        log(`Error reloading configuration (nothing changed): ${messageOf(err)}`, 'error');
      }
    },
    stop() {
      stopping ??= (async () => {
        // Listeners stop accepting at once, but attach streams (hijacked connections) only end
        // when the engine ends them: close the engine before waiting for the listeners.
        const closing = Promise.all(listeners.map((l) => l.close()));
        await running.shutdown();
        await closing;
        if (opts.pidfile) await rm(opts.pidfile, { force: true });
        // With live restore the shims (and their sockets there) keep serving the next berthd.
        if (!opts.liveRestore) await rm(join(opts.execRoot, 'shims'), { recursive: true, force: true });
        await lock.release();
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

/** A daemon.json list setting (validated by the schema), or none. */
function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** daemon.json `default-ulimits` (`{"nofile": {"Soft": 1024, "Hard": 2048}}`, validated by the schema): the key names the limit. */
function defaultUlimits(value: unknown): { Name: string; Soft: number; Hard: number }[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, { Soft?: number; Hard?: number }>).map(([name, u]) => ({ Name: name, Soft: u.Soft ?? 0, Hard: u.Hard ?? 0 }));
}
