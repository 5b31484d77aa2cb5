/** `berth create`: `run`'s container configuration, created but not started; prints the full id. */
import { type Command, write } from '../context';
import type { CommandSpec } from '../flags';
import { createContainer, parseCreateOptions } from './run';
import { CREATE_FLAGS } from './run-flags';

const spec: CommandSpec = {
  name: 'create',
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new container',
  aliases: ['container create', 'create'],
  flags: CREATE_FLAGS,
  interspersed: false,
  minArgs: 1,
};

export const createCommand: Command = {
  spec,
  async run(ctx, flags) {
    // Configured as a run in the foreground would be, so `start -a` can attach to it later.
    const { body, pull } = parseCreateOptions(ctx, flags, spec.name);
    // Unlike run (125 and the help hint), docker create reports what the daemon refused as is, status 1.
    const id = await createContainer(ctx, body, flags.string('name'), pull, flags.string('cidfile'));
    await write(ctx.io.stdout, `${id}\n`);
  },
};
