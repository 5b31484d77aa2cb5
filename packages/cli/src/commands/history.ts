import { imagesOf, type ImageHistoryResponseItem } from '@berth/client';
import { type Command, write } from '../context';
import { shortId } from '../format/containers';
import { LIST_FORMAT_USAGE, renderList } from '../format/template';
import { humanDuration, humanSize } from '../format/units';
import { formatted } from './images';

/** Go's formatter.Ellipsis: at most `width` characters, the last one `…` when cut. */
export function ellipsis(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
}

const HEADERS = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };
const DEFAULT_TABLE = '{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';

export const historyCommand: Command = {
  spec: {
    name: 'history',
    use: 'history [OPTIONS] IMAGE',
    description: 'Show the history of an image',
    aliases: ['image history', 'history'],
    flags: [
      { name: 'format', kind: 'string', usage: LIST_FORMAT_USAGE },
      { name: 'human', short: 'H', kind: 'bool', usage: 'Print sizes and dates in human readable format', defaultValue: 'true' },
      { name: 'no-trunc', kind: 'bool', usage: "Don't truncate output" },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only show image IDs' },
    ],
    minArgs: 1,
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const entries = await imagesOf(ctx.client()).history(flags.args[0]);
    const noTrunc = flags.bool('no-trunc');
    const human = flags.bool('human');
    const now = ctx.now();
    const idOf = (e: ImageHistoryResponseItem) => (noTrunc || e.Id === '<missing>' ? e.Id : shortId(e.Id));
    if (flags.bool('quiet')) {
      await write(ctx.io.stdout, entries.map((e) => `${idOf(e)}\n`).join(''));
      return;
    }
    const rows = entries.map((e) => {
      const createdBy = e.CreatedBy.replace(/\t/g, ' ');
      return {
        ID: idOf(e),
        CreatedSince: human ? `${humanDuration(now - e.Created * 1000)} ago` : new Date(e.Created * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
        CreatedAt: new Date(e.Created * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
        CreatedBy: noTrunc ? createdBy : ellipsis(createdBy, 45),
        Size: human ? humanSize(e.Size) : String(e.Size),
        Comment: e.Comment,
      };
    });
    await write(ctx.io.stdout, formatted(() => renderList(flags.string('format') || 'table', rows, HEADERS, DEFAULT_TABLE, '*image.historyContext')));
  },
};
