import { TarWriter } from '@berth/archive';
import type { BlobProvider, Descriptor } from '@berth/content';
import { familiarName, familiarString, normalizedString, type Reference } from '@berth/reference';

/** One image to write into a save archive, with the names it is saved under. */
export interface SavedImage {
  manifest: Descriptor;
  configDigest: string;
  layers: Descriptor[];
  tags: Reference[];
}

const blobPath = (digest: string): string => `blobs/${digest.replace(':', '/')}`;
const EPOCH = new Date(0);

/**
 * Write `images` as one tar that is both a docker-archive (`manifest.json`, `repositories`) and an
 * OCI image layout (`oci-layout`, `index.json`), both naming the same `blobs/sha256/<hex>` files.
 * Blobs are streamed from `content` as stored, each once; the small JSON files come last. Ends
 * `out`.
 */
export async function writeSaveArchive(content: BlobProvider, images: SavedImage[], out: NodeJS.WritableStream): Promise<void> {
  const tar = new TarWriter(out);
  const written = new Set<string>();
  const entry = { mtime: EPOCH, mode: 0o644 };
  await tar.add({ name: 'blobs', type: 'directory', mtime: EPOCH, mode: 0o755 });
  await tar.add({ name: 'blobs/sha256', type: 'directory', mtime: EPOCH, mode: 0o755 });
  const addBlob = async (desc: Descriptor): Promise<void> => {
    if (written.has(desc.digest)) return;
    written.add(desc.digest);
    await tar.add({ ...entry, name: blobPath(desc.digest), type: 'file', size: desc.size }, content.openRead(desc.digest));
  };

  const index: Descriptor[] = [];
  const manifests: { Config: string; RepoTags: string[] | null; Layers: string[] }[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const image of images) {
    for (const layer of image.layers) await addBlob(layer);
    const config = await content.info(image.configDigest);
    await addBlob({ mediaType: '', digest: image.configDigest, size: config.size });
    await addBlob(image.manifest);

    const described = { mediaType: image.manifest.mediaType, digest: image.manifest.digest, size: image.manifest.size };
    if (image.tags.length === 0) index.push(described);
    for (const tag of image.tags) {
      index.push({
        ...described,
        annotations: { 'io.containerd.image.name': normalizedString(tag), 'org.opencontainers.image.ref.name': tag.tag ?? 'latest' },
      });
      const top = image.layers[image.layers.length - 1];
      if (top !== undefined) {
        (repositories[familiarName(tag)] ??= {})[tag.tag ?? 'latest'] = top.digest.slice(top.digest.indexOf(':') + 1);
      }
    }
    manifests.push({
      Config: blobPath(image.configDigest),
      RepoTags: image.tags.length > 0 ? image.tags.map(familiarString) : null,
      Layers: image.layers.map((l) => blobPath(l.digest)),
    });
  }
  const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
  await tar.add({ ...entry, name: 'index.json', type: 'file' }, json({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: index }));
  await tar.add({ ...entry, name: 'manifest.json', type: 'file' }, json(manifests));
  await tar.add({ ...entry, name: 'oci-layout', type: 'file' }, json({ imageLayoutVersion: '1.0.0' }));
  if (Object.keys(repositories).length > 0) await tar.add({ ...entry, name: 'repositories', type: 'file' }, json(repositories));
  await tar.finish();
}
