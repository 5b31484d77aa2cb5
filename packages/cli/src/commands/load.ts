import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { type Command, StatusError } from '../context';
import { displayMessages } from './messages';

/** Open the archive up front so a missing file fails before anything is sent, in Go's words. */
async function openArchive(file: string): Promise<Readable> {
  try {
    const handle = await fs.promises.open(file, 'r');
    return handle.createReadStream();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new StatusError(`open ${file}: ${reason}`, 1);
  }
}

export const loadCommand: Command = {
  spec: {
    name: 'load',
    use: 'load [OPTIONS]',
    description: 'Load an image from a tar archive or STDIN',
    aliases: ['image load', 'load'],
    flags: [
      { name: 'input', short: 'i', kind: 'string', usage: 'Read from tar archive file, instead of STDIN' },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Suppress the load output' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const input = flags.string('input');
    if (!input && ctx.io.stdin.isTTY) throw new StatusError('requested load from stdin, but stdin is empty', 1);
    const archive = input ? await openArchive(input) : ctx.io.stdin;
    // Progress bars only make sense on a terminal; Docker asks for quiet output otherwise.
    const quiet = flags.bool('quiet') || ctx.io.stdout.isTTY !== true;
    await displayMessages(await ctx.client().loadImage(archive, { quiet }), ctx.io.stdout);
  },
};
