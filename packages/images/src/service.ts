import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { decompressStream, type IdShift } from '@berth/archive';
import { writeBlob, type ContentStore, type Descriptor } from '@berth/content';
import { conflict, invalidArgument, isConflict, isNotFound, notFound } from '@berth/errdefs';
import {
  familiarName,
  familiarString,
  idHex,
  isImageIdPrefix,
  normalizedString,
  parseImageId,
  parseReference,
  isNameOnly,
  withDefaultTag,
  type Reference,
} from '@berth/reference';
import type { Snapshotter } from '@berth/snapshots';
import { writeFileAtomic } from '@berth/sys';
import { ArchiveFiles, readArchiveFiles } from './archive-files';
import { applyChanges } from './changes';
import {
  chainIds,
  type CommitOptions,
  type HistoryEntry,
  type Image,
  type ImageConfig,
  type ImageConfigChanges,
  type ImageDiskUsage,
  type ImageHistory,
  type ImageInUse,
  type ImageInspect,
  type ImageService,
  type RemovedItem,
} from './image';
import { Lease, leftoverLeases } from './leases';
import { GO_ARCH, MediaType, planArchive, type PlannedImage } from './plan';
import { writeSaveArchive, type SavedImage } from './save';
import { unpackLayers, type LayerLimits, type UnpackOptions } from './unpack';

// root/images.json holds every record, replaced atomically:
//   images:     id → manifest descriptor, config and layer digests, top chain id, unpacked size
//   tags:       normalised reference (docker.io/library/busybox:latest) → id
//   layerSizes: chain id → unpacked size of that layer, so images sharing layers need no re-read
// Configs are read from the content store (and cached): the store is the source of truth for
// blobs, this file only for names.
//
// Garbage collection. The roots are the image records: each keeps its manifest, config and layer
// blobs and the chain snapshots of its layers. Snapshots that are not image chains (a container's
// active snapshot) are roots too, and keep their parent chain because a snapshot with children
// cannot be removed. Work in progress (load, import, commit) is protected by a lease
// (root/leases/<id>.json, see leases.ts) until its record is written. Removing an image frees the
// blobs no other record names and its chain snapshots, top down, until one is shared with another
// image or is a parent of a snapshot that is not being removed. On open, leftover leases are
// rolled back the same way.

interface ImageRecord {
  id: string;
  target: Descriptor;
  configDigest: string;
  layers: string[];
  chainId: string;
  /** The image this one was committed on, if made here (docker commit). */
  parent?: string;
  /** When a name was last pointed at this image (Docker's Metadata.LastTagTime). */
  lastTagTime?: string;
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
    private readonly driverName: string,
    private readonly limits: UnpackOptions,
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
        db.images[record.id] = { ...db.images[record.id], lastTagTime: new Date().toISOString() };
      });
    });
  }

  load(archive: NodeJS.ReadableStream, opts?: { onProgress?: (msg: string) => void }): Promise<{ loaded: string[] }> {
    return this.exclusive(() => this.loadExclusive(archive, opts?.onProgress));
  }

  private async loadExclusive(archive: NodeJS.ReadableStream, onProgress?: (msg: string) => void): Promise<{ loaded: string[] }> {
    const lease = await Lease.begin(this.root);
    const files = new ArchiveFiles();
    const work = new Work(lease);
    try {
      try {
        await readArchiveFiles(archive, this.content, `load-${lease.id}`, files);
      } finally {
        for (const digest of files.written) work.blobs.add(digest);
        await lease.add({ blobs: files.written });
      }
      const planned = await planArchive(files, this.content, `load-${lease.id}`);
      for (const digest of files.written) work.blobs.add(digest);
      await lease.add({ blobs: files.written });

      const records: ImageRecord[] = [];
      for (const image of planned) {
        const chainId = await this.unpack(work, image.layers, image.config.rootfs.diff_ids, onProgress);
        records.push({
          id: image.configDigest,
          target: image.manifest,
          configDigest: image.configDigest,
          layers: image.layers.map((l) => l.digest),
          chainId,
        });
      }
      const result = await this.record(planned, records, work.sizes, onProgress);
      // The archive's other files (legacy VERSION and json files ...) are not kept.
      await this.removeUnreferenced(files.written);
      await lease.end();
      return result;
    } catch (err) {
      for (const digest of files.written) work.blobs.add(digest);
      await this.rollBack(work);
      throw err;
    }
  }

  /** Unpack layers into chain snapshots under `work`'s lease; the top chain id. */
  private unpack(work: Work, layers: Descriptor[], diffIds: string[], onProgress?: (msg: string) => void): Promise<string> {
    const hooks = {
      beforePrepare: (key: string, chainId: string) => work.lease.add({ snapshots: [key, chainId] }),
      onCommitted: (chainId: string, size: number) => {
        work.committed.push(chainId);
        work.sizes[chainId] = size;
      },
      onProgress,
    };
    return unpackLayers(this.content, this.snapshotter, layers, diffIds, hooks, this.limits);
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
    const now = new Date().toISOString();
    await this.update((db) => {
      Object.assign(db.layerSizes, newSizes);
      for (const [i, record] of records.entries()) {
        db.images[record.id] = { ...db.images[record.id], ...record };
        if (planned[i].tags.length === 0) {
          loaded.push(`Loaded image ID: ${record.id}`);
          continue;
        }
        db.images[record.id].lastTagTime = now;
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
    return { loaded: [...new Set(loaded.map((line) => line.replace(/^Loaded image(?: ID)?: /, '')))] };
  }

  /**
   * Undo failed work: remove the snapshots it committed (top first) and the blobs it wrote that
   * no recorded image uses, then end its lease. Blobs also used by a recorded image stay.
   */
  private async rollBack(work: Work): Promise<void> {
    for (const chainId of [...work.committed].reverse()) {
      await this.snapshotter.remove(chainId).catch(() => undefined);
    }
    await this.removeUnreferenced(work.blobs);
    await work.lease.end();
  }

  /** Every blob a recorded image uses. */
  private referencedBlobs(db: ImageDb = this.db): Set<string> {
    const referenced = new Set<string>();
    for (const record of Object.values(db.images)) {
      referenced.add(record.target.digest);
      referenced.add(record.configDigest);
      for (const layer of record.layers) referenced.add(layer);
    }
    return referenced;
  }

  /** Every chain snapshot a recorded image uses. */
  private async referencedChains(db: ImageDb = this.db): Promise<Set<string>> {
    const chains = new Set<string>();
    for (const record of Object.values(db.images)) {
      for (const chainId of chainIds((await this.config(record)).rootfs.diff_ids)) chains.add(chainId);
    }
    return chains;
  }

  /** Delete those of `digests` that no recorded image uses. */
  private async removeUnreferenced(digests: Iterable<string>): Promise<void> {
    const referenced = this.referencedBlobs();
    for (const digest of digests) {
      if (referenced.has(digest)) continue;
      await this.content.delete(digest).catch((err: unknown) => {
        if (!isNotFound(err)) throw err;
      });
    }
  }

  /**
   * Roll back work killed before it ended (leftover leases): the blobs and snapshots they list,
   * every `extract-` snapshot and every blob or image chain snapshot created since the oldest
   * began, unless a recorded image uses it. Snapshots with children that are kept stay.
   */
  async recover(): Promise<void> {
    const leftovers = await leftoverLeases(this.root);
    if (leftovers.length === 0) return;
    let since = Number.POSITIVE_INFINITY;
    const listedBlobs = new Set<string>();
    const listedSnapshots = new Set<string>();
    for (const { file, record } of leftovers) {
      const started = record ? Date.parse(record.created) : (await fs.promises.stat(file)).mtimeMs - 60_000;
      since = Math.min(since, Number.isNaN(started) ? 0 : started);
      for (const b of record?.blobs ?? []) listedBlobs.add(b);
      for (const s of record?.snapshots ?? []) listedSnapshots.add(s);
    }
    // File times have a coarser clock than Date: allow a second of slack.
    since -= 1000;
    const blobs = this.referencedBlobs();
    const chains = await this.referencedChains();
    const candidates = new Set<string>();
    for await (const info of this.snapshotter.walk()) {
      if (chains.has(info.key)) continue;
      const unpacking = info.key.startsWith('extract-');
      const recentChain = info.key.startsWith('sha256:') && info.kind === 'committed' && info.created.getTime() >= since;
      if (listedSnapshots.has(info.key) || unpacking || recentChain) {
        candidates.add(info.key);
      }
    }
    await this.removeSnapshots(candidates);
    for await (const info of this.content.walk()) {
      if (blobs.has(info.digest)) continue;
      if (listedBlobs.has(info.digest) || info.createdAt.getTime() >= since) {
        await this.content.delete(info.digest).catch((err: unknown) => {
          if (!isNotFound(err)) throw err;
        });
      }
    }
    for (const { file } of leftovers) await fs.promises.rm(file, { force: true });
  }

  /** Remove `keys`, children before parents; those still parents of other snapshots stay. */
  private async removeSnapshots(keys: Set<string>): Promise<void> {
    for (let progress = true; progress && keys.size > 0; ) {
      progress = false;
      for (const key of [...keys]) {
        try {
          await this.snapshotter.remove(key);
        } catch (err) {
          if (isConflict(err)) continue;
          if (!isNotFound(err)) throw err;
        }
        keys.delete(key);
        progress = true;
      }
    }
  }

  // ---- inspect and history ---------------------------------------------------------------------

  async inspect(ref: string): Promise<ImageInspect> {
    const record = this.resolve(ref);
    const image = await this.toImage(record);
    const config = image.config;
    const history = config.history ?? [];
    const inspect: ImageInspect = {
      Id: image.id,
      RepoTags: image.repoTags,
      RepoDigests: image.repoDigests,
      Parent: record.parent ?? '',
      Comment: config.comment ?? history[history.length - 1]?.comment ?? '',
      Created: config.created ?? '0001-01-01T00:00:00Z',
      DockerVersion: (config as { docker_version?: string }).docker_version ?? '',
      Author: config.author ?? '',
      Config: config.config ?? {},
      Architecture: config.architecture,
      Os: config.os,
      Size: image.size,
      GraphDriver: { Name: this.driverName, Data: null },
      RootFS: { Type: 'layers', Layers: [...config.rootfs.diff_ids] },
      Metadata: { LastTagTime: record.lastTagTime ?? '0001-01-01T00:00:00Z' },
    };
    if (config.variant !== undefined) inspect.Variant = config.variant;
    return inspect;
  }

  async history(ref: string): Promise<HistoryEntry[]> {
    const record = this.resolve(ref);
    const config = await this.config(record);
    const sizes = record.layers.length > 0 ? await this.chainSizes(config) : [];
    const steps: ImageHistory[] =
      config.history && config.history.length > 0
        ? config.history
        : config.rootfs.diff_ids.map(() => ({ created: config.created, created_by: '', comment: '' }));
    // Which entries belong to locally known images: this one's last, then each parent's last.
    const owners = new Map<number, ImageRecord>();
    owners.set(steps.length - 1, record);
    for (let parent = record.parent; parent !== undefined && has(this.db.images, parent); ) {
      const parentRecord = this.db.images[parent];
      const parentSteps = (await this.config(parentRecord)).history?.length ?? 0;
      if (parentSteps > 0 && !owners.has(parentSteps - 1)) owners.set(parentSteps - 1, parentRecord);
      parent = parentRecord.parent;
    }
    let layer = 0;
    const entries: HistoryEntry[] = steps.map((step, i) => {
      const size = step.empty_layer === true ? 0 : (sizes[layer++] ?? 0);
      const owner = owners.get(i);
      const tags = owner ? this.tagsOf(owner.id).map(familiarString) : [];
      const created = step.created !== undefined ? Date.parse(step.created) : Number.NaN;
      return {
        Id: owner ? owner.id : '<missing>',
        Created: Number.isNaN(created) ? 0 : Math.floor(created / 1000),
        CreatedBy: step.created_by ?? '',
        Tags: tags.length > 0 ? tags.sort() : null,
        Size: size,
        Comment: step.comment ?? '',
      };
    });
    return entries.reverse();
  }

  private tagsOf(id: string): Reference[] {
    return Object.entries(this.db.tags)
      .filter(([, target]) => target === id)
      .map(([name]) => parseReference(name));
  }

  // ---- remove and prune ------------------------------------------------------------------------

  remove(ref: string, opts: { force: boolean; noPrune: boolean; inUse: ImageInUse }): Promise<RemovedItem[]> {
    return this.exclusive(async () => {
      const record = this.resolve(ref);
      const id12 = idHex(record.id).slice(0, 12);
      const tags = this.tagsOf(record.id);
      const byId = isImageIdPrefix(ref) && !this.isTagName(ref) ? true : parseImageId(ref) !== undefined;
      const removed: RemovedItem[] = [];
      const used = opts.inUse(record.id);
      if (!byId) {
        const name = normalizedString(withDefaultTag(parseReference(ref)));
        if (!opts.force && tags.length === 1 && used !== false) {
          throw conflict(
            `conflict: unable to remove repository reference ${JSON.stringify(ref)} (must force) - container ${containerId(used)} is using its referenced image ${id12}`,
          );
        }
        if (has(this.db.tags, name)) {
          await this.update((db) => {
            delete db.tags[name];
          });
          removed.push({ Untagged: familiarString(parseReference(name)) });
        } else {
          // A digest reference (`name@sha256:…`): it names the image, untag the repository's tags.
          const repository = familiarName(parseReference(ref));
          const names = tags.filter((t) => familiarName(t) === repository);
          await this.update((db) => {
            for (const t of names) delete db.tags[normalizedString(t)];
          });
          for (const t of names) removed.push({ Untagged: familiarString(t) });
          removed.push({ Untagged: `${repository}@${record.target.digest}` });
        }
        if (this.tagsOf(record.id).length > 0) return removed;
      } else {
        if (!opts.force && tags.length > 1 && new Set(tags.map(familiarName)).size > 1) {
          throw conflict(`conflict: unable to delete ${id12} (must be forced) - image is referenced in multiple repositories`);
        }
        if (!opts.force && used !== false) {
          throw conflict(`conflict: unable to delete ${id12} (must be forced) - image is being used by stopped container ${containerId(used)}`);
        }
        if (!opts.force && tags.length > 1) {
          throw conflict(`conflict: unable to delete ${id12} (must be forced) - image is referenced in multiple repositories`);
        }
      }
      if (Object.values(this.db.images).some((r) => r.parent === record.id)) {
        // A parent of committed images stays: untagging was all a name could do.
        if (!byId) return removed;
        throw conflict(`conflict: unable to delete ${id12} (cannot be forced) - image has dependent child images`);
      }
      const { items } = await this.deleteImages([record]);
      return [...removed, ...items];
    });
  }

  /** Whether `ref` is an existing tag name rather than an id prefix (`abc` can be both). */
  private isTagName(ref: string): boolean {
    try {
      return has(this.db.tags, normalizedString(withDefaultTag(parseReference(ref))));
    } catch {
      return false;
    }
  }

  /**
   * Untag and delete `records`, then free the blobs and chain snapshots nothing else uses. Returns
   * Docker's lines (`Untagged:` for each remaining name, `Deleted:` for each image) and the bytes
   * of the snapshots freed.
   */
  private async deleteImages(records: ImageRecord[]): Promise<{ items: RemovedItem[]; freed: number }> {
    const items: RemovedItem[] = [];
    const ids = new Set(records.map((r) => r.id));
    const configs = new Map<string, ImageConfig>();
    for (const record of records) configs.set(record.id, await this.config(record));
    for (const record of records) {
      for (const tag of this.tagsOf(record.id)) items.push({ Untagged: familiarString(tag) });
      items.push({ Deleted: record.id });
    }
    await this.update((db) => {
      for (const [name, id] of Object.entries(db.tags)) if (ids.has(id)) delete db.tags[name];
      for (const id of ids) delete db.images[id];
      for (const image of Object.values(db.images)) if (image.parent !== undefined && ids.has(image.parent)) delete image.parent;
    });
    for (const id of ids) this.configs.delete(id);

    const blobs = new Set<string>();
    const chains: string[] = [];
    for (const record of records) {
      blobs.add(record.target.digest);
      blobs.add(record.configDigest);
      for (const layer of record.layers) blobs.add(layer);
      // Top first: a parent can go only after its children.
      chains.push(...chainIds(configs.get(record.id)?.rootfs.diff_ids ?? []).reverse());
    }
    const keep = await this.referencedChains();
    const freed: string[] = [];
    for (const chainId of chains) {
      if (keep.has(chainId) || freed.includes(chainId)) continue;
      try {
        await this.snapshotter.remove(chainId);
        freed.push(chainId);
      } catch (err) {
        // A parent of something that stays (a container, a shared chain): keep it.
        if (isConflict(err)) keep.add(chainId);
        else if (!isNotFound(err)) throw err;
      }
    }
    let bytes = 0;
    for (const chainId of freed) bytes += this.db.layerSizes[chainId] ?? 0;
    if (freed.length > 0) {
      await this.update((db) => {
        for (const chainId of freed) delete db.layerSizes[chainId];
      });
    }
    await this.removeUnreferenced(blobs);
    return { items, freed: bytes };
  }

  prune(opts: { all: boolean; filters: { until?: string; label?: string[] }; inUse: ImageInUse }): Promise<{ ImagesDeleted: RemovedItem[]; SpaceReclaimed: number }> {
    return this.exclusive(async () => {
      const cutoff = opts.filters.until !== undefined ? parseUntil(opts.filters.until) : undefined;
      const labels = (opts.filters.label ?? []).map(parseLabelFilter);
      const chosen: ImageRecord[] = [];
      for (const record of Object.values(this.db.images)) {
        if (!opts.all && this.tagsOf(record.id).length > 0) continue;
        if (opts.inUse(record.id) !== false) continue;
        // An image others were committed on stays while they do.
        if (Object.values(this.db.images).some((r) => r.parent === record.id)) continue;
        const config = await this.config(record);
        if (cutoff !== undefined) {
          const created = config.created !== undefined ? Date.parse(config.created) : 0;
          if (!(created < cutoff)) continue;
        }
        const imageLabels = config.config?.Labels ?? {};
        if (!labels.every((filter) => filter(imageLabels))) continue;
        chosen.push(record);
      }
      if (chosen.length === 0) return { ImagesDeleted: [], SpaceReclaimed: 0 };
      const { items, freed } = await this.deleteImages(chosen);
      return { ImagesDeleted: items, SpaceReclaimed: freed };
    });
  }

  // ---- save ------------------------------------------------------------------------------------

  async save(refs: string[], out: NodeJS.WritableStream): Promise<void> {
    const chosen = new Map<string, SavedImage>();
    for (const ref of refs) {
      for (const [record, tags] of this.savedImages(ref)) {
        let image = chosen.get(record.id);
        if (!image) {
          const config = await this.config(record);
          const manifest = JSON.parse((await this.content.read(record.target.digest)).toString('utf8')) as { layers: Descriptor[] };
          if (manifest.layers.length !== config.rootfs.diff_ids.length) {
            throw invalidArgument(`image ${record.id}: manifest and config disagree on the layer count`);
          }
          image = { manifest: record.target, configDigest: record.configDigest, layers: manifest.layers, tags: [] };
          chosen.set(record.id, image);
        }
        for (const tag of tags) {
          if (!image.tags.some((t) => normalizedString(t) === normalizedString(tag))) image.tags.push(tag);
        }
      }
    }
    await writeSaveArchive(this.content, [...chosen.values()], out);
  }

  /**
   * What `docker save <ref>` writes: an id → that image, no names; a bare repository without a
   * `latest` tag → every tagged image of it; a name → its image under that name.
   */
  private savedImages(ref: string): [ImageRecord, Reference[]][] {
    if (parseImageId(ref) !== undefined || (isImageIdPrefix(ref) && !this.isTagName(ref))) return [[this.resolve(ref), []]];
    const parsed = parseReference(ref);
    if (parsed.digest !== undefined) return [[this.resolve(ref), []]];
    if (isNameOnly(parsed) && !has(this.db.tags, normalizedString(withDefaultTag(parsed)))) {
      const repository = familiarName(parsed);
      const found = Object.entries(this.db.tags)
        .map(([name, id]): [ImageRecord, Reference] => [this.db.images[id], parseReference(name)])
        .filter(([, tag]) => familiarName(tag) === repository)
        .sort(([, a], [, b]) => familiarString(a).localeCompare(familiarString(b)));
      if (found.length === 0) throw notFound(`No such image: ${ref}`);
      return found.map(([record, tag]) => [record, [tag]]);
    }
    return [[this.resolve(ref), [withDefaultTag(parsed)]]];
  }

  // ---- import and commit -----------------------------------------------------------------------

  import(source: NodeJS.ReadableStream, opts: { ref?: string; message?: string; changes?: ImageConfigChanges }): Promise<Image> {
    const tag = opts.ref !== undefined && opts.ref !== '' ? this.parseNewTag(opts.ref) : undefined;
    return this.exclusive(async () => {
      const work = new Work(await Lease.begin(this.root));
      try {
        const plain = await decompressStream(source);
        const layer = await writeBlob(this.content, `import-${work.lease.id}-layer`, plain);
        await work.addBlob(layer.digest);
        const created = new Date().toISOString();
        // Docker's default message names the source; berth reads a stream, as `docker import -` does.
        const comment = opts.message !== undefined && opts.message !== '' ? opts.message : 'Imported from -';
        const config: ImageConfig = {
          architecture: GO_ARCH[process.arch] ?? process.arch,
          os: 'linux',
          created,
          comment,
          config: opts.changes ?? {},
          rootfs: { type: 'layers', diff_ids: [layer.digest] },
          history: [{ created, comment }],
        };
        const layers = [{ mediaType: MediaType.ociLayer, digest: layer.digest, size: layer.size }];
        return await this.createImage(work, config, layers, { tag });
      } catch (err) {
        await this.rollBack(work);
        throw err;
      }
    });
  }

  commit(opts: CommitOptions): Promise<Image> {
    const tag = opts.ref !== undefined && opts.ref !== '' ? this.parseNewTag(opts.ref) : undefined;
    return this.exclusive(async () => {
      const parent = this.resolve(opts.parent);
      const parentConfig = await this.config(parent);
      const parentManifest = JSON.parse((await this.content.read(parent.target.digest)).toString('utf8')) as { layers: Descriptor[] };
      const work = new Work(await Lease.begin(this.root));
      try {
        const layer = await this.ingestDiff(work, opts.diff);
        const created = new Date().toISOString();
        const runConfig = applyChanges(parentConfig.config, opts.config);
        const step: ImageConfig['history'] = [{ created, created_by: (runConfig.Cmd ?? []).join(' ') }];
        if (opts.author !== undefined && opts.author !== '') step[0].author = opts.author;
        if (opts.comment !== undefined && opts.comment !== '') step[0].comment = opts.comment;
        const config: ImageConfig = {
          ...parentConfig,
          created,
          config: runConfig,
          rootfs: { type: 'layers', diff_ids: [...parentConfig.rootfs.diff_ids, layer.digest] },
          history: [...(parentConfig.history ?? []), ...step],
        };
        delete config.author;
        delete config.comment;
        delete config.container;
        if (opts.author !== undefined && opts.author !== '') config.author = opts.author;
        if (opts.comment !== undefined && opts.comment !== '') config.comment = opts.comment;
        if (opts.containerId !== undefined) config.container = opts.containerId;
        const layers = [...parentManifest.layers, { mediaType: MediaType.ociLayer, digest: layer.digest, size: layer.size }];
        return await this.createImage(work, config, layers, { tag, parent: parent.id });
      } catch (err) {
        await this.rollBack(work);
        throw err;
      }
    });
  }

  private parseNewTag(ref: string): Reference {
    const parsed = parseReference(ref);
    if (parsed.digest !== undefined) throw invalidArgument(`refusing to create a tag with a digest reference: ${ref}`);
    return withDefaultTag(parsed);
  }

  /** Run a layer writer into the content store; the stored blob is the uncompressed layer. */
  private async ingestDiff(
    work: Work,
    diff: (out: NodeJS.WritableStream) => Promise<{ diffId: string; size: number }>,
  ): Promise<{ digest: string; size: number }> {
    const writer = await this.content.writer(`commit-${work.lease.id}-layer`);
    try {
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          writer.write(chunk).then(() => callback(), callback);
        },
      });
      const result = await diff(sink);
      if (!sink.writableEnded) sink.end();
      await finished(sink);
      const info = await writer.commit({ digest: result.diffId });
      await work.addBlob(info.digest);
      return { digest: info.digest, size: info.size };
    } catch (err) {
      await writer.abort();
      throw err;
    }
  }

  /** Store config and manifest, unpack the layers, record the image (and tag it). */
  private async createImage(
    work: Work,
    config: ImageConfig,
    layers: Descriptor[],
    opts: { tag?: Reference; parent?: string },
  ): Promise<Image> {
    const configBlob = await writeBlob(this.content, `${work.lease.id}-config`, Buffer.from(JSON.stringify(config)));
    await work.addBlob(configBlob.digest);
    const manifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: configBlob.digest, size: configBlob.size },
      layers,
    };
    const manifestBlob = await writeBlob(this.content, `${work.lease.id}-manifest`, Buffer.from(JSON.stringify(manifest)));
    await work.addBlob(manifestBlob.digest);
    const chainId = await this.unpack(work, layers, config.rootfs.diff_ids);
    const record: ImageRecord = {
      id: configBlob.digest,
      target: { mediaType: MediaType.ociManifest, digest: manifestBlob.digest, size: manifestBlob.size },
      configDigest: configBlob.digest,
      layers: layers.map((l) => l.digest),
      chainId,
    };
    if (opts.parent !== undefined) record.parent = opts.parent;
    await this.update((db) => {
      Object.assign(db.layerSizes, work.sizes);
      db.images[record.id] = record;
      if (opts.tag) {
        db.tags[normalizedString(opts.tag)] = record.id;
        record.lastTagTime = new Date().toISOString();
      }
    });
    await work.lease.end();
    return this.toImage(record);
  }

  // ---- disk usage ------------------------------------------------------------------------------

  async diskUsage(inUse: (imageId: string) => number): Promise<{ images: ImageDiskUsage[]; layersSize: number }> {
    const perImage = new Map<string, string[]>();
    const users = new Map<string, number>();
    for (const record of Object.values(this.db.images)) {
      const chain = chainIds((await this.config(record)).rootfs.diff_ids);
      perImage.set(record.id, chain);
      for (const c of new Set(chain)) users.set(c, (users.get(c) ?? 0) + 1);
    }
    const sizeOf = async (chainId: string): Promise<number> =>
      has(this.db.layerSizes, chainId) ? this.db.layerSizes[chainId] : this.snapshotter.usage(chainId).then((u) => u.size, () => 0);
    let layersSize = 0;
    for (const chainId of users.keys()) layersSize += await sizeOf(chainId);
    const images: ImageDiskUsage[] = [];
    for (const image of await this.list()) {
      let shared = 0;
      for (const chainId of new Set(perImage.get(image.id) ?? [])) if ((users.get(chainId) ?? 0) > 1) shared += await sizeOf(chainId);
      images.push({
        Id: image.id,
        RepoTags: image.repoTags,
        Size: image.size,
        SharedSize: shared,
        Containers: inUse(image.id),
        Created: Math.floor(image.created.getTime() / 1000),
      });
    }
    return { images, layersSize };
  }
}

/** What one load/import/commit has created so far, under its lease. */
class Work {
  readonly committed: string[] = [];
  readonly sizes: Record<string, number> = {};
  readonly blobs = new Set<string>();

  constructor(readonly lease: Lease) {}

  async addBlob(digest: string): Promise<void> {
    this.blobs.add(digest);
    await this.lease.add({ blobs: [digest] });
  }
}

function containerId(used: boolean | string): string {
  return typeof used === 'string' ? used.slice(0, 12) : '(unknown)';
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Docker's `until` filter: Unix seconds, an RFC 3339 time or a Go duration ago; as epoch ms. */
export function parseUntil(value: string, now = Date.now()): number {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  if (/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(value)) {
    let ms = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(amount) * DURATION_UNITS[unit];
    return now - ms;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw invalidArgument(`invalid filter 'until=${value}'`);
  return time;
}

/** A `label` filter: `key`, `key=value`, and their negations `!key`, `!key=value`. */
function parseLabelFilter(filter: string): (labels: Record<string, string>) => boolean {
  const negated = filter.startsWith('!');
  const body = negated ? filter.slice(1) : filter;
  const eq = body.indexOf('=');
  const key = eq < 0 ? body : body.slice(0, eq);
  const value = eq < 0 ? undefined : body.slice(eq + 1);
  return (labels) => {
    const matches = has(labels, key) && (value === undefined || labels[key] === value);
    return negated ? !matches : matches;
  };
}

/**
 * Open (creating if needed) the image store under `root`, on the given content store and
 * snapshotter. Work killed before it finished (a leftover lease) is rolled back first.
 * `driverName` is what inspect reports as GraphDriver.Name (default `overlay2`); `limits` bound
 * each layer loaded, imported or committed (entries and bytes; applyLayer's defaults otherwise);
 * `idShift` maps the owners of every unpacked layer (a store kept for `--userns-remap`).
 */
export async function createImageService(opts: {
  root: string;
  content: ContentStore;
  snapshotter: Snapshotter;
  driverName?: string;
  limits?: LayerLimits;
  /** Id maps every unpacked layer's owners go through (the daemon's `--userns-remap`). */
  idShift?: IdShift;
}): Promise<ImageService> {
  await fs.promises.mkdir(opts.root, { recursive: true });
  let db: ImageDb;
  try {
    db = JSON.parse(await fs.promises.readFile(path.join(opts.root, 'images.json'), 'utf8')) as ImageDb;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    db = { version: 1, images: {}, tags: {}, layerSizes: {} };
  }
  const service = new LocalImageService(opts.root, opts.content, opts.snapshotter, db, opts.driverName ?? 'overlay2', { ...opts.limits, idShift: opts.idShift });
  await service.recover();
  return service;
}
