import type { Command } from '../context';
import { forEachContainer } from './each-container';

/** `berth wait`: block until each container stops and print its exit status, one per line. */
export const waitCommand: Command = {
  spec: {
    name: 'wait',
    use: 'wait CONTAINER [CONTAINER...]',
    description: 'Block until one or more containers stop, then print their exit codes',
    aliases: ['container wait', 'wait'],
    flags: [],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    await forEachContainer(ctx, flags.args, async (ref) => {
      const result = await client.waitContainer(ref);
      return String(result.StatusCode);
    });
  },
};
