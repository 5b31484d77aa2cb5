import { readFileSync } from 'node:fs';
import { invalidArgument, messageOf } from '@berth/errdefs';

export interface DaemonOptions {
  dataRoot: string;
  execRoot: string;
  hosts: string[];
  debug: boolean;
  configFile: string;
  storageDriver: 'overlay' | 'native';
  pidfile: string;
  /** Leave containers running when berthd stops; the next berthd reconnects to them. */
  liveRestore: boolean;
  /** Seconds a container without its own stop timeout gets when berthd stops it. */
  shutdownTimeout: number;
  /** Containers supervised by one berth-shim process (berth's own option). */
  shimGroupSize?: number;
  /** `--userns-remap USER[:GROUP]` (`default` = berthremap): containers run with that user's subordinate ids. */
  usernsRemap?: string;
}

export const DEFAULTS: DaemonOptions = {
  dataRoot: '/var/lib/berth',
  execRoot: '/run/berth',
  hosts: ['unix:///run/berth/berth.sock'],
  debug: false,
  configFile: '/etc/berth/daemon.json',
  storageDriver: 'overlay',
  pidfile: '',
  liveRestore: false,
  shutdownTimeout: 15,
};

export const USAGE = `Usage:\tberthd [OPTIONS]

A self-sufficient runtime for containers, speaking the Docker Engine API.

Options:
      --config-file string     Daemon configuration file (default "/etc/berth/daemon.json")
      --data-root string       Root directory of persistent berth state (default "/var/lib/berth")
  -D, --debug                  Enable debug mode
      --exec-root string       Root directory for execution state files (default "/run/berth")
  -H, --host list              Daemon socket(s) to connect to (default unix:///run/berth/berth.sock)
      --live-restore           Enable live restore of containers when the daemon stops or dies
  -p, --pidfile string         Path to use for daemon PID file
      --shim-group-size int    Containers supervised by one berth-shim process (default 8)
      --shutdown-timeout int   Set the default shutdown timeout (default 15)
  -s, --storage-driver string  Storage driver to use: overlay2 (default) or native
      --userns-remap string    User/Group setting for user namespaces ("default" = berthremap)
  -v, --version                Print version information and quit
`;

type Key = 'dataRoot' | 'execRoot' | 'hosts' | 'debug' | 'configFile' | 'storageDriver' | 'pidfile' | 'liveRestore' | 'shutdownTimeout' | 'shimGroupSize' | 'usernsRemap';
const FLAGS: Record<string, { key: Key; bool?: boolean }> = {
  '--data-root': { key: 'dataRoot' },
  '--exec-root': { key: 'execRoot' },
  '-H': { key: 'hosts' },
  '--host': { key: 'hosts' },
  '-D': { key: 'debug', bool: true },
  '--debug': { key: 'debug', bool: true },
  '--config-file': { key: 'configFile' },
  '-s': { key: 'storageDriver' },
  '--storage-driver': { key: 'storageDriver' },
  '-p': { key: 'pidfile' },
  '--pidfile': { key: 'pidfile' },
  '--live-restore': { key: 'liveRestore', bool: true },
  '--shutdown-timeout': { key: 'shutdownTimeout' },
  '--shim-group-size': { key: 'shimGroupSize' },
  '--userns-remap': { key: 'usernsRemap' },
};

/** The daemon.json keys this berthd understands, mapped to options (dockerd's names). */
const CONFIG_KEYS: Record<string, Key> = {
  'data-root': 'dataRoot',
  'exec-root': 'execRoot',
  hosts: 'hosts',
  debug: 'debug',
  'storage-driver': 'storageDriver',
  pidfile: 'pidfile',
  'live-restore': 'liveRestore',
  'shutdown-timeout': 'shutdownTimeout',
  'shim-group-size': 'shimGroupSize',
  'userns-remap': 'usernsRemap',
};

function storageDriver(value: string): 'overlay' | 'native' {
  if (value === 'overlay2' || value === 'overlay') return 'overlay';
  if (value === 'native' || value === 'vfs') return 'native';
  throw invalidArgument(`unsupported storage driver: ${value} (berth has overlay2 and native)`);
}

/** dockerd's flag grammar plus daemon.json; a key given both ways is refused, as dockerd does. */
export function parseDaemonArgs(argv: string[], readConfig: (file: string) => string | undefined = readIfExists): DaemonOptions | 'help' | 'version' {
  const fromFlags: Partial<DaemonOptions> = {};
  const hosts: string[] = [];
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
    if (flag.bool) {
      (fromFlags as Record<string, boolean>)[flag.key] = inline === undefined ? true : inline !== 'false';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw invalidArgument(`flag needs an argument: ${arg}`);
    if (flag.key === 'hosts') hosts.push(value);
    else if (flag.key === 'storageDriver') fromFlags.storageDriver = storageDriver(value);
    else if (flag.key === 'shutdownTimeout') fromFlags.shutdownTimeout = seconds(value, arg);
    else if (flag.key === 'shimGroupSize') fromFlags.shimGroupSize = groupSize(value, arg);
    else (fromFlags as Record<string, string>)[flag.key] = value;
  }
  if (hosts.length) fromFlags.hosts = hosts;

  const configFile = fromFlags.configFile ?? DEFAULTS.configFile;
  const fromFile: Partial<DaemonOptions> = {};
  const text = readConfig(configFile);
  if (text !== undefined) {
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(text) as Record<string, unknown>;
    } catch (err) {
      throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: ${messageOf(err)}`);
    }
    for (const [name, value] of Object.entries(doc)) {
      const key = CONFIG_KEYS[name];
      if (!key) throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: the following directives don't match any configuration option: ${name}`);
      if (key in fromFlags) throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: the following directives are specified both as a flag and in the configuration file: ${name}`);
      if (key === 'storageDriver') fromFile.storageDriver = storageDriver(String(value));
      else if (key === 'shutdownTimeout') fromFile.shutdownTimeout = seconds(value, name);
      else if (key === 'shimGroupSize') fromFile.shimGroupSize = groupSize(value, name);
      else if (key === 'usernsRemap') {
        if (typeof value !== 'string') throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: ${name} must be a string`);
        fromFile.usernsRemap = value;
      } else if (key === 'liveRestore' || key === 'debug') {
        if (typeof value !== 'boolean') throw invalidArgument(`unable to configure the berth daemon with file ${configFile}: ${name} must be true or false`);
        fromFile[key] = value;
      } else (fromFile as Record<string, unknown>)[key] = value;
    }
  }
  return { ...DEFAULTS, ...fromFile, ...fromFlags, configFile };
}

/** A whole number of seconds, -1 meaning "wait forever" as in dockerd. */
function seconds(value: unknown, name: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < -1) throw invalidArgument(`invalid value "${String(value)}" for ${name}: must be a whole number of seconds`);
  return n;
}

function groupSize(value: unknown, name: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1) throw invalidArgument(`invalid value "${String(value)}" for ${name}: must be a positive whole number`);
  return n;
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
