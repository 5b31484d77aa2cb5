import { familiarName, parseReference } from '@berth/reference';
import { type Command, StatusError } from '../context';
import { imagesOf } from '@berth/client';

/** Split a target reference into the `repo` and `tag` the API takes; a digest is not a tag. */
export function splitTarget(target: string): { repo: string; tag?: string } {
  let ref;
  try {
    ref = parseReference(target);
  } catch {
    throw new StatusError(`Error parsing reference: ${JSON.stringify(target)} is not a valid repository/tag: invalid reference format`, 1);
  }
  if (ref.digest !== undefined) throw new StatusError(`refusing to create a tag with a digest reference`, 1);
  return { repo: familiarName(ref), tag: ref.tag };
}

export const tagCommand: Command = {
  spec: {
    name: 'tag',
    use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    aliases: ['image tag', 'tag'],
    flags: [],
    minArgs: 2,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    const [source, target] = flags.args;
    const { repo, tag } = splitTarget(target);
    await imagesOf(ctx.client()).tag(source, repo, tag);
  },
};
