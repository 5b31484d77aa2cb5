import { imagesOf } from '@berth/client';
import { type CommandContext, type Command, write } from '../context';
import { humanSize } from '../format/units';
import { parseFilters } from './ps';

/**
 * Docker's confirmation prompt: print `warning` and `Are you sure you want to continue? [y/N] `,
 * read one line of stdin; only `y`/`yes` (any case) agree. A closed stdin means no.
 */
export async function confirm(ctx: CommandContext, warning: string): Promise<boolean> {
  await write(ctx.io.stdout, `${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = await new Promise<string>((resolve) => {
    let text = '';
    const stdin = ctx.io.stdin;
    const done = () => {
      stdin.off('data', onData);
      stdin.off('end', done);
      stdin.pause();
      resolve(text);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      if (text.includes('\n')) done();
    };
    stdin.on('data', onData);
    stdin.once('end', done);
    stdin.resume();
  });
  return /^\s*y(es)?\s*$/i.test(answer.split('\n')[0]);
}

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
    let out = '';
    const deleted = report.ImagesDeleted ?? [];
    if (deleted.length > 0) {
      out += 'Deleted Images:\n';
      for (const item of deleted) out += item.Deleted !== undefined ? `deleted: ${item.Deleted}\n` : `untagged: ${item.Untagged}\n`;
      out += '\n';
    }
    out += `Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`;
    await write(ctx.io.stdout, out);
  },
};
