/**
 * `berth start`: start created or stopped containers and print their names as given; with `-a`
 * (one container) attach first, as `run` does, and exit with the container's status.
 */
import { execsOf, type PendingWait } from '@berth/client';
import { type Command, type CommandContext, StatusError, describeError, write } from '../context';
import type { ParsedFlags } from '../flags';
import { forwardSignals, monitorTerminalSize, outputThenExit, streamAttached } from './attach-session';

async function startAttached(ctx: CommandContext, ref: string, withStdin: boolean, detachKeys: string): Promise<number> {
  const { io } = ctx;
  const client = ctx.client();
  const container = await client.inspectContainer(ref);
  const tty = container.Config?.Tty === true;
  const stdin = withStdin && container.Config?.OpenStdin === true;
  if (stdin && tty && io.stdin.isTTY !== true) throw new StatusError('the input device is not a TTY', 1);
  const id = container.Id ?? ref;
  const conn = await client.attachContainer(id, { stream: true, stdin, stdout: true, stderr: true, detachKeys });
  const output = streamAttached(io, conn, { tty, withStdin: stdin, detachKeys });
  output.catch(() => undefined);
  // Without a TTY, signals go to the container (from before its start), as with docker start -a.
  const stopSignals = tty ? () => undefined : forwardSignals(client, id);
  let wait: PendingWait;
  try {
    wait = await client.startWaiting(id, { condition: container.HostConfig?.AutoRemove ? 'removed' : 'next-exit' });
    await client.startContainer(id);
  } catch (err) {
    stopSignals();
    conn.socket.destroy();
    await output.catch(() => undefined);
    throw err;
  }
  const stopResize = tty ? monitorTerminalSize(io.stdout, (h, w) => execsOf(client).resizeContainer(id, h, w)) : () => undefined;
  const outcome = await outputThenExit(conn, output, wait).finally(() => {
    stopSignals();
    stopResize();
  });
  if ('detached' in outcome) return 0;
  if ('error' in outcome) throw new StatusError(`Error waiting for container: ${describeError(outcome.error)}`, 1);
  return outcome.result.StatusCode;
}

async function run(ctx: CommandContext, flags: ParsedFlags): Promise<number | void> {
  const attach = flags.bool('attach');
  const interactive = flags.bool('interactive');
  if (attach || interactive) {
    if (flags.args.length > 1) throw new StatusError('you cannot start and attach multiple containers at once', 1);
    return startAttached(ctx, flags.args[0], interactive, flags.string('detach-keys'));
  }
  // Unlike stop/kill, docker reports each failure as it happens and names the failed ones last.
  const client = ctx.client();
  const failed: string[] = [];
  for (const ref of flags.args) {
    try {
      await client.startContainer(ref);
      await write(ctx.io.stdout, `${ref}\n`);
    } catch (err) {
      await write(ctx.io.stderr, `${describeError(err)}\n`);
      failed.push(ref);
    }
  }
  if (failed.length > 0) throw new StatusError(`Error: failed to start containers: ${failed.join(', ')}`, 1);
}

export const startCommand: Command = {
  spec: {
    name: 'start',
    use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Start one or more stopped containers',
    aliases: ['container start', 'start'],
    flags: [
      { name: 'attach', short: 'a', kind: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
      { name: 'detach-keys', kind: 'string', usage: 'Override the key sequence for detaching a container' },
      { name: 'interactive', short: 'i', kind: 'bool', usage: "Attach container's STDIN" },
    ],
    minArgs: 1,
  },
  run,
};
