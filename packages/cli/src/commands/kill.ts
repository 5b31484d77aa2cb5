import type { Command } from '../context';
import { forEachContainer } from './each-container';

/** `berth kill`: SIGKILL, or the signal of `-s` (name or number), to each container. */
export const killCommand: Command = {
  spec: {
    name: 'kill',
    use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Kill one or more running containers',
    aliases: ['container kill', 'kill'],
    flags: [{ name: 'signal', short: 's', kind: 'string', usage: 'Signal to send to the container' }],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const signal = flags.string('signal') || undefined;
    await forEachContainer(ctx, flags.args, (ref) => client.killContainer(ref, { signal }));
  },
};
