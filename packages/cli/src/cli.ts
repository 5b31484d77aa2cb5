/**
 * The `berth` command line: Docker's grammar (`berth [OPTIONS] COMMAND`, management commands such
 * as `berth container ls`), Docker's messages and exit statuses.
 */
import { Client, resolveHost, type TlsFlags } from '@berth/client';
import { kindOf } from '@berth/errdefs';
import { commitCommand } from './commands/commit';
import { containerInspectCommand } from './commands/container-inspect';
import { createCommand } from './commands/create';
import { killCommand } from './commands/kill';
import { pauseCommand } from './commands/pause';
import { restartCommand } from './commands/restart';
import { startCommand } from './commands/start';
import { stopCommand } from './commands/stop';
import { unpauseCommand } from './commands/unpause';
import { waitCommand } from './commands/wait';
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { cpCommand } from './commands/cp';
import { historyCommand } from './commands/history';
import { imageInspectCommand, inspectCommand } from './commands/image-inspect';
import { imagePruneCommand } from './commands/image-prune';
import { imagesCommand } from './commands/images';
import { importCommand } from './commands/import';
import { rmiCommand } from './commands/rmi';
import { saveCommand } from './commands/save';
import { systemDfCommand } from './commands/system-df';
import { systemPruneCommand } from './commands/system-prune';
import { eventsCommand } from './commands/events';
import { tagCommand } from './commands/tag';
import { loadCommand } from './commands/load';
import { logsCommand } from './commands/logs';
import { attachCommand } from './commands/attach';
import { execCommand } from './commands/exec';
import { statsCommand } from './commands/stats';
import { topCommand } from './commands/top';
import { psCommand } from './commands/ps';
import { renameCommand } from './commands/rename';
import { updateCommand } from './commands/update';
import { containerPruneCommand } from './commands/container-prune';
import { rmCommand } from './commands/rm';
import { runCommand } from './commands/run';
import { volumeCreateCommand, volumeInspectCommand, volumeLsCommand, volumePruneCommand, volumeRmCommand } from './commands/volume';
import {
  networkConnectCommand, networkCreateCommand, networkDisconnectCommand, networkInspectCommand, networkLsCommand, networkPruneCommand, networkRmCommand,
} from './commands/network';
import { portCommand } from './commands/port';
import { BERTH_VERSION, infoCommand, versionCommand } from './commands/system';
import { type CliIO, type Command, type CommandContext, StatusError, describeError, write } from './context';
import { type CommandSpec, FlagError, type FlagSpec, type ParsedFlags, checkArgCount, parseFlags, renderFlagTable, renderHelp } from './flags';

export type { CliIO } from './context';

const BINARY = 'berth';

/** A management command (`container`, `image`) and the subcommands it groups. */
interface CommandGroup {
  name: string;
  description: string;
  subcommands: Record<string, Command>;
}

/** The same command under a management path, so messages name the path the user typed. */
function under(path: string, command: Command): Command {
  return { ...command, spec: { ...command.spec, name: path, use: command.spec.use.replace(/^\S+/, path) } };
}

const TOP_LEVEL: Record<string, Command> = {
  run: runCommand,
  create: createCommand,
  start: startCommand,
  stop: stopCommand,
  restart: restartCommand,
  kill: killCommand,
  pause: pauseCommand,
  unpause: unpauseCommand,
  wait: waitCommand,
  attach: attachCommand,
  exec: execCommand,
  ps: psCommand,
  rename: renameCommand,
  update: updateCommand,
  logs: logsCommand,
  top: topCommand,
  stats: statsCommand,
  port: portCommand,
  rm: rmCommand,
  images: imagesCommand,
  load: loadCommand,
  save: saveCommand,
  import: importCommand,
  tag: tagCommand,
  rmi: rmiCommand,
  history: historyCommand,
  inspect: inspectCommand,
  commit: commitCommand,
  export: exportCommand,
  cp: cpCommand,
  diff: diffCommand,
  version: versionCommand,
  info: infoCommand,
  events: eventsCommand,
};

const GROUPS: Record<string, CommandGroup> = {
  container: {
    name: 'container',
    description: 'Manage containers',
    subcommands: {
      run: under('container run', runCommand),
      create: under('container create', createCommand),
      start: under('container start', startCommand),
      stop: under('container stop', stopCommand),
      restart: under('container restart', restartCommand),
      kill: under('container kill', killCommand),
      pause: under('container pause', pauseCommand),
      unpause: under('container unpause', unpauseCommand),
      wait: under('container wait', waitCommand),
      attach: under('container attach', attachCommand),
      exec: under('container exec', execCommand),
      inspect: containerInspectCommand,
      ls: under('container ls', psCommand),
      list: under('container ls', psCommand),
      ps: under('container ls', psCommand),
      rename: under('container rename', renameCommand),
      update: under('container update', updateCommand),
      prune: containerPruneCommand,
      logs: under('container logs', logsCommand),
      top: under('container top', topCommand),
      stats: under('container stats', statsCommand),
      rm: under('container rm', rmCommand),
      remove: under('container rm', rmCommand),
      commit: under('container commit', commitCommand),
      export: under('container export', exportCommand),
      cp: under('container cp', cpCommand),
      diff: under('container diff', diffCommand),
      port: under('container port', portCommand),
    },
  },
  image: {
    name: 'image',
    description: 'Manage images',
    subcommands: {
      ls: under('image ls', imagesCommand),
      list: under('image ls', imagesCommand),
      load: under('image load', loadCommand),
      save: under('image save', saveCommand),
      import: under('image import', importCommand),
      tag: under('image tag', tagCommand),
      rm: under('image rm', rmiCommand),
      remove: under('image rm', rmiCommand),
      history: under('image history', historyCommand),
      inspect: imageInspectCommand,
      prune: imagePruneCommand,
    },
  },
  volume: {
    name: 'volume',
    description: 'Manage volumes',
    subcommands: {
      create: volumeCreateCommand,
      ls: volumeLsCommand,
      list: under('volume ls', volumeLsCommand),
      inspect: volumeInspectCommand,
      rm: volumeRmCommand,
      remove: under('volume rm', volumeRmCommand),
      prune: volumePruneCommand,
    },
  },
  network: {
    name: 'network',
    description: 'Manage networks',
    subcommands: {
      connect: networkConnectCommand,
      create: networkCreateCommand,
      disconnect: networkDisconnectCommand,
      inspect: networkInspectCommand,
      ls: networkLsCommand,
      list: under('network ls', networkLsCommand),
      prune: networkPruneCommand,
      rm: networkRmCommand,
      remove: under('network rm', networkRmCommand),
    },
  },
  system: {
    name: 'system',
    description: 'Manage berth',
    subcommands: { info: under('system info', infoCommand), df: systemDfCommand, events: under('system events', eventsCommand), prune: systemPruneCommand },
  },
};

const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'debug', short: 'D', kind: 'bool', usage: 'Enable debug mode' },
  { name: 'host', short: 'H', kind: 'list', usage: 'Daemon socket to connect to' },
  { name: 'tls', kind: 'bool', usage: 'Use TLS; implied by --tlsverify' },
  { name: 'tlscacert', kind: 'string', usage: 'Trust certs signed only by this CA', defaultValue: '~/.docker/ca.pem' },
  { name: 'tlscert', kind: 'string', usage: 'Path to TLS certificate file', defaultValue: '~/.docker/cert.pem' },
  { name: 'tlskey', kind: 'string', usage: 'Path to TLS key file', defaultValue: '~/.docker/key.pem' },
  { name: 'tlsverify', kind: 'bool', usage: 'Use TLS and verify the remote' },
  { name: 'version', short: 'v', kind: 'bool', usage: 'Print version information and quit' },
];

/** The TLS flags given on the command line; defaults (DOCKER_CERT_PATH files) are the client's. */
function tlsFlags(globals: ParsedFlags): TlsFlags {
  const given = (name: string) => (globals.changed(name) ? globals.string(name) : undefined);
  return {
    tls: globals.changed('tls') ? globals.bool('tls') : undefined,
    tlsverify: globals.changed('tlsverify') ? globals.bool('tlsverify') : undefined,
    tlscacert: given('tlscacert'),
    tlscert: given('tlscert'),
    tlskey: given('tlskey'),
  };
}

function commandList(commands: [string, string][]): string {
  const width = Math.max(...commands.map(([name]) => name.length)) + 2;
  return commands.map(([name, text]) => `  ${name.padEnd(Math.max(width, 12))}${text}\n`).join('');
}

function mainHelp(): string {
  const common = Object.entries(TOP_LEVEL).map(([name, c]) => [name, c.spec.description] as [string, string]);
  const groups = Object.values(GROUPS).map((g) => [g.name, g.description] as [string, string]);
  return (
    `Usage:  ${BINARY} [OPTIONS] COMMAND\n\nA container engine with Docker's interface\n\n` +
    `Common Commands:\n${commandList(common)}\nManagement Commands:\n${commandList(groups)}\n` +
    `Global Options:\n${renderFlagTable(GLOBAL_FLAGS)}\nRun '${BINARY} COMMAND --help' for more information on a command.\n`
  );
}

function groupHelp(group: CommandGroup): string {
  const seen = new Set<Command['spec']['name']>();
  const entries: [string, string][] = [];
  for (const [word, command] of Object.entries(group.subcommands)) {
    if (seen.has(command.spec.name)) continue;
    seen.add(command.spec.name);
    entries.push([word, command.spec.description]);
  }
  // cobra lists subcommands by name.
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return (
    `Usage:  ${BINARY} ${group.name} COMMAND\n\n${group.description}\n\nCommands:\n${commandList(entries)}\n` +
    `Run '${BINARY} ${group.name} COMMAND --help' for more information on a command.\n`
  );
}

function unknownCommand(path: string, helpPath: string): StatusError {
  // docker names a management command's usage line between the two (`Usage:  docker network`).
  const usage = helpPath ? `Usage:  ${BINARY} ${helpPath.trimEnd()}\n\n` : '';
  return new StatusError(`${BINARY}: unknown command: ${BINARY} ${path}\n\n${usage}Run '${BINARY} ${helpPath}--help' for more information`, 1);
}

/** cobra's notice for `-h`, which docker 28 prints before the help it asks for. */
const SHORT_HELP_NOTICE = 'Flag shorthand -h has been deprecated, use --help\n';

/**
 * A management command's own words (`berth network`, `berth network --help`, `-h`, a flag, an
 * unknown subcommand) as docker 28 answers them; undefined when `sub` names a subcommand.
 */
async function groupOnly(group: CommandGroup, sub: string | undefined, rest: string[], io: CliIO): Promise<number | undefined> {
  // Without a subcommand docker prints the usage on stderr and succeeds; asked for, on stdout.
  if (sub === undefined) {
    await write(io.stderr, groupHelp(group));
    return 0;
  }
  const helpAsked = sub === '--help' || sub === '-h' || (!group.subcommands[sub] && rest.some((a) => a === '--help' || a === '-h'));
  if (helpAsked) {
    await write(io.stdout, (sub === '-h' ? SHORT_HELP_NOTICE : '') + groupHelp(group));
    return 0;
  }
  if (sub.startsWith('-') && sub !== '-') {
    try {
      parseFlags({ flags: [], interspersed: false }, [sub]);
    } catch (err) {
      if (!(err instanceof FlagError)) throw err;
      throw new StatusError(`${err.message}\n\nUsage:  ${BINARY} ${group.name}\n\nRun '${BINARY} ${group.name} --help' for more information`, 125);
    }
  }
  if (!group.subcommands[sub]) throw unknownCommand(`${group.name} ${sub}`, `${group.name} `);
  return undefined;
}

/** A command-line mistake as Docker's CLI 28 prints it: the message, the usage line, where help is. */
function flagFailure(spec: CommandSpec, err: FlagError): StatusError {
  return new StatusError(`${err.message}\n\nUsage:  ${BINARY} ${spec.use}\n\nRun '${BINARY} ${spec.name} --help' for more information`, 125);
}

async function execute(command: Command, argv: string[], ctx: CommandContext): Promise<number> {
  const spec: CommandSpec = command.spec;
  let flags;
  try {
    flags = parseFlags(spec, argv);
  } catch (err) {
    if (err instanceof FlagError) throw flagFailure(spec, err);
    throw err;
  }
  if (flags.help) {
    const notice = argv.includes('-h') && !argv.includes('--help') ? SHORT_HELP_NOTICE : '';
    await write(ctx.io.stdout, notice + renderHelp(BINARY, spec));
    return 0;
  }
  const countError = checkArgCount(BINARY, spec, flags.args);
  if (countError) throw new StatusError(countError, 1);
  try {
    return (await command.run(ctx, flags)) ?? 0;
  } catch (err) {
    if (err instanceof FlagError) throw flagFailure(spec, err);
    throw err;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  let globals;
  try {
    globals = parseFlags({ flags: GLOBAL_FLAGS, interspersed: false }, argv);
  } catch (err) {
    if (err instanceof FlagError) throw new StatusError(`${err.message}\n\nUsage:  ${BINARY} [OPTIONS] COMMAND [ARG...]\n\nRun '${BINARY} --help' for more information`, 125);
    throw err;
  }
  if (globals.bool('version')) {
    await write(io.stdout, `${BINARY} version ${BERTH_VERSION}\n`);
    return 0;
  }
  const [word, ...rest] = globals.args;
  if (globals.help) {
    // `-h` is answered on stdout, its deprecation notice on stderr (unlike a command's `-h`).
    if (argv.slice(0, argv.length - globals.args.length).includes('-h')) await write(io.stderr, SHORT_HELP_NOTICE);
    await write(io.stdout, mainHelp());
    return 0;
  }
  if (word === undefined) {
    // As docker: a bare `berth` prints the usage on stderr and succeeds.
    await write(io.stderr, mainHelp());
    return 0;
  }
  const hosts = globals.list('host');
  const host = resolveHost(hosts[hosts.length - 1], io.env);
  let client: Client | undefined;
  const ctx: CommandContext = {
    io,
    binary: BINARY,
    host,
    debug: globals.bool('debug') || Boolean(io.env.DEBUG),
    now: () => Date.now(),
    client: () => (client ??= Client.fromEnv(io.env, host, tlsFlags(globals))),
  };

  const top = TOP_LEVEL[word];
  if (top) return execute(top, rest, ctx);
  const group = GROUPS[word];
  if (!group) throw unknownCommand(word, '');
  const [sub, ...subArgs] = rest;
  const status = await groupOnly(group, sub, subArgs, io);
  if (status !== undefined) return status;
  return execute(group.subcommands[sub], subArgs, ctx);
}

/**
 * Run one `berth` invocation: `argv` without the node and script paths. Resolves to the exit
 * status; never rejects — every failure is printed on `io.stderr` as Docker prints it.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof StatusError) {
      if (err.status) await write(io.stderr, `${err.status}\n`);
      return err.code;
    }
    const debug = argv.includes('-D') || argv.includes('--debug');
    await write(io.stderr, `${describeError(err)}\n`);
    if (debug && err instanceof Error && kindOf(err) === 'Internal' && err.stack) await write(io.stderr, `${err.stack}\n`);
    return 1;
  }
}
