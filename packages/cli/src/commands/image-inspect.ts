import { imagesOf, isDaemonError, networksOf, volumesOf } from '@berth/client';
import { kindOf } from '@berth/errdefs';
import { type CommandContext, type Command, StatusError, describeError, write } from '../context';
import { INSPECT_FORMAT_USAGE, parseTemplate, type TemplateOptions } from '../format/template';
import { formatted } from './images';

/**
 * Print inspected objects as docker does: a JSON array indented by four spaces, or the `-f`
 * template once per object. Objects that were not found are reported on stderr and make the
 * status 1, after the others are printed.
 */
/**
 * `options`: how the template sees the objects; docker's inspect falls back to the raw JSON (`inspect`)
 * where its client returns it, and executes on the typed struct only elsewhere (`volume inspect`).
 */
export async function printInspected(
  ctx: CommandContext,
  refs: string[],
  format: string,
  find: (ref: string) => Promise<unknown>,
  options: TemplateOptions = { inspect: true },
): Promise<number> {
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    try {
      found.push(await find(ref));
    } catch (err) {
      if (err instanceof StatusError) errors.push(err.status ?? '');
      else if (isDaemonError(err) && kindOf(err) === 'NotFound') errors.push(describeError(err));
      else throw err;
    }
  }
  let text: string;
  try {
    text = format
      ? formatted(
          () => {
            const template = parseTemplate(format, options);
            // As docker's template inspector: nothing inspected still flushes one empty line.
            return found.map((f) => `${template.execute(f)}\n`).join('') || '\n';
          },
          { parse: 'template parsing error', execute: 'template parsing error', parseStatus: 64 },
        )
      : `${JSON.stringify(found, null, 4)}\n`;
  } catch (err) {
    // docker drops what a failed execution printed so far and ends the line before the error.
    if (err instanceof StatusError && err.code === 1) await write(ctx.io.stdout, '\n');
    throw err;
  }
  await write(ctx.io.stdout, text);
  if (errors.length > 0) {
    await write(ctx.io.stderr, errors.map((e) => `${e}\n`).join(''));
    return 1;
  }
  return 0;
}

const FLAGS = [
  { name: 'format', short: 'f', kind: 'string' as const, usage: INSPECT_FORMAT_USAGE },
];

export const imageInspectCommand: Command = {
  spec: {
    name: 'image inspect',
    use: 'image inspect [OPTIONS] IMAGE [IMAGE...]',
    description: 'Display detailed information on one or more images',
    flags: FLAGS,
    minArgs: 1,
  },
  async run(ctx, flags) {
    const api = imagesOf(ctx.client());
    return printInspected(ctx, flags.args, flags.string('format'), (ref) => api.inspect(ref));
  },
};

/** The object kinds `berth inspect` looks through, in docker's order (the swarm kinds berth has none of are left out). */
const INSPECT_TYPES = ['container', 'image', 'network', 'volume'] as const;

/** `berth inspect`: containers, then images, networks and volumes (`--type` picks one), as docker looks them up. */
export const inspectCommand: Command = {
  spec: {
    name: 'inspect',
    use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
    description: 'Return low-level information on Docker objects',
    flags: [...FLAGS, { name: 'size', short: 's', kind: 'bool', usage: 'Display total file sizes if the type is container' }, { name: 'type', kind: 'string', usage: 'Only inspect objects of the given type' }],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const type = flags.string('type');
    if (type && !(INSPECT_TYPES as readonly string[]).includes(type)) throw new StatusError(`"${type}" is not a valid value for --type`, 1);
    const client = ctx.client();
    const size = flags.bool('size');
    const find: Record<(typeof INSPECT_TYPES)[number], (ref: string) => Promise<unknown>> = {
      container: (ref) => client.inspectContainer(ref, { size }),
      image: (ref) => imagesOf(client).inspect(ref),
      network: (ref) => networksOf(client).inspect(ref),
      volume: (ref) => volumesOf(client).inspect(ref),
    };
    const notFound = (err: unknown) => isDaemonError(err) && kindOf(err) === 'NotFound';
    return printInspected(ctx, flags.args, flags.string('format'), async (ref) => {
      for (const kind of INSPECT_TYPES) {
        if (type && kind !== type) continue;
        try {
          const found = await find[kind](ref);
          if (size && kind !== 'container') await write(ctx.io.stderr, `WARNING: --size ignored for ${kind}\n`);
          return found;
        } catch (err) {
          // Without --type a missing object is looked for as the next kind; with it, the daemon's not-found stands.
          if (type || !notFound(err)) throw err;
        }
      }
      throw new StatusError(`Error: No such object: ${ref}`, 1);
    });
  },
};
