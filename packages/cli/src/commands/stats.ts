import { containerStatsOf, eventsOf, type Client } from '@berth/client';
import { type Command, StatusError, describeError, write } from '../context';
import { emptyEntry, liveFrame, renderStats, statsEntry, type StatsEntry } from '../format/stats';
import { LIST_FORMAT_USAGE } from '../format/template';
import { formatted } from './images';

/** How often the live display is redrawn (the docker CLI's ticker). */
const REDRAW_MS = 500;

/** The first sample of each container (`--no-stream`): entries, and the errors of those that failed. */
async function firstSamples(client: Client, containers: string[]): Promise<{ entries: StatsEntry[]; errors: string[] }> {
  const api = containerStatsOf(client);
  const errors: Array<string | undefined> = [];
  const entries = await Promise.all(containers.map(async (container, i) => {
    try {
      for await (const sample of await api.stats(container, { stream: false })) return statsEntry(container, sample);
      return emptyEntry(container, true);
    } catch (err) {
      errors[i] = describeError(err); // in the order the containers were named
      return emptyEntry(container, true);
    }
  }));
  return { entries, errors: errors.filter((e): e is string => e !== undefined) };
}

/**
 * Keeps `entries[container]` up to date from a stream of samples; marks it invalid (`--`) when the
 * stream fails or ends (the container was removed). Resolves once the first sample arrived (or the stream failed), as the docker CLI
 * waits for every container's first sample before it draws.
 */
function follow(client: Client, container: string, entries: Map<string, StatsEntry>): Promise<void> {
  entries.set(container, emptyEntry(container));
  return new Promise((first) => {
    void (async () => {
      try {
        for await (const sample of await containerStatsOf(client).stats(container, { stream: true })) {
          if (!entries.has(container)) return; // no longer shown
          entries.set(container, statsEntry(container, sample));
          first();
        }
      } catch {
        // shown as invalid below
      } finally {
        const entry = entries.get(container);
        if (entry) entry.invalid = true;
        first();
      }
    })();
  });
}

export const statsCommand: Command = {
  spec: {
    name: 'stats',
    use: 'stats [OPTIONS] [CONTAINER...]',
    description: 'Display a live stream of container(s) resource usage statistics',
    aliases: ['container stats', 'stats'],
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Show all containers (default shows just running)' },
      { name: 'format', kind: 'string', usage: LIST_FORMAT_USAGE },
      { name: 'no-stream', kind: 'bool', usage: 'Disable streaming stats and only pull the first result' },
      { name: 'no-trunc', kind: 'bool', usage: 'Do not truncate output' },
    ],
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const format = flags.string('format');
    const trunc = !flags.bool('no-trunc');
    const showAll = flags.args.length === 0;
    const listed = async () => (await client.listContainers({ all: flags.bool('all') })).map((c) => c.Id);

    if (flags.bool('no-stream')) {
      const { entries, errors } = await firstSamples(client, showAll ? await listed() : flags.args);
      // Named containers that cannot be read fail the command; listed ones that vanished do not.
      if (!showAll && errors.length > 0) throw new StatusError(errors.join('\n'), 1);
      if (entries.length === 0) return;
      await write(ctx.io.stdout, formatted(() => renderStats(format, entries, trunc)));
      return;
    }

    const entries = new Map<string, StatsEntry>();
    if (showAll) {
      // As docker does: subscribe to container events first (so no start is missed between the
      // list and the subscription), then follow every listed container; `start` (and with -a
      // `create`) adds one, `die` removes it unless -a.
      const all = flags.bool('all');
      const events = await eventsOf(client).stream({ filters: { type: ['container'] } });
      void (async () => {
        for await (const e of events) {
          if (e.Action === 'start' || (all && e.Action === 'create')) {
            if (!entries.has(e.Actor.ID)) void follow(client, e.Actor.ID, entries);
          } else if (!all && e.Action === 'die') entries.delete(e.Actor.ID);
        }
      })().catch(() => undefined);
      await Promise.all((await listed()).map((id) => follow(client, id, entries)));
      for (;;) {
        await write(ctx.io.stdout, liveFrame(formatted(() => renderStats(format, [...entries.values()], trunc))));
        await new Promise((resolve) => setTimeout(resolve, REDRAW_MS));
      }
    }
    // Named containers: one that does not exist is an error before anything is drawn.
    const errors: string[] = [];
    for (const container of flags.args) await client.inspectContainer(container).catch((err: unknown) => errors.push(describeError(err)));
    if (errors.length > 0) throw new StatusError(errors.join('\n'), 1);
    await Promise.all(flags.args.map((container) => follow(client, container, entries)));
    for (;;) {
      await write(ctx.io.stdout, liveFrame(formatted(() => renderStats(format, [...entries.values()], trunc))));
      await new Promise((resolve) => setTimeout(resolve, REDRAW_MS));
    }
  },
};
