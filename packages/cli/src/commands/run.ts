/**
 * `berth run`: create, attach, start and wait, in Docker's order — the wait is registered before
 * the start so a fast container cannot exit unseen, and the attach is in place before the start so
 * no output is missed.
 */
import type { Client, ContainerCreateRequest, PendingWait } from '@berth/client';
import { execsOf } from '@berth/client';
import { isNotFound } from '@berth/errdefs';
import { parseReference, repositoryName, withDefaultTag } from '@berth/reference';
import { type Command, type CommandContext, StatusError, describeError, write } from '../context';
import type { CommandSpec, ParsedFlags } from '../flags';
import { familiarTagged } from '../image-name';
import { forwardSignals, monitorTerminalSize, outputThenExit, streamAttached } from './attach-session';
import { claimCidFile } from './cidfile';
import { displayMessages } from './messages';
import { OptionError, type PullPolicy, RUN_FLAGS, containerConfig, pullPolicy } from './run-flags';

const spec: CommandSpec = {
  name: 'run',
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  aliases: ['container run', 'run'],
  flags: RUN_FLAGS,
  interspersed: false,
  minArgs: 1,
};

/** `docker: <message>` for a run option refused after parsing, as Docker prints it (status 125). */
export function optionFailure(binary: string, command: string, err: unknown): StatusError {
  return new StatusError(`${binary}: ${describeError(err)}\n\nRun '${binary} ${command} --help' for more information`, 125);
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

/**
 * The create body and pull options that `run` and `create` both read from their flags; an option
 * refused while parsing becomes Docker's `docker: <message>` (status 125) for `command`.
 */
export function parseCreateOptions(ctx: CommandContext, flags: ParsedFlags, command: string): { body: ContainerCreateRequest; pull: PullOptions } {
  try {
    const pull: PullOptions = { pull: pullPolicy(flags), quiet: flags.bool('quiet'), platform: flags.string('platform') || undefined };
    return { body: containerConfig(flags, { env: ctx.io.env }), pull };
  } catch (err) {
    if (err instanceof OptionError) throw optionFailure(ctx.binary, command, err);
    throw err;
  }
}

/** How `createContainer` gets the image: Docker's `--pull` and `-q`. */
export interface PullOptions {
  pull: PullPolicy;
  quiet: boolean;
  /** `--platform`, sent with the create (the daemon checks the image against it). */
  platform?: string;
}

export async function createContainer(ctx: CommandContext, body: ContainerCreateRequest, name: string, pull: PullOptions = { pull: 'missing', quiet: false }, cidFile = ''): Promise<string> {
  const claimed = claimCidFile(cidFile);
  try {
    const id = await createWithPull(ctx, body, name, pull);
    claimed?.write(id);
    return id;
  } catch (err) {
    claimed?.discard();
    throw err;
  }
}

async function createWithPull(ctx: CommandContext, body: ContainerCreateRequest, name: string, pull: PullOptions): Promise<string> {
  const client = ctx.client();
  const fetchImage = async (image: string) => {
    // Docker asks for the full name (`docker.io/library/busybox`), tag or digest apart.
    const ref = withDefaultTag(parseReference(image));
    const messages = await client.pullImage(repositoryName(ref), { tag: ref.digest ?? ref.tag });
    if (pull.quiet) for await (const _ of messages);
    else await displayMessages(messages, ctx.io.stderr);
  };
  const create = async () => {
    const created = await client.createContainer(body, { name, platform: pull.platform });
    for (const warning of created.Warnings ?? []) await write(ctx.io.stderr, `WARNING: ${warning}\n`);
    return created.Id;
  };
  if (pull.pull === 'always' && body.Image) await fetchImage(body.Image);
  try {
    return await create();
  } catch (err) {
    if (!isNotFound(err) || !body.Image || pull.pull !== 'missing') throw err;
    // Docker tells which image is missing, pulls it, and tries again.
    if (!pull.quiet) await write(ctx.io.stderr, `Unable to find image '${familiarTagged(body.Image)}' locally\n`);
    await fetchImage(body.Image);
    return create();
  }
}

async function run(ctx: CommandContext, flags: ParsedFlags): Promise<number> {
  const { io, binary } = ctx;
  const detach = flags.bool('detach');
  const tty = flags.bool('tty');
  const autoRemove = flags.bool('rm');
  const { body, pull } = parseCreateOptions(ctx, flags, spec.name);
  // Checked after the other options and without the usual decoration, as docker run does.
  if (detach && flags.list('attach').length > 0) throw new StatusError('conflicting options: cannot specify both --attach and --detach', 1);
  if (!detach && tty && body.AttachStdin && io.stdin.isTTY !== true) {
    throw new StatusError('the input device is not a TTY', 1);
  }
  const client: Client = ctx.client();

  let id: string;
  try {
    id = await createContainer(ctx, body, flags.string('name'), pull, flags.string('cidfile'));
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
  const withStdin = body.AttachStdin === true;
  const conn = await client.attachContainer(id, {
    stream: true,
    stdin: withStdin,
    stdout: body.AttachStdout,
    stderr: body.AttachStderr,
    detachKeys: flags.string('detach-keys') || undefined,
  });
  const output = streamAttached(io, conn, { tty, withStdin, detachKeys: flags.string('detach-keys') });
  output.catch(() => undefined);
  // Without a TTY, ctrl-c and friends go to the container (Docker's sig-proxy), not to berth;
  // set up before the start, as the container may be told to stop as soon as it runs.
  const stopSignals = !tty && flags.bool('sig-proxy') ? forwardSignals(client, id) : () => undefined;

  try {
    await client.startContainer(id);
  } catch (err) {
    stopSignals();
    conn.socket.destroy();
    await output.catch(() => undefined);
    if (autoRemove) await wait.result.catch(() => undefined);
    throw runFailure(binary, err);
  }

  // With a TTY, its size follows this terminal's.
  const stopResize = tty ? monitorTerminalSize(io.stdout, (h, w) => execsOf(client).resizeContainer(id, h, w)) : () => undefined;
  const outcome = await outputThenExit(conn, output, wait).finally(() => {
    stopSignals();
    stopResize();
  });
  if ('detached' in outcome) return 0;
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
