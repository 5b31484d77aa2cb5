import { createHash } from 'node:crypto';
import type { Descriptor } from '@berth/content';

/** The image configuration (OCI image-spec config / Docker image JSON), the fields berth reads. */
export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  author?: string;
  config?: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
    Labels?: Record<string, string> | null;
    ExposedPorts?: Record<string, object>;
    Volumes?: Record<string, object>;
    StopSignal?: string;
  };
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: { created?: string; created_by?: string; empty_layer?: boolean; comment?: string }[];
}

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
