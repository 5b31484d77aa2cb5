/** What docker's prune commands share: the `[y/N]` confirmation and the sections of their report. */
import type { ImageDeleteResponseItem } from '@berth/client';
import { type CommandContext, write } from '../context';

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

/** A report section as docker prints it: `title:`, one line per item, a blank line; nothing when nothing went. */
export function deletedSection(title: string, items: readonly string[] | null | undefined): string {
  if (!items?.length) return '';
  return `${title}:\n${items.map((item) => `${item}\n`).join('')}\n`;
}

/** The `Deleted Images:` section: each item untagged a reference or deleted an image. */
export function deletedImagesSection(items: readonly ImageDeleteResponseItem[] | null | undefined): string {
  return deletedSection('Deleted Images', items?.map((item) => (item.Untagged ? `untagged: ${item.Untagged}` : `deleted: ${item.Deleted}`)));
}
