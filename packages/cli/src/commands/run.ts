/**
 * `berth run`: create, attach, start and wait, in Docker's order — the wait is registered before
 * the start so a fast container cannot exit unseen, and the attach is in place before the start so
 * no output is missed.
 */
import type { Client, ContainerCreateRequest, HijackedConnection, PendingWait, WaitResponse } from '@berth/client';
import { attachedOutput } from '@berth/client';
import { isNotFound } from '@berth/errdefs';
import { StreamType } from '@berth/proto';
import { type CliIO, type Command, type CommandContext, StatusError, describeError, write } from '../context';
import type { CommandSpec, FlagSpec, ParsedFlags } from '../flags';
import { familiarTagged, splitImageName } from '../image-name';
import { displayMessages } from './messages';

export const RUN_FLAGS: FlagSpec[] = [
  { name: 'detach', short: 'd', kind: 'bool', usage: 'Run container in background and print container ID' },
  { name: 'entrypoint', kind: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'env', short: 'e', kind: 'list', usage: 'Set environment variables' },
  { name: 'hostname', short: 'h', kind: 'string', usage: 'Container host name' },
  { name: 'interactive', short: 'i', kind: 'bool', usage: 'Keep STDIN open even if not attached' },
  { name: 'label', short: 'l', kind: 'list', usage: 'Set meta data on a container' },
  { name: 'name', kind: 'string', usage: 'Assign a name to the container' },
  { name: 'rm', kind: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { name: 'tty', short: 't', kind: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'user', short: 'u', kind: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { name: 'workdir', short: 'w', kind: 'string', usage: 'Working directory inside the container' },
];

const spec: CommandSpec = {
  name: 'run',
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  aliases: ['container run', 'run'],
  flags: RUN_FLAGS,
  interspersed: false,
  minArgs: 1,
};

/** `-e K=V` as is; `-e K` takes K's value from this environment, or stays `K` (unset) when absent. */
function environment(entries: string[], env: CliIO['env']): string[] {
  return entries.map((entry) => {
    if (entry.includes('=')) return entry;
    const value = env[entry];
    return value === undefined ? entry : `${entry}=${value}`;
  });
}

function labels(entries: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq < 0) out[entry] = '';
    else out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

export function containerConfig(flags: ParsedFlags, env: CliIO['env']): ContainerCreateRequest {
  const [image, ...command] = flags.args;
  // `create` has no -d: asking `changed` first keeps this usable with its flags too.
  const detach = flags.changed('detach') && flags.bool('detach');
  const interactive = flags.bool('interactive');
  const entrypoint = flags.string('entrypoint');
  const body: ContainerCreateRequest = {
    Hostname: flags.string('hostname'),
    User: flags.string('user'),
    AttachStdin: !detach && interactive,
    AttachStdout: !detach,
    AttachStderr: !detach,
    Tty: flags.bool('tty'),
    OpenStdin: interactive,
    StdinOnce: !detach && interactive,
    Env: environment(flags.list('env'), env),
    Image: image,
    WorkingDir: flags.string('workdir'),
    Labels: labels(flags.list('label')),
    HostConfig: { AutoRemove: flags.bool('rm') },
  };
  if (command.length > 0) body.Cmd = command;
  // `--entrypoint ""` clears the image's entrypoint, which Docker sends as [""].
  if (flags.changed('entrypoint')) body.Entrypoint = [entrypoint];
  return body;
}

/**
 * Docker's exit statuses for a failed run: 127 when the command was not found, 126 when it could
 * not be executed, 125 for every other failure before the container ran. The daemon reports the
 * cause only in its message, so the message is what tells them apart.
 */
export function runFailure(binary: string, err: unknown): StatusError {
  const message = describeError(err);
  const status = `${binary}: ${message}\n\nRun '${binary} run --help' for more information`;
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(message)) {
    return new StatusError(status, 127);
  }
  if (/permission denied|is a directory/.test(message)) return new StatusError(status, 126);
  return new StatusError(status, 125);
}

export async function createContainer(ctx: CommandContext, body: ContainerCreateRequest, name: string): Promise<string> {
  const client = ctx.client();
  const create = async () => {
    const created = await client.createContainer(body, { name });
    for (const warning of created.Warnings ?? []) await write(ctx.io.stderr, `WARNING: ${warning}\n`);
    return created.Id;
  };
  try {
    return await create();
  } catch (err) {
    if (!isNotFound(err) || !body.Image) throw err;
    // Docker tells which image is missing, pulls it, and tries again.
    await write(ctx.io.stderr, `Unable to find image '${familiarTagged(body.Image)}' locally\n`);
    const { repository, tag, digest } = splitImageName(body.Image);
    await displayMessages(await client.pullImage(repository, { tag: digest ?? tag }), ctx.io.stderr);
    return create();
  }
}

/**
 * Copy the attached streams until the daemon closes the output: output frames to stdout/stderr
 * (a TTY has only stdout), stdin to the container when attached, with its end closing the
 * container's stdin.
 */
export async function streamAttached(io: CliIO, conn: HijackedConnection, tty: boolean, withStdin: boolean): Promise<void> {
  const { socket } = conn;
  const stdin = io.stdin;
  const rawMode = withStdin && tty && stdin.isTTY === true && typeof stdin.setRawMode === 'function';
  const onData = (chunk: Buffer) => socket.write(chunk);
  const onEnd = () => socket.end();
  if (withStdin) {
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    if (rawMode) stdin.setRawMode?.(true);
    stdin.resume();
  }
  try {
    for await (const frame of attachedOutput(conn, tty)) {
      const target = frame.stream === StreamType.Stderr ? io.stderr : io.stdout;
      await write(target, frame.payload);
    }
  } finally {
    if (withStdin) {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      if (rawMode) stdin.setRawMode?.(false);
      stdin.pause();
    }
    socket.destroy();
  }
}

/** How long to let output drain after the container's exit status arrived first. */
const OUTPUT_GRACE_MS = 2000;

/**
 * Let the attached `output` (from `streamAttached` over `conn`) finish, then settle the `wait`:
 * when the exit status comes first the output gets a short grace to drain before the connection
 * is cut. Resolves with the wait's answer or its failure.
 */
export async function outputThenExit(
  conn: HijackedConnection,
  output: Promise<void>,
  wait: PendingWait,
): Promise<{ result: WaitResponse } | { error: unknown }> {
  const exited = wait.result.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  const first = await Promise.race([output.then(() => 'output' as const), exited.then(() => 'exit' as const)]);
  if (first === 'exit') {
    // The daemon closes the stream after the last output; give it a moment before cutting it.
    const grace = new Promise<void>((resolve) => setTimeout(resolve, OUTPUT_GRACE_MS).unref());
    await Promise.race([output.catch(() => undefined), grace]);
    conn.socket.destroy();
    await output.catch(() => undefined);
  } else {
    await output;
  }
  return exited;
}

async function run(ctx: CommandContext, flags: ParsedFlags): Promise<number> {
  const { io, binary } = ctx;
  const detach = flags.bool('detach');
  const interactive = flags.bool('interactive');
  const tty = flags.bool('tty');
  const autoRemove = flags.bool('rm');
  if (!detach && tty && interactive && io.stdin.isTTY !== true) {
    throw new StatusError('the input device is not a TTY', 1);
  }
  const body = containerConfig(flags, io.env);
  const client: Client = ctx.client();

  let id: string;
  try {
    id = await createContainer(ctx, body, flags.string('name'));
  } catch (err) {
    throw runFailure(binary, err);
  }
  if (detach) {
    await write(io.stdout, `${id}\n`);
    try {
      await client.startContainer(id);
    } catch (err) {
      throw runFailure(binary, err);
    }
    return 0;
  }

  let wait: PendingWait;
  try {
    wait = await client.startWaiting(id, { condition: autoRemove ? 'removed' : 'next-exit' });
  } catch (err) {
    await write(io.stderr, `Error waiting for container: ${describeError(err)}\n`);
    return 125;
  }
  const conn = await client.attachContainer(id, { stream: true, stdin: interactive, stdout: true, stderr: true });
  const output = streamAttached(io, conn, tty, interactive);
  output.catch(() => undefined);

  try {
    await client.startContainer(id);
  } catch (err) {
    conn.socket.destroy();
    await output.catch(() => undefined);
    if (autoRemove) await wait.result.catch(() => undefined);
    throw runFailure(binary, err);
  }

  const outcome = await outputThenExit(conn, output, wait);
  if ('error' in outcome) {
    await write(io.stderr, `Error waiting for container: ${describeError(outcome.error)}\n`);
    return 125;
  }
  if (outcome.result.Error?.Message) {
    await write(io.stderr, `Error waiting for container: ${outcome.result.Error.Message}\n`);
    return 125;
  }
  return outcome.result.StatusCode;
}

export const runCommand: Command = { spec, run };
