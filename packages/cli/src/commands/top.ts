import { containerStatsOf } from '@berth/client';
import { type Command, write } from '../context';
import { renderTable } from '../format/table';

/** docker top's columns: Go's tabwriter with minimum width 20 and padding 3. */
const TOP_TABLE = { minWidth: 20, padding: 3 };

export const topCommand: Command = {
  spec: {
    name: 'top',
    use: 'top CONTAINER [ps OPTIONS]',
    description: 'Display the running processes of a container',
    aliases: ['container top', 'top'],
    flags: [],
    // Everything after the container is for ps (`berth top web -o pid,comm`), not for us.
    interspersed: false,
    minArgs: 1,
  },
  async run(ctx, flags) {
    const [container, ...psArgs] = flags.args;
    const top = await containerStatsOf(ctx.client()).top(container!, psArgs);
    await write(ctx.io.stdout, renderTable([top.Titles, ...(top.Processes ?? [])], TOP_TABLE));
  },
};
