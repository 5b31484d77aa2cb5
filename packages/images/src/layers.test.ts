import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { compressStream } from '@berth/archive';
import { openContentStore } from '@berth/content';
import { createOverlaySnapshotter, type Snapshotter } from '@berth/snapshots';
import { mountAll, unmountAll } from '@berth/sys';
import { createImageService, MediaType, type ImageService } from './index';
import { configFor, dir, file, hexOf, layer, ociArchive, sha256, tar, type Layer } from './test-archives';

let root: string;
let snapshotter: Snapshotter;
let images: ImageService;

beforeEach(async () => {
  root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-layers-'));
  const content = await openContentStore(path.join(root, 'content'));
  snapshotter = await createOverlaySnapshotter(path.join(root, 'snapshots'));
  images = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
});

afterEach(async () => {
  await fs.promises.rm(root, { recursive: true, force: true });
});

async function zstd(data: Buffer): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const z = compressStream('zstd');
  z.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  z.end(data);
  await done;
  return Buffer.concat(chunks);
}

/** Mount the image's top chain as a container would (overlay, all lowers), run `fn`, clean up. */
async function throughContainerMount<T>(chainId: string, fn: (dir: string) => T): Promise<T> {
  const target = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-layers-mnt-'));
  const mounts = await snapshotter.prepare('container', chainId);
  mountAll(mounts, target);
  try {
    return fn(target);
  } finally {
    unmountAll(target);
    await snapshotter.remove('container');
    await fs.promises.rm(target, { recursive: true, force: true });
  }
}

it('loads, unpacks and mounts an image of 130 layers (a lowerdir list longer than a page)', async () => {
  const layers: Layer[] = [];
  for (let i = 1; i <= 130; i++) layers.push(await layer([dir('layers'), file(`layers/${i}`, `layer ${i}\n`), file('top', `${i}\n`)]));
  const archive = await ociArchive([{ config: configFor(layers.map((l) => l.diffId)), layers, name: 'docker.io/library/tall:1' }]);
  await images.load(Readable.from(archive));
  const image = await images.get('tall:1');
  const mounts = await snapshotter.prepare('probe', image.chainId);
  expect(mounts[0].options.join(',').length).toBeGreaterThan(4096);
  await snapshotter.remove('probe');
  await throughContainerMount(image.chainId, (d) => {
    expect(fs.readFileSync(path.join(d, 'layers/1'), 'utf8')).toBe('layer 1\n');
    expect(fs.readFileSync(path.join(d, 'layers/130'), 'utf8')).toBe('layer 130\n');
    expect(fs.readFileSync(path.join(d, 'top'), 'utf8')).toBe('130\n');
    expect(fs.readdirSync(path.join(d, 'layers'))).toHaveLength(130);
  });
  // Removing it frees all 130 chain snapshots.
  await images.remove('tall:1', { force: false, noPrune: false, inUse: () => false });
  const left: string[] = [];
  for await (const info of snapshotter.walk()) left.push(info.key);
  expect(left).toEqual([]);
}, 120_000);

it('loads zstd layers (OCI tar+zstd) and imports a zstd tar', async () => {
  const plain = await tar([dir('z'), file('z/file', 'zstd!\n')]);
  const zLayer: Layer = { blob: await zstd(plain), diffId: sha256(plain) };
  expect(zLayer.blob.subarray(0, 4)).toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
  const archive = await ociArchive([{ config: configFor([zLayer.diffId]), layers: [zLayer], name: 'docker.io/library/z:1' }]);
  expect(archive.includes(Buffer.from(MediaType.ociLayerZstd))).toBe(true);
  await images.load(Readable.from(archive));
  const image = await images.get('z:1');
  await throughContainerMount(image.chainId, (d) => expect(fs.readFileSync(path.join(d, 'z/file'), 'utf8')).toBe('zstd!\n'));

  const imported = await images.import(Readable.from(await zstd(plain)), { ref: 'zi:1' });
  expect(imported.config.rootfs.diff_ids).toEqual([sha256(plain)]);
  expect(hexOf(imported.chainId)).toBe(hexOf(sha256(plain)));
});

it('reads a Docker schema2 manifest with Docker layer media types, and save keeps it as stored', async () => {
  const l1 = await layer([file('d', 'docker\n')], true);
  const config = configFor([l1.diffId]);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.dockerManifest,
      config: { mediaType: MediaType.dockerConfig, digest: sha256(config), size: config.length },
      layers: [{ mediaType: MediaType.dockerLayerGzip, digest: sha256(l1.blob), size: l1.blob.length }],
    }),
  );
  const index = {
    schemaVersion: 2,
    manifests: [{ mediaType: MediaType.dockerManifest, digest: sha256(manifest), size: manifest.length, annotations: { 'io.containerd.image.name': 'docker.io/library/dock:1' } }],
  };
  const archive = await tar([
    file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
    ...[config, manifest, l1.blob].map((data): Parameters<typeof tar>[0][number] => [{ name: `blobs/sha256/${hexOf(sha256(data))}`, type: 'file' }, data]),
    [{ name: 'index.json', type: 'file' }, Buffer.from(JSON.stringify(index))],
  ]);
  await images.load(Readable.from(archive));
  const image = await images.get('dock:1');
  expect(image.target).toMatchObject({ mediaType: MediaType.dockerManifest, digest: sha256(manifest) });
  const chunks: Buffer[] = [];
  const out = new (await import('node:stream')).PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  await images.save(['dock:1'], out);
  const saved = Buffer.concat(chunks);
  // The manifest and the gzip layer are written byte for byte as loaded.
  expect(saved.includes(manifest)).toBe(true);
  expect(saved.includes(l1.blob)).toBe(true);
  expect(saved.includes(Buffer.from(`"mediaType":"${MediaType.dockerManifest}"`))).toBe(true);
});
