import type { Command } from '../context';
import { printInspected } from './image-inspect';
import { INSPECT_FORMAT_USAGE } from '../format/template';

/** `berth container inspect`: `inspect --type container`, under the management command; `-s` adds the sizes. */
export const containerInspectCommand: Command = {
  spec: {
    name: 'container inspect',
    use: 'container inspect [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Display detailed information on one or more containers',
    flags: [
      { name: 'format', short: 'f', kind: 'string', usage: INSPECT_FORMAT_USAGE },
      { name: 'size', short: 's', kind: 'bool', usage: 'Display total file sizes' },
    ],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const client = ctx.client();
    const size = flags.bool('size');
    return printInspected(ctx, flags.args, flags.string('format'), (ref) => client.inspectContainer(ref, { size }));
  },
};
