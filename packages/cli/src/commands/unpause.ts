import type { Command } from '../context';
import { forEachContainer } from './each-container';

/** `berth unpause`: thaw the processes `pause` froze; prints each name as given. */
export const unpauseCommand: Command = {
  spec: {
    name: 'unpause',
    use: 'unpause CONTAINER [CONTAINER...]',
    description: 'Unpause all processes within one or more containers',
    aliases: ['container unpause', 'unpause'],
    flags: [],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    await forEachContainer(ctx, flags.args, (ref) => client.unpauseContainer(ref));
  },
};
