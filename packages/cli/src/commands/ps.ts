import type { Filters } from '@berth/client';
import { type Command, write } from '../context';
import { FlagError } from '../flags';
import { PS_HEADER, containerRow, shortId } from '../format/containers';
import { renderTable } from '../format/table';

/** `-f key=value` (repeatable) into the API's filter map. */
export function parseFilters(entries: string[]): Filters {
  const filters: Filters = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new FlagError(`invalid argument "${entry}" for "-f, --filter" flag: bad format of filter (expected name=value)`);
    const key = entry.slice(0, eq).trim().toLowerCase();
    (filters[key] ??= []).push(entry.slice(eq + 1));
  }
  return filters;
}

export const psCommand: Command = {
  spec: {
    name: 'ps',
    use: 'ps [OPTIONS]',
    description: 'List containers',
    aliases: ['container ls', 'container list', 'container ps', 'ps'],
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Show all containers (default shows just running)' },
      { name: 'filter', short: 'f', kind: 'list', usage: 'Filter output based on conditions provided' },
      { name: 'last', short: 'n', kind: 'int', usage: 'Show n last created containers (includes all states)', defaultValue: '-1' },
      { name: 'latest', short: 'l', kind: 'bool', usage: 'Show the latest created container (includes all states)' },
      { name: 'no-trunc', kind: 'bool', usage: "Don't truncate output" },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only display container IDs' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const noTrunc = flags.bool('no-trunc');
    const limit = flags.bool('latest') ? 1 : flags.int('last');
    const containers = await ctx.client().listContainers({
      all: flags.bool('all') || limit > 0,
      limit: limit > 0 ? limit : undefined,
      filters: parseFilters(flags.list('filter')),
    });
    if (flags.bool('quiet')) {
      await write(ctx.io.stdout, containers.map((c) => `${noTrunc ? c.Id : shortId(c.Id)}\n`).join(''));
      return;
    }
    const now = ctx.now();
    const rows = [PS_HEADER, ...containers.map((c) => containerRow(c, { noTrunc, now }))];
    await write(ctx.io.stdout, renderTable(rows));
  },
};
