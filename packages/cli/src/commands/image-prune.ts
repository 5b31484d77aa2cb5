import { imagesOf } from '@berth/client';
import { type Command, write } from '../context';
import { humanSize } from '../format/units';
import { parseFilters } from './ps';
import { confirm, deletedImagesSection } from './prune';

const DANGLING_WARNING = 'WARNING! This will remove all dangling images.';
const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.';

export const imagePruneCommand: Command = {
  spec: {
    name: 'image prune',
    use: 'image prune [OPTIONS]',
    description: 'Remove unused images',
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Remove all unused images, not just dangling ones' },
      { name: 'filter', kind: 'list', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
      { name: 'force', short: 'f', kind: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const all = flags.bool('all');
    if (!flags.bool('force') && !(await confirm(ctx, all ? ALL_WARNING : DANGLING_WARNING))) return;
    const filters = parseFilters(flags.list('filter'));
    filters.dangling = [all ? 'false' : 'true'];
    const report = await imagesOf(ctx.client()).prune(filters);
    let out = deletedImagesSection(report.ImagesDeleted);
    out += `Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`;
    await write(ctx.io.stdout, out);
  },
};
