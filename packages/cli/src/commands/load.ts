import * as fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { JsonMessage } from '@berth/client';
import { type Command, StatusError, write } from '../context';
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

/**
 * Progress on a terminal, as Docker's jsonmessage shows it: one line per layer id, rewritten in
 * place (cursor up, erase line) as its status changes; `stream` text is printed as it comes.
 */
export async function displayProgress(messages: AsyncIterable<JsonMessage>, out: Writable): Promise<void> {
  const lines: string[] = [];
  for await (const message of messages) {
    if (message.stream !== undefined) {
      await write(out, message.stream);
      continue;
    }
    if (message.status === undefined) continue;
    const text = `${message.id ? `${message.id}: ` : ''}${message.status}${message.progress ? ` ${message.progress}` : ''}`;
    const at = message.id ? lines.indexOf(message.id) : -1;
    if (at < 0) {
      if (message.id) lines.push(message.id);
      await write(out, `${text}\n`);
    } else {
      const up = lines.length - at;
      await write(out, `\x1b[${up}A\x1b[2K\r${text}\n${up > 1 ? `\x1b[${up - 1}B` : ''}`);
    }
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
    // Progress only makes sense on a terminal; Docker asks for quiet output otherwise.
    const quiet = flags.bool('quiet') || ctx.io.stdout.isTTY !== true;
    const messages = await ctx.client().loadImage(archive, { quiet });
    await (quiet ? displayMessages(messages, ctx.io.stdout) : displayProgress(messages, ctx.io.stdout));
  },
};
