import type { Command } from '../context';
import { forEachContainer } from './each-container';
import { STOP_FLAGS, stopOptions } from './stop';

/** `berth restart`: stop (with `-t`/`-s` as `stop` takes them) and start each container, in berthd. */
export const restartCommand: Command = {
  spec: {
    name: 'restart',
    use: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Restart one or more containers',
    aliases: ['container restart', 'restart'],
    flags: STOP_FLAGS,
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const options = stopOptions(flags);
    await forEachContainer(ctx, flags.args, (ref) => client.restartContainer(ref, options));
  },
};
