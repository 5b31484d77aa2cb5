import { isNotFound } from '@berth/errdefs';
import { type Command, StatusError, describeError, write } from '../context';

export const rmCommand: Command = {
  spec: {
    name: 'rm',
    use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Remove one or more containers',
    aliases: ['container rm', 'container remove', 'rm'],
    flags: [
      { name: 'force', short: 'f', kind: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
      { name: 'volumes', short: 'v', kind: 'bool', usage: 'Remove anonymous volumes associated with the container' },
    ],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const failures: string[] = [];
    for (const name of flags.args) {
      try {
        await client.removeContainer(name, { force: flags.bool('force'), v: flags.bool('volumes') });
        await write(ctx.io.stdout, `${name}\n`);
      } catch (err) {
        // As docker: with --force a missing container is reported but does not fail the command.
        if (flags.bool('force') && isNotFound(err)) await write(ctx.io.stderr, `${describeError(err)}\n`);
        else failures.push(describeError(err));
      }
    }
    if (failures.length > 0) throw new StatusError(failures.join('\n'), 1);
  },
};
