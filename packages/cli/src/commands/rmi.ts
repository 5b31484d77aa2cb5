import { imagesOf } from '@berth/client';
import { type Command, describeError, write } from '../context';

export const rmiCommand: Command = {
  spec: {
    name: 'rmi',
    use: 'rmi [OPTIONS] IMAGE [IMAGE...]',
    description: 'Remove one or more images',
    aliases: ['image rm', 'image remove', 'rmi'],
    flags: [
      { name: 'force', short: 'f', kind: 'bool', usage: 'Force removal of the image' },
      { name: 'no-prune', kind: 'bool', usage: 'Do not delete untagged parents' },
    ],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const api = imagesOf(ctx.client());
    let failed = false;
    // Like docker: go on after a failure, report each, and end with status 1.
    for (const name of flags.args) {
      try {
        const items = await api.remove(name, { force: flags.bool('force'), noPrune: flags.bool('no-prune') });
        const lines = items.map((i) => (i.Deleted !== undefined ? `Deleted: ${i.Deleted}` : `Untagged: ${i.Untagged}`));
        await write(ctx.io.stdout, lines.map((l) => `${l}\n`).join(''));
      } catch (err) {
        failed = true;
        await write(ctx.io.stderr, `${describeError(err)}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
