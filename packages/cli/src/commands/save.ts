import * as fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { imagesOf } from '@berth/client';
import { type CommandContext, type Command, StatusError } from '../context';

/**
 * Write a tar from the daemon to `-o FILE` or to stdout; a terminal is refused before anything is
 * asked of the daemon (Docker's "Cowardly refusing" message). A failed write leaves no file.
 */
export async function writeArchive(ctx: CommandContext, output: string, refusal: string, open: () => Promise<Readable>): Promise<void> {
  if (!output && ctx.io.stdout.isTTY) throw new StatusError(refusal, 1);
  if (!output) {
    await pipeline(await open(), ctx.io.stdout, { end: false });
    return;
  }
  const body = await open();
  const temp = `${output}.berth-${process.pid}.tmp`;
  try {
    await pipeline(body, fs.createWriteStream(temp, { mode: 0o600 }));
    await fs.promises.rename(temp, output);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') throw new StatusError(`failed to save image: invalid output path: ${output}`, 1);
    throw err;
  }
}

export const saveCommand: Command = {
  spec: {
    name: 'save',
    use: 'save [OPTIONS] IMAGE [IMAGE...]',
    description: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
    aliases: ['image save', 'save'],
    flags: [{ name: 'output', short: 'o', kind: 'string', usage: 'Write to a file, instead of STDOUT' }],
    minArgs: 1,
  },
  async run(ctx, flags) {
    await writeArchive(ctx, flags.string('output'), 'cowardly refusing to save to a terminal. Use the -o flag or redirect', () =>
      imagesOf(ctx.client()).save(flags.args),
    );
  },
};
