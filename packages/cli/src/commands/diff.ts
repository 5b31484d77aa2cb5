import { imagesOf } from '@berth/client';
import { type Command, write } from '../context';

const LETTER = ['C', 'A', 'D'] as const;

export const diffCommand: Command = {
  spec: {
    name: 'diff',
    use: 'diff CONTAINER',
    description: "Inspect changes to files or directories on a container's filesystem",
    aliases: ['container diff', 'diff'],
    flags: [],
    minArgs: 1,
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const changes = await imagesOf(ctx.client()).changes(flags.args[0]);
    await write(ctx.io.stdout, changes.map((c) => `${LETTER[c.Kind] ?? '?'} ${c.Path}\n`).join(''));
  },
};
