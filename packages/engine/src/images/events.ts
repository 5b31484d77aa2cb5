/**
 * The image events dockerd publishes (`docker events --filter type=image`): the actor is the image
 * id, its attributes the image's labels and `name` (the new reference for `tag`, the id for the
 * others, as dockerd's image service names them).
 */
import type { ImageDeleteResponseItem } from '@berth/api-types';
import type { Image, ImageService } from '@berth/images';
import { familiarString, parseReference, withDefaultTag } from '@berth/reference';
import type { EventLog } from '../events';

export interface ImageEvents {
  /** `action` (load, import, save) of the image `ref` names. */
  of(action: string, ref: string): Promise<void>;
  /** `tag`: `ref` (as the user gave it) now names an image. */
  tagged(ref: string): Promise<void>;
  /** Runs a removal (rmi, prune) and publishes `untag` and `delete` for what it reports. */
  removal<T>(run: () => Promise<T>, reported: (result: T) => ImageDeleteResponseItem[] | null): Promise<T>;
  /** `prune` itself, with the bytes it freed (no actor, as dockerd). */
  pruned(reclaimed: number): void;
}

/** Events for a log; without one (tests of the image backend) nothing is looked up or published. */
export function imageEvents(log: EventLog | undefined, images: Pick<ImageService, 'get' | 'list'>): ImageEvents {
  const publish = (action: string, image: Pick<Image, 'id' | 'config'> | undefined, id: string, name: string) => {
    log?.publish({ type: 'image', action, actor: { ID: id, Attributes: { ...(image?.config.config?.Labels ?? {}), name } } });
  };
  // An event must not fail what it reports: an image gone meanwhile is published without labels.
  const find = (ref: string) => images.get(ref).catch(() => undefined);
  return {
    async of(action, ref) {
      if (!log) return;
      const image = await find(ref);
      if (image) publish(action, image, image.id, image.id);
    },
    async tagged(ref) {
      if (!log) return;
      const image = await find(ref);
      if (image) publish('tag', image, image.id, familiarString(withDefaultTag(parseReference(ref))));
    },
    async removal(run, reported) {
      if (!log) return run();
      // Which image each name and id is, read before the removal makes them unknown.
      const before = await images.list().catch(() => [] as Image[]);
      const byName = new Map<string, Image>();
      for (const image of before) {
        byName.set(image.id, image);
        for (const name of [...image.repoTags, ...image.repoDigests]) byName.set(name, image);
      }
      const result = await run();
      const items = reported(result) ?? [];
      // A digest reference untags names the list may not hold: they belong to the image deleted or kept.
      const deletedIds = items.map((i) => i.Deleted).filter((d): d is string => d !== undefined && byName.has(d));
      for (const item of items) {
        if (item.Untagged !== undefined) {
          const image = byName.get(item.Untagged) ?? (deletedIds.length === 1 ? byName.get(deletedIds[0]) : undefined);
          if (image) publish('untag', image, image.id, image.id);
        } else if (item.Deleted !== undefined && byName.has(item.Deleted)) {
          publish('delete', undefined, item.Deleted, item.Deleted);
        }
      }
      return result;
    },
    pruned(reclaimed) {
      log?.publish({ type: 'image', action: 'prune', actor: { ID: '', Attributes: { reclaimed: String(reclaimed) } } });
    },
  };
}
