import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ContentStore, Descriptor } from '@berth/content';
import { invalidArgument, isNotFound, notFound } from '@berth/errdefs';
import {
  familiarName,
  familiarString,
  idHex,
  isImageIdPrefix,
  normalizedString,
  parseImageId,
  parseReference,
  withDefaultTag,
  type Reference,
} from '@berth/reference';
import type { Snapshotter } from '@berth/snapshots';
import { writeFileAtomic } from '@berth/sys';
import { ArchiveFiles, readArchiveFiles } from './archive-files';
import { chainIds, type Image, type ImageConfig, type ImageService } from './image';
import { planLegacy, planOci, type PlannedImage } from './plan';
import { unpackLayers } from './unpack';

// root/images.json holds every record, replaced atomically:
//   images:     id → manifest descriptor, config and layer digests, top chain id, unpacked size
//   tags:       normalised reference (docker.io/library/busybox:latest) → id
//   layerSizes: chain id → unpacked size of that layer, so images sharing layers need no re-read
// Configs are read from the content store (and cached): the store is the source of truth for
// blobs, this file only for names.

interface ImageRecord {
  id: string;
  target: Descriptor;
  configDigest: string;
  layers: string[];
  chainId: string;
}

interface ImageDb {
  version: 1;
  images: Record<string, ImageRecord>;
  tags: Record<string, string>;
  layerSizes: Record<string, number>;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

class LocalImageService implements ImageService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly configs = new Map<string, ImageConfig>();

  constructor(
    private readonly root: string,
    private readonly content: ContentStore,
    private readonly snapshotter: Snapshotter,
    private db: ImageDb,
  ) {}

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async update(change: (db: ImageDb) => void): Promise<void> {
    const next = structuredClone(this.db);
    change(next);
    await writeFileAtomic(path.join(this.root, 'images.json'), JSON.stringify(next));
    this.db = next;
  }

  private async config(record: ImageRecord): Promise<ImageConfig> {
    let config = this.configs.get(record.id);
    if (!config) {
      config = JSON.parse((await this.content.read(record.configDigest)).toString('utf8')) as ImageConfig;
      this.configs.set(record.id, config);
    }
    return config;
  }

  private async toImage(record: ImageRecord): Promise<Image> {
    const config = await this.config(record);
    const refs = Object.entries(this.db.tags)
      .filter(([, id]) => id === record.id)
      .map(([name]) => parseReference(name));
    const repoTags = refs.map(familiarString).sort();
    const repoDigests = [...new Set(refs.map((r) => `${familiarName(r)}@${record.target.digest}`))].sort();
    let size = 0;
    const chain = record.layers.length > 0 ? await this.chainSizes(config) : [];
    for (const s of chain) size += s;
    const created = config.created !== undefined ? new Date(config.created) : new Date(0);
    return {
      id: record.id,
      repoTags,
      repoDigests,
      created: Number.isNaN(created.getTime()) ? new Date(0) : created,
      size,
      config,
      target: { ...record.target },
      chainId: record.chainId,
    };
  }

  private async chainSizes(config: ImageConfig): Promise<number[]> {
    const sizes: number[] = [];
    for (const chainId of chainIds(config.rootfs.diff_ids)) {
      if (has(this.db.layerSizes, chainId)) sizes.push(this.db.layerSizes[chainId]);
      else sizes.push(await this.snapshotter.usage(chainId).then((u) => u.size, () => 0));
    }
    return sizes;
  }

  async list(): Promise<Image[]> {
    const images = await Promise.all(Object.values(this.db.images).map((r) => this.toImage(r)));
    return images.sort((a, b) => b.created.getTime() - a.created.getTime() || a.id.localeCompare(b.id));
  }

  async get(refOrId: string): Promise<Image> {
    return this.toImage(this.resolve(refOrId));
  }

  private resolve(refOrId: string): ImageRecord {
    const fullId = parseImageId(refOrId);
    if (fullId !== undefined) {
      if (has(this.db.images, fullId)) return this.db.images[fullId];
      throw notFound(`No such image: ${refOrId}`);
    }
    let ref: Reference | undefined;
    try {
      ref = parseReference(refOrId);
    } catch (err) {
      if (!isImageIdPrefix(refOrId)) throw err;
    }
    if (ref !== undefined) {
      const byName = this.findByReference(ref);
      if (byName) return byName;
    }
    if (isImageIdPrefix(refOrId)) {
      const prefix = `sha256:${idHex(refOrId)}`;
      const matches = Object.keys(this.db.images).filter((id) => id.startsWith(prefix));
      if (matches.length === 1) return this.db.images[matches[0]];
      if (matches.length > 1) throw invalidArgument(`ambiguous image id prefix ${refOrId}: matches ${matches.length} images`);
    }
    throw notFound(`No such image: ${refOrId}`);
  }

  private findByReference(ref: Reference): ImageRecord | undefined {
    if (ref.digest !== undefined) {
      const repository = familiarName(ref);
      return Object.values(this.db.images).find(
        (record) =>
          record.target.digest === ref.digest &&
          Object.entries(this.db.tags).some(([name, id]) => id === record.id && familiarName(parseReference(name)) === repository),
      );
    }
    const id = this.db.tags[normalizedString(withDefaultTag(ref))];
    return id !== undefined ? this.db.images[id] : undefined;
  }

  tag(source: string, target: string): Promise<void> {
    return this.exclusive(async () => {
      const record = this.resolve(source);
      const ref = parseReference(target);
      if (ref.digest !== undefined) throw invalidArgument(`refusing to create a tag with a digest reference: ${target}`);
      const name = normalizedString(withDefaultTag(ref));
      await this.update((db) => {
        db.tags[name] = record.id;
      });
    });
  }

  load(archive: NodeJS.ReadableStream, opts?: { onProgress?: (msg: string) => void }): Promise<{ loaded: string[] }> {
    return this.exclusive(() => this.loadExclusive(archive, opts?.onProgress));
  }

  private async loadExclusive(archive: NodeJS.ReadableStream, onProgress?: (msg: string) => void): Promise<{ loaded: string[] }> {
    const refPrefix = `load-${randomBytes(8).toString('hex')}`;
    const committed: string[] = [];
    const newSizes: Record<string, number> = {};
    const files = new ArchiveFiles();
    try {
      await readArchiveFiles(archive, this.content, refPrefix, files);
      let planned: PlannedImage[];
      if (files.metadata.has('manifest.json')) planned = await planLegacy(files, this.content, refPrefix);
      else if (files.metadata.has('index.json')) planned = await planOci(files, this.content);
      else throw invalidArgument('invalid archive: no manifest.json or index.json found');

      const records: ImageRecord[] = [];
      for (const image of planned) {
        const chainId = await unpackLayers(
          this.content,
          this.snapshotter,
          image.layers,
          image.config.rootfs.diff_ids,
          (c, size) => {
            committed.push(c);
            newSizes[c] = size;
          },
          onProgress,
        );
        records.push({
          id: image.configDigest,
          target: image.manifest,
          configDigest: image.configDigest,
          layers: image.layers.map((l) => l.digest),
          chainId,
        });
      }
      const result = await this.record(planned, records, newSizes, onProgress);
      // The archive's other files (legacy VERSION and json files ...) are not kept.
      await this.removeUnreferenced(files.written);
      return result;
    } catch (err) {
      await this.rollBack(committed, files.written);
      throw err;
    }
  }

  /** Store the records and move the tags; report what Docker reports. */
  private async record(
    planned: PlannedImage[],
    records: ImageRecord[],
    newSizes: Record<string, number>,
    onProgress?: (msg: string) => void,
  ): Promise<{ loaded: string[] }> {
    const loaded: string[] = [];
    const moved: string[] = [];
    await this.update((db) => {
      Object.assign(db.layerSizes, newSizes);
      for (const [i, record] of records.entries()) {
        db.images[record.id] = record;
        if (planned[i].tags.length === 0) {
          loaded.push(`Loaded image ID: ${record.id}`);
          continue;
        }
        for (const ref of planned[i].tags) {
          const name = normalizedString(ref);
          const previous = db.tags[name];
          if (previous !== undefined && previous !== record.id) {
            moved.push(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${previous} to empty string`);
          }
          db.tags[name] = record.id;
          loaded.push(`Loaded image: ${familiarString(ref)}`);
        }
      }
    });
    for (const line of [...moved, ...loaded]) onProgress?.(line);
    return { loaded: loaded.map((line) => line.replace(/^Loaded image(?: ID)?: /, '')) };
  }

  /**
   * Undo a failed load: remove the snapshots it committed (top first) and the blobs it wrote
   * that no recorded image uses. Blobs that are also used by a recorded image stay.
   */
  private async rollBack(committed: string[], written: Set<string>): Promise<void> {
    for (const chainId of [...committed].reverse()) {
      await this.snapshotter.remove(chainId).catch(() => undefined);
    }
    await this.removeUnreferenced(written);
  }

  /** Delete those of `digests` that no recorded image uses. */
  private async removeUnreferenced(digests: Set<string>): Promise<void> {
    const referenced = new Set<string>();
    for (const record of Object.values(this.db.images)) {
      referenced.add(record.target.digest);
      referenced.add(record.configDigest);
      for (const layer of record.layers) referenced.add(layer);
    }
    for (const digest of digests) {
      if (referenced.has(digest)) continue;
      await this.content.delete(digest).catch((err: unknown) => {
        if (!isNotFound(err)) throw err;
      });
    }
  }
}

/** Open (creating if needed) the image store under `root`, on the given content store and snapshotter. */
export async function createImageService(opts: { root: string; content: ContentStore; snapshotter: Snapshotter }): Promise<ImageService> {
  await fs.promises.mkdir(opts.root, { recursive: true });
  let db: ImageDb;
  try {
    db = JSON.parse(await fs.promises.readFile(path.join(opts.root, 'images.json'), 'utf8')) as ImageDb;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    db = { version: 1, images: {}, tags: {}, layerSizes: {} };
  }
  return new LocalImageService(opts.root, opts.content, opts.snapshotter, db);
}
