import { containerAdminOf } from '@berth/client';
import { type Command, StatusError, describeError, write } from '../context';

/** `berth rename CONTAINER NEW_NAME`, with docker's messages (the daemon's, then which rename failed). */
export const renameCommand: Command = {
  spec: {
    name: 'rename',
    use: 'rename CONTAINER NEW_NAME',
    description: 'Rename a container',
    aliases: ['container rename', 'rename'],
    flags: [],
    minArgs: 2,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    const oldName = flags.args[0].trim();
    const newName = flags.args[1].trim();
    if (oldName === '' || newName === '') throw new StatusError('Error: Neither old nor new names may be empty', 1);
    try {
      await containerAdminOf(ctx.client()).rename(oldName, newName);
    } catch (err) {
      await write(ctx.io.stderr, `${describeError(err)}\n`);
      throw new StatusError(`Error: failed to rename container named ${oldName}`, 1);
    }
  },
};
