import type { Command } from '../context';
import { forEachContainer } from './each-container';
import { STOP_FLAGS, stopOptions } from './stop';

/**
 * `berth restart`: berthd has no restart route, so the CLI stops (with `-t`/`-s` as `stop` takes
 * them) and then starts each container; a container that was not running is simply started.
 */
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
    await forEachContainer(ctx, flags.args, async (ref) => {
      await client.stopContainer(ref, options);
      await client.startContainer(ref);
    });
  },
};
