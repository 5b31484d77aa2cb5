import { imagesOf } from '@berth/client';
import { type Command, write } from '../context';
import { splitTarget } from './tag';

export const commitCommand: Command = {
  spec: {
    name: 'commit',
    use: 'commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    description: "Create a new image from a container's changes",
    aliases: ['container commit', 'commit'],
    flags: [
      { name: 'author', short: 'a', kind: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
      { name: 'change', short: 'c', kind: 'list', usage: 'Apply Dockerfile instruction to the created image' },
      { name: 'message', short: 'm', kind: 'string', usage: 'Commit message' },
      { name: 'pause', short: 'p', kind: 'bool', usage: 'Pause container during commit', defaultValue: 'true' },
    ],
    minArgs: 1,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    const [container, ref] = flags.args;
    const target = ref ? splitTarget(ref) : {};
    const { Id } = await imagesOf(ctx.client()).commit(container, {
      ...target,
      author: flags.string('author') || undefined,
      comment: flags.string('message') || undefined,
      changes: flags.list('change'),
      pause: flags.bool('pause'),
    });
    await write(ctx.io.stdout, `${Id}\n`);
  },
};
