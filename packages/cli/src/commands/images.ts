import type { Filters } from '@berth/client';
import { type Command, write } from '../context';
import { shortId } from '../format/containers';
import { IMAGES_HEADER, imageRows } from '../format/images';
import { renderTable } from '../format/table';
import { parseFilters } from './ps';

export const imagesCommand: Command = {
  spec: {
    name: 'images',
    use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
    description: 'List images',
    aliases: ['image ls', 'image list', 'images'],
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Show all images (default hides intermediate images)' },
      { name: 'filter', short: 'f', kind: 'list', usage: 'Filter output based on conditions provided' },
      { name: 'no-trunc', kind: 'bool', usage: "Don't truncate output" },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only show image IDs' },
    ],
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const noTrunc = flags.bool('no-trunc');
    const filters: Filters = parseFilters(flags.list('filter'));
    if (flags.args[0]) (filters.reference ??= []).push(flags.args[0]);
    const images = await ctx.client().listImages({ all: flags.bool('all'), filters });
    if (flags.bool('quiet')) {
      const ids = [...new Set(images.map((i) => (noTrunc ? i.Id : shortId(i.Id))))];
      await write(ctx.io.stdout, ids.map((id) => `${id}\n`).join(''));
      return;
    }
    const now = ctx.now();
    const rows = [IMAGES_HEADER, ...images.flatMap((image) => imageRows(image, { noTrunc, now }))];
    await write(ctx.io.stdout, renderTable(rows));
  },
};
