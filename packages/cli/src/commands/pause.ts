import type { Command } from '../context';
import { forEachContainer } from './each-container';

/** `berth pause`: freeze every process of each container; prints each name as given. */
export const pauseCommand: Command = {
  spec: {
    name: 'pause',
    use: 'pause CONTAINER [CONTAINER...]',
    description: 'Pause all processes within one or more containers',
    aliases: ['container pause', 'pause'],
    flags: [],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    await forEachContainer(ctx, flags.args, (ref) => client.pauseContainer(ref));
  },
};
