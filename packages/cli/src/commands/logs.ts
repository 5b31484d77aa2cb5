import { apiTimestamp } from '@berth/client';
import { messageOf } from '@berth/errdefs';
import { StreamType } from '@berth/proto';
import { type Command, StatusError, write } from '../context';

export const logsCommand: Command = {
  spec: {
    name: 'logs',
    use: 'logs [OPTIONS] CONTAINER',
    description: 'Fetch the logs of a container',
    aliases: ['container logs', 'logs'],
    flags: [
      { name: 'details', kind: 'bool', usage: 'Show extra details provided to logs' },
      { name: 'follow', short: 'f', kind: 'bool', usage: 'Follow log output' },
      { name: 'since', kind: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
      { name: 'tail', short: 'n', kind: 'string', usage: 'Number of lines to show from the end of the logs', defaultValue: 'all' },
      { name: 'timestamps', short: 't', kind: 'bool', usage: 'Show timestamps' },
      { name: 'until', kind: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    ],
    minArgs: 1,
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const id = flags.args[0];
    // docker/cli's GetTimestamp: durations before now, RFC 3339 times, Unix seconds as they are.
    const timestamp = (name: 'since' | 'until') => {
      const value = flags.string(name);
      if (!value) return undefined;
      try {
        return apiTimestamp(value, new Date(ctx.now()));
      } catch (err) {
        throw new StatusError(`invalid value for "${name}": ${messageOf(err)}`, 1);
      }
    };
    const since = timestamp('since');
    const until = timestamp('until');
    // A TTY container's log has no stream framing, so ask first, as Docker does.
    const { Config } = await client.inspectContainer(id);
    const frames = await client.containerLogs(id, {
      stdout: true,
      stderr: true,
      follow: flags.bool('follow'),
      tail: flags.string('tail'),
      timestamps: flags.bool('timestamps'),
      since,
      until,
      details: flags.bool('details'),
      tty: Config?.Tty === true,
    });
    for await (const frame of frames) {
      await write(frame.stream === StreamType.Stderr ? ctx.io.stderr : ctx.io.stdout, frame.payload);
    }
  },
};
