/**
 * `berth exec`: run a process in a running container, as docker exec: create the exec, then run it
 * in the background (-d) or attached (stdin with -i, a terminal with -t, sized to this one), and
 * exit with its exit code. A process that cannot start is reported by the daemon on the stream and
 * exits 126/127 like a shell.
 */
import { readFileSync } from 'node:fs';
import { execsOf, type ExecCreateRequest } from '@berth/client';
import { type Command, type CommandContext, StatusError } from '../context';
import type { ParsedFlags } from '../flags';
import { environmentEntry, goFileError, parseKeyValueFile } from '../opts/container';
import { monitorTerminalSize, streamAttached } from './attach-session';

/** `--env-file` lines, then `-e` entries (docker/cli's ReadKVEnvStrings order). */
function environment(ctx: CommandContext, flags: ParsedFlags): string[] {
  const { env } = ctx.io;
  const out: string[] = [];
  for (const file of flags.list('env-file')) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch (err) {
      throw new StatusError(goFileError(err, file), 1);
    }
    try {
      out.push(...parseKeyValueFile(file, content, (key) => env[key]));
    } catch (err) {
      throw new StatusError((err as Error).message, 1);
    }
  }
  for (const entry of flags.list('env')) {
    try {
      out.push(environmentEntry(entry, env));
    } catch (err) {
      throw new StatusError(`invalid argument "${entry}" for "-e, --env" flag: ${(err as Error).message}\nSee '${ctx.binary} exec --help'.`, 125);
    }
  }
  return out;
}

async function run(ctx: CommandContext, flags: ParsedFlags): Promise<number> {
  const { io } = ctx;
  const [ref, ...cmd] = flags.args;
  const detach = flags.bool('detach');
  const tty = flags.bool('tty');
  const interactive = flags.bool('interactive');
  const request: ExecCreateRequest = {
    User: flags.string('user'),
    Privileged: flags.bool('privileged'),
    Tty: tty,
    Cmd: cmd,
    WorkingDir: flags.string('workdir'),
    Env: environment(ctx, flags),
    AttachStdin: !detach && interactive,
    AttachStdout: !detach,
    AttachStderr: !detach,
    DetachKeys: flags.string('detach-keys'),
  };
  const client = ctx.client();
  const execs = execsOf(client);
  // As docker/cli: the container is looked up first, so a missing one is named as such.
  await client.inspectContainer(ref);
  if (!detach && request.AttachStdin && tty && io.stdin.isTTY !== true) throw new StatusError('the input device is not a TTY', 1);
  const out = io.stdout as { isTTY?: boolean; rows?: number; columns?: number };
  if (tty && out.isTTY && out.rows && out.columns) request.ConsoleSize = [out.rows, out.columns];
  const { Id } = await execs.create(ref, request);
  if (detach) {
    await execs.startDetached(Id);
    return 0;
  }
  const conn = await execs.start(Id, { tty, consoleSize: request.ConsoleSize ?? undefined });
  const stopResize = tty ? monitorTerminalSize(io.stdout, (h, w) => execs.resize(Id, h, w)) : () => undefined;
  const outcome = await streamAttached(io, conn, { tty, withStdin: request.AttachStdin === true, detachKeys: request.DetachKeys }).finally(stopResize);
  if (outcome === 'detached') throw new StatusError('read escape sequence', 1);
  const { ExitCode } = await execs.inspect(Id);
  return ExitCode ?? 0;
}

export const execCommand: Command = {
  spec: {
    name: 'exec',
    use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
    description: 'Execute a command in a running container',
    aliases: ['container exec', 'exec'],
    flags: [
      { name: 'detach', short: 'd', kind: 'bool', usage: 'Detached mode: run command in the background' },
      { name: 'detach-keys', kind: 'string', usage: 'Override the key sequence for detaching a container' },
      { name: 'env', short: 'e', kind: 'list', usage: 'Set environment variables' },
      { name: 'env-file', kind: 'list', usage: 'Read in a file of environment variables' },
      { name: 'interactive', short: 'i', kind: 'bool', usage: 'Keep STDIN open even if not attached' },
      { name: 'privileged', kind: 'bool', usage: 'Give extended privileges to the command' },
      { name: 'tty', short: 't', kind: 'bool', usage: 'Allocate a pseudo-TTY' },
      { name: 'user', short: 'u', kind: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
      { name: 'workdir', short: 'w', kind: 'string', usage: 'Working directory inside the container' },
    ],
    interspersed: false,
    minArgs: 2,
  },
  run,
};
