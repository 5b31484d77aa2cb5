/** `berth create`: `run`'s container configuration, created but not started; prints the full id. */
import { type Command, StatusError, describeError, write } from '../context';
import type { CommandSpec } from '../flags';
import { RUN_FLAGS, containerConfig, createContainer } from './run';

/** `run`'s flags without `-d`: a created container is never attached to. */
const CREATE_FLAGS = RUN_FLAGS.filter((flag) => flag.name !== 'detach');

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
    const body = containerConfig(flags, io.env);
    let id: string;
    try {
      id = await createContainer(ctx, body, flags.string('name'));
    } catch (err) {
      throw new StatusError(`${binary}: ${describeError(err)}\n\nRun '${binary} ${spec.name} --help' for more information`, 125);
    }
    await write(io.stdout, `${id}\n`);
  },
};
