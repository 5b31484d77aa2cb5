/**
 * SIGHUP, as dockerd handles it: read the configuration file again, refuse it whole if it is
 * invalid (or sets a key also given as a flag), else take the reloadable keys it sets. Other keys
 * need a restart and are left as they are.
 */
import { invalidArgument } from '@berth/errdefs';
import { checkConflicts, parseConfigFile, RELOADABLE_KEYS, type ConfigFile } from './config';
import { readIfExists, type DaemonOptions } from './flags';

/** Apply the file's reloadable keys to `opts` (in place); returns what was taken, by daemon.json name. */
export function reloadConfig(opts: DaemonOptions, readConfig: (file: string) => string | undefined = readIfExists): ConfigFile {
  const text = readConfig(opts.configFile);
  if (text === undefined) throw invalidArgument(`unable to configure the berth daemon with file ${opts.configFile}: open ${opts.configFile}: no such file or directory`);
  const file = parseConfigFile(opts.configFile, text);
  checkConflicts(opts.configFile, opts.fromFlags, file);
  const reloaded: ConfigFile = {};
  for (const key of RELOADABLE_KEYS) if (key in file) reloaded[key] = file[key];
  const r = reloaded as Record<string, never>;
  if (r.debug !== undefined) opts.debug = r.debug;
  const settings = { ...opts.settings, ...reloaded } as Record<string, never>;
  opts.logLevel = settings.debug ? 'debug' : (settings['log-level'] ?? 'info');
  if (r['live-restore'] !== undefined) opts.liveRestore = r['live-restore'];
  if (r['shutdown-timeout'] !== undefined) opts.shutdownTimeout = r['shutdown-timeout'];
  opts.settings = { ...opts.settings, ...reloaded };
  opts.fromFile = { ...opts.fromFile, ...reloaded };
  return reloaded;
}

/**
 * The attributes of dockerd's `daemon reload` event: the reloadable settings in force after the
 * reload, as dockerd words them (lists as JSON, the rest as text), plus the host's name.
 */
export function reloadEventAttributes(opts: DaemonOptions, hostname: string): Record<string, string> {
  const settings = opts.settings as Record<string, unknown>;
  const list = (key: string) => JSON.stringify(Array.isArray(settings[key]) ? settings[key] : []);
  const runtimes = Object.entries({ runc: { path: 'runc' }, ...opts.runtimes })
    .map(([name, rt]) => `${name}:${rt.path}`)
    .sort()
    .join(' ');
  return {
    'allow-nondistributable-artifacts': list('allow-nondistributable-artifacts'),
    debug: String(opts.debug),
    'default-runtime': opts.defaultRuntime,
    'insecure-registries': list('insecure-registries'),
    labels: list('labels'),
    'live-restore': String(opts.liveRestore),
    'max-concurrent-downloads': String(settings['max-concurrent-downloads'] ?? 3),
    'max-concurrent-uploads': String(settings['max-concurrent-uploads'] ?? 5),
    'max-download-attempts': String(settings['max-download-attempts'] ?? 5),
    name: hostname,
    'registry-mirrors': list('registry-mirrors'),
    runtimes,
    'shutdown-timeout': String(opts.shutdownTimeout),
  };
}
