import { imagesOf } from '@berth/client';
import type { Command } from '../context';
import { writeArchive } from './save';

export const exportCommand: Command = {
  spec: {
    name: 'export',
    use: 'export [OPTIONS] CONTAINER',
    description: "Export a container's filesystem as a tar archive",
    aliases: ['container export', 'export'],
    flags: [{ name: 'output', short: 'o', kind: 'string', usage: 'Write to a file, instead of STDOUT' }],
    minArgs: 1,
    maxArgs: 1,
  },
  async run(ctx, flags) {
    await writeArchive(ctx, flags.string('output'), 'cowardly refusing to save to a terminal. Use the -o flag or redirect', () =>
      imagesOf(ctx.client()).exportContainer(flags.args[0]),
    );
  },
};
