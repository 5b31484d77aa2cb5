import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { TarWriter, type TarEntryInput } from '@berth/archive';
import { MediaType } from './plan';

// Builders of image archives for tests (not part of the public API).

// ---- building archives -------------------------------------------------------------------------

export type Entry = [TarEntryInput, Buffer?];

export async function tar(entries: Entry[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new TarWriter(out);
  for (const [header, body] of entries) await writer.add(header, body);
  await writer.finish();
  return Buffer.concat(chunks);
}

export const sha256 = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;
export const hexOf = (digest: string): string => digest.slice('sha256:'.length);
export const file = (name: string, content: string, mode = 0o644): Entry => [{ name, type: 'file', mode }, Buffer.from(content)];
export const dir = (name: string): Entry => [{ name, type: 'directory', mode: 0o755 }];

export interface Layer {
  /** The bytes as stored in the archive (maybe gzip). */
  blob: Buffer;
  diffId: string;
}

export async function layer(entries: Entry[], gzip = false): Promise<Layer> {
  const plain = await tar(entries);
  return { blob: gzip ? gzipSync(plain) : plain, diffId: sha256(plain) };
}

/** Layer 1: a small tree. Layer 2 (gzip): a whiteout, an opaque directory, a new file. */
export async function twoLayers(): Promise<Layer[]> {
  return [
    await layer([
      dir('etc'),
      file('etc/hello', 'hello\n'),
      file('etc/gone', 'bye\n'),
      dir('bin'),
      file('bin/tool', '#!/bin/sh\necho tool\n', 0o755),
      [{ name: 'bin/link', type: 'symlink', linkname: 'tool' }],
      dir('opt'),
      file('opt/a', 'a'),
    ]),
    await layer([dir('etc'), file('etc/.wh.gone', ''), file('etc/new', 'new\n'), dir('opt'), file('opt/.wh..wh..opq', ''), file('opt/b', 'b')], true),
  ];
}

export function configFor(diffIds: string[], extra: Record<string, unknown> = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: '2024-01-02T03:04:05Z',
      config: { Cmd: ['sh'], Env: ['PATH=/bin'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map(() => ({ created_by: 'test' })),
      ...extra,
    }),
  );
}

export interface LegacyImage {
  config: Buffer;
  layers: Layer[];
  tags: string[];
}

/** A `docker save` archive in the legacy layout (layers as `<id>/layer.tar`, VERSION and json too). */
export async function legacyArchive(images: LegacyImage[], mutate?: (manifest: Record<string, unknown>[]) => unknown): Promise<Buffer> {
  const entries: Entry[] = [];
  const manifest: Record<string, unknown>[] = [];
  for (const image of images) {
    const configName = `${hexOf(sha256(image.config))}.json`;
    entries.push([{ name: configName, type: 'file', mode: 0o644 }, image.config]);
    const layerNames: string[] = [];
    for (const l of image.layers) {
      const id = hexOf(sha256(l.diffId + configName));
      if (!entries.some(([h]) => h.name === `${id}/`)) {
        entries.push(dir(`${id}/`), file(`${id}/VERSION`, '1.0'), file(`${id}/json`, '{}'));
        entries.push([{ name: `${id}/layer.tar`, type: 'file', mode: 0o644 }, l.blob]);
      }
      layerNames.push(`${id}/layer.tar`);
    }
    manifest.push({ Config: configName, RepoTags: image.tags, Layers: layerNames });
  }
  const finalManifest = mutate ? mutate(manifest) : manifest;
  entries.push([{ name: 'manifest.json', type: 'file', mode: 0o644 }, Buffer.from(JSON.stringify(finalManifest))]);
  entries.push(file('repositories', '{}'));
  return tar(entries);
}

/** An OCI image layout archive; `name` becomes the io.containerd.image.name annotation. */
export async function ociArchive(images: { config: Buffer; layers: Layer[]; name?: string }[]): Promise<Buffer> {
  const blobs = new Map<string, Buffer>();
  const put = (data: Buffer): { digest: string; size: number } => {
    const digest = sha256(data);
    blobs.set(digest, data);
    return { digest, size: data.length };
  };
  const index = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] as unknown[] };
  for (const image of images) {
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: MediaType.ociConfig, ...put(image.config) },
        layers: image.layers.map((l) => ({
          mediaType: l.blob[0] === 0x1f ? MediaType.ociLayerGzip : l.blob[0] === 0x28 ? MediaType.ociLayerZstd : MediaType.ociLayer,
          ...put(l.blob),
        })),
      }),
    );
    const annotations: Record<string, string> = image.name
      ? { 'io.containerd.image.name': image.name, 'org.opencontainers.image.ref.name': image.name.split(':').pop()! }
      : {};
    index.manifests.push({ mediaType: MediaType.ociManifest, ...put(manifest), annotations });
  }
  const entries: Entry[] = [file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'), dir('blobs'), dir('blobs/sha256')];
  for (const [digest, data] of blobs) entries.push([{ name: `blobs/sha256/${hexOf(digest)}`, type: 'file', mode: 0o644 }, data]);
  entries.push([{ name: 'index.json', type: 'file', mode: 0o644 }, Buffer.from(JSON.stringify(index))]);
  return tar(entries);
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

