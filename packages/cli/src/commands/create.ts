/** `berth create`: `run`'s container configuration, created but not started; prints the full id. */
import type { ContainerCreateRequest } from '@berth/client';
import { type Command, write } from '../context';
import type { CommandSpec } from '../flags';
import { type PullOptions, createContainer, optionFailure } from './run';
import { CREATE_FLAGS, OptionError, containerConfig, pullPolicy } from './run-flags';

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
    const { io, binary } = ctx;
    // Configured as a run in the foreground would be, so `start -a` can attach to it later.
    let body: ContainerCreateRequest;
    let pull: PullOptions;
    try {
      pull = { pull: pullPolicy(flags), quiet: flags.bool('quiet'), platform: flags.string('platform') || undefined };
      body = containerConfig(flags, { env: io.env });
    } catch (err) {
      if (err instanceof OptionError) throw optionFailure(binary, spec.name, err);
      throw err;
    }
    // Unlike run (125 and the help hint), docker create reports what the daemon refused as is, status 1.
    const id = await createContainer(ctx, body, flags.string('name'), pull, flags.string('cidfile'));
    await write(io.stdout, `${id}\n`);
  },
};
