/**
 * Images as the Docker API serves them: the image store (`@berth/images`) joined with what the
 * engine knows about containers (which image each runs, its writable snapshot), so that `rmi`
 * refuses an image in use, `commit`/`export`/`diff` read a container's filesystem, and
 * `system df` counts both.
 */
import type {
  ContainerConfig, FilesystemChange, ImageDeleteResponseItem, ImageHistoryResponseItem, ImageInspect,
  ImagePruneResponse, ImageSummary, SystemDfResponse, ContainerDiskUsage,
} from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { familiarString, parseReference, withDefaultTag } from '@berth/reference';
import { parseChanges, type Image, type ImageConfigChanges, type ImageInUse, type ImageService } from '@berth/images';
import type { IdShift } from '@berth/archive';
import type { Snapshotter } from '@berth/snapshots';
import type { ContainerService } from '../containers/service';
import { containerChanges, containerDiff, exportContainer } from './container-fs';
import { filterImages, type ImageFilters } from './filters';
import { imageEvents } from './events';
import type { EventLog } from '../events';
import type { EngineVolumes } from '../volumes/backend';

/** `docker images` options, as `GET /images/json` takes them. */
export interface ImageListOptions {
  all?: boolean;
  filters?: ImageFilters;
  /** Compute `SharedSize` (else -1, as dockerd answers). */
  sharedSize?: boolean;
}

/** `docker commit` options, as `POST /commit` takes them. */
export interface CommitOptions {
  container: string;
  repo?: string;
  tag?: string;
  comment?: string;
  author?: string;
  /** Dockerfile-like instructions (`CMD ["sh"]`), one per entry. */
  changes?: string[];
  /** The request body's run config; its set fields override the container's. */
  config?: Partial<ContainerConfig> | null;
  /** Freeze a running container while its layer is written. */
  pause?: boolean;
}

/** The image half of the engine as the API routers use it. */
export interface EngineImages {
  /** Load a docker-save or OCI archive; returns the familiar names (or ids) loaded. */
  load(archive: NodeJS.ReadableStream, opts?: { onProgress?: (msg: string) => void }): Promise<string[]>;
  list(opts?: ImageListOptions): Promise<ImageSummary[]>;
  inspect(name: string): Promise<ImageInspect>;
  history(name: string): Promise<ImageHistoryResponseItem[]>;
  /** Name the image `name` resolves to `repo[:tag]` (`latest` when no tag is given). */
  tag(name: string, repo: string, tag?: string): Promise<void>;
  remove(name: string, opts: { force: boolean; noPrune: boolean }): Promise<ImageDeleteResponseItem[]>;
  /** `docker image prune`: filters `dangling` (`false` = every unused image), `until`, `label`, `label!`. */
  prune(filters: ImageFilters): Promise<ImagePruneResponse>;
  /** Stream a docker-archive + OCI layout tar of `names` to `out`; NotFound before any byte is written. */
  save(names: string[], out: NodeJS.WritableStream): Promise<void>;
  /** `docker import`: a filesystem tar becomes a one-layer image; returns its id. */
  importImage(source: NodeJS.ReadableStream, opts: { repo?: string; tag?: string; message?: string; changes?: string[] }): Promise<string>;
  /** `docker export`: a container's filesystem as a tar on `out`. */
  exportContainer(ref: string, out: NodeJS.WritableStream): Promise<void>;
  /** `docker commit`: a container's changes as a new image; returns its id. */
  commit(opts: CommitOptions): Promise<string>;
  /** `docker diff`: a container's changes to its image's filesystem. */
  changes(ref: string): Promise<FilesystemChange[]>;
  /** `docker system df`: images (each once), containers and their sizes, all layers' size. */
  diskUsage(): Promise<SystemDfResponse>;
}

/** Run-config fields a committed image takes from its container. */
const IMAGE_RUN_FIELDS = [
  'User', 'Env', 'Entrypoint', 'Cmd', 'WorkingDir', 'Labels', 'ExposedPorts', 'Volumes', 'StopSignal', 'Healthcheck', 'OnBuild', 'Shell',
] as const;

function runConfigOf(config: Partial<ContainerConfig> | null | undefined): ImageConfigChanges {
  const out: Record<string, unknown> = {};
  if (!config) return out;
  for (const field of IMAGE_RUN_FIELDS) {
    const value = (config as Record<string, unknown>)[field];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);
    if (!empty) out[field] = value;
  }
  return out as ImageConfigChanges;
}

function targetRef(repo: string | undefined, tag: string | undefined): string | undefined {
  if (!repo) {
    if (tag) throw invalidArgument('tag is specified without a repository');
    return undefined;
  }
  return tag ? `${repo}:${tag}` : repo;
}

export function createEngineImages(deps: { images: ImageService; containers: ContainerService; snapshotter: Snapshotter; events?: EventLog; volumes?: Pick<EngineVolumes, 'usage'>; idShift?: IdShift }): EngineImages {
  const { images, containers, snapshotter } = deps;
  const events = imageEvents(deps.events, images);
  const inUse: ImageInUse = (id) => containers.usersOf(id)[0] ?? false;

  const summary = (img: Image, shared: number): ImageSummary => ({
    Id: img.id,
    ParentId: '',
    RepoTags: img.repoTags,
    RepoDigests: img.repoDigests,
    Created: Math.floor(img.created.getTime() / 1000),
    Size: img.size,
    SharedSize: shared,
    Labels: img.config.config?.Labels ?? null,
    Containers: containers.usersOf(img.id).length,
  });

  return {
    async load(archive, opts) {
      const { loaded } = await images.load(archive, opts);
      for (const name of loaded) await events.of('load', name);
      return loaded;
    },

    async list(opts = {}) {
      let all = await images.list();
      if (!opts.all) {
        // Intermediate images (untagged parents of others) are hidden, as dockerd hides them.
        const parents = new Set((await Promise.all(all.map((i) => images.inspect(i.id)))).map((i) => i.Parent).filter(Boolean));
        all = all.filter((i) => i.repoTags.length > 0 || !parents.has(i.id));
      }
      const kept = await filterImages(all, opts.filters ?? {}, (ref) => images.get(ref));
      const shared = new Map<string, number>();
      if (opts.sharedSize) for (const u of (await images.diskUsage(() => 0)).images) shared.set(u.Id, u.SharedSize);
      return kept
        .sort((a, b) => b.created.getTime() - a.created.getTime())
        .map((img) => summary(img, shared.get(img.id) ?? -1));
    },

    inspect: (name) => images.inspect(name),
    history: (name) => images.history(name),

    async tag(name, repo, tag) {
      const target = targetRef(repo, tag);
      if (target === undefined) throw invalidArgument('repository name must have at least one component');
      await images.tag(name, target);
      await events.tagged(target);
    },

    remove: (name, opts) => events.removal(() => images.remove(name, { ...opts, inUse }), (items) => items),

    async prune(filters) {
      for (const key of Object.keys(filters)) {
        if (!['dangling', 'until', 'label', 'label!'].includes(key)) throw invalidArgument(`invalid filter '${key}'`);
      }
      const dangling = (filters.dangling ?? []).map((v) => v.toLowerCase());
      for (const v of dangling) if (!['true', 'false', '1', '0'].includes(v)) throw invalidArgument(`invalid filter 'dangling=${v}'`);
      const all = dangling.length > 0 && (dangling[dangling.length - 1] === 'false' || dangling[dangling.length - 1] === '0');
      const until = filters.until?.[filters.until.length - 1];
      const label = [...(filters.label ?? []), ...(filters['label!'] ?? []).map((l) => `!${l}`)];
      const result = await events.removal(() => images.prune({ all, filters: { ...(until !== undefined ? { until } : {}), label }, inUse }), (r) => r.ImagesDeleted);
      events.pruned(result.SpaceReclaimed);
      return { ImagesDeleted: result.ImagesDeleted.length > 0 ? result.ImagesDeleted : null, SpaceReclaimed: result.SpaceReclaimed };
    },

    async save(names, out) {
      await images.save(names, out);
      for (const name of names) await events.of('save', name);
    },

    async importImage(source, opts) {
      const changes = parseChanges(opts.changes ?? []);
      const ref = targetRef(opts.repo, opts.tag);
      const image = await images.import(source, { ref, message: opts.message, changes });
      if (ref) await events.tagged(ref);
      await events.of('import', image.id);
      return image.id;
    },

    async exportContainer(ref, out) {
      const c = containers.filesystemOf(ref);
      await exportContainer(snapshotter, c.snapshotKey, out, deps.idShift);
      // Container events go through the container service, when the engine keeps a log.
      if (deps.events) containers.recordEvent(c.id, 'export');
    },

    async commit(opts) {
      const c = containers.filesystemOf(opts.container);
      const ref = targetRef(opts.repo, opts.tag);
      const config = { ...runConfigOf(c.config), ...runConfigOf(opts.config), ...parseChanges(opts.changes ?? []) };
      const writeDiff = containerDiff(snapshotter, c.snapshotKey, deps.idShift);
      // Docker pauses a running container by default so the new layer is a consistent snapshot.
      const freeze = opts.pause !== false && c.running && !c.paused;
      const diff = !freeze ? writeDiff : async (out: NodeJS.WritableStream) => {
        await containers.pause(c.id);
        try {
          return await writeDiff(out);
        } finally {
          await containers.unpause(c.id);
        }
      };
      const image = await images.commit({ parent: c.image, diff, config, author: opts.author, comment: opts.comment, ref, containerId: c.id });
      if (ref) await events.tagged(ref);
      if (deps.events) containers.recordEvent(c.id, 'commit', { comment: opts.comment ?? '', imageID: image.id, imageRef: ref ? familiarString(withDefaultTag(parseReference(ref))) : '' });
      return image.id;
    },

    async changes(ref) {
      return containerChanges(snapshotter, containers.filesystemOf(ref).snapshotKey);
    },

    async diskUsage() {
      const usage = await images.diskUsage((id) => containers.usersOf(id).length);
      const byId = new Map((await images.list()).map((i) => [i.id, i]));
      const imageSummaries: ImageSummary[] = usage.images.map((u) => {
        const img = byId.get(u.Id);
        return img ? { ...summary(img, u.SharedSize), Containers: u.Containers } : {
          Id: u.Id, ParentId: '', RepoTags: u.RepoTags, RepoDigests: [], Created: u.Created, Size: u.Size, SharedSize: u.SharedSize, Labels: null, Containers: u.Containers,
        };
      });
      const containerUsage: ContainerDiskUsage[] = [];
      for (const c of await containers.list({ all: true })) {
        // The same measure as `ps -s` and inspect's SizeRw (bytes written), not the snapshot's blocks.
        const sizes = await containers.sizeOf(c.Id).catch(() => ({ SizeRw: 0, SizeRootFs: 0 }));
        containerUsage.push({ ...c, ...sizes });
      }
      return { LayersSize: usage.layersSize, Images: imageSummaries, Containers: containerUsage, Volumes: (await deps.volumes?.usage()) ?? [], BuildCache: [] };
    },
  };
}
