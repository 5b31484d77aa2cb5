import { createHash } from 'node:crypto';
import type { ImageDeleteResponseItem, ImageHistoryResponseItem, ImageInspect } from '@berth/api-types';
import type { Descriptor } from '@berth/content';

export type { ImageInspect };
/** One line of `docker history` (Docker's `GET /images/{name}/history` item). */
export type HistoryEntry = ImageHistoryResponseItem;
/** One `Untagged:` or `Deleted:` line of `docker rmi` / `image prune`. */
export type RemovedItem = ImageDeleteResponseItem;

/** The image configuration (OCI image-spec config / Docker image JSON), the fields berth reads. */
export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  author?: string;
  config?: ImageRunConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: ImageHistory[];
  /** Docker's extras, kept when present. */
  container?: string;
  comment?: string;
}

/** The part of an image config that says how to run a container from it. */
export interface ImageRunConfig {
  User?: string;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  ExposedPorts?: Record<string, object>;
  Volumes?: Record<string, object>;
  StopSignal?: string;
  Healthcheck?: object;
  OnBuild?: string[] | null;
  Shell?: string[];
  ArgsEscaped?: boolean;
}

/** What `docker import -c` / `docker commit -c` change: Dockerfile-like instructions, parsed. */
export type ImageConfigChanges = Partial<ImageRunConfig>;

/** One step of an image's history (OCI config `history`). */
export interface ImageHistory {
  created?: string;
  created_by?: string;
  author?: string;
  empty_layer?: boolean;
  comment?: string;
}

/**
 * Whether a container uses an image: `false`, or the id of one such container (named in conflict
 * messages as Docker does); `true` when the caller cannot say which.
 */
export type ImageInUse = (imageId: string) => boolean | string;

/** An image as `docker images` / `docker inspect` see it. */
export interface Image {
  /** `sha256:<hex of the config blob digest>`. */
  id: string;
  /** Familiar references: `busybox:latest`. */
  repoTags: string[];
  /** Familiar references by digest: `busybox@sha256:...`; empty for loaded images (as in Docker). */
  repoDigests: string[];
  created: Date;
  /** Sum of the unpacked layer sizes, in bytes. */
  size: number;
  config: ImageConfig;
  /** The image manifest. */
  target: Descriptor;
  /** Chain id of the top layer (the snapshot to run containers on); '' for an image without layers. */
  chainId: string;
}

/** The image store: load archives, find images by name or id, tag them. */
export interface ImageService {
  /**
   * Load a `docker save` archive (legacy manifest.json layout or OCI layout; layers plain or
   * gzip), unpacking every layer into the snapshotter. Returns the familiar tags loaded, or the ids
   * of untagged images. All or nothing: an invalid archive throws InvalidArgument and leaves no
   * image record and no snapshot.
   */
  load(archive: NodeJS.ReadableStream, opts?: { onProgress?: (msg: string) => void }): Promise<{ loaded: string[] }>;
  list(): Promise<Image[]>;
  /**
   * Find an image by name (`busybox`, `busybox:1`, normalised), full id (with or without
   * `sha256:`) or unique id prefix. NotFound: `No such image: <refOrId>`; a prefix that matches
   * several images: InvalidArgument.
   */
  get(refOrId: string): Promise<Image>;
  /** Point `target` (a name, `latest` by default) at the image `source` resolves to. */
  tag(source: string, target: string): Promise<void>;
  /** Docker's `GET /images/{name}/json`. NotFound as `get`. */
  inspect(ref: string): Promise<ImageInspect>;
  /**
   * Docker's `GET /images/{name}/history`, newest first: the top entry carries the image id and
   * tags, entries that belong to a locally known parent image carry that image's id and tags,
   * others `<missing>`. Size is the layer size for entries that made a layer, else 0.
   */
  history(ref: string): Promise<HistoryEntry[]>;
  /**
   * `docker rmi` with Docker's rules. By name: untag that name; the image itself is deleted only
   * when no tag remains. By id: an image with several tags is refused (Conflict
   * `unable to delete <id> (must be forced) - image is referenced in multiple repositories`)
   * unless `force`, which untags every name. An image a container uses (`inUse`) is refused
   * (Conflict) unless `force`. Deleting frees the blobs and chain snapshots nothing else uses; a
   * snapshot that is the parent of a container's snapshot stays. `noPrune` is accepted for
   * Docker compatibility (berth records no untagged parents to prune).
   */
  remove(ref: string, opts: { force: boolean; noPrune: boolean; inUse: ImageInUse }): Promise<RemovedItem[]>;
  /**
   * `docker image prune`: dangling (untagged) images, or with `all` every image no container
   * uses. `until` (RFC 3339, Unix seconds or a Go duration like `10m`) keeps newer images;
   * `label` entries `key` or `key=value` must all match; `!key` / `!key=value` must not.
   */
  prune(opts: { all: boolean; filters: { until?: string; label?: string[] }; inUse: ImageInUse }): Promise<{ ImagesDeleted: RemovedItem[]; SpaceReclaimed: number }>;
  /**
   * `docker save`: one tar holding both the docker-archive layout (`manifest.json`, `repositories`)
   * and the OCI image layout (`oci-layout`, `index.json`, `blobs/sha256/…`), sharing blobs, layers
   * as stored. Streamed; `out` is ended. NotFound for an unknown ref (before anything is written).
   */
  save(refs: string[], out: NodeJS.WritableStream): Promise<void>;
  /**
   * `docker import`: a filesystem tar (plain, gzip or zstd) becomes a one-layer image; `changes`
   * set its run config, `message` its history comment, `ref` its tag.
   */
  import(source: NodeJS.ReadableStream, opts: { ref?: string; message?: string; changes?: ImageConfigChanges }): Promise<Image>;
  /**
   * `docker commit`: `diff` writes the container's changes as a layer tar to `out` and reports its
   * diff id; the layer becomes a new image on `parent` with `config` as its run config.
   */
  commit(opts: CommitOptions): Promise<Image>;
  /**
   * For `docker system df`: each image once (whatever its tag count), its unpacked Size, the
   * bytes of its layers that other images share (SharedSize) and its container count; and the
   * bytes of all distinct layers.
   */
  diskUsage(inUse: (imageId: string) => number): Promise<{ images: ImageDiskUsage[]; layersSize: number }>;
}

/** What `ImageService.commit` takes. */
export interface CommitOptions {
  /** The image the container runs on (name or id). */
  parent: string;
  /** Writes the container's changes as an uncompressed layer tar to `out`, ends it, and reports its diff id. */
  diff: (out: NodeJS.WritableStream) => Promise<{ diffId: string; size: number }>;
  /** The new image's run config, over the parent's (Env merged by name). */
  config: ImageConfigChanges;
  author?: string;
  comment?: string;
  /** Tag the new image with this name. */
  ref?: string;
  /** Recorded as the config's `container`. */
  containerId?: string;
}

export interface ImageDiskUsage {
  Id: string;
  RepoTags: string[];
  Size: number;
  SharedSize: number;
  Containers: number;
  /** Unix seconds. */
  Created: number;
}

/**
 * The OCI chain ids of a layer stack: the first is the first diff id, each next one is
 * `sha256(previous + ' ' + diffId)`. A chain id names the snapshot holding all layers up to it.
 */
export function chainIds(diffIds: string[]): string[] {
  const chain: string[] = [];
  for (const diffId of diffIds) {
    const previous = chain[chain.length - 1];
    chain.push(
      previous === undefined ? diffId : `sha256:${createHash('sha256').update(`${previous} ${diffId}`).digest('hex')}`,
    );
  }
  return chain;
}
