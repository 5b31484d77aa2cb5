import { readFileSync } from 'node:fs';
import { invalidArgument } from '@berth/errdefs';
import { checkConflicts, parseConfigFile, type ConfigFile } from './config';
import { isLogLevel } from './log';
import { networkConfigOf, parseAddressPool } from './network-opts';
import type { EngineNetworkConfig } from '@berth/engine';
import { normaliseMirror, validateInsecureRegistry } from './registries';

export interface DaemonOptions {
  dataRoot: string;
  execRoot: string;
  hosts: string[];
  debug: boolean;
  /** `debug`, `info` (default), `warn`, `error`, `fatal`: what berthd logs. */
  logLevel: string;
  configFile: string;
  storageDriver: 'overlay' | 'native' | 'proxy';
  /** `--storage-opt proxy.address=unix:///path`: where the `proxy` driver's snapshotter listens. */
  snapshotterAddress?: string;
  pidfile: string;
  /** Leave containers running when berthd stops; the next berthd reconnects to them. */
  liveRestore: boolean;
  /** Seconds a container without its own stop timeout gets when berthd stops it. */
  shutdownTimeout: number;
  /** Containers supervised by one berth-shim process (berth's own option). */
  shimGroupSize?: number;
  /** `--userns-remap USER[:GROUP]` (`default` = berthremap): containers run with that user's subordinate ids. */
  usernsRemap?: string;
  /** OCI runtimes by name besides the built-in `runc` (`runtimes`, `--add-runtime`), and the one containers get by default. */
  runtimes: Record<string, { path: string; runtimeArgs?: string[] }>;
  defaultRuntime: string;
  /** Containers' logging driver and options when they name none (`log-driver`, `log-opts`). */
  logDriver: string;
  logOpts: Record<string, string>;
  /** Serve TCP listeners over TLS; with `tlsVerify` also require client certificates signed by `tlsCaCert`. */
  tls: boolean;
  tlsVerify: boolean;
  tlsCaCert?: string;
  tlsCert?: string;
  tlsKey?: string;
  /**
   * Everything set, by daemon.json name, from the file and the flags: also the keys berth accepts
   * without a feature behind them yet (registries, networking, runtimes), for `info`.
   */
  settings: ConfigFile;
  /** The file's contents alone (a SIGHUP compares the new file against it). */
  fromFile: ConfigFile;
  /** The flags given, by daemon.json name (a reloaded file must not set them either). */
  fromFlags: ConfigFile;
  /** Bridges, iptables, DNS defaults (`--bridge`, `--bip`, `--iptables`, `--dns`, ...). */
  network: EngineNetworkConfig;
}

export const DEFAULTS: DaemonOptions = {
  dataRoot: '/var/lib/berth',
  execRoot: '/run/berth',
  hosts: ['unix:///run/berth/berth.sock'],
  debug: false,
  logLevel: 'info',
  configFile: '/etc/berth/daemon.json',
  storageDriver: 'overlay',
  pidfile: '',
  liveRestore: false,
  shutdownTimeout: 15,
  runtimes: {},
  defaultRuntime: 'runc',
  logDriver: 'json-file',
  logOpts: {},
  tls: false,
  tlsVerify: false,
  settings: {},
  fromFile: {},
  fromFlags: {},
  network: { iptables: true, ipForward: true, icc: true },
};

export const USAGE = `Usage:\tberthd [OPTIONS]

A self-sufficient runtime for containers, speaking the Docker Engine API.

Options:
      --add-runtime runtime        Register an additional OCI compatible runtime (default [])
  -b, --bridge string              Attach containers to a network bridge ("none" for no default bridge)
      --bip string                 IPv4 address and prefix of the default bridge
      --config-file string         Daemon configuration file (default "/etc/berth/daemon.json")
      --data-root string           Root directory of persistent berth state (default "/var/lib/berth")
  -D, --debug                      Enable debug mode
      --default-address-pool pool  Default address pools for node specific local networks
      --default-runtime string     Default OCI runtime for containers (default "runc")
      --dns list                   DNS server to use
      --dns-opt list               DNS options to use
      --dns-search list            DNS search domains to use
      --exec-root string           Root directory for execution state files (default "/run/berth")
      --fixed-cidr string          IPv4 subnet for the default bridge network
  -H, --host list                  Daemon socket(s) to connect to (default unix:///run/berth/berth.sock)
      --icc                        Enable inter-container communication for the default bridge network (default true)
      --insecure-registry list     Enable insecure registry communication
      --ip ip                      Host IP for port publishing from the default bridge network (default 0.0.0.0)
      --ip-forward                 Enable IP forwarding in system configuration (default true)
      --iptables                   Enable addition of iptables rules (default true)
      --live-restore               Enable live restore of containers when the daemon stops or dies
      --log-driver string          Default driver for container logs (default "json-file")
  -l, --log-level string           Set the logging level ("debug"|"info"|"warn"|"error"|"fatal") (default "info")
      --log-opt map                Default log driver options for containers (default map[])
      --mtu int                    Set the MTU for the default "bridge" network
  -p, --pidfile string             Path to use for daemon PID file
      --registry-mirror list       Preferred registry mirror
      --shim-group-size int        Containers supervised by one berth-shim process (default 8)
      --shutdown-timeout int       Set the default shutdown timeout (default 15)
  -s, --storage-driver string      Storage driver to use: overlay2 (default), native or proxy
      --storage-opt list           Storage driver options (proxy.address=unix:///path for proxy)
      --tls                        Use TLS; implied by --tlsverify
      --tlscacert string           Trust certs signed only by this CA (default "~/.docker/ca.pem")
      --tlscert string             Path to TLS certificate file (default "~/.docker/cert.pem")
      --tlskey string              Path to TLS key file (default "~/.docker/key.pem")
      --tlsverify                  Use TLS and verify the remote
      --userland-proxy             Use userland proxy for loopback traffic (accepted; berth always uses NAT rules)
      --userns-remap string        User/Group setting for user namespaces ("default" = berthremap)
  -v, --version                    Print version information and quit
`;

type Kind = 'bool' | 'string' | 'list' | 'map' | 'int' | 'runtime' | 'pool';
/** Each flag sets the daemon.json key of the same meaning (dockerd's pairing). */
const FLAGS: Record<string, { key: string; kind: Kind }> = {
  '--data-root': { key: 'data-root', kind: 'string' },
  '--exec-root': { key: 'exec-root', kind: 'string' },
  '-H': { key: 'hosts', kind: 'list' },
  '--host': { key: 'hosts', kind: 'list' },
  '-D': { key: 'debug', kind: 'bool' },
  '--debug': { key: 'debug', kind: 'bool' },
  '-l': { key: 'log-level', kind: 'string' },
  '--log-level': { key: 'log-level', kind: 'string' },
  '--config-file': { key: 'config-file', kind: 'string' },
  '-s': { key: 'storage-driver', kind: 'string' },
  '--storage-driver': { key: 'storage-driver', kind: 'string' },
  '--storage-opt': { key: 'storage-opts', kind: 'list' },
  '-p': { key: 'pidfile', kind: 'string' },
  '--pidfile': { key: 'pidfile', kind: 'string' },
  '--live-restore': { key: 'live-restore', kind: 'bool' },
  '--shutdown-timeout': { key: 'shutdown-timeout', kind: 'int' },
  '--shim-group-size': { key: 'shim-group-size', kind: 'int' },
  '--userns-remap': { key: 'userns-remap', kind: 'string' },
  '--log-driver': { key: 'log-driver', kind: 'string' },
  '--log-opt': { key: 'log-opts', kind: 'map' },
  '--tls': { key: 'tls', kind: 'bool' },
  '--tlsverify': { key: 'tlsverify', kind: 'bool' },
  '--tlscacert': { key: 'tlscacert', kind: 'string' },
  '--tlscert': { key: 'tlscert', kind: 'string' },
  '--tlskey': { key: 'tlskey', kind: 'string' },
  '--registry-mirror': { key: 'registry-mirrors', kind: 'list' },
  '--add-runtime': { key: 'runtimes', kind: 'runtime' },
  '--default-runtime': { key: 'default-runtime', kind: 'string' },
  '--insecure-registry': { key: 'insecure-registries', kind: 'list' },
  '-b': { key: 'bridge', kind: 'string' },
  '--bridge': { key: 'bridge', kind: 'string' },
  '--bip': { key: 'bip', kind: 'string' },
  '--fixed-cidr': { key: 'fixed-cidr', kind: 'string' },
  '--iptables': { key: 'iptables', kind: 'bool' },
  '--ip-forward': { key: 'ip-forward', kind: 'bool' },
  '--icc': { key: 'icc', kind: 'bool' },
  '--ip': { key: 'ip', kind: 'string' },
  '--default-address-pool': { key: 'default-address-pools', kind: 'pool' },
  '--dns': { key: 'dns', kind: 'list' },
  '--dns-search': { key: 'dns-search', kind: 'list' },
  '--dns-opt': { key: 'dns-opts', kind: 'list' },
  '--mtu': { key: 'mtu', kind: 'int' },
  '--userland-proxy': { key: 'userland-proxy', kind: 'bool' },
};

function storageDriver(value: string): 'overlay' | 'native' | 'proxy' {
  if (value === 'overlay2' || value === 'overlay') return 'overlay';
  if (value === 'native' || value === 'vfs') return 'native';
  if (value === 'proxy') return 'proxy';
  throw invalidArgument(`unsupported storage driver: ${value} (berth has overlay2, native and proxy)`);
}

/**
 * The snapshotter address from `storage-opts` (dockerd's `key=value` list). Only the proxy driver
 * takes an option, `proxy.address`, and needs it; anything else is refused as dockerd refuses a
 * driver's unknown option.
 */
function snapshotterAddress(driver: 'overlay' | 'native' | 'proxy', opts: string[]): string | undefined {
  const name = driver === 'overlay' ? 'overlay2' : driver;
  let address: string | undefined;
  for (const opt of opts) {
    const sep = opt.indexOf('=');
    const key = sep < 0 ? opt : opt.slice(0, sep).trim().toLowerCase();
    if (driver !== 'proxy' || key !== 'proxy.address' || sep < 0) throw invalidArgument(`${name}: unknown option ${key}`);
    address = opt.slice(sep + 1).trim();
  }
  if (driver === 'proxy' && !address) throw invalidArgument('proxy: storage-opt proxy.address=unix:///path is required');
  return address;
}

/** The flags given, by daemon.json key (plus `config-file`), with their values checked. */
export function parseFlagArgs(argv: string[]): ConfigFile | 'help' | 'version' {
  const given: ConfigFile = {};
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const flag = FLAGS[arg];
    if (!flag) throw invalidArgument(`unknown flag: ${arg}`);
    if (flag.kind === 'bool') {
      given[flag.key] = inline === undefined ? true : inline !== 'false';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw invalidArgument(`flag needs an argument: ${arg}`);
    if (flag.kind === 'list') given[flag.key] = [...((given[flag.key] as string[] | undefined) ?? []), listValue(arg, flag.key, value)];
    else if (flag.kind === 'pool') {
      try {
        given[flag.key] = [...((given[flag.key] as unknown[] | undefined) ?? []), parseAddressPool(value)];
      } catch (err) {
        throw invalidArgument(`invalid argument "${value}" for "${arg}" flag: ${(err as Error).message}`);
      }
    } else if (flag.kind === 'runtime') {
      // dockerd's `name=path`: a runtime given by flag has no runtimeArgs.
      const sep = value.indexOf('=');
      if (sep <= 0 || sep === value.length - 1) throw invalidArgument(`invalid argument "${value}" for "${arg}" flag: invalid runtime argument: ${value}`);
      const runtimes = (given[flag.key] as Record<string, { path: string }> | undefined) ?? {};
      const name = value.slice(0, sep);
      if (name in runtimes) throw invalidArgument(`invalid argument "${value}" for "${arg}" flag: runtime '${name}' already defined`);
      given[flag.key] = { ...runtimes, [name]: { path: value.slice(sep + 1) } };
    } else if (flag.kind === 'map') {
      const sep = value.indexOf('=');
      if (sep <= 0) throw invalidArgument(`invalid argument "${value}" for "${arg}" flag: must be key=value`);
      given[flag.key] = { ...((given[flag.key] as Record<string, string> | undefined) ?? {}), [value.slice(0, sep)]: value.slice(sep + 1) };
    } else if (flag.kind === 'int') {
      given[flag.key] = flag.key === 'shutdown-timeout' ? seconds(value, arg) : flag.key === 'mtu' ? mtu(value, arg) : groupSize(value, arg);
    } else {
      if (flag.key === 'storage-driver') storageDriver(value);
      if (flag.key === 'log-level' && !isLogLevel(value)) throw invalidArgument(`unable to parse logging level: ${value}`);
      given[flag.key] = value;
    }
  }
  return given;
}

/**
 * dockerd's flag grammar plus daemon.json: the default file may be missing, a file named by
 * `--config-file` may not; a key given both ways is refused, as dockerd does.
 */
export function parseDaemonArgs(argv: string[], readConfig: (file: string) => string | undefined = readIfExists): DaemonOptions | 'help' | 'version' {
  const given = parseFlagArgs(argv);
  if (typeof given === 'string') return given;
  return loadDaemonOptions(given, readConfig);
}

/**
 * The options from the flags given (parsed by parseFlagArgs) and the configuration file. Its errors
 * are the file's, not usage errors: berthd exits 1 on them, as dockerd does.
 */
export function loadDaemonOptions(given: ConfigFile, readConfig: (file: string) => string | undefined = readIfExists): DaemonOptions {
  const { 'config-file': explicit, ...fromFlags } = given;
  const configFile = (explicit as string | undefined) ?? DEFAULTS.configFile;
  let text: string | undefined;
  try {
    text = readConfig(configFile);
  } catch (err) {
    throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: open ${configFile}: ${ioReason(err)}`);
  }
  if (text === undefined && explicit !== undefined) {
    throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: open ${configFile}: no such file or directory`);
  }
  const fromFile = text === undefined ? {} : parseConfigFile(configFile, text);
  checkConflicts(configFile, fromFlags, fromFile);
  checkRuntimes({ ...fromFile, ...fromFlags });
  return optionsOf({ ...fromFile, ...fromFlags }, configFile, fromFile, fromFlags);
}

/** Typed options from merged settings (validated already, by the flag parser or the schema). */
export function optionsOf(settings: ConfigFile, configFile: string, fromFile: ConfigFile, fromFlags: ConfigFile): DaemonOptions {
  const s = settings as Record<string, never>;
  const opts: DaemonOptions = {
    ...DEFAULTS,
    configFile,
    settings,
    fromFile,
    fromFlags,
    dataRoot: s['data-root'] ?? DEFAULTS.dataRoot,
    execRoot: s['exec-root'] ?? DEFAULTS.execRoot,
    hosts: s.hosts ?? DEFAULTS.hosts,
    debug: s.debug ?? DEFAULTS.debug,
    // dockerd: debug mode logs at debug whatever log-level says.
    logLevel: s.debug ? 'debug' : (s['log-level'] ?? DEFAULTS.logLevel),
    storageDriver: s['storage-driver'] !== undefined ? storageDriver(s['storage-driver']) : DEFAULTS.storageDriver,
    pidfile: s.pidfile ?? DEFAULTS.pidfile,
    liveRestore: s['live-restore'] ?? DEFAULTS.liveRestore,
    shutdownTimeout: s['shutdown-timeout'] ?? DEFAULTS.shutdownTimeout,
    runtimes: s.runtimes ?? DEFAULTS.runtimes,
    defaultRuntime: s['default-runtime'] || DEFAULTS.defaultRuntime,
    logDriver: s['log-driver'] ?? DEFAULTS.logDriver,
    logOpts: s['log-opts'] ?? DEFAULTS.logOpts,
    tlsVerify: s.tlsverify ?? false,
    tls: (s.tls ?? false) || (s.tlsverify ?? false),
    network: networkConfigOf(settings),
  };
  const address = snapshotterAddress(opts.storageDriver, s['storage-opts'] ?? []);
  if (address !== undefined) opts.snapshotterAddress = address;
  if (s['shim-group-size'] !== undefined) opts.shimGroupSize = s['shim-group-size'];
  if (s['userns-remap'] !== undefined) opts.usernsRemap = s['userns-remap'];
  if (s.tlscacert !== undefined) opts.tlsCaCert = s.tlscacert;
  if (s.tlscert !== undefined) opts.tlsCert = s.tlscert;
  if (s.tlskey !== undefined) opts.tlsKey = s.tlskey;
  return opts;
}

/** A whole number of seconds, -1 meaning "wait forever" as in dockerd. */
function seconds(value: unknown, name: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < -1) throw invalidArgument(`invalid value "${String(value)}" for ${name}: must be a whole number of seconds`);
  return n;
}

/** dockerd's `--mtu`: an int; 0 means the default (1500). */
function mtu(value: unknown, name: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 0) throw invalidArgument(`invalid argument "${String(value)}" for "${name}" flag: strconv.ParseInt: parsing "${String(value)}": invalid syntax`);
  return n;
}

function groupSize(value: unknown, name: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1) throw invalidArgument(`invalid value "${String(value)}" for ${name}: must be a positive whole number`);
  return n;
}

/** dockerd's rules for runtimes: `runc` is built in (not redefined); the default must be one of them. */
function checkRuntimes(settings: ConfigFile): void {
  const runtimes = (settings.runtimes as Record<string, unknown> | undefined) ?? {};
  if ('runc' in runtimes) throw invalidArgument("runtime name 'runc' is reserved");
  const wanted = settings['default-runtime'] as string | undefined;
  if (wanted && wanted !== 'runc' && !(wanted in runtimes)) throw invalidArgument(`specified default runtime '${wanted}' does not exist`);
}

/** Go's words for an open(2) failure (`permission denied`, ...). */
function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}

/** A `--registry-mirror` / `--insecure-registry` value, checked (and a mirror normalised) as dockerd's flags do. */
function listValue(flag: string, key: string, value: string): string {
  try {
    if (key === 'registry-mirrors') return normaliseMirror(value);
    if (key === 'insecure-registries') validateInsecureRegistry(value);
    return value;
  } catch (err) {
    throw invalidArgument(`invalid argument "${value}" for "${flag}" flag: ${(err as Error).message}`);
  }
}

export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
