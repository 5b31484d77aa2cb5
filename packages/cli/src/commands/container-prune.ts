import { containerAdminOf } from '@berth/client';
import { type Command, write } from '../context';
import { humanSize } from '../format/units';
import { parseFilters } from './ps';
import { confirm, deletedSection } from './prune';

/** `berth container prune`: remove every stopped container (the filters permitting), after Docker's prompt. */
export const containerPruneCommand: Command = {
  spec: {
    name: 'container prune',
    use: 'container prune [OPTIONS]',
    description: 'Remove all stopped containers',
    flags: [
      { name: 'filter', kind: 'list', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
      { name: 'force', short: 'f', kind: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const filters = parseFilters(flags.list('filter'));
    // Declining is a cancellation, which docker ends silently with status 0.
    if (!flags.bool('force') && !(await confirm(ctx, 'WARNING! This will remove all stopped containers.'))) return;
    const report = await containerAdminOf(ctx.client()).prune(filters);
    const deleted = report.ContainersDeleted ?? [];
    let out = deletedSection('Deleted Containers', deleted);
    out += `Total reclaimed space: ${humanSize(deleted.length > 0 ? report.SpaceReclaimed : 0)}\n`;
    await write(ctx.io.stdout, out);
  },
};
