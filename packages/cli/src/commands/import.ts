import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { imagesOf } from '@berth/client';
import { type Command, StatusError } from '../context';
import { displayMessages } from './messages';

export const importCommand: Command = {
  spec: {
    name: 'import',
    use: 'import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
    description: 'Import the contents from a tarball to create a filesystem image',
    aliases: ['image import', 'import'],
    flags: [
      { name: 'change', short: 'c', kind: 'list', usage: 'Apply Dockerfile instruction to the created image' },
      { name: 'message', short: 'm', kind: 'string', usage: 'Set commit message for imported image' },
      { name: 'platform', kind: 'string', usage: 'Set platform if server is multi-platform capable' },
    ],
    minArgs: 1,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    const [source, ref] = flags.args;
    if (/^[a-z]+:\/\//i.test(source)) throw new StatusError(`cannot import from ${source}: berth imports files and stdin only`, 1);
    let body: Readable;
    if (source === '-') {
      body = ctx.io.stdin;
    } else {
      try {
        body = (await fs.promises.open(source, 'r')).createReadStream();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new StatusError(`open ${source}: ${code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`, 1);
      }
    }
    const messages = await imagesOf(ctx.client()).import(body, {
      repo: ref,
      message: flags.string('message') || undefined,
      changes: flags.list('change'),
    });
    await displayMessages(messages, ctx.io.stdout);
  },
};
