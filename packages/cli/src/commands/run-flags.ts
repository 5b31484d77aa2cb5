/**
 * `run`/`create`'s flags, named, typed and checked as docker CLI 28's, and their translation into
 * the create body as docker/cli's container/opts.go `parse` does it. Values pflag checks while
 * parsing are checked by the flags' `validate` (`invalid argument "abc" for "-m, --memory" flag`);
 * what docker/cli checks afterwards is refused by `containerConfig` with an `OptionError`.
 */
import { readFileSync } from 'node:fs';
import type { ContainerCreateRequest, HostConfig } from '@berth/client';
import type { FlagSpec, ParsedFlags } from '../flags';
import {
  attachStream, environmentEntry, exposedPorts, extraHost, goFileError, keyValueMap, normalizeCapability, parseDevice, parseKeyValueFile, securityOpts,
  validateDeviceCgroupRule, validateDnsSearch, validateIpAddress, validateLabel,
} from '../opts/container';
import { goDuration, goInt, nanoCpus, parseUlimit, ramInBytes, swapBytes } from '../opts/values';
import { parseMountFlag, splitVolumes } from '../opts/mount';
import { isNoRestart, parseRestartPolicy } from './restart-policy';
import { isValidMac, networkingOptions, parseNetworkAttachment, parsePublish, validateLink } from '../opts/network';

/** A run option docker/cli refuses after parsing the flags (printed as `docker: <message>`, status 125). */
export class OptionError extends Error {}

const duration = (name: string, usage: string): FlagSpec => ({ name, kind: 'string', type: 'duration', usage: `${usage} (ms|s|m|h) (default 0s)`, validate: goDuration });
const bytes = (name: string, usage: string, short?: string): FlagSpec => ({ name, short, kind: 'string', type: 'bytes', usage, validate: ramInBytes });

/** The flags `run` and `create` share (Docker's `addFlags`), in help's order. */
export const CONTAINER_FLAGS: FlagSpec[] = [
  { name: 'add-host', kind: 'list', usage: 'Add a custom host-to-IP mapping (host:ip)', validate: extraHost },
  { name: 'attach', short: 'a', kind: 'list', usage: 'Attach to STDIN, STDOUT or STDERR', validate: attachStream },
  { name: 'blkio-weight', kind: 'string', type: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)', validate: (v) => goInt(v, { unsigned: true, bits: 16 }) },
  { name: 'cap-add', kind: 'list', usage: 'Add Linux capabilities' },
  { name: 'cap-drop', kind: 'list', usage: 'Drop Linux capabilities' },
  { name: 'cgroupns', kind: 'string', usage: 'Cgroup namespace to use (host|private)\n\'host\':    Run the container in the Docker host\'s cgroup namespace\n\'private\': Run the container in its own private cgroup namespace\n\'\':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)' },
  { name: 'cidfile', kind: 'string', usage: 'Write the container ID to the file' },
  { name: 'cpu-period', kind: 'string', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period', validate: goInt },
  { name: 'cpu-quota', kind: 'string', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota', validate: goInt },
  { name: 'cpu-shares', short: 'c', kind: 'string', type: 'int', usage: 'CPU shares (relative weight)', validate: goInt },
  { name: 'cpus', kind: 'string', type: 'decimal', usage: 'Number of CPUs', validate: nanoCpus },
  { name: 'cpuset-cpus', kind: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
  { name: 'cpuset-mems', kind: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
  { name: 'device', kind: 'list', usage: 'Add a host device to the container' },
  { name: 'device-cgroup-rule', kind: 'list', usage: 'Add a rule to the cgroup allowed devices list', validate: validateDeviceCgroupRule },
  { name: 'dns', kind: 'list', usage: 'Set custom DNS servers', validate: validateIpAddress },
  { name: 'dns-option', kind: 'list', usage: 'Set DNS options' },
  { name: 'dns-search', kind: 'list', usage: 'Set custom DNS search domains', validate: validateDnsSearch },
  { name: 'domainname', kind: 'string', usage: 'Container NIS domain name' },
  { name: 'entrypoint', kind: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'env', short: 'e', kind: 'list', usage: 'Set environment variables', validate: (v) => environmentEntry(v, {}) },
  { name: 'env-file', kind: 'list', usage: 'Read in a file of environment variables' },
  { name: 'expose', kind: 'list', usage: 'Expose a port or a range of ports' },
  { name: 'group-add', kind: 'list', usage: 'Add additional groups to join' },
  { name: 'health-cmd', kind: 'string', usage: 'Command to run to check health' },
  duration('health-interval', 'Time between running the check'),
  { name: 'health-retries', kind: 'int', usage: 'Consecutive failures needed to report unhealthy' },
  duration('health-start-interval', 'Time between running the check during the start period'),
  duration('health-start-period', 'Start period for the container to initialize before starting health-retries countdown'),
  duration('health-timeout', 'Maximum time to allow one check to run'),
  { name: 'hostname', short: 'h', kind: 'string', usage: 'Container host name' },
  { name: 'init', kind: 'bool', usage: 'Run an init inside the container that forwards signals and reaps processes' },
  { name: 'interactive', short: 'i', kind: 'bool', usage: 'Keep STDIN open even if not attached' },
  { name: 'ip', kind: 'string', usage: 'IPv4 address (e.g., 172.30.100.104)' },
  { name: 'ip6', kind: 'string', usage: 'IPv6 address (e.g., 2001:db8::33)' },
  { name: 'ipc', kind: 'string', usage: 'IPC mode to use' },
  { name: 'label', short: 'l', kind: 'list', usage: 'Set meta data on a container', validate: validateLabel },
  { name: 'label-file', kind: 'list', usage: 'Read in a line delimited file of labels' },
  { name: 'link', kind: 'list', usage: 'Add link to another container', validate: validateLink },
  { name: 'link-local-ip', kind: 'list', usage: 'Container IPv4/IPv6 link-local addresses' },
  { name: 'log-driver', kind: 'string', usage: 'Logging driver for the container' },
  { name: 'log-opt', kind: 'list', usage: 'Log driver options' },
  { name: 'mac-address', kind: 'string', usage: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  bytes('memory', 'Memory limit', 'm'),
  bytes('memory-reservation', 'Memory soft limit'),
  { name: 'memory-swap', kind: 'string', type: 'bytes', usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", validate: swapBytes },
  { name: 'memory-swappiness', kind: 'string', type: 'int', usage: 'Tune container memory swappiness (0 to 100) (default -1)', validate: goInt },
  { name: 'mount', kind: 'list', type: 'mount', usage: 'Attach a filesystem mount to the container', validate: parseMountFlag },
  { name: 'name', kind: 'string', usage: 'Assign a name to the container' },
  // `--net`/`--net-alias`: the old spellings, hidden in help as docker hides them.
  { name: 'net', kind: 'list', type: 'network', usage: 'Connect a container to a network', validate: parseNetworkAttachment, hidden: true },
  { name: 'net-alias', kind: 'list', usage: 'Add network-scoped alias for the container', hidden: true },
  { name: 'network', kind: 'list', type: 'network', usage: 'Connect a container to a network', validate: parseNetworkAttachment },
  { name: 'network-alias', kind: 'list', usage: 'Add network-scoped alias for the container' },
  { name: 'no-healthcheck', kind: 'bool', usage: 'Disable any container-specified HEALTHCHECK' },
  { name: 'oom-kill-disable', kind: 'bool', usage: 'Disable OOM Killer' },
  { name: 'oom-score-adj', kind: 'int', usage: "Tune host's OOM preferences (-1000 to 1000)" },
  { name: 'pid', kind: 'string', usage: 'PID namespace to use' },
  { name: 'pids-limit', kind: 'string', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)', validate: goInt },
  { name: 'platform', kind: 'string', usage: 'Set platform if server is multi-platform capable' },
  { name: 'privileged', kind: 'bool', usage: 'Give extended privileges to this container' },
  { name: 'publish', short: 'p', kind: 'list', usage: "Publish a container's port(s) to the host" },
  { name: 'publish-all', short: 'P', kind: 'bool', usage: 'Publish all exposed ports to random ports' },
  { name: 'pull', kind: 'string', usage: 'Pull image before running ("always", "missing", "never")', defaultValue: 'missing' },
  { name: 'quiet', short: 'q', kind: 'bool', usage: 'Suppress the pull output' },
  { name: 'read-only', kind: 'bool', usage: "Mount the container's root filesystem as read only" },
  { name: 'restart', kind: 'string', usage: 'Restart policy to apply when a container exits', defaultValue: 'no' },
  { name: 'rm', kind: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { name: 'runtime', kind: 'string', usage: 'Runtime to use for this container' },
  { name: 'security-opt', kind: 'list', usage: 'Security Options' },
  bytes('shm-size', 'Size of /dev/shm'),
  { name: 'stop-signal', kind: 'string', usage: 'Signal to stop the container' },
  { name: 'stop-timeout', kind: 'int', usage: 'Timeout (in seconds) to stop a container' },
  { name: 'sysctl', kind: 'list', type: 'map', usage: 'Sysctl options (default map[])', validate: validateSysctl },
  { name: 'tmpfs', kind: 'list', usage: 'Mount a tmpfs directory' },
  { name: 'tty', short: 't', kind: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'ulimit', kind: 'list', type: 'ulimit', usage: 'Ulimit options (default [])', validate: parseUlimit },
  { name: 'user', short: 'u', kind: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { name: 'userns', kind: 'string', usage: 'User namespace to use' },
  { name: 'uts', kind: 'string', usage: 'UTS namespace to use' },
  { name: 'volume', short: 'v', kind: 'list', usage: 'Bind mount a volume' },
  { name: 'volume-driver', kind: 'string', usage: 'Optional volume driver for the container' },
  { name: 'volumes-from', kind: 'list', usage: 'Mount volumes from the specified container(s)' },
  { name: 'workdir', short: 'w', kind: 'string', usage: 'Working directory inside the container' },
];

/** The kernel.* sysctls of the IPC namespace; docker/cli lets these and `net.*`, `fs.mqueue.*` through. */
const NAMESPACED_SYSCTLS = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);

/** `--sysctl KEY=VALUE`, refused as docker/cli's ValidateSysctl when the key is not namespaced. */
export function validateSysctl(entry: string): void {
  const eq = entry.indexOf('=');
  const key = eq < 0 ? '' : entry.slice(0, eq);
  if (eq >= 0 && (NAMESPACED_SYSCTLS.has(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.'))) return;
  throw new Error(`sysctl '${entry}' is not allowed`);
}

/** `--pid`, `--uts`, `--cgroupns` as docker/cli checks them (`--ipc` is left to the daemon). */
function namespaceModes(flags: ParsedFlags): Pick<HostConfig, 'PidMode' | 'UTSMode' | 'CgroupnsMode' | 'IpcMode'> {
  const pid = flags.string('pid');
  if (pid !== '' && pid !== 'host' && !/^container:.+/.test(pid)) throw new OptionError('--pid: invalid PID mode');
  const uts = flags.string('uts');
  if (uts !== '' && uts !== 'host') throw new OptionError('--uts: invalid UTS mode');
  const cgroupns = flags.string('cgroupns');
  if (cgroupns !== '' && cgroupns !== 'host' && cgroupns !== 'private') throw new OptionError('--cgroupns: invalid CGROUP mode');
  return { PidMode: pid, UTSMode: uts, CgroupnsMode: cgroupns, IpcMode: flags.string('ipc') };
}

/** Flags only `run` has: it attaches, detaches and proxies signals; `create` does none of that. */
export const RUN_ONLY_FLAGS: FlagSpec[] = [
  { name: 'detach', short: 'd', kind: 'bool', usage: 'Run container in background and print container ID' },
  { name: 'detach-keys', kind: 'string', usage: 'Override the key sequence for detaching a container' },
  { name: 'sig-proxy', kind: 'bool', usage: 'Proxy received signals to the process', defaultValue: 'true' },
];

const byName = (a: FlagSpec, b: FlagSpec) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
export const RUN_FLAGS: FlagSpec[] = [...CONTAINER_FLAGS, ...RUN_ONLY_FLAGS].sort(byName);
export const CREATE_FLAGS: FlagSpec[] = CONTAINER_FLAGS;

export const PULL_POLICIES = ['always', 'missing', 'never'] as const;
export type PullPolicy = (typeof PULL_POLICIES)[number];

/** `--pull`, checked before anything else as Docker does. */
export function pullPolicy(flags: ParsedFlags): PullPolicy {
  const value = flags.string('pull');
  const policy = PULL_POLICIES.find((p) => p === value);
  if (!policy) throw new OptionError(`invalid pull option: '${value}': must be one of "always", "missing" or "never"`);
  return policy;
}

/** What `containerConfig` reads from outside the command line. */
export interface OptionSources {
  env: Record<string, string | undefined>;
  readFile?: (path: string) => Buffer;
}

/** The files' key=value lines, then the flags' entries (Docker's ReadKVStrings order). */
function keyValues(files: string[], entries: string[], readFile: (path: string) => Buffer, lookup?: (key: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFile(file);
    } catch (err) {
      throw new OptionError(goFileError(err, file));
    }
    try {
      out.push(...parseKeyValueFile(file, content, lookup));
    } catch (err) {
      throw new OptionError((err as Error).message);
    }
  }
  return [...out, ...entries];
}

function refuse<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new OptionError((err as Error).message);
  }
}

const HEALTH_DURATIONS = ['health-interval', 'health-timeout', 'health-start-period', 'health-start-interval'] as const;

/** `Healthcheck` from the `--health-*` flags and `--no-healthcheck`; undefined keeps the image's. */
function healthcheck(flags: ParsedFlags): ContainerCreateRequest['Healthcheck'] {
  const [interval, timeout, startPeriod, startInterval] = HEALTH_DURATIONS.map((name) => (flags.string(name) ? goDuration(flags.string(name)) : 0));
  const retries = flags.int('health-retries');
  const command = flags.string('health-cmd');
  const any = command !== '' || interval !== 0 || timeout !== 0 || startPeriod !== 0 || retries !== 0 || startInterval !== 0;
  if (flags.bool('no-healthcheck')) {
    if (any) throw new OptionError('--no-healthcheck conflicts with --health-* options');
    return { Test: ['NONE'] };
  }
  if (!any) return undefined;
  const negative = [
    ['health-interval', interval],
    ['health-timeout', timeout],
    ['health-retries', retries],
    ['health-start-period', startPeriod],
    ['health-start-interval', startInterval],
  ].find(([, value]) => (value as number) < 0);
  if (negative) throw new OptionError(`--${negative[0]} cannot be negative`);
  // Every field is `omitempty` in Docker's HealthConfig: zeros are left out, so the image's own
  // values still apply to them.
  const fields = { Interval: interval, Timeout: timeout, StartPeriod: startPeriod, StartInterval: startInterval, Retries: retries };
  return {
    ...(command ? { Test: ['CMD-SHELL', command] } : {}),
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== 0)),
  };
}

/** An empty list as docker/cli sends it: null (an unset Go slice), except where it says otherwise. */
const orNull = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null);
const optionalInt = (flags: ParsedFlags, name: string): number => (flags.string(name) ? goInt(flags.string(name)) : 0);
const optionalBytes = (flags: ParsedFlags, name: string, parse: (v: string) => number = ramInBytes): number => (flags.string(name) ? parse(flags.string(name)) : 0);

/**
 * The create body for `run`/`create`'s flags and positional IMAGE [COMMAND...], as docker/cli
 * builds it. Throws `OptionError` for what docker/cli refuses after parsing.
 */
export function containerConfig(flags: ParsedFlags, sources: OptionSources): ContainerCreateRequest {
  const readFile = sources.readFile ?? ((path: string) => readFileSync(path));
  const [image, ...command] = flags.args;
  const attach = flags.list('attach').map(attachStream);
  // `create` has no -d: asking `changed` first keeps this usable with its flags too.
  const detach = flags.changed('detach') && flags.bool('detach');
  const interactive = flags.bool('interactive');
  let attachStdin = attach.includes('stdin') || interactive;
  let attachStdout = attach.includes('stdout') || attach.length === 0;
  let attachStderr = attach.includes('stderr') || attach.length === 0;
  if (detach) attachStdin = attachStdout = attachStderr = false;

  const swappiness = flags.changed('memory-swappiness') ? goInt(flags.string('memory-swappiness')) : -1;
  if (swappiness !== -1 && (swappiness < 0 || swappiness > 100)) throw new OptionError(`invalid value: ${swappiness}. Valid memory swappiness range is 0-100`);

  const tmpfs: Record<string, string> = {};
  for (const entry of flags.list('tmpfs')) {
    const colon = entry.indexOf(':');
    tmpfs[colon < 0 ? entry : entry.slice(0, colon)] = colon < 0 ? '' : entry.slice(colon + 1);
  }
  const mac = flags.string('mac-address');
  if (mac && !isValidMac(mac)) throw new OptionError(`${mac} is not a valid mac address`);
  // -p's ports are exposed too, before --expose's (docker/cli merges them in that order).
  const published = refuse(() => parsePublish(flags.list('publish')));
  const exposed = [...new Set([...published.exposed, ...refuse(() => exposedPorts(flags.list('expose')))])];
  const devices = refuse(() => flags.list('device').map(parseDevice));
  const lookup = (key: string) => sources.env[key];
  const env = keyValues(flags.list('env-file'), flags.list('env').map((e) => environmentEntry(e, sources.env)), readFile, lookup);
  const labels = keyValues(flags.list('label-file'), flags.list('label'), readFile);
  const modes = namespaceModes(flags);
  const userns = flags.string('userns');
  if (userns !== '' && userns !== 'host') throw new OptionError('--userns: invalid USER mode');
  const restartPolicy = refuse(() => parseRestartPolicy(flags.string('restart')));
  const logDriver = flags.string('log-driver');
  const logOpts = flags.list('log-opt');
  if (logDriver === 'none' && logOpts.length > 0) throw new OptionError(`invalid logging opts for driver ${logDriver}`);
  const security = refuse(() => securityOpts(flags.list('security-opt'), (path) => readFile(path).toString('utf8')));
  const health = healthcheck(flags);

  const entrypoint = flags.string('entrypoint');
  const body: ContainerCreateRequest = {
    Hostname: flags.string('hostname'),
    Domainname: flags.string('domainname'),
    User: flags.string('user'),
    AttachStdin: attachStdin,
    AttachStdout: attachStdout,
    AttachStderr: attachStderr,
    Tty: flags.bool('tty'),
    OpenStdin: interactive,
    // Stdin closes when the attached client goes away, as with Docker.
    StdinOnce: interactive && attachStdin,
    Env: env,
    Image: image,
    WorkingDir: flags.string('workdir'),
    Labels: keyValueMap(labels),
  };
  // Keys sorted as Go encodes docker/cli's map.
  if (exposed.length > 0) body.ExposedPorts = Object.fromEntries([...exposed].sort().map((p) => [p, {}]));
  if (command.length > 0) body.Cmd = command;
  // `--entrypoint ""` clears the image's entrypoint, which Docker sends as [""].
  if (flags.changed('entrypoint')) body.Entrypoint = [entrypoint];
  if (flags.string('stop-signal')) body.StopSignal = flags.string('stop-signal');
  if (flags.changed('stop-timeout')) body.StopTimeout = flags.int('stop-timeout');
  if (health) body.Healthcheck = health;
  const { binds, volumes } = splitVolumes(flags.list('volume'), process.cwd());
  body.Volumes = volumes;

  const hostConfig: HostConfig = {
    AutoRemove: flags.bool('rm'),
    Privileged: flags.bool('privileged'),
    ReadonlyRootfs: flags.bool('read-only'),
    RestartPolicy: { MaximumRetryCount: 0, ...restartPolicy },
    CapAdd: orNull(flags.list('cap-add').map(normalizeCapability)),
    CapDrop: orNull(flags.list('cap-drop').map(normalizeCapability)),
    GroupAdd: orNull(flags.list('group-add')),
    Dns: flags.list('dns').map((d) => d.trim()),
    DnsSearch: flags.list('dns-search'),
    DnsOptions: flags.list('dns-option'),
    ExtraHosts: orNull(flags.list('add-host').map(extraHost)),
    SecurityOpt: orNull(security),
    UsernsMode: userns,
    ShmSize: optionalBytes(flags, 'shm-size'),
    Tmpfs: tmpfs,
    Binds: orNull(binds),
    VolumesFrom: orNull(flags.list('volumes-from')),
    VolumeDriver: flags.string('volume-driver'),
    OomScoreAdj: flags.int('oom-score-adj'),
    // Resources
    Memory: optionalBytes(flags, 'memory'),
    MemoryReservation: optionalBytes(flags, 'memory-reservation'),
    MemorySwap: optionalBytes(flags, 'memory-swap', swapBytes),
    MemorySwappiness: swappiness,
    OomKillDisable: flags.bool('oom-kill-disable'),
    NanoCpus: flags.string('cpus') ? nanoCpus(flags.string('cpus')) : 0,
    CpuShares: optionalInt(flags, 'cpu-shares'),
    CpuPeriod: optionalInt(flags, 'cpu-period'),
    CpuQuota: optionalInt(flags, 'cpu-quota'),
    CpusetCpus: flags.string('cpuset-cpus'),
    CpusetMems: flags.string('cpuset-mems'),
    PidsLimit: optionalInt(flags, 'pids-limit'),
    BlkioWeight: flags.string('blkio-weight') ? goInt(flags.string('blkio-weight'), { unsigned: true, bits: 16 }) : 0,
    // One limit per name, the last given winning (Docker keeps them in a map).
    Ulimits: [...new Map(flags.list('ulimit').map(parseUlimit).map((u) => [u.Name, u])).values()],
    Devices: devices,
    DeviceCgroupRules: orNull(flags.list('device-cgroup-rule')),
    ...modes,
    Sysctls: keyValueMap(flags.list('sysctl')),
    Runtime: flags.string('runtime'),
    ContainerIDFile: flags.string('cidfile'),
    PortBindings: published.bindings,
    PublishAllPorts: flags.bool('publish-all'),
    Links: orNull(flags.list('link')),
  };
  // Docker sends an empty driver for the daemon to fill in; berthd keeps what it is sent, so the
  // daemon's default is left in place unless the user chose.
  // Mounts is omitempty in docker's HostConfig.
  const mounts = flags.list('mount').map(parseMountFlag);
  if (mounts.length > 0) hostConfig.Mounts = mounts;
  if (logDriver !== '' || logOpts.length > 0) hostConfig.LogConfig = { Type: logDriver, Config: keyValueMap(logOpts) };
  if (flags.bool('rm') && !isNoRestart(restartPolicy)) throw new OptionError('conflicting options: cannot specify both --restart and --rm');
  // Only an explicit --init (true or false) overrides the daemon's default.
  if (flags.changed('init')) hostConfig.Init = flags.bool('init');
  const networking = refuse(() =>
    networkingOptions([...flags.list('network'), ...flags.list('net')].map(parseNetworkAttachment), {
      aliases: [...flags.list('network-alias'), ...flags.list('net-alias')],
      links: flags.list('link'),
      ipv4Address: flags.string('ip'),
      ipv6Address: flags.string('ip6'),
      macAddress: mac,
      linkLocalIps: flags.list('link-local-ip'),
    }),
  );
  hostConfig.NetworkMode = networking.networkMode;
  body.NetworkingConfig = { EndpointsConfig: networking.endpoints };
  body.HostConfig = hostConfig;
  return body;
}
