import { StreamType } from '@berth/proto';
import { type Command, write } from '../context';

export const logsCommand: Command = {
  spec: {
    name: 'logs',
    use: 'logs [OPTIONS] CONTAINER',
    description: 'Fetch the logs of a container',
    aliases: ['container logs', 'logs'],
    flags: [
      { name: 'follow', short: 'f', kind: 'bool', usage: 'Follow log output' },
      { name: 'tail', short: 'n', kind: 'string', usage: 'Number of lines to show from the end of the logs', defaultValue: 'all' },
      { name: 'timestamps', short: 't', kind: 'bool', usage: 'Show timestamps' },
    ],
    minArgs: 1,
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const id = flags.args[0];
    // A TTY container's log has no stream framing, so ask first, as Docker does.
    const { Config } = await client.inspectContainer(id);
    const frames = await client.containerLogs(id, {
      stdout: true,
      stderr: true,
      follow: flags.bool('follow'),
      tail: flags.string('tail'),
      timestamps: flags.bool('timestamps'),
      tty: Config?.Tty === true,
    });
    for await (const frame of frames) {
      await write(frame.stream === StreamType.Stderr ? ctx.io.stderr : ctx.io.stdout, frame.payload);
    }
  },
};
