import type { ContainerSummary, Filters } from '@berth/client';
import { type Command, write } from '../context';
import { FlagError } from '../flags';
import { PS_HEADERS, containerFields, psDefaultTable, psJsonLine, shortId } from '../format/containers';
import { LIST_FORMAT_USAGE, checkTemplate, renderList } from '../format/template';
import { formatted } from './images';

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

const PS_TEMPLATE_FAILURE = { parse: 'failed to parse template', execute: 'failed to execute template' };

export const psCommand: Command = {
  spec: {
    name: 'ps',
    use: 'ps [OPTIONS]',
    description: 'List containers',
    aliases: ['container ls', 'container list', 'container ps', 'ps'],
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Show all containers (default shows just running)' },
      { name: 'filter', short: 'f', kind: 'list', usage: 'Filter output based on conditions provided' },
      { name: 'format', kind: 'string', usage: LIST_FORMAT_USAGE },
      { name: 'last', short: 'n', kind: 'int', usage: 'Show n last created containers (includes all states)', defaultValue: '-1' },
      { name: 'latest', short: 'l', kind: 'bool', usage: 'Show the latest created container (includes all states)' },
      { name: 'no-trunc', kind: 'bool', usage: "Don't truncate output" },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only display container IDs' },
      { name: 'size', short: 's', kind: 'bool', usage: 'Display total file sizes' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const noTrunc = flags.bool('no-trunc');
    const quiet = flags.bool('quiet');
    const format = flags.string('format');
    const limit = flags.bool('latest') ? 1 : flags.int('last');
    // As docker: a --format first runs once on an empty row, so its errors come before any listing,
    // and sizes are asked for with -s or when that run reads .Size (`{{json .}}` does; never for -q).
    let readsSize = false;
    if (format) {
      const empty = containerFields({ Id: '', Names: [], Image: '', Command: '', Created: 0 } as unknown as ContainerSummary, { noTrunc, now: ctx.now() });
      const row = {
        ...empty,
        Platform: null,
        Label: (_name: unknown) => '',
        get Size() {
          readsSize = true;
          return empty.Size;
        },
      };
      formatted(() => (checkTemplate(format, row, '*formatter.ContainerContext'), ''), PS_TEMPLATE_FAILURE);
    }
    const size = !quiet && (flags.changed('size') ? flags.bool('size') : readsSize);
    const containers = await ctx.client().listContainers({
      all: flags.bool('all'),
      limit: limit > 0 ? limit : undefined,
      size,
      filters: parseFilters(flags.list('filter')),
    });
    if (quiet && (!format || format === 'table')) {
      await write(ctx.io.stdout, containers.map((c) => `${noTrunc ? c.Id : shortId(c.Id)}\n`).join(''));
      return;
    }
    const now = ctx.now();
    const rows = containers.map((c) => containerFields(c, { noTrunc, now }));
    if (format === 'json') {
      await write(ctx.io.stdout, rows.map((r) => `${psJsonLine(r)}\n`).join(''));
      return;
    }
    const table = psDefaultTable(flags.bool('size'));
    // Platform is a field of docker's row too (nil here), Label(name) a method; templates may use both.
    const templateRows = rows.map((r, i) => ({ ...r, Platform: null, Label: (name: unknown) => containers[i].Labels?.[String(name)] ?? '' }));
    await write(ctx.io.stdout, formatted(() => renderList(format || 'table', templateRows, PS_HEADERS, table, '*formatter.ContainerContext'), PS_TEMPLATE_FAILURE));
  },
};
