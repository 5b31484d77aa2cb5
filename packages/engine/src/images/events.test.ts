import type { EventMessage } from '@berth/api-types';
import type { Image, ImageService } from '@berth/images';
import { EventLog } from '../events';
import { imageEvents } from './events';

const image = (id: string, repoTags: string[], labels?: Record<string, string>) =>
  ({ id, repoTags, repoDigests: [], config: { config: { Labels: labels } } }) as unknown as Image;

function setup(images: Image[]) {
  const log = new EventLog();
  const seen: EventMessage[] = [];
  log.subscribe((e) => seen.push(e));
  const store = {
    list: async () => images,
    get: async (name: string) => {
      const ref = name.replace(/^docker\.io\/library\//, '');
      const found = images.find((i) => i.id === ref || i.repoTags.includes(ref) || i.repoTags.includes(`${ref}:latest`));
      if (!found) throw new Error(`No such image: ${ref}`);
      return found;
    },
  } as unknown as Pick<ImageService, 'get' | 'list'>;
  const line = () => seen.map((e) => `${e.Action} ${e.Actor.ID} ${JSON.stringify(e.Actor.Attributes)}`);
  return { events: imageEvents(log, store), line, seen };
}

describe('image events', () => {
  const busybox = image('sha256:b', ['busybox:latest', 'mine:1'], { team: 'blue' });

  it('names a tag by its familiar reference, the rest by the image id, with the image labels', async () => {
    const { events, line } = setup([busybox]);
    await events.tagged('docker.io/library/mine:1');
    await events.of('load', 'busybox');
    await events.of('save', 'gone');
    expect(line()).toEqual([
      'tag sha256:b {"name":"mine:1","team":"blue"}',
      'load sha256:b {"name":"sha256:b","team":"blue"}',
    ]);
  });

  it('reports untag and delete for what a removal reported, then prune with the bytes freed', async () => {
    const { events, line } = setup([busybox]);
    const items = await events.removal(async () => [{ Untagged: 'mine:1' }, { Untagged: 'busybox:latest' }, { Deleted: 'sha256:b' }, { Deleted: 'sha256:layer' }], (r) => r);
    expect(items).toHaveLength(4);
    events.pruned(1234);
    expect(line()).toEqual([
      'untag sha256:b {"name":"sha256:b","team":"blue"}',
      'untag sha256:b {"name":"sha256:b","team":"blue"}',
      'delete sha256:b {"name":"sha256:b"}',
      'prune  {"reclaimed":"1234"}',
    ]);
  });

  it('publishes nothing, and looks nothing up, without a log', async () => {
    let asked = 0;
    const store = { list: async () => (asked++, []), get: async () => (asked++, busybox) } as unknown as Pick<ImageService, 'get' | 'list'>;
    const events = imageEvents(undefined, store);
    await events.tagged('busybox');
    await events.removal(async () => [], (r) => r);
    expect(asked).toBe(0);
  });
});
