import { parseGoBool } from '../filters';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, rm, writeFile, lstat, readFile, readdir } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import type {
  ContainerCreateRequest, ContainerCreateResponse, ContainerInspect, ContainerSummary, ExecCreateRequest, ExecCreateResponse, ExecInspect, WaitCondition, WaitResponse,
} from '@berth/api-types';
import type { ContainerConfig, EndpointSettings, HostConfig, LogConfig } from '@berth/api-types';
import { conflict, invalidArgument, isNotFound, messageOf, notFound, wrap } from '@berth/errdefs';
import type { ImageService } from '@berth/images';
import { FrameDecoder, StreamType } from '@berth/proto';
import { buildSpec, hostCapabilities, hostCgroupFeatures, hostCgroupV2, initBinaryPath, writeBundle, type RootfsReader, type RunOptions, type UserNamespaceMappings } from '@berth/runtime-spec';
import { attachIo, readLog, type ExitStatus, type ShimClient, type TaskState } from '@berth/shim';
import { applyTargetOf, type Snapshotter } from '@berth/snapshots';
import type { Mount } from '@berth/sys';
import { hostsFile, resolvConf } from '@berth/network';
import { OutputFanout, type OutputSink, type OutputStream } from './fanout';
import { newContainerId, randomName, validateContainerName } from './names';
import { createdState } from './status';
import { ContainerStore, type ContainerRecord } from './store';
import type { ShimPool } from '../tasks/shim-pool';
import { reclaimTask, runtimeContainers, type RuntimeLocation } from '../tasks/reclaim';
import { runtimeFailure, startFailure } from './start-errors';
import { signalNumber } from './signals';
import { checkCreateSettings, checkPlatform, createWarnings, discardUnsupported, withHostDefaults } from './create-checks';
import { modesWithoutJoins, resolveNamespaceJoins, type JoinTarget } from './namespace-join';
import { checkLogConfig, withDefaultLogConfig } from './log-defaults';
import { withDefaultUlimits, type Ulimit } from './ulimit-defaults';
import { mergeImageConfig } from './merge-config';
import { detailsPrefix, logAttributes } from './log-attrs';
import { execEnv, FINISHED_EXEC_TTL_MS, inspectExec, startExecProcess, type ExecRecord } from './exec';
import { ExecUserCache } from './exec-user';
import type { EventLog } from '../events';
import { HealthMonitor, probeCommand, ProbeOutput, startingHealth, timingOf, validateHealthcheck, type ProbeOutcome } from './health';
import { nextRestartDelay, restartingState, shouldRestart, stoppedState, validateRestartPolicy } from './restart-policy';
import { containerSummary, selectContainers, validateListFilters, withDescendants, type ContainerListOptions, type ResolvedFilters } from './list';
import { pruneSelector } from './prune';
import { writableLayerSize } from './layer-size';
import { mergeUpdate, taskResources } from './update';
import type { ContainerPruneResponse, ContainerUpdateRequest, ContainerUpdateResponse } from '@berth/api-types';
import { containerTop } from './top';
import { containerStats, type StatsOptions, type StatsTarget } from './stats';
import type { ContainerTopResponse, StatsResponse } from '@berth/api-types';
import type { ContainerPathStat } from '@berth/api-types';
import { archiveContainerPath, extractToContainerDir, statContainerPath, withContainerFs, type ArchiveTarget, type ExtractOptions, type PathArchive } from './archive';
import { acquireVolumes, copyImageContent, inheritMounts, inspectMounts, parseVolumesFrom, planMounts, prepareBindSources, reacquireVolumes, releaseVolumes, specMounts, mountVolumes, unmountVolumes, volumeUseEvents, withMountedRootfs, type PlannedMount } from './mounts';
import type { VolumeService } from '@berth/volumes';
import type { ContainerNetworking, PeerContainer } from '../networks/container';
import { parseLink, parseNetworkMode, PREDEFINED_NETWORKS } from '../networks/modes';

export interface AttachOptions {
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
}

/** What an attached client gets back: whether the stream is a TTY, stdin to write to, and detach. */
export interface AttachSession {
  tty: boolean;
  stdin: NodeJS.WritableStream | undefined;
  /** Stops the client's output; `byKeys` when the client typed the detach keys. Leaving a running container is a `detach` event. */
  detach(byKeys?: boolean): void;
}

/** How to start an exec process: detached (output discarded) or attached to a client's sink. */
export interface ExecStartOptions {
  detach: boolean;
}

/** What the client of a started exec gets: whether it is a TTY and where its stdin goes. */
export interface ExecSession {
  tty: boolean;
  stdin: NodeJS.WritableStream | undefined;
  /** The client left; `byKeys` when it typed the detach keys (dockerd's `exec_detach` event). */
  detach?(byKeys?: boolean): void;
}

export interface LogOptions {
  stdout: boolean;
  stderr: boolean;
  follow: boolean;
  tail?: number;
  since?: number;
  until?: number;
  timestamps: boolean;
  /** Prefix each line with the log's extra attributes, as `docker logs --details`. */
  details?: boolean;
}

export interface LogLine {
  stream: OutputStream;
  time: Date;
  line: Buffer;
}

/** `GET /containers/json` options (see ./list.ts). */
export type ListOptions = ContainerListOptions;

interface LiveContainer {
  record: ContainerRecord;
  fanout: OutputFanout;
  io?: Socket;
  shim?: ShimClient;
  exitWaiters: Array<() => void>;
  /** Told once an exit is recorded (state saved, `die` sent), before the task's cleanup: stop returns then. */
  recordedExitWaiters?: Array<() => void>;
  /** Input sent before the task's io existed (attach precedes start): run once it does, or start failed. */
  ioWaiters: Array<() => void>;
  removeWaiters: Array<() => void>;
  /** Set while the daemon itself is stopping the container (stop, kill for rm -f). */
  stopping?: Promise<void>;
  /** Set while an exit is being handled: a new start must not race its cleanup of the bundle. */
  exiting?: Promise<void>;
  /**
   * Set while the user's start is under way. As dockerd's container lock: a kill, stop or pause
   * that arrives meanwhile (a client forwarding ctrl-c as soon as output appears) waits for it
   * instead of finding the container not yet running, and a second start joins it.
   */
  starting?: Promise<void>;
  /** The automatic restart the restart policy scheduled (state `restarting`); cancelled by stop, kill, rm -f. */
  pendingRestart?: NodeJS.Timeout;
  /** The restart under way once the delay passed: a stop waits for it, then stops the new run. */
  restarting?: Promise<void>;
  /** The last backoff delay (ms) before an automatic restart; 0 once the user started the container. */
  restartDelay?: number;
  /** Probes of the container's health check while it runs. */
  health?: HealthMonitor;
}

export interface ContainerServiceDeps {
  store: ContainerStore;
  images: ImageService;
  snapshotter: Snapshotter;
  shims: ShimPool;
  /** Exec-root directory for bundles and io sockets. */
  runDir: string;
  snapshotterName: string;
  /** Where the shims' runtime keeps its containers: used to clean up after a shim that died. */
  runtime: RuntimeLocation;
  /**
   * The daemon's `--userns-remap` maps: every container (but `--userns=host` ones) runs in a user
   * namespace with them; its writable layer and its hosts/hostname/resolv.conf belong to the
   * remapped root, and the exec-root directories let that root through.
   */
  userns?: UserNamespaceMappings;
  /** Where container events (create, start, die, ...) are published. */
  events: EventLog;
  /** The daemon's `log-driver`/`log-opts`, for containers that name no driver. */
  defaultLogConfig?: LogConfig;
  /** The daemon's `default-ulimits`, asked at every start (a SIGHUP may change them). */
  defaultUlimits?: () => Ulimit[];
  /** Named and anonymous volumes that containers mount (./mounts.ts). */
  volumes?: VolumeService;
  /** Networks, sandboxes and ports (../networks); without it containers get an empty netns of runc's. */
  networking?: ContainerNetworking;
}

/** State.Error of a container whose shim died under it (its exit status is unknowable: 255). */
export const SHIM_LOST_ERROR = "the container's shim exited unexpectedly";

/** Containers and their lifecycle: create, start, stop, kill, remove, wait, attach, logs, list. */
export class ContainerService {
  private readonly live = new Map<string, LiveContainer>();
  private readonly names = new Map<string, string>();
  private readonly execs = new Map<string, ExecRecord>();
  private readonly execUsers = new ExecUserCache();
  /** A `docker container prune` is under way (dockerd runs one at a time). */
  private pruning = false;
  /** Set once the daemon lets go of its containers (live restore): exits are no longer acted on. */
  private detached = false;
  /** Set once the daemon stops its containers to shut down: their exits restart nothing. */
  private shuttingDown = false;

  constructor(private readonly deps: ContainerServiceDeps) {}

  /**
   * Rebuilds the daemon's view after a restart (clean, live-restore or `kill -9`): reconnects to
   * the shim of every container that was running or being started, re-attaches its output and
   * learns the exits that happened meanwhile; a container whose shim is gone is marked exited
   * (255, SHIM_LOST_ERROR) and its leftovers removed. Then shims and runtime containers that no
   * container owns any more are removed, so a crash at any point leaks nothing.
   */
  async restore(): Promise<void> {
    await mkdir(this.deps.runDir, { recursive: true, mode: 0o700 });
    // Under remapping, runc's init looks up the bundle's rootfs from inside the user namespace.
    if (this.deps.userns) await chmod(this.deps.runDir, 0o711);
    const restored: LiveContainer[] = [];
    for (const record of await this.deps.store.loadAll()) {
      const c: LiveContainer = { record, fanout: new OutputFanout(), exitWaiters: [], ioWaiters: [], removeWaiters: [] };
      this.live.set(record.id, c);
      this.names.set(record.name, record.id);
      restored.push(c);
      await reacquireVolumes(this.deps.volumes, record.mounts, record.id, record.state.Running);
    }
    for (const c of restored) await this.recover(c);
    // A removal the previous daemon did not finish is finished now, as dockerd does.
    for (const c of restored) if (c.record.state.Status === 'removing') await this.removeNow(c);
    await this.deps.shims.sweep();
    await this.reclaimOrphans();
    // Sandboxes of containers that no longer run (exited meanwhile, or a start cut short) are removed.
    await this.deps.networking?.reconcile(new Set([...this.live.values()].filter((c) => c.record.state.Running).map((c) => c.record.id)));
    for (const c of restored) await this.restartAfterRestore(c);
  }

  private async recover(c: LiveContainer): Promise<void> {
    const { record } = c;
    // A restart the previous daemon had pending is decided again once all is recovered.
    if (record.state.Restarting) record.state = stoppedState(record.state);
    const address = record.shimAddress;
    let client = address ? await this.deps.shims.reconnect(address, record.id, record.hostConfig.Runtime) : undefined;
    let task: TaskState | undefined;
    if (client && address) {
      const stateOf = (shim: ShimClient) => shim.state(record.id).then(
        (state) => ({ state }),
        (err: unknown) => (isNotFound(err) ? { state: undefined } : undefined),
      );
      // A call that fails for another reason (the connection dropped) gets one more try on a new
      // connection; a shim that does not answer that is gone.
      let answer = await stateOf(client);
      if (!answer) {
        client = await this.deps.shims.revive(address);
        answer = client ? await stateOf(client) : undefined;
        if (!answer) client = undefined;
      }
      task = answer?.state;
    }
    const live = task?.status === 'running' || task?.status === 'paused';
    if (client && task && live) {
      // Running, or started by a daemon that died before it could record it: adopt it.
      c.shim = client;
      if (!record.state.Running) {
        record.state = { ...record.state, Status: 'running', Running: true, Paused: false, Pid: task.pid, ExitCode: 0, Error: '', StartedAt: new Date().toISOString() };
        await this.deps.store.save(record);
      }
      await this.reattachOutput(c);
      this.monitor(c, client);
      // As dockerd, a restored container's health starts over.
      if (probeCommand(record.config.Healthcheck)) record.state.Health = startingHealth(record.state.Health);
      this.startHealthChecks(c);
      return;
    }
    const ranMeanwhile = record.state.Running || record.state.Status === 'created';
    if (client && task?.status === 'stopped' && ranMeanwhile) {
      c.shim = client;
      await this.onExit(c, task.exitStatus, task.exitedAt ?? new Date());
      return;
    }
    if (client && task) {
      // A create that never got started, or an exit whose cleanup was cut short.
      if (task.status === 'created') await client.kill(record.id, 9).catch(() => undefined);
      await client.delete(record.id).catch(() => undefined);
    } else if (address || record.state.Running) {
      await reclaimTask(this.deps.runtime, record.id, join(this.deps.runDir, record.id));
    }
    if (address) await this.deps.shims.release(address, record.id);
    record.shimAddress = undefined;
    if (record.state.Running) {
      await this.onExit(c, 255, new Date(), SHIM_LOST_ERROR);
      return;
    }
    await rm(join(this.deps.runDir, record.id), { recursive: true, force: true });
    await rm(join(this.deps.runDir, `${record.id}.io`), { force: true });
    await this.deps.store.save(record);
  }

  /** Runtime containers and bundles under the exec root that no running container owns. */
  private async reclaimOrphans(): Promise<void> {
    const owned = (id: string) => this.live.get(id)?.record.state.Running === true;
    for (const id of await runtimeContainers(this.deps.runtime)) {
      if (!owned(id)) await reclaimTask(this.deps.runtime, id, join(this.deps.runDir, id));
    }
    for (const name of await readdir(this.deps.runDir).catch(() => [] as string[])) {
      const id = name.replace(/\.io$/, '');
      if (!owned(id)) await reclaimTask(this.deps.runtime, id, join(this.deps.runDir, name));
    }
  }

  /** A new connection to the task's io socket after the daemon's old one went away with it. */
  private async reattachOutput(c: LiveContainer): Promise<void> {
    try {
      c.io = await attachIo(join(this.deps.runDir, `${c.record.id}.io`));
      this.pumpOutput(c, c.io);
    } catch {
      // No io socket (the task's output already ended): logs still have everything.
    }
  }

  /**
   * Live restore: lets go of every container without stopping it. Their shims keep them running
   * and keep their exit statuses for the next daemon.
   */
  async detach(): Promise<void> {
    this.detached = true;
    for (const c of this.live.values()) {
      // A pending restart is decided again by the next daemon (restore); probes start over there.
      clearTimeout(c.pendingRestart);
      c.health?.stop();
      c.io?.destroy();
      c.io = undefined;
      c.shim = undefined;
      // Attached clients lose their stream (as with dockerd); the container keeps running.
      c.fanout.end();
      c.fanout = new OutputFanout();
    }
  }

  get count(): { total: number; running: number; paused: number; stopped: number } {
    let running = 0;
    let paused = 0;
    for (const c of this.live.values()) {
      if (c.record.state.Paused) paused++;
      // dockerd counts a restarting container (no process) as stopped.
      else if (c.record.state.Running && !c.record.state.Restarting) running++;
    }
    return { total: this.live.size, running, paused, stopped: this.live.size - running - paused };
  }

  /** Containers using an image (by image id). */
  usersOf(imageId: string): string[] {
    return [...this.live.values()].filter((c) => c.record.image === imageId).map((c) => c.record.id);
  }

  async create(req: ContainerCreateRequest, requestedName?: string, platform?: string): Promise<ContainerCreateResponse> {
    if (!req.Image) throw invalidArgument('config cannot be empty in order to create a container');
    checkCreateSettings(req, this.deps.shims.runtimeNames);
    const name = requestedName ? validateContainerName(requestedName) : this.freeRandomName();
    const holder = this.names.get(name);
    if (holder) {
      throw conflict(`Conflict. The container name "/${name}" is already in use by container "${holder}". You have to remove (or rename) that container to be able to reuse that name.`);
    }
    const image = await this.deps.images.get(req.Image);
    checkPlatform(platform, req.Image, image.config);
    const { HostConfig: hostConfig = {}, NetworkingConfig: networkingConfig, ...userConfig } = req;
    const config = mergeImageConfig(userConfig, image.config.config ?? {});
    config.Image = req.Image;
    const command = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
    if (command.length === 0) throw invalidArgument('no command specified');

    const id = newContainerId();
    // dockerd: a host-network container is named as the host unless it names itself.
    config.Hostname = config.Hostname || (hostConfig.NetworkMode === 'host' ? osHostname() : id.slice(0, 12));
    // Bad run options (resources, capabilities ...) are refused before anything exists: the spec
    // builder checks them; the user is resolved at start, from the container's filesystem.
    const fullHostConfig = withHostDefaults(withDefaultLogConfig(hostConfig, this.deps.defaultLogConfig), await hostCgroupV2(), this.deps.shims.defaultRuntime);
    if (fullHostConfig.UsernsMode && fullHostConfig.UsernsMode !== 'host') throw invalidArgument(`invalid USERNS mode: ${fullHostConfig.UsernsMode}`);
    validateHealthcheck(config.Healthcheck);
    validateRestartPolicy(fullHostConfig.RestartPolicy, fullHostConfig.AutoRemove);
    checkLogConfig(fullHostConfig.LogConfig);
    const networks = this.deps.networking?.checkCreate({ host: fullHostConfig, config: userConfig, networking: networkingConfig });
    this.checkLinks(fullHostConfig);
    const plan = planMounts(fullHostConfig, config.Volumes, this.volumesFrom(fullHostConfig.VolumesFrom));
    await buildSpec({}, { ...runOptions(id, command[0], command.slice(1), config, fullHostConfig, specMounts(plan.filter((m) => m.type !== 'volume')), this.deps.userns), user: undefined, groupAdd: undefined }, EMPTY_ROOTFS);
    await prepareBindSources(plan);
    // A start usually follows a create: an idle engine has no shim, so one boots meanwhile.
    this.deps.shims.expect();
    this.names.set(name, id);
    const dir = this.deps.store.dirOf(id);
    const record: ContainerRecord = {
      id,
      name,
      created: new Date().toISOString(),
      path: command[0],
      args: command.slice(1),
      config,
      hostConfig: fullHostConfig,
      image: image.id,
      state: createdState(),
      restartCount: 0,
      snapshotKey: `container-${id}`,
      logPath: join(dir, `${id}-json.log`),
      hostsPath: join(dir, 'hosts'),
      hostnamePath: join(dir, 'hostname'),
      resolvConfPath: join(dir, 'resolv.conf'),
      mounts: plan,
      networks,
    };
    try {
      const mounts = await this.deps.snapshotter.prepare(record.snapshotKey, image.chainId || undefined, { labels: { 'berth.io/container': id } });
      await acquireVolumes(this.deps.volumes, plan, id, (destination, volumePath) =>
        withMountedRootfs(mounts, join(this.deps.runDir, `${id}.copyup`), (root) => copyImageContent(root, destination, volumePath)));
      await mkdir(dir, { recursive: true, mode: 0o710 });
      await writeFile(record.hostnamePath, `${config.Hostname}\n`);
      await writeFile(record.hostsPath, hostsFile(config.Hostname, record.hostConfig.ExtraHosts ?? []));
      await writeFile(record.resolvConfPath, await resolvConf({ dns: record.hostConfig.Dns, search: record.hostConfig.DnsSearch, options: record.hostConfig.DnsOptions }));
      if (this.deps.userns) await this.giveToRemappedRoot(this.deps.userns, mounts, dir, [record.hostnamePath, record.hostsPath, record.resolvConfPath]);
      await this.deps.store.save(record);
    } catch (err) {
      this.names.delete(name);
      await releaseVolumes(this.deps.volumes, plan, id, true);
      await this.deps.snapshotter.remove(record.snapshotKey).catch(() => undefined);
      await this.deps.store.delete(id);
      throw err;
    }
    this.live.set(id, { record, fanout: new OutputFanout(), exitWaiters: [], ioWaiters: [], removeWaiters: [] });
    this.emit(record, 'create');
    return { Id: id, Warnings: createWarnings(fullHostConfig, await hostCgroupFeatures()) };
  }

  /**
   * What the remapped root must own or reach, as dockerd arranges it: the root directory of the
   * container's writable layer (the rootfs' `/`; the layers below were unpacked shifted already)
   * and the container's directory, whose hosts/hostname/resolv.conf are bind-mounted from inside
   * the user namespace (0710, group the remapped root's gid), and those files themselves (the
   * container's root may edit them, as without remapping).
   */
  private async giveToRemappedRoot(userns: UserNamespaceMappings, mounts: Mount[], containerDir: string, rootsFiles: string[]): Promise<void> {
    const uid = remappedRootId(userns.uidMap);
    const gid = remappedRootId(userns.gidMap);
    const writable = applyTargetOf(mounts);
    if (writable) await chown(writable.dir, uid, gid);
    await chown(containerDir, process.getuid?.() ?? 0, gid);
    for (const file of rootsFiles) await chown(file, uid, gid);
  }

  private freeRandomName(): string {
    for (;;) {
      const name = randomName();
      if (!this.names.has(name)) return name;
    }
  }

  /** Find a container by full id, name, or unique id prefix (Docker's lookup order). */
  /**
   * Publishes a container event with the attributes dockerd sends: the container's labels, its
   * image reference and name, then the action's own (`exitCode`, `signal`, ...).
   */
  /** Volume `mount`/`unmount` events of a start or an exit (./mounts.ts). */
  private emitVolumeUse(record: ContainerRecord, action: 'mount' | 'unmount'): void {
    for (const e of volumeUseEvents(record.mounts, record.id, action)) this.deps.events.publish({ type: 'volume', action, actor: { ID: e.name, Attributes: e.attributes } });
  }

  private emit(record: ContainerRecord, action: string, attributes: Record<string, string> = {}): void {
    this.deps.events.publish({
      type: 'container',
      action,
      actor: { ID: record.id, Attributes: { ...(record.config.Labels ?? {}), image: record.config.Image ?? record.image, name: record.name, ...attributes } },
    });
  }

  /** `docker cp`: HEAD/GET/PUT /containers/{id}/archive (containers/archive.ts). */
  statPath(ref: string, path: string): Promise<ContainerPathStat> {
    return statContainerPath(this.deps, this.archiveTarget(ref), path);
  }

  archivePath(ref: string, path: string): Promise<PathArchive> {
    return archiveContainerPath(this.deps, this.archiveTarget(ref), path);
  }

  extractToDir(ref: string, path: string, content: NodeJS.ReadableStream, opts: ExtractOptions): Promise<void> {
    return extractToContainerDir(this.deps, this.archiveTarget(ref), path, content, opts);
  }

  private archiveTarget(ref: string): ArchiveTarget {
    const c = this.lookup(ref);
    // Looked at once the copy holds the container's filesystem lock (a start may be under way).
    const task = () => (c.record.state.Running ? c.shim : undefined);
    const runDir = this.deps.runDir;
    const freeze = async () => {
      // A container the user paused stays as it is; one frozen here is thawed unless the user
      // paused it meanwhile.
      const shim = task();
      if (!shim || c.record.state.Paused) return async () => undefined;
      await shim.pause(c.record.id);
      return async () => {
        if (!c.record.state.Paused) await shim.resume(c.record.id).catch(() => undefined);
      };
    };
    return {
      record: c.record,
      ref,
      get mountedRootfs() {
        return task() ? join(runDir, c.record.id, 'rootfs') : undefined;
      },
      emit: (action) => this.emit(c.record, action),
      freeze,
    };
  }

  /**
   * Publishes a container event for what another service did with it (`commit`, `export`); a
   * container removed meanwhile has nothing left to report.
   */
  recordEvent(id: string, action: string, attributes: Record<string, string> = {}): void {
    const c = this.live.get(id);
    if (c) this.emit(c.record, action, attributes);
  }

  /** Another container whose namespaces a starting container joins (`--pid container:x`). */
  private joinTarget(ref: string): JoinTarget {
    const { record } = this.lookup(ref);
    return { id: record.id, running: record.state.Running, restarting: record.state.Restarting, pid: record.state.Pid, ipcMode: record.hostConfig.IpcMode ?? '' };
  }

  /** Another container as networking sees it (`--network container:x`, `--link x`). */
  private networkPeer(ref: string): PeerContainer {
    const { record } = this.lookup(ref);
    return { id: record.id, name: record.name, running: record.state.Running, restarting: record.state.Restarting, record };
  }

  /** `docker network connect`: live for a running container, else kept for its next start (../networks). */
  async connectNetwork(ref: string, network: string, settings: EndpointSettings | undefined): Promise<void> {
    const c = this.lookup(ref);
    if (!this.deps.networking) throw notFound(`network ${network} not found`);
    await this.startSettled(c);
    if (c.record.state.Status === 'removing') throw conflict(`Could not connect container ${c.record.name} to network ${network}: container is marked for removal`);
    await this.deps.networking.connect(c.record, c.record.state.Running && !c.record.state.Restarting, network, settings, (r) => this.networkPeer(r));
    await this.deps.store.save(c.record);
  }

  /** `docker network disconnect [-f]`. */
  async disconnectNetwork(ref: string, network: string, force: boolean): Promise<void> {
    const c = this.lookup(ref);
    if (!this.deps.networking) throw notFound(`network ${network} not found`);
    await this.startSettled(c);
    await this.deps.networking.disconnect(c.record, c.record.state.Running && !c.record.state.Restarting, network, force);
    await this.deps.store.save(c.record);
  }

  /** `--volumes-from`: the named containers' volumes and binds, in order. */
  private volumesFrom(specs: string[] | null | undefined): PlannedMount[] {
    return (specs ?? []).flatMap((spec) => {
      const { ref, rw } = parseVolumesFrom(spec);
      return inheritMounts(this.referenced(ref).record.mounts ?? [], rw);
    });
  }

  /** Legacy links outside user-defined networks name existing containers (dockerd checks at create). */
  private checkLinks(host: HostConfig): void {
    const mode = parseNetworkMode(host.NetworkMode);
    if (mode.kind === 'network' && !PREDEFINED_NETWORKS.has(mode.network)) return;
    for (const link of host.Links ?? []) {
      const { ref } = parseLink(link);
      this.referenced(ref, `could not get container for ${ref}: `);
    }
  }

  /**
   * A container a create names (`--volumes-from`, `--link`). A missing one is the request's fault:
   * 400, as dockerd answers — a 404 would make the docker CLI look for the image and pull it.
   */
  private referenced(ref: string, context = ''): LiveContainer {
    try {
      return this.lookup(ref);
    } catch (err) {
      if (isNotFound(err)) throw invalidArgument(`${context}${messageOf(err)}`);
      throw err;
    }
  }

  private lookup(ref: string): LiveContainer {
    const exact = this.live.get(ref);
    if (exact) return exact;
    const byName = this.names.get(ref.startsWith('/') ? ref.slice(1) : ref);
    if (byName) return this.live.get(byName)!;
    if (/^[0-9a-f]+$/.test(ref)) {
      const matches = [...this.live.keys()].filter((id) => id.startsWith(ref));
      if (matches.length === 1) return this.live.get(matches[0])!;
      if (matches.length > 1) throw invalidArgument(`multiple IDs found with provided prefix: ${ref}`);
    }
    throw notFound(`No such container: ${ref}`);
  }

  async start(ref: string): Promise<void> {
    const c = this.lookup(ref);
    // The previous run's exit may still be removing its bundle and task.
    if (c.exiting) await c.exiting;
    // A restarting container counts as running: its restart is already pending.
    if (c.record.state.Running) return;
    // The user's start begins a new series for the restart policy (dockerd resets its restart manager).
    if (c.starting) return c.starting;
    c.record.manuallyStopped = false;
    c.record.restartCount = 0;
    c.restartDelay = 0;
    // Not while a copy has the stopped container's filesystem mounted (containers/archive.ts).
    const starting = withContainerFs(c.record.id, () => this.startContainer(c)).finally(() => {
      if (c.starting === starting) c.starting = undefined;
    });
    c.starting = starting;
    return starting;
  }

  /** Waits for a start under way (see `LiveContainer.starting`); its failure is the start's to report. */
  private async startSettled(c: LiveContainer): Promise<void> {
    if (c.starting) await c.starting.catch(() => undefined);
  }

  /** Starts the container's task, for the user's `start` and for the restart policy's restarts. */
  private async startContainer(c: LiveContainer): Promise<void> {
    const { record } = c;
    if (c.exiting) await c.exiting;
    if (record.state.Running && !record.state.Restarting) return;
    if (record.state.Status === 'removing') throw conflict(`container ${record.id} is marked for removal and cannot be started`);
    const bundle = join(this.deps.runDir, record.id);
    const ioSocket = join(this.deps.runDir, `${record.id}.io`);
    let address: string | undefined;
    let client: ShimClient | undefined;
    try {
      // Before the spec: it names the sandbox's netns (or the host's, or a donor container's).
      const network = await this.deps.networking?.attach(record, (ref) => this.networkPeer(ref));
      // Volumes are mounted (and logged, as dockerd's setupMounts does) while the spec is made.
      await mountVolumes(this.deps.volumes, record.mounts, record.id);
      this.emitVolumeUse(record, 'mount');
      const mounts = await this.deps.snapshotter.mounts(record.snapshotKey);
      const spec = await buildSpec({}, { ...runOptions(record.id, record.path, record.args, record.config, withDefaultUlimits(record.hostConfig, this.deps.defaultUlimits?.()), [
        { destination: '/etc/resolv.conf', type: 'bind', source: record.resolvConfPath, options: ['rbind', 'rprivate'] },
        { destination: '/etc/hostname', type: 'bind', source: record.hostnamePath, options: ['rbind', 'rprivate'] },
        { destination: '/etc/hosts', type: 'bind', source: record.hostsPath, options: ['rbind', 'rprivate'] },
        ...specMounts(record.mounts ?? []),
      ], this.deps.userns), namespaces: resolveNamespaceJoins(record.hostConfig, (ref) => this.joinTarget(ref)), ...(network && { networkNamespace: network.networkNamespace }) }, snapshotReader(mounts));
      await writeBundle(bundle, spec);
      ({ address, client } = await this.deps.shims.acquire(record.id, record.hostConfig.Runtime || undefined));
      // Recorded before the task exists, so a daemon killed from here on finds it on restart.
      record.shimAddress = address;
      await this.deps.store.save(record);
      await client.create({ id: record.id, bundle, rootfs: mounts, stdin: !!record.config.OpenStdin, terminal: !!record.config.Tty, logPath: record.logPath, logDriver: record.hostConfig.LogConfig?.Type || 'json-file', logOptions: record.hostConfig.LogConfig?.Config ?? {}, ioSocket }).catch((err: unknown) => {
        throw runtimeFailure(err);
      });
      c.io = await attachIo(ioSocket);
      this.pumpOutput(c, c.io);
      for (const waiter of c.ioWaiters.splice(0)) waiter();
      // The published ports' iptables run overlapped the runtime's create; the process starts after it.
      await network?.ready;
      const { pid } = await client.start(record.id).catch((err: unknown) => {
        throw runtimeFailure(err);
      });
      c.shim = client;
      record.state = { ...record.state, Status: 'running', Running: true, Paused: false, Restarting: false, Pid: pid, ExitCode: 0, Error: '', StartedAt: new Date().toISOString() };
      if (probeCommand(record.config.Healthcheck)) record.state.Health = startingHealth(record.state.Health);
      await this.deps.store.save(record);
      this.emit(record, 'start');
    } catch (err) {
      c.io?.destroy();
      c.io = undefined;
      for (const waiter of c.ioWaiters.splice(0)) waiter();
      if (client) await client.delete(record.id).catch(() => undefined);
      if (address) await this.deps.shims.release(address, record.id);
      await this.deps.networking?.detach(record).catch(() => undefined);
      await unmountVolumes(this.deps.volumes, record.mounts, record.id);
      await rm(bundle, { recursive: true, force: true });
      // Docker's outcome: the container stays `created`, with the exit code a shell would give
      // (127 not found, 126 not executable) and the error; an --rm container is removed.
      const failure = startFailure(err, record.path);
      // Attached clients are told the container will produce no output (their streams end).
      c.fanout.end();
      c.fanout = new OutputFanout();
      record.shimAddress = undefined;
      record.state = { ...record.state, ExitCode: failure.exitCode, Error: failure.message };
      await this.deps.store.save(record).catch(() => undefined);
      if (record.hostConfig.AutoRemove && this.live.has(record.id)) await this.removeNow(c).catch(() => undefined);
      throw failure.error;
    }
    this.monitor(c, client);
    this.startHealthChecks(c);
  }

  /**
   * After an exit: the delay before the restart the container's policy asks for (counted in
   * RestartCount, with dockerd's backoff), or undefined. Nothing is restarted after a stop or kill
   * by hand, nor while the daemon shuts down.
   */
  private restartDecision(c: LiveContainer, exitCode: number): number | undefined {
    const { record } = c;
    const facts = { policy: record.hostConfig.RestartPolicy, exitCode, manuallyStopped: !!record.manuallyStopped || this.shuttingDown, restartCount: record.restartCount };
    if (!shouldRestart(facts)) return undefined;
    c.restartDelay = nextRestartDelay(c.restartDelay ?? 0, Date.now() - Date.parse(record.state.StartedAt));
    record.restartCount += 1;
    return c.restartDelay;
  }

  private scheduleRestart(c: LiveContainer, delayMs: number): void {
    c.pendingRestart = setTimeout(() => {
      c.pendingRestart = undefined;
      // Removed or stopped by hand while the delay ran.
      if (!this.live.has(c.record.id) || c.record.manuallyStopped) return;
      c.restarting = withContainerFs(c.record.id, () => this.startContainer(c)).catch(async () => {
        // A restart that fails leaves the container exited, with start's reason recorded.
        if (!c.record.state.Restarting || !this.live.has(c.record.id)) return;
        c.record.state = stoppedState(c.record.state);
        await this.deps.store.save(c.record).catch(() => undefined);
      }).finally(() => {
        c.restarting = undefined;
      });
    }, delayMs);
  }

  /** Cancels a pending restart (stop, kill, rm -f of a restarting container): it stays exited. */
  private async cancelRestart(c: LiveContainer): Promise<boolean> {
    // Too late to cancel a restart under way: the caller stops (or kills) the new run instead.
    if (c.restarting) await c.restarting;
    if (!c.record.state.Restarting) return false;
    clearTimeout(c.pendingRestart);
    c.pendingRestart = undefined;
    this.markManuallyStopped(c);
    c.record.state = stoppedState(c.record.state);
    await this.deps.store.save(c.record).catch(() => undefined);
    return true;
  }

  /** dockerd's HasBeenManuallyStopped (set by stop and kill, not by its own shutdown); saved with the exit. */
  private markManuallyStopped(c: LiveContainer): void {
    if (!this.shuttingDown) c.record.manuallyStopped = true;
  }

  /** At daemon start, the containers their policy restarts are started again, as by the user (dockerd). */
  private async restartAfterRestore(c: LiveContainer): Promise<void> {
    const { record } = c;
    if (record.state.Status !== 'exited' || !this.live.has(record.id)) return;
    const facts = { policy: record.hostConfig.RestartPolicy, exitCode: record.state.ExitCode, manuallyStopped: !!record.manuallyStopped, restartCount: record.restartCount };
    if (shouldRestart(facts)) await this.start(record.id).catch(() => undefined);
  }

  /** Probes the container's health check while it runs (`State.Health`, `health_status` events). */
  private startHealthChecks(c: LiveContainer): void {
    c.health?.stop();
    c.health = undefined;
    const check = c.record.config.Healthcheck;
    const cmd = probeCommand(check);
    if (!cmd || !check) return;
    c.health = new HealthMonitor(cmd, timingOf(check), Date.parse(c.record.state.StartedAt), {
      run: (command, timeoutMs) => this.probe(c, command, timeoutMs),
      paused: () => c.record.state.Paused,
      current: () => c.record.state.Health ?? startingHealth(undefined),
      update: (health, changed) => {
        if (!this.live.has(c.record.id) || !c.record.state.Running) return;
        c.record.state = { ...c.record.state, Health: health };
        void this.deps.store.save(c.record).catch(() => undefined);
        if (changed) this.emit(c.record, `health_status: ${health.Status}`);
      },
    });
    c.health.start();
  }

  /**
   * One health probe, run as dockerd runs it: an exec of the check's command in the container
   * (`docker exec`'s machinery and events), output kept up to MAX_PROBE_OUTPUT, the process killed
   * at the timeout.
   */
  private async probe(c: LiveContainer, cmd: string[], timeoutMs: number): Promise<ProbeOutcome> {
    const { Id } = await this.execCreate(c.record.id, { Cmd: cmd, AttachStdout: true, AttachStderr: true });
    const output = new ProbeOutput();
    let ended: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (ended = resolve));
    let timer: NodeJS.Timeout | undefined;
    try {
      await this.execStart(Id, { detach: false }, { write: (_stream, chunk) => output.push(chunk), end: () => ended() });
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
      const timedOut = await Promise.race([done.then(() => false), timeout]);
      if (timedOut) {
        await c.shim?.kill(c.record.id, 9, false, Id).catch(() => undefined);
        await done;
      }
      return { timedOut, exitCode: this.execs.get(Id)?.exitCode ?? -1, output: output.text() };
    } finally {
      clearTimeout(timer);
      // Probes are not kept for `exec inspect`: one per interval would pile up.
      this.execs.delete(Id);
    }
  }

  private pumpOutput(c: LiveContainer, io: Socket): void {
    pumpIo(io, !!c.record.config.Tty, c.fanout);
  }

  private monitor(c: LiveContainer, client: ShimClient): void {
    client.wait(c.record.id).then(
      (exit) => {
        // The shim learns of an OOM kill with the exit; dockerd's `oom` comes before `die` too.
        if (exit.oomKilled) this.emit(c.record, 'oom');
        return this.onExit(c, exit.exitStatus, exit.exitedAt);
      },
      () => this.onShimLost(c),
    ).catch(() => undefined);
  }

  /**
   * The wait on a task failed: if its shim still answers on a new connection the task is watched
   * again; if the shim is gone, its processes, cgroup and mounts are removed and the container
   * exits with 255 and SHIM_LOST_ERROR.
   */
  private async onShimLost(c: LiveContainer): Promise<void> {
    const address = c.record.shimAddress;
    if (this.detached || !address) return;
    const client = await this.deps.shims.revive(address);
    if (this.detached) return;
    if (client) {
      const task = await client.state(c.record.id).catch(() => undefined);
      if (task) {
        c.shim = client;
        if (!c.io || c.io.destroyed) await this.reattachOutput(c);
        this.monitor(c, client);
        return;
      }
    }
    c.shim = undefined;
    await reclaimTask(this.deps.runtime, c.record.id, join(this.deps.runDir, c.record.id));
    await rm(join(this.deps.runDir, `${c.record.id}.io`), { force: true });
    // Like the task's mounts above, its network is gone before the exit is reported.
    await this.deps.networking?.detach(c.record).catch(() => undefined);
    await this.onExit(c, 255, new Date(), SHIM_LOST_ERROR);
  }

  private onExit(c: LiveContainer, exitCode: number, exitedAt: Date, error = ''): Promise<void> {
    const exiting = this.handleExit(c, exitCode, exitedAt, error).finally(() => {
      if (c.exiting === exiting) c.exiting = undefined;
    });
    c.exiting = exiting;
    return exiting;
  }

  private async handleExit(c: LiveContainer, exitCode: number, exitedAt: Date, error: string): Promise<void> {
    if (this.detached) return;
    const { record } = c;
    c.health?.stop();
    c.health = undefined;
    const restartIn = this.restartDecision(c, exitCode);
    // The exit is recorded before the task is deleted: a daemon killed in between still finds
    // the task (and its status) on restart, and only finishes the cleanup.
    record.state = { ...record.state, Status: 'exited', Running: false, Paused: false, Pid: 0, ExitCode: exitCode, Error: error, FinishedAt: exitedAt.toISOString() };
    if (restartIn !== undefined) record.state = restartingState(record.state);
    await this.deps.store.save(record).catch(() => undefined);
    // Its processes are gone: what its volumes mounted for it goes too (./mounts.ts), before a
    // stop or wait returns, as dockerd's cleanup.
    await unmountVolumes(this.deps.volumes, record.mounts, record.id);
    this.emitVolumeUse(record, 'unmount');
    this.emit(record, 'die', { exitCode: String(exitCode), execDuration: String(Math.max(0, Math.trunc((exitedAt.getTime() - Date.parse(record.state.StartedAt)) / 1000))) });
    for (const waiter of c.recordedExitWaiters?.splice(0) ?? []) waiter();
    if (c.shim) await c.shim.delete(record.id).catch(() => undefined);
    if (record.shimAddress) await this.deps.shims.release(record.shimAddress, record.id);
    c.shim = undefined;
    // As dockerd, a stopped container holds no addresses or ports.
    await this.deps.networking?.detach(record).catch(() => undefined);
    // Output may still be draining from the io socket; the fanout ends when it closes.
    const fanoutDone = c.io && !c.io.closed ? new Promise<void>((resolve) => c.io!.once('close', () => resolve())) : Promise.resolve();
    await Promise.race([fanoutDone, new Promise((r) => setTimeout(r, 2000))]);
    c.io?.destroy();
    c.io = undefined;
    c.fanout.end();
    c.fanout = new OutputFanout();
    await rm(join(this.deps.runDir, record.id), { recursive: true, force: true });
    record.shimAddress = undefined;
    // A removal that started meanwhile owns the record now: saving would resurrect it.
    if (this.live.has(record.id) && record.state.Status !== 'removing') await this.deps.store.save(record).catch(() => undefined);
    for (const waiter of c.exitWaiters.splice(0)) waiter();
    // A stop, kill or rm -f meanwhile cancelled the restart (the state is no longer restarting).
    if (restartIn !== undefined && record.state.Restarting && this.live.has(record.id)) this.scheduleRestart(c, restartIn);
    if (record.hostConfig.AutoRemove && this.live.has(record.id)) {
      await this.removeNow(c).catch(() => undefined);
    }
  }

  async kill(ref: string, signal = 'SIGKILL'): Promise<void> {
    const c = this.lookup(ref);
    await this.startSettled(c);
    // Of a restarting container, dockerd only cancels the pending restart.
    if (await this.cancelRestart(c)) return;
    if (!c.record.state.Running || !c.shim) throw conflict(`Container ${c.record.id} is not running`);
    this.markManuallyStopped(c);
    await c.shim.kill(c.record.id, signalNumber(signal));
    this.emit(c.record, 'kill', { signal: String(signalNumber(signal)) });
  }

  /** Freeze every process of the container through the cgroup freezer (`docker pause`). */
  async pause(ref: string): Promise<void> {
    const c = this.lookup(ref);
    await this.startSettled(c);
    assertNotRestarting(c);
    if (!c.record.state.Running || !c.shim) throw conflict(`Container ${c.record.id} is not running`);
    if (c.record.state.Paused) throw conflict(`Container ${c.record.id} is already paused`);
    await c.shim.pause(c.record.id);
    c.record.state = { ...c.record.state, Status: 'paused', Paused: true };
    await this.deps.store.save(c.record);
    this.emit(c.record, 'pause');
  }

  async unpause(ref: string): Promise<void> {
    const c = this.lookup(ref);
    if (!c.record.state.Paused || !c.shim) throw conflict(`Container ${c.record.id} is not paused`);
    await c.shim.resume(c.record.id);
    c.record.state = { ...c.record.state, Status: 'running', Paused: false };
    await this.deps.store.save(c.record);
    this.emit(c.record, 'unpause');
  }

  /** The stop signal (`signal`, else the container's StopSignal, else SIGTERM), then SIGKILL after the timeout. */
  async stop(ref: string, timeoutSeconds?: number, signal?: string): Promise<void> {
    const c = this.lookup(ref);
    const stopSignal = signalNumber(signal || c.record.config.StopSignal || 'SIGTERM');
    await this.startSettled(c);
    if (await this.cancelRestart(c)) return;
    if (!c.record.state.Running || !c.shim) return;
    this.markManuallyStopped(c);
    const timeout = timeoutSeconds ?? c.record.config.StopTimeout ?? 10;
    // Stopped once the exit is recorded: the task's cleanup (runc delete, ~half of a stop) goes on
    // behind the answer, and start and rm wait for it (c.exiting).
    const exited = new Promise<void>((resolve) => (c.recordedExitWaiters ??= []).push(resolve));
    await c.shim.kill(c.record.id, stopSignal).then(() => this.emit(c.record, 'kill', { signal: String(stopSignal) }), () => undefined);
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), Math.max(0, timeout) * 1000))]);
    if (timedOut && c.shim) {
      await c.shim.kill(c.record.id, 9, true).then(() => this.emit(c.record, 'kill', { signal: '9' }), () => undefined);
      await exited;
    }
    this.emit(c.record, 'stop');
  }

  /** `docker restart`: stop as `stop` does (a container that is not running is just started), then start. */
  async restart(ref: string, timeoutSeconds?: number, signal?: string): Promise<void> {
    const { record } = this.lookup(ref);
    await this.stop(ref, timeoutSeconds, signal);
    await this.start(ref);
    this.emit(record, 'restart');
  }

  private nextExit(c: LiveContainer): Promise<void> {
    return new Promise((resolve) => c.exitWaiters.push(resolve));
  }

  async remove(ref: string, opts: { force: boolean; volumes?: boolean }): Promise<void> {
    const c = this.lookup(ref);
    await this.startSettled(c);
    // First, so that an exit racing this removal (a restart policy's run ending) schedules no restart.
    if (opts.force) this.markManuallyStopped(c);
    if (c.record.state.Restarting) {
      if (!opts.force) throw conflict(`You cannot remove a restarting container ${c.record.id}. Stop the container before attempting removal or force remove`);
      await this.cancelRestart(c);
    }
    if (c.record.state.Running) {
      if (!opts.force) {
        throw conflict(`You cannot remove a running container ${c.record.id}. Stop the container before attempting removal or force remove`);
      }
      this.markManuallyStopped(c);
      const exited = this.nextExit(c);
      await c.shim?.kill(c.record.id, 9, true).then(() => this.emit(c.record, 'kill', { signal: '9' }), () => undefined);
      await exited;
    }
    // A stop answered before its exit's cleanup ended (see stop): removal comes after it.
    if (c.exiting) await c.exiting;
    if (!this.live.has(c.record.id)) return;
    await this.removeNow(c, opts.volumes);
  }

  /** `removeVolumes` (`rm -v`) drops the anonymous volumes too, as an `--rm` container's removal always does. */
  private async removeNow(c: LiveContainer, removeVolumes?: boolean): Promise<void> {
    const { record } = c;
    clearTimeout(c.pendingRestart);
    c.health?.stop();
    // As dockerd: removal clears the error, so a wait for `removed` reports none.
    record.state = { ...record.state, Status: 'removing', Error: '' };
    await this.deps.snapshotter.remove(record.snapshotKey).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
    await this.deps.store.delete(record.id);
    await this.deps.networking?.detach(record).catch(() => undefined);
    await releaseVolumes(this.deps.volumes, record.mounts, record.id, removeVolumes ?? !!record.hostConfig.AutoRemove);
    for (const [id, e] of this.execs) if (e.containerId === record.id) this.execs.delete(id);
    this.live.delete(record.id);
    this.names.delete(record.name);
    this.emit(record, 'destroy');
    for (const waiter of c.removeWaiters.splice(0)) waiter();
  }

  /**
   * Resolves with the exit status once `condition` holds. `registered` is called as soon as the wait
   * is in place, so the API can send its response headers before the container is started.
   */
  async wait(ref: string, condition: WaitCondition, registered: () => void = () => undefined): Promise<WaitResponse> {
    const c = this.lookup(ref);
    let done: Promise<void>;
    if (condition === 'removed') done = new Promise((resolve) => c.removeWaiters.push(resolve));
    else if (condition === 'next-exit' || c.record.state.Running) done = this.nextExit(c);
    else done = Promise.resolve();
    registered();
    await done;
    const { state } = c.record;
    return { StatusCode: state.ExitCode, Error: state.Error ? { Message: state.Error } : null };
  }

  /** Sets the terminal size of a running TTY container (a container without a TTY has none to size). */
  async resize(ref: string, width: number, height: number): Promise<void> {
    const c = this.lookup(ref);
    if (!c.record.state.Running || !c.shim) throw conflict(`container ${c.record.id} is not running`);
    if (c.record.config.Tty) await c.shim.resizePty(c.record.id, undefined, width, height);
    this.emit(c.record, 'resize', { height: String(height), width: String(width) });
  }

  /** Registers a process to run in a running container (`docker exec`); it runs on `execStart`. */
  async execCreate(ref: string, req: ExecCreateRequest): Promise<ExecCreateResponse> {
    const c = this.lookup(ref);
    assertExecutable(c);
    if (!req.Cmd || req.Cmd.length === 0) throw invalidArgument('No exec command specified');
    const id = randomBytes(32).toString('hex');
    const now = Date.now();
    for (const [old, e] of this.execs) if (e.finishedAt !== undefined && now - e.finishedAt > FINISHED_EXEC_TTL_MS) this.execs.delete(old);
    this.execs.set(id, { id, containerId: c.record.id, config: req, started: false, running: false, pid: 0, exitCode: null });
    this.emit(c.record, `exec_create: ${execCommandLine(req.Cmd)}`, { execID: id });
    return { Id: id };
  }

  execInspect(id: string): ExecInspect {
    return inspectExec(this.execOf(id));
  }

  async execResize(id: string, width: number, height: number): Promise<void> {
    const e = this.execOf(id);
    const shim = this.live.get(e.containerId)?.shim;
    if (!e.running || !shim) throw conflict(`Exec ${id} is not running`);
    if (e.config.Tty) await shim.resizePty(e.containerId, id, width, height);
  }

  /**
   * Runs an exec process once. Refusals (unknown exec, already run, container not running) throw
   * before anything runs; a process that fails to start is reported as dockerd does: its message
   * on the client's stdout, exit code 126/127, and the stream ends. `sink` ends only after the
   * exit code is recorded, so a client inspecting the exec when its stream ends reads it.
   */
  async execStart(id: string, opts: ExecStartOptions, sink: OutputSink): Promise<ExecSession> {
    const e = this.execOf(id);
    if (e.running) throw conflict(`Error: Exec command ${id} is already running`);
    if (e.started) throw conflict(`Error: Exec command ${id} has already run`);
    const c = this.live.get(e.containerId);
    if (!c) throw notFound(`No such container: ${e.containerId}`);
    const shim = assertExecutable(c);
    e.started = true;
    const { record } = c;
    const tty = !!e.config.Tty;
    const cmd = e.config.Cmd ?? [];
    this.emit(record, `exec_start: ${execCommandLine(cmd)}`, { execID: id });
    const output: OutputSink = opts.detach ? { write: () => undefined, end: () => undefined } : {
      write: (stream, chunk) => {
        if ((stream === 'stdout' && e.config.AttachStdout) || (stream === 'stderr' && e.config.AttachStderr)) sink.write(stream, chunk);
      },
      end: () => sink.end(),
    };
    const ioSocket = join(this.deps.runDir, `exec-${id.slice(0, 16)}.io`);
    let io: Socket | undefined;
    try {
      const user = await this.execUsers.resolve(c, record.state.StartedAt, e.config.User || record.config.User || '', {
        mounts: () => this.deps.snapshotter.mounts(record.snapshotKey),
        reader: snapshotReader,
      });
      // The io is read only once the process runs: a failed start's io would carry only the
      // runtime's own complaint, which the client gets reworded as dockerd words it.
      const started = await startExecProcess(shim, record.id, id, {
        args: cmd, env: execEnv(record.config, tty, e.config.Env ?? []), cwd: e.config.WorkingDir || record.config.WorkingDir || '/',
        user, terminal: tty, stdin: !!e.config.AttachStdin && !opts.detach, ioSocket,
        // `exec --privileged`: every capability of the host, as dockerd gives it.
        capabilities: e.config.Privileged ? await hostCapabilities() : undefined,
      });
      io = started.io;
      const closed = new Promise<void>((resolve) => io!.once('close', () => resolve()));
      pumpIo(io, tty, { write: (stream, chunk) => output.write(stream, chunk), end: () => undefined });
      e.pid = started.pid;
      e.running = true;
      void this.finishExec(e, shim, started.exited, io, closed, ioSocket, output);
    } catch (err) {
      io?.destroy();
      await shim.delete(record.id, id).catch(() => undefined);
      await rm(ioSocket, { force: true });
      const failure = startFailure(err, cmd[0] ?? '');
      e.exitCode = failure.exitCode;
      e.finishedAt = Date.now();
      if (opts.detach) throw failure.error;
      // The shim names the command it ran (`runc exec <id>: `, `berth-exec <id>: `); dockerd's message does not.
      const reason = failure.message.replace(/^(?:runc exec|berth-exec) \S+: /, '');
      sink.write('stdout', Buffer.from(`OCI runtime exec failed: ${reason}: unknown\r\n`));
      sink.end();
      return { tty, stdin: undefined };
    }
    const stdin = e.config.AttachStdin && !opts.detach ? ioWriter(io) : undefined;
    return {
      tty,
      stdin,
      detach: (byKeys) => {
        if (byKeys) this.emit(record, 'exec_detach', { execID: id });
      },
    };
  }

  /** Waits for an exec process, records its exit code, then removes it from the shim and ends its output. */
  private async finishExec(e: ExecRecord, shim: ShimClient, exited: Promise<ExitStatus>, io: Socket, closed: Promise<void>, ioSocket: string, output: OutputSink): Promise<void> {
    const exitCode = await exited.then((exit) => exit.exitStatus, () => 255);
    // The shim's wait resolves once the output reached EOF; the grace bounds a stuck socket.
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2000))]);
    e.exitCode = exitCode;
    e.finishedAt = Date.now();
    e.running = false;
    const c = this.live.get(e.containerId);
    if (c) this.emit(c.record, 'exec_die', { execID: e.id, exitCode: String(exitCode) });
    // The client may go on (docker exec inspects the exit code) while the shim forgets the process.
    output.end();
    await shim.delete(e.containerId, e.id).catch(() => undefined);
    io.destroy();
    await rm(ioSocket, { force: true });
  }

  private execOf(id: string): ExecRecord {
    const e = this.execs.get(id);
    if (!e) throw notFound(`No such exec instance: ${id}`);
    return e;
  }

  private execIdsOf(containerId: string): string[] | null {
    const ids = [...this.execs.values()].filter((e) => e.containerId === containerId).map((e) => e.id);
    return ids.length ? ids : null;
  }

  attach(ref: string, opts: AttachOptions, sink: OutputSink): AttachSession {
    const c = this.lookup(ref);
    if (c.record.state.Paused) throw conflict(`container ${ref} is paused, unpause the container before attach`);
    // Output that ran out (the container's streams closed) ends the session without a detach.
    let ended = false;
    const filtered: OutputSink = {
      write: (stream, chunk) => {
        if ((stream === 'stdout' && opts.stdout) || (stream === 'stderr' && opts.stderr)) sink.write(stream, chunk);
      },
      end: () => {
        ended = true;
        sink.end();
      },
    };
    const detach = c.fanout.add(filtered);
    let stdin: NodeJS.WritableStream | undefined;
    if (opts.stdin && c.record.config.OpenStdin) stdin = this.stdinOf(c);
    this.emit(c.record, 'attach');
    let gone = false;
    return {
      tty: !!c.record.config.Tty,
      stdin,
      // A client leaving a running container (its detach keys, or just going away) is a detach.
      detach: (byKeys) => {
        detach();
        if (!gone && (byKeys || (!ended && c.record.state.Running))) this.emit(c.record, 'detach');
        gone = true;
      },
    };
  }

  /**
   * A writable that forwards to the container's stdin. The docker CLI attaches (and sends what
   * the user typed) before it starts the container: until the task's io exists, input waits.
   */
  private stdinOf(c: LiveContainer): NodeJS.WritableStream {
    const stdinOnce = !!c.record.config.StdinOnce;
    const whenIo = (then: () => void) => {
      if (c.io || c.record.state.Running) then();
      else c.ioWaiters.push(then);
    };
    return new Writable({
      write: (chunk: Buffer, _enc, done) => whenIo(() => {
        if (c.io && !c.io.destroyed) c.io.write(chunk, () => done());
        else done();
      }),
      // As dockerd: a terminal's input outlives its clients (another may attach and type).
      final: (done) => whenIo(() => {
        if (stdinOnce && !c.record.config.Tty && c.io && !c.io.destroyed) c.io.end();
        done();
      }),
    });
  }

  /**
   * The container's log through the shim's reader for its log driver: tail, since/until and
   * follow are the reader's; a follow ends when the current run has exited and its log is closed.
   */
  async *logs(ref: string, opts: LogOptions): AsyncIterable<LogLine> {
    const c = this.lookup(ref);
    const stop = new AbortController();
    const onExit = () => stop.abort();
    const follow = opts.follow && c.record.state.Running;
    if (follow) c.exitWaiters.push(onExit);
    const driver = c.record.hostConfig.LogConfig?.Type || 'json-file';
    // Only json-file keeps attributes with its lines (as dockerd's); the others show none.
    const details = opts.details ? Buffer.from(detailsPrefix(driver === 'json-file' ? logAttributes(c.record.config, c.record.hostConfig.LogConfig) : {})) : undefined;
    try {
      const entries = readLog(c.record.logPath, c.record.hostConfig.LogConfig?.Type ?? 'json-file', {
        follow,
        stop: stop.signal,
        tail: opts.tail !== undefined && opts.tail >= 0 ? opts.tail : undefined,
        since: opts.since !== undefined ? new Date(opts.since) : undefined,
        until: opts.until !== undefined ? new Date(opts.until) : undefined,
      });
      for await (const entry of entries) {
        if (!((entry.stream === 'stdout' && opts.stdout) || (entry.stream === 'stderr' && opts.stderr))) continue;
        yield details ? { ...entry, line: Buffer.concat([details, entry.line]) } : entry;
      }
    } catch (err) {
      // A container that never ran has no log yet: that is an empty log, not an error.
      if (!isNotFound(err)) throw err;
    } finally {
      const at = c.exitWaiters.indexOf(onExit);
      if (at >= 0) c.exitWaiters.splice(at, 1);
    }
  }

  inspect(ref: string): ContainerInspect {
    const { record } = this.lookup(ref);
    return {
      Id: record.id,
      Created: record.created,
      Path: record.path,
      Args: record.args,
      State: record.state,
      Image: record.image,
      ResolvConfPath: record.resolvConfPath,
      HostnamePath: record.hostnamePath,
      HostsPath: record.hostsPath,
      LogPath: record.logPath,
      Name: `/${record.name}`,
      RestartCount: record.restartCount,
      Driver: this.deps.snapshotterName,
      Platform: 'linux',
      MountLabel: '',
      ProcessLabel: '',
      AppArmorProfile: '',
      ExecIDs: this.execIdsOf(record.id),
      HostConfig: record.hostConfig,
      GraphDriver: { Name: this.deps.snapshotterName, Data: null },
      Mounts: inspectMounts(record.mounts),
      Config: record.config,
      NetworkSettings: this.deps.networking?.settings(record, record.state.Running) ?? { Bridge: '', SandboxID: '', Ports: {}, SandboxKey: '', Networks: {} },
    };
  }

  /** `GET /containers/json`: filtered and ordered by ./list.ts; sizes computed when asked. */
  async list(opts: ListOptions): Promise<ContainerSummary[]> {
    const filters = opts.filters ?? {};
    validateListFilters(filters);
    const resolved: ResolvedFilters = { portsOf: (r) => this.deps.networking?.summary(r, r.state.Running).Ports ?? [] };
    for (const value of filters.before ?? []) resolved.before = this.lookup(value).record.id;
    for (const value of filters.since ?? []) resolved.since = this.lookup(value).record.id;
    if (filters.ancestor?.length) resolved.ancestors = await this.imageFamilies(filters.ancestor);
    const records = selectContainers([...this.live.values()].map((c) => c.record), opts, resolved);
    const now = Date.now();
    const summary = (r: ContainerRecord) => ({ ...containerSummary(r, now), ...this.deps.networking?.summary(r, r.state.Running) });
    return Promise.all(records.map(async (r) => (opts.size ? { ...summary(r), ...(await this.sizeOf(r.id)) } : summary(r))));
  }

  /** The images `ancestor` values name (unknown ones are skipped, as dockerd does) and their descendants. */
  private async imageFamilies(refs: string[]): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const ref of refs) {
      const image = await this.deps.images.get(ref).catch(() => undefined);
      if (image) ids.add(image.id);
    }
    if (ids.size === 0) return ids;
    const parents = await Promise.all((await this.deps.images.list()).map(async (i) => [i.id, (await this.deps.images.inspect(i.id)).Parent] as const));
    return withDescendants(ids, parents);
  }

  /** `SizeRw` (the writable layer's bytes) and `SizeRootFs` (that plus the image's). */
  async sizeOf(ref: string): Promise<{ SizeRw: number; SizeRootFs: number }> {
    const { record } = this.lookup(ref);
    const rw = await writableLayerSize(this.deps.snapshotter, record.snapshotKey).catch(() => 0);
    const image = await this.deps.images.get(record.image).then((i) => i.size, () => 0);
    return { SizeRw: rw, SizeRootFs: rw + image };
  }

  /** `docker rename`: the name checks and conflict of create; the new name is persisted. */
  async rename(ref: string, newName: string): Promise<void> {
    const wanted = newName.trim().replace(/^\//, '');
    if (ref.trim().replace(/^\//, '') === '' || wanted === '') throw invalidArgument('Neither old nor new names may be empty');
    const c = this.lookup(ref.trim());
    const oldName = c.record.name;
    if (wanted === oldName) throw invalidArgument('Renaming a container with the same name as its current name');
    const name = wrapName(() => validateContainerName(`/${wanted}`));
    const holder = this.names.get(name);
    if (holder) {
      throw wrap(conflict(`Conflict. The container name "/${name}" is already in use by container "${holder}". You have to remove (or rename) that container to be able to reuse that name.`), 'Error when allocating new name');
    }
    this.names.set(name, c.record.id);
    c.record.name = name;
    try {
      await this.deps.store.save(c.record);
    } catch (err) {
      c.record.name = oldName;
      this.names.delete(name);
      throw err;
    }
    this.names.delete(oldName);
    await this.deps.networking?.renamed(c.record);
    this.emit(c.record, 'rename', { oldName: `/${oldName}` });
  }

  /**
   * `docker update`: the new resources and restart policy are checked as create checks them,
   * recorded, and applied to a running task through its shim; a task that refuses them leaves
   * the container as it was.
   */
  async update(ref: string, req: ContainerUpdateRequest): Promise<ContainerUpdateResponse> {
    const c = this.lookup(ref);
    const { record } = c;
    const cannot = (err: unknown) => wrap(err, `Cannot update container ${record.id}`);
    if (record.state.Status === 'removing' || record.state.Dead) throw cannot(conflict('container is marked for removal and cannot be "update"'));
    validateRestartPolicy(req.RestartPolicy, false);
    // As dockerd: limits the host cannot enforce are dropped from the update, with a warning.
    const { resources: request, warnings } = discardUnsupported(req, await hostCgroupFeatures());
    let hostConfig: HostConfig;
    try {
      hostConfig = mergeUpdate(record.hostConfig, request);
    } catch (err) {
      throw cannot(err);
    }
    const spec = await buildSpec({}, { ...runOptions(record.id, record.path, record.args, record.config, hostConfig, [], this.deps.userns), user: undefined, groupAdd: undefined }, EMPTY_ROOTFS);
    const previous = record.hostConfig;
    record.hostConfig = hostConfig;
    await this.deps.store.save(record);
    if (record.state.Running && c.shim) {
      const { devices: _devices, ...limits } = spec.linux.resources;
      try {
        await c.shim.update(record.id, taskResources(limits));
      } catch (err) {
        record.hostConfig = previous;
        await this.deps.store.save(record).catch(() => undefined);
        throw cannot(err);
      }
    }
    this.emit(record, 'update');
    return { Warnings: warnings };
  }

  /** `docker container prune`: every container that is not running and that `filters` keep. */
  async prune(filters: Record<string, string[]>): Promise<ContainerPruneResponse> {
    if (this.pruning) throw conflict('a prune operation is already running');
    this.pruning = true;
    try {
      return await this.pruneStopped(pruneSelector(filters));
    } finally {
      this.pruning = false;
    }
  }

  private async pruneStopped(keep: (record: ContainerRecord) => boolean): Promise<ContainerPruneResponse> {
    const deleted: string[] = [];
    let reclaimed = 0;
    for (const c of [...this.live.values()]) {
      if (c.record.state.Running || c.record.state.Status === 'removing' || !keep(c.record)) continue;
      const { SizeRw } = await this.sizeOf(c.record.id).catch(() => ({ SizeRw: 0 }));
      try {
        await this.removeNow(c);
      } catch {
        continue; // dockerd logs the failure and goes on with the others
      }
      reclaimed += SizeRw;
      deleted.push(c.record.id);
    }
    this.deps.events.publish({ type: 'container', action: 'prune', actor: { ID: '', Attributes: { reclaimed: String(reclaimed) } } });
    return { ContainersDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed };
  }

  /**
   * Stop every running container (daemon shutdown without live-restore), each with its own stop
   * timeout, else `defaultTimeoutSeconds` (the daemon's `shutdown-timeout`).
   */
  async stopAll(defaultTimeoutSeconds?: number): Promise<void> {
    // Containers the daemon stops are not stopped by hand: their policy starts them with the next daemon.
    this.shuttingDown = true;
    await Promise.all([...this.live.values()].filter((c) => c.record.state.Running).map((c) =>
      this.stop(c.record.id, c.record.config.StopTimeout ?? defaultTimeoutSeconds).catch(() => undefined)));
    // Volume references do not outlive the daemon (restore takes them again): what they mounted
    // (a local volume's type/o/device) is unmounted with the last one.
    for (const c of this.live.values()) await releaseVolumes(this.deps.volumes, c.record.mounts, c.record.id, false);
  }

  /**
   * What image commands (export, commit, diff, system df) need of a container: its writable
   * snapshot, the image it runs, whether it runs, and its configuration. NotFound as every lookup.
   */
  filesystemOf(ref: string): ContainerFilesystem {
    const { record } = this.lookup(ref);
    return {
      id: record.id,
      name: record.name,
      snapshotKey: record.snapshotKey,
      image: record.image,
      running: !!record.state.Running,
      paused: !!record.state.Paused,
      config: record.config,
    };
  }

  /** `docker top` (see top.ts). NotFound as every lookup. */
  top(ref: string, psArgs?: string): Promise<ContainerTopResponse> {
    return containerTop(() => {
      const c = this.lookup(ref);
      const { record } = c;
      return {
        id: record.id,
        running: !!record.state.Running && !!c.shim,
        restarting: !!record.state.Restarting,
        pids: () => c.shim!.pids(record.id),
        emit: (action) => this.emit(record, action),
      };
    }, psArgs);
  }

  /** `docker stats` samples (see stats.ts); the stream ends when the container is removed. NotFound as every lookup. */
  stats(ref: string, opts: StatsOptions): AsyncIterable<StatsResponse> {
    const id = this.lookup(ref).record.id;
    const current = (): StatsTarget | undefined => {
      const c = this.live.get(id);
      if (!c) return undefined;
      const { record, shim } = c;
      return {
        id,
        name: record.name,
        running: !!record.state.Running && !!shim,
        pid: record.state.Pid ?? 0,
        networkMode: record.hostConfig.NetworkMode,
        stats: () => shim!.stats(id),
      };
    };
    return containerStats(current, opts);
  }
}

/** A container's filesystem as image commands see it (see `ContainerService.filesystemOf`). */
export interface ContainerFilesystem {
  id: string;
  name: string;
  snapshotKey: string;
  /** Image id (`sha256:…`) the container was created from. */
  image: string;
  running: boolean;
  paused: boolean;
  config: ContainerConfig;
}

/** The spec builder's options for a container (also used to check them at create). */
function runOptions(id: string, path: string, args: string[], config: ContainerConfig, host: HostConfig, extraMounts: RunOptions['extraMounts'], userns: UserNamespaceMappings | undefined): RunOptions {
  return {
    id,
    // `--userns=host` opts one container out of the daemon's remapping (its files stay shifted).
    userns: host.UsernsMode === 'host' ? undefined : userns,
    cmd: args,
    entrypoint: [path],
    env: config.Env ?? [],
    workingDir: config.WorkingDir || undefined,
    user: config.User || undefined,
    hostname: config.Hostname,
    domainname: config.Domainname || undefined,
    tty: !!config.Tty,
    openStdin: !!config.OpenStdin,
    readonlyRootfs: !!host.ReadonlyRootfs,
    privileged: !!host.Privileged,
    capAdd: host.CapAdd ?? undefined,
    capDrop: host.CapDrop ?? undefined,
    shmSize: host.ShmSize || undefined,
    networkNamespace: host.NetworkMode === 'host' ? 'host' : undefined,
    resources: {
      memory: host.Memory || undefined,
      memorySwap: host.MemorySwap || undefined,
      nanoCpus: host.NanoCpus || undefined,
      cpuShares: host.CpuShares || undefined,
      cpuPeriod: host.CpuPeriod || undefined,
      cpuQuota: host.CpuQuota || undefined,
      cpusetCpus: host.CpusetCpus || undefined,
      cpusetMems: host.CpusetMems || undefined,
      pidsLimit: host.PidsLimit ?? undefined,
      blkioWeight: host.BlkioWeight || undefined,
      memoryReservation: host.MemoryReservation || undefined,
      memorySwappiness: host.MemorySwappiness ?? undefined,
      oomKillDisable: host.OomKillDisable ?? undefined,
    },
    ...securityOptions(host.SecurityOpt ?? []),
    devices: host.Devices?.map((d) => ({ pathOnHost: d.PathOnHost, pathInContainer: d.PathInContainer || d.PathOnHost, permissions: d.CgroupPermissions || 'rwm' })),
    deviceCgroupRules: host.DeviceCgroupRules ?? undefined,
    ulimits: host.Ulimits?.map((u) => ({ name: u.Name, soft: u.Soft, hard: u.Hard })),
    tmpfs: host.Tmpfs ?? undefined,
    init: host.Init ? { path: initBinaryPath() } : undefined,
    extraMounts,
    // Joins of other containers' namespaces are resolved at start (startContainer).
    namespaces: modesWithoutJoins(host),
    sysctls: host.Sysctls ?? undefined,
    oomScoreAdj: host.OomScoreAdj || undefined,
    groupAdd: host.GroupAdd ?? undefined,
  };
}

/** Docker's `--security-opt` values that concern the spec (labels and AppArmor do not apply here). */
export function securityOptions(opts: string[]): Pick<RunOptions, 'seccomp' | 'noNewPrivileges'> {
  const out: Pick<RunOptions, 'seccomp' | 'noNewPrivileges'> = {};
  for (const opt of opts) {
    if (opt === 'no-new-privileges') {
      out.noNewPrivileges = true;
      continue;
    }
    // dockerd accepts both `key=value` and the older `key:value`.
    const sep = /[=:]/.exec(opt);
    if (!sep) throw invalidArgument(`invalid --security-opt 1: "${opt}"`);
    const key = opt.slice(0, sep.index);
    const value = opt.slice(sep.index + 1);
    // dockerd reads `no-new-privileges=` with Go's strconv.ParseBool.
    if (key === 'no-new-privileges' && parseGoBool(value) !== undefined) {
      out.noNewPrivileges = parseGoBool(value);
    } else if (key === 'seccomp') {
      if (value === 'unconfined') out.seccomp = 'unconfined';
      else {
        try {
          out.seccomp = { profile: JSON.parse(value) as object };
        } catch {
          throw invalidArgument('Decoding seccomp profile failed: the value is neither "unconfined" nor a JSON profile');
        }
      }
    } else if (key !== 'label' && key !== 'apparmor' && key !== 'systempaths') {
      throw invalidArgument(`invalid --security-opt 2: "${opt}"`);
    }
  }
  return out;
}

/** dockerd's refusal of pause and exec while a restart is pending (the container has no process). */
function assertNotRestarting(c: LiveContainer): void {
  if (c.record.state.Restarting) throw conflict(`Container ${c.record.id} is restarting, wait until the container is running`);
}

/** The shim of a container an exec may run in; Docker's conflicts otherwise. */
function assertExecutable(c: LiveContainer): ShimClient {
  assertNotRestarting(c);
  if (!c.record.state.Running || !c.shim) throw conflict(`container ${c.record.id} is not running`);
  if (c.record.state.Paused) throw conflict(`Container ${c.record.id} is paused, unpause the container before exec`);
  return c.shim;
}

/**
 * Copies a task's io socket to a sink: a terminal's bytes are the one stream (stdout), other
 * output comes as stdcopy frames. The sink ends when the socket closes.
 */
function pumpIo(io: Socket, tty: boolean, sink: OutputSink): void {
  const decoder = new FrameDecoder();
  io.on('data', (chunk: Buffer) => {
    if (tty) {
      sink.write('stdout', chunk);
      return;
    }
    for (const frame of decoder.push(chunk)) {
      if (frame.stream === StreamType.Stdout) sink.write('stdout', frame.payload);
      else if (frame.stream === StreamType.Stderr) sink.write('stderr', frame.payload);
    }
  });
  io.on('error', () => undefined);
  io.on('close', () => sink.end());
}

/** A client's stdin into an exec's io socket; its end closes the process's stdin. */
function ioWriter(io: Socket): NodeJS.WritableStream {
  return new Writable({
    write: (chunk: Buffer, _enc, done) => {
      if (!io.destroyed) io.write(chunk, () => done());
      else done();
    },
    final: (done) => {
      if (!io.destroyed) io.end();
      done();
    },
  });
}

/** An exec's command as dockerd names it in `exec_create: ` / `exec_start: ` events (entrypoint, space, args). */
function execCommandLine(cmd: string[]): string {
  return `${cmd[0] ?? ''} ${cmd.slice(1).join(' ')}`;
}

/** A root filesystem with no files: checking run options needs none of them. */
const EMPTY_ROOTFS: RootfsReader = { readFile: async () => null };

export { commandLine } from './list';

/** A name refusal as dockerd words it when it allocates a new name (rename). */
function wrapName(check: () => string): string {
  try {
    return check();
  } catch (err) {
    throw wrap(err, 'Error when allocating new name');
  }
}

/** Reads files of a snapshot's root filesystem without mounting it (for user lookup). */
export function snapshotReader(mounts: Mount[]): RootfsReader {
  const layers: string[] = [];
  for (const m of mounts) {
    if (m.type === 'bind') layers.push(m.source);
    else if (m.type === 'overlay') {
      const opt = (k: string) => m.options.find((o) => o.startsWith(`${k}=`))?.slice(k.length + 1);
      const upper = opt('upperdir');
      if (upper) layers.push(upper);
      layers.push(...(opt('lowerdir')?.split(':') ?? []));
    }
  }
  return {
    async readFile(path: string): Promise<Buffer | null> {
      for (const layer of layers) {
        const file = join(layer, path);
        try {
          const st = await lstat(file);
          if (st.isCharacterDevice() && st.rdev === 0) return null; // overlay whiteout
          if (st.isFile()) return await readFile(file);
        } catch {
          continue;
        }
      }
      return null;
    },
  };
}

/** The host id a user namespace's id 0 (the container root) maps to. */
export function remappedRootId(map: UserNamespaceMappings['uidMap']): number {
  const range = map.find((r) => r.containerId === 0);
  if (!range) throw invalidArgument('userns-remap: the id maps do not map id 0 (the container root)');
  return range.hostId;
}
