import type { Command } from '../context';
import type { FlagSpec, ParsedFlags } from '../flags';
import { forEachContainer } from './each-container';

/** `-s` and `-t` as `stop` and `restart` take them. */
export const STOP_FLAGS: FlagSpec[] = [
  { name: 'signal', short: 's', kind: 'string', usage: 'Signal to send to the container' },
  { name: 'timeout', short: 't', kind: 'int', usage: 'Seconds to wait before killing the container' },
];

/** The stop options given on the command line; absent ones are left to the container's settings. */
export function stopOptions(flags: ParsedFlags): { timeout?: number; signal?: string } {
  return {
    timeout: flags.changed('timeout') ? flags.int('timeout') : undefined,
    signal: flags.string('signal') || undefined,
  };
}

/** `berth stop`: the stop signal, then SIGKILL after the timeout; prints each name as given. */
export const stopCommand: Command = {
  spec: {
    name: 'stop',
    use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Stop one or more running containers',
    aliases: ['container stop', 'stop'],
    flags: STOP_FLAGS,
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const options = stopOptions(flags);
    await forEachContainer(ctx, flags.args, (ref) => client.stopContainer(ref, options));
  },
};
