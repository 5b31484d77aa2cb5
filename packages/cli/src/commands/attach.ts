/**
 * `berth attach`: this terminal's streams on a running container's, as docker attach: refused
 * for a container that is not running, stdin only when the container keeps it open, signals
 * forwarded without a TTY (--sig-proxy), the terminal sized with a TTY, and the container's exit
 * status as its own when the container exits while attached.
 */
import { execsOf, type Client, type ContainerInspect } from '@berth/client';
import { type Command, type CommandContext, StatusError } from '../context';
import type { ParsedFlags } from '../flags';
import { forwardSignals, monitorTerminalSize, outputThenExit, streamAttached } from './attach-session';

/** docker/cli's state check, made before attaching and again once attached. */
async function runningContainer(client: Client, ref: string): Promise<ContainerInspect> {
  const container = await client.inspectContainer(ref);
  const state = container.State;
  if (!state?.Running) throw new StatusError('You cannot attach to a stopped container, start it first', 1);
  if (state.Paused) throw new StatusError('You cannot attach to a paused container, unpause it first', 1);
  if (state.Restarting) throw new StatusError('You cannot attach to a restarting container, wait until it is running', 1);
  return container;
}

async function run(ctx: CommandContext, flags: ParsedFlags): Promise<number> {
  const { io } = ctx;
  const client = ctx.client();
  const ref = flags.args[0];
  const container = await runningContainer(client, ref);
  const id = container.Id;
  const tty = container.Config?.Tty === true;
  const noStdin = flags.bool('no-stdin');
  if (!noStdin && tty && io.stdin.isTTY !== true) throw new StatusError('the input device is not a TTY', 1);
  const withStdin = !noStdin && container.Config?.OpenStdin === true;
  const detachKeys = flags.string('detach-keys');

  // Registered before attaching, so an exit right after the attach is not missed.
  const wait = await client.startWaiting(id, { condition: 'not-running' });
  const stopSignals = flags.bool('sig-proxy') && !tty ? forwardSignals(client, id) : () => undefined;
  try {
    const conn = await client.attachContainer(id, { stream: true, stdin: withStdin, stdout: true, stderr: true, detachKeys });
    try {
      await runningContainer(client, id);
    } catch (err) {
      conn.socket.destroy();
      throw err;
    }
    let stopResize = () => undefined as void;
    if (tty) {
      // As docker/cli: a size off by one first, so the program redraws even when the size is unchanged.
      const rows = (io.stdout as { rows?: number }).rows;
      const columns = (io.stdout as { columns?: number }).columns;
      const resize = (h: number, w: number) => execsOf(client).resizeContainer(id, h, w);
      if (io.stdout.isTTY === true && rows && columns) await resize(rows + 1, columns + 1).catch(() => undefined);
      stopResize = monitorTerminalSize(io.stdout, resize);
    }
    const output = streamAttached(io, conn, { tty, withStdin, detachKeys });
    const outcome = await outputThenExit(conn, output, wait).finally(stopResize);
    // docker attach reports a detach as its error (status 1), unlike run and start.
    if ('detached' in outcome) throw new StatusError('read escape sequence', 1);
    if ('error' in outcome) throw outcome.error;
    if (outcome.result.Error?.Message) throw new StatusError(outcome.result.Error.Message, 1);
    return outcome.result.StatusCode;
  } finally {
    stopSignals();
  }
}

export const attachCommand: Command = {
  spec: {
    name: 'attach',
    use: 'attach [OPTIONS] CONTAINER',
    description: 'Attach local standard input, output, and error streams to a running container',
    aliases: ['container attach', 'attach'],
    flags: [
      { name: 'detach-keys', kind: 'string', usage: 'Override the key sequence for detaching a container' },
      { name: 'no-stdin', kind: 'bool', usage: 'Do not attach STDIN' },
      { name: 'sig-proxy', kind: 'bool', usage: 'Proxy all received signals to the process', defaultValue: 'true' },
    ],
    minArgs: 1,
    maxArgs: 1,
  },
  run,
};
