import { detectCompression, type Compression } from '@berth/archive';
import { writeBlob, type ContentStore, type Descriptor } from '@berth/content';
import { invalidArgument, messageOf } from '@berth/errdefs';
import { isDigest, parseReference, withDefaultTag, type Reference } from '@berth/reference';
import type { ArchiveFiles, StoredFile } from './archive-files';
import type { ImageConfig } from './image';
import { documentKindOf, validateDocument } from './schemas';

export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

const MANIFEST_TYPES = new Set<string>([MediaType.ociManifest, MediaType.dockerManifest]);
const INDEX_TYPES = new Set<string>([MediaType.ociIndex, MediaType.dockerManifestList]);
const MAX_JSON_BLOB = 16 << 20;

/** An image found in an archive, validated, ready to unpack and record. */
export interface PlannedImage {
  manifest: Descriptor;
  config: ImageConfig;
  configDigest: string;
  layers: Descriptor[];
  tags: Reference[];
}

interface OciManifest {
  schemaVersion?: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
}

interface OciIndex {
  schemaVersion?: number;
  manifests: (Descriptor & { platform?: { os?: string; architecture?: string; variant?: string } })[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkDescriptor(value: unknown, what: string): Descriptor {
  if (!isRecord(value) || typeof value.digest !== 'string' || !isDigest(value.digest) || typeof value.size !== 'number') {
    throw invalidArgument(`invalid archive: malformed ${what} descriptor`);
  }
  return value as unknown as Descriptor;
}

/** Parse and validate an image config; its diff ids must match the layers one to one. */
export function parseConfig(data: Buffer, layerCount: number, where: string): ImageConfig {
  let config: unknown;
  try {
    config = JSON.parse(data.toString('utf8'));
  } catch (err) {
    throw invalidArgument(`invalid archive: config ${where} is not valid JSON: ${messageOf(err)}`);
  }
  const valid = validateDocument<ImageConfig>('image config', config, where);
  const diffIds = valid.rootfs.diff_ids;
  if (diffIds.length !== layerCount) {
    throw invalidArgument(
      `invalid archive: config ${where} lists ${diffIds.length} diff ids for ${layerCount} layers`,
    );
  }
  return { ...valid, architecture: valid.architecture ?? '', os: valid.os ?? '' };
}

function parseTag(tag: unknown, where: string): Reference {
  if (typeof tag !== 'string') throw invalidArgument(`invalid archive: ${where} has a non-string tag`);
  let ref: Reference;
  try {
    ref = parseReference(tag);
  } catch (err) {
    throw invalidArgument(`invalid archive: tag ${JSON.stringify(tag)}: ${messageOf(err)}`);
  }
  if (ref.digest !== undefined) throw invalidArgument(`invalid archive: tag ${JSON.stringify(tag)} has a digest`);
  return withDefaultTag(ref);
}

async function readJsonBlob(content: ContentStore, desc: Descriptor, what: string): Promise<unknown> {
  if (desc.size > MAX_JSON_BLOB) throw invalidArgument(`invalid archive: ${what} is larger than ${MAX_JSON_BLOB} bytes`);
  const data = await content.read(desc.digest);
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (err) {
    throw invalidArgument(`invalid archive: ${what} ${desc.digest} is not valid JSON: ${messageOf(err)}`);
  }
}

const LAYER_MEDIA_TYPE: Record<Compression, string> = {
  none: MediaType.ociLayer,
  gzip: MediaType.ociLayerGzip,
  zstd: MediaType.ociLayerZstd,
};

/** The layer media type for a blob, from its first bytes. */
async function layerMediaType(content: ContentStore, digest: string): Promise<string> {
  for await (const chunk of content.openRead(digest) as AsyncIterable<Buffer>) {
    // Leaving the loop early closes the stream: only the first chunk is read.
    return LAYER_MEDIA_TYPE[detectCompression(chunk)];
  }
  return MediaType.ociLayer;
}

/**
 * Images of a legacy `docker save` archive (manifest.json: `[{Config, RepoTags, Layers}]`). An
 * OCI manifest is synthesised and stored for each, so every image has a manifest descriptor.
 */
export async function planLegacy(files: ArchiveFiles, content: ContentStore, refPrefix: string): Promise<PlannedImage[]> {
  const manifest = files.json('manifest.json');
  if (!Array.isArray(manifest)) throw invalidArgument('invalid archive: manifest.json is not a list of images');
  const planned: PlannedImage[] = [];
  for (const [index, entry] of manifest.entries()) {
    const where = `manifest.json entry ${index}`;
    if (!isRecord(entry) || typeof entry.Config !== 'string' || !Array.isArray(entry.Layers)) {
      throw invalidArgument(`invalid archive: ${where} needs Config and Layers`);
    }
    const configFile = files.file(entry.Config, 'config');
    const config = parseConfig(await content.read(configFile.digest), entry.Layers.length, entry.Config);
    const layerFiles: StoredFile[] = entry.Layers.map((layer: unknown) => {
      if (typeof layer !== 'string') throw invalidArgument(`invalid archive: ${where} has a non-string layer`);
      return files.file(layer, 'layer');
    });
    const layers: Descriptor[] = [];
    for (const layer of layerFiles) {
      layers.push({ mediaType: await layerMediaType(content, layer.digest), digest: layer.digest, size: layer.size });
    }
    const tags = ((entry.RepoTags ?? []) as unknown[]);
    if (!Array.isArray(tags)) throw invalidArgument(`invalid archive: ${where} RepoTags is not a list`);
    const manifestBytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: MediaType.ociConfig, digest: configFile.digest, size: configFile.size },
        layers,
      }),
    );
    const stored = await writeBlob(content, `${refPrefix}-manifest-${index}`, manifestBytes);
    files.written.add(stored.digest);
    planned.push({
      manifest: { mediaType: MediaType.ociManifest, digest: stored.digest, size: stored.size },
      config,
      configDigest: configFile.digest,
      layers,
      tags: tags.map((t) => parseTag(t, where)),
    });
  }
  return planned;
}

/** Node's `process.arch` in Go's (and so OCI's) spelling. */
export const GO_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' };

/** The name an OCI index entry gives its image, if it gives a full reference. */
function nameOf(desc: Descriptor): Reference | undefined {
  const annotations = desc.annotations ?? {};
  const full = annotations['io.containerd.image.name'];
  if (full !== undefined) return parseTag(full, 'index.json');
  const refName = annotations['org.opencontainers.image.ref.name'];
  // A bare tag (`latest`) names nothing without a repository; only full references count.
  if (refName !== undefined && /[:/]/.test(refName)) return parseTag(refName, 'index.json');
  return undefined;
}

/** Resolve a manifest list / OCI index to the manifest for this host's platform. */
async function resolveManifest(content: ContentStore, desc: Descriptor, depth = 0): Promise<Descriptor> {
  if (MANIFEST_TYPES.has(desc.mediaType)) return desc;
  if (!INDEX_TYPES.has(desc.mediaType) || depth > 4) {
    throw invalidArgument(`invalid archive: unsupported manifest media type ${JSON.stringify(desc.mediaType)}`);
  }
  const index = validateDocument<OciIndex>(documentKindOf(desc.mediaType) ?? 'OCI image index', await readJsonBlob(content, desc, 'index'), desc.digest);
  const arch = GO_ARCH[process.arch] ?? process.arch;
  const match = index.manifests.find((m) => m.platform?.os === 'linux' && m.platform?.architecture === arch);
  const chosen = match ?? (index.manifests.length === 1 ? index.manifests[0] : undefined);
  if (!chosen) throw invalidArgument(`invalid archive: no manifest for linux/${arch} in the index`);
  return resolveManifest(content, checkDescriptor(chosen, 'manifest'), depth + 1);
}

/** Images of an OCI image layout archive (index.json + blobs/sha256/...). */
export async function planOci(files: ArchiveFiles, content: ContentStore): Promise<PlannedImage[]> {
  const index = validateDocument<OciIndex>('OCI image index', files.json('index.json'), 'index.json');
  const planned: PlannedImage[] = [];
  for (const entry of index.manifests) {
    const top = checkDescriptor(entry, 'index.json manifest');
    const requireBlob = (desc: Descriptor, what: string): void => {
      const stored = files.file(`blobs/sha256/${desc.digest.slice('sha256:'.length)}`, what);
      if (stored.size !== desc.size) throw invalidArgument(`invalid archive: ${what} ${desc.digest} has size ${stored.size}, descriptor says ${desc.size}`);
    };
    requireBlob(top, 'manifest');
    const manifestDesc = await resolveManifest(content, top);
    requireBlob(manifestDesc, 'manifest');
    const manifest = validateDocument<OciManifest>(
      documentKindOf(manifestDesc.mediaType) ?? 'OCI image manifest',
      await readJsonBlob(content, manifestDesc, 'manifest'),
      manifestDesc.digest,
    );
    const configDesc = checkDescriptor(manifest.config, 'config');
    requireBlob(configDesc, 'config');
    const layers = manifest.layers.map((l) => checkDescriptor(l, 'layer'));
    for (const layer of layers) requireBlob(layer, 'layer');
    const config = parseConfig(await content.read(configDesc.digest), layers.length, configDesc.digest);
    const name = nameOf(top);
    planned.push({
      manifest: { mediaType: manifestDesc.mediaType, digest: manifestDesc.digest, size: manifestDesc.size },
      config,
      configDigest: configDesc.digest,
      layers,
      tags: name ? [name] : [],
    });
  }
  return planned;
}

/**
 * The images of a streamed archive. Docker 25+ archives (and berth's save) carry both layouts;
 * the OCI index is preferred because it keeps manifest digests as saved.
 */
export async function planArchive(files: ArchiveFiles, content: ContentStore, refPrefix: string): Promise<PlannedImage[]> {
  if (files.metadata.has('index.json')) return planOci(files, content);
  if (files.metadata.has('manifest.json')) return planLegacy(files, content, refPrefix);
  throw invalidArgument('invalid archive: no manifest.json or index.json found');
}
