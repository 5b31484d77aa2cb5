import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { openContentStore, type ContentStore } from '@berth/content';
import { isInvalidArgument, isNotFound, messageOf } from '@berth/errdefs';
import { createNativeSnapshotter, createOverlaySnapshotter, type SnapshotInfo, type Snapshotter } from '@berth/snapshots';
import { mountAll, unmountAll } from '@berth/sys';
import { chainIds, createImageService, MediaType, type ImageService } from './index';
import { configFor, dir, file, hexOf, layer, legacyArchive, ociArchive, rejection, sha256, tar, twoLayers, type Entry, type Layer, type LegacyImage } from './test-archives';

// ---- fixture -----------------------------------------------------------------------------------

let root: string;
let content: ContentStore;
let snapshotter: Snapshotter;
let images: ImageService;
const mounted: string[] = [];

beforeEach(async () => {
  root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-'));
  content = await openContentStore(path.join(root, 'content'));
  snapshotter = await createOverlaySnapshotter(path.join(root, 'snapshots'));
  images = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
});

afterEach(async () => {
  for (const target of mounted.splice(0)) {
    unmountAll(target);
    await fs.promises.rm(target, { recursive: true, force: true });
  }
  await fs.promises.rm(root, { recursive: true, force: true });
});

async function snapshots(): Promise<SnapshotInfo[]> {
  const all: SnapshotInfo[] = [];
  for await (const info of snapshotter.walk()) all.push(info);
  return all;
}

async function blobs(): Promise<string[]> {
  const all: string[] = [];
  for await (const info of content.walk()) all.push(info.digest);
  return all.sort();
}

/** Mount a read-only view of `chainId`, run `fn` on it, unmount and remove the view. */
async function inspectRootfs<T>(chainId: string, fn: (dir: string) => T): Promise<T> {
  const key = `inspect-${chainId}`;
  const target = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-mnt-'));
  mounted.push(target);
  mountAll(await snapshotter.view(key, chainId), target);
  try {
    return fn(target);
  } finally {
    unmountAll(target);
    await snapshotter.remove(key);
  }
}

// ---- tests -------------------------------------------------------------------------------------

describe('chainIds', () => {
  it('follows the OCI definition', () => {
    const a = sha256('a');
    const b = sha256('b');
    const c = sha256('c');
    const ab = sha256(`${a} ${b}`);
    expect(chainIds([])).toEqual([]);
    expect(chainIds([a])).toEqual([a]);
    expect(chainIds([a, b, c])).toEqual([a, ab, sha256(`${ab} ${c}`)]);
  });
});

describe('load of a legacy docker-save archive', () => {
  it('loads, lists, resolves and unpacks an image', async () => {
    const layers = await twoLayers();
    const config = configFor(layers.map((l) => l.diffId));
    const archive = await legacyArchive([{ config, layers, tags: ['busybox:latest', 'example.com/team/tool:1'] }]);
    const progress: string[] = [];
    const result = await images.load(Readable.from([archive]), { onProgress: (m) => progress.push(m) });

    const id = sha256(config);
    expect(result.loaded).toEqual(['busybox:latest', 'example.com/team/tool:1']);
    expect(progress).toContain('Loaded image: busybox:latest');
    expect(progress).toContain('Loaded image: example.com/team/tool:1');

    const list = await images.list();
    expect(list).toHaveLength(1);
    const [image] = list;
    expect(image.id).toBe(id);
    expect(image.repoTags).toEqual(['busybox:latest', 'example.com/team/tool:1']);
    expect(image.chainId).toBe(chainIds(layers.map((l) => l.diffId))[1]);
    expect(image.created.toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(image.config.config?.Cmd).toEqual(['sh']);
    // Regular-file bytes of both layers: hello, gone, tool, a; then new, b.
    expect(image.size).toBe(6 + 4 + 20 + 1 + 4 + 1);

    for (const name of ['busybox', 'busybox:latest', 'docker.io/library/busybox:latest', 'example.com/team/tool:1', id, hexOf(id), hexOf(id).slice(0, 12), `sha256:${hexOf(id).slice(0, 5)}`]) {
      expect((await images.get(name)).id).toBe(id);
    }
    const missing = await rejection(images.get('nope'));
    expect(isNotFound(missing)).toBe(true);
    expect(messageOf(missing)).toBe('No such image: nope');
    expect(isNotFound(await rejection(images.get('busybox:other')))).toBe(true);
    expect(isNotFound(await rejection(images.get(`sha256:${'0'.repeat(64)}`)))).toBe(true);
    expect(isInvalidArgument(await rejection(images.get('Busybox')))).toBe(true);

    // The synthesised manifest is stored and lists the layers with their compression.
    const manifest = JSON.parse((await content.read(image.target.digest)).toString());
    expect(manifest.config.digest).toBe(id);
    expect(manifest.layers.map((l: { mediaType: string }) => l.mediaType)).toEqual([MediaType.ociLayer, MediaType.ociLayerGzip]);
    expect((await images.get(`busybox@${image.target.digest}`)).id).toBe(id);
    expect(image.repoDigests).toContain(`busybox@${image.target.digest}`);

    // Exactly the image's blobs remain: the archive's VERSION/json files were not kept.
    expect(await blobs()).toEqual([id, image.target.digest, sha256(layers[0].blob), sha256(layers[1].blob)].sort());

    // The unpacked rootfs: whiteout and opaque directory applied, symlink and modes kept.
    await inspectRootfs(image.chainId, (rootfs) => {
      expect(fs.readFileSync(path.join(rootfs, 'etc/hello'), 'utf8')).toBe('hello\n');
      expect(fs.readFileSync(path.join(rootfs, 'etc/new'), 'utf8')).toBe('new\n');
      expect(fs.existsSync(path.join(rootfs, 'etc/gone'))).toBe(false);
      expect(fs.readdirSync(path.join(rootfs, 'opt'))).toEqual(['b']);
      expect(fs.readlinkSync(path.join(rootfs, 'bin/link'))).toBe('tool');
      expect(fs.statSync(path.join(rootfs, 'bin/tool')).mode & 0o777).toBe(0o755);
    });
    expect((await snapshots()).map((s) => [s.key, s.kind]).sort()).toEqual(
      chainIds(layers.map((l) => l.diffId)).map((c) => [c, 'committed']).sort(),
    );
  });

  it('is idempotent: loading twice adds no snapshot, blob or image', async () => {
    const layers = await twoLayers();
    const archive = await legacyArchive([{ config: configFor(layers.map((l) => l.diffId)), layers, tags: ['busybox:latest'] }]);
    await images.load(Readable.from([archive]));
    const before = { snapshots: (await snapshots()).map((s) => s.key).sort(), blobs: await blobs() };
    const again = await images.load(Readable.from([archive]));
    expect(again.loaded).toEqual(['busybox:latest']);
    expect((await snapshots()).map((s) => s.key).sort()).toEqual(before.snapshots);
    expect(await blobs()).toEqual(before.blobs);
    expect(await images.list()).toHaveLength(1);
  });

  it('shares layers between images and loads several images from one archive', async () => {
    const layers = await twoLayers();
    const extra = await layer([file('extra', 'x')]);
    const base = { config: configFor([layers[0].diffId]), layers: [layers[0]], tags: ['base:1'] };
    const app = { config: configFor([layers[0].diffId, extra.diffId]), layers: [layers[0], extra], tags: [] };
    const result = await images.load(Readable.from([await legacyArchive([base, app])]));
    expect(result.loaded).toEqual(['base:1', sha256(app.config)]);
    expect((await snapshots()).length).toBe(2);
    const untagged = await images.get(sha256(app.config));
    expect(untagged.repoTags).toEqual([]);
    await inspectRootfs(untagged.chainId, (rootfs) => {
      expect(fs.readFileSync(path.join(rootfs, 'extra'), 'utf8')).toBe('x');
      expect(fs.readFileSync(path.join(rootfs, 'etc/gone'), 'utf8')).toBe('bye\n');
    });
  });

  it('moves a tag to the newly loaded image and keeps the old one untagged', async () => {
    const [l1] = await twoLayers();
    const first = configFor([l1.diffId], { author: 'first' });
    const second = configFor([l1.diffId], { author: 'second' });
    await images.load(Readable.from([await legacyArchive([{ config: first, layers: [l1], tags: ['app:latest'] }])]));
    const progress: string[] = [];
    await images.load(Readable.from([await legacyArchive([{ config: second, layers: [l1], tags: ['app:latest'] }])]), {
      onProgress: (m) => progress.push(m),
    });
    expect((await images.get('app')).id).toBe(sha256(second));
    expect((await images.get(sha256(first))).repoTags).toEqual([]);
    expect(await images.list()).toHaveLength(2);
    expect(progress[0]).toBe(`The image app:latest already exists, renaming the old one with ID ${sha256(first)} to empty string`);
  });

  it('loads images without layers', async () => {
    const config = configFor([]);
    await images.load(Readable.from([await legacyArchive([{ config, layers: [], tags: ['scratch-ish:1'] }])]));
    const image = await images.get('scratch-ish:1');
    expect(image).toMatchObject({ chainId: '', size: 0, id: sha256(config) });
  });

  it('follows symlinked layers as docker save writes them for shared layers', async () => {
    const [l1] = await twoLayers();
    const config = configFor([l1.diffId, l1.diffId]);
    const archive = await legacyArchive([{ config, layers: [l1], tags: ['dup:1'] }], (manifest) => {
      const layersOf = manifest[0].Layers as string[];
      manifest[0].Layers = [layersOf[0], 'linked/layer.tar'];
      return manifest;
    });
    // Append a symlink entry `linked/layer.tar -> ../<id>/layer.tar` by rebuilding with it.
    const entries: Entry[] = [];
    const { readTar } = await import('@berth/archive');
    for await (const { header, body } of readTar(Readable.from([archive]))) {
      const chunks: Buffer[] = [];
      for await (const c of body) chunks.push(c as Buffer);
      entries.push([{ name: header.name, type: header.type, mode: header.mode, linkname: header.linkname }, header.type === 'file' ? Buffer.concat(chunks) : undefined]);
    }
    const layerTar = entries.find(([h]) => h.name.endsWith('/layer.tar'))![0].name;
    entries.unshift(dir('linked/'), [{ name: 'linked/layer.tar', type: 'symlink', linkname: `../${layerTar}` }]);
    await images.load(Readable.from([await tar(entries)]));
    const image = await images.get('dup:1');
    expect(chainIds([l1.diffId, l1.diffId])[1]).toBe(image.chainId);
    expect((await snapshots()).length).toBe(2);
  });
});

describe('load with the native snapshotter', () => {
  it('applies whiteouts by deleting from the copied parent', async () => {
    snapshotter = await createNativeSnapshotter(path.join(root, 'native'));
    images = await createImageService({ root: path.join(root, 'images-native'), content, snapshotter });
    const layers = await twoLayers();
    await images.load(Readable.from([await legacyArchive([{ config: configFor(layers.map((l) => l.diffId)), layers, tags: ['n:1'] }])]));
    await inspectRootfs((await images.get('n:1')).chainId, (rootfs) => {
      expect(fs.existsSync(path.join(rootfs, 'etc/gone'))).toBe(false);
      expect(fs.readdirSync(path.join(rootfs, 'opt'))).toEqual(['b']);
      expect(fs.readFileSync(path.join(rootfs, 'etc/hello'), 'utf8')).toBe('hello\n');
    });
  });
});

describe('load of an OCI layout archive', () => {
  it('loads named and unnamed images', async () => {
    const layers = await twoLayers();
    const named = { config: configFor(layers.map((l) => l.diffId)), layers, name: 'docker.io/library/ocitest:v1' };
    const unnamed = { config: configFor([layers[0].diffId], { author: 'x' }), layers: [layers[0]] };
    const result = await images.load(Readable.from([await ociArchive([named, unnamed])]));
    expect(result.loaded).toEqual(['ocitest:v1', sha256(unnamed.config)]);
    const image = await images.get('ocitest:v1');
    expect(image.id).toBe(sha256(named.config));
    expect(image.target.mediaType).toBe(MediaType.ociManifest);
    await inspectRootfs(image.chainId, (rootfs) => {
      expect(fs.readFileSync(path.join(rootfs, 'etc/new'), 'utf8')).toBe('new\n');
      expect(fs.existsSync(path.join(rootfs, 'etc/gone'))).toBe(false);
    });
  });
});

describe('bad archives leave nothing behind', () => {
  async function expectRejectedCleanly(archive: Buffer | Readable, message: RegExp): Promise<void> {
    const err = await rejection(images.load(archive instanceof Readable ? archive : Readable.from([archive])));
    expect(isInvalidArgument(err)).toBe(true);
    expect(messageOf(err)).toMatch(message);
    expect(await images.list()).toEqual([]);
    expect(await snapshots()).toEqual([]);
    expect(await blobs()).toEqual([]);
    const reopened = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
    expect(await reopened.list()).toEqual([]);
  }

  let layers: Layer[];
  let good: LegacyImage;
  beforeEach(async () => {
    layers = await twoLayers();
    good = { config: configFor(layers.map((l) => l.diffId)), layers, tags: ['busybox:latest'] };
  });

  it('rejects an archive with neither manifest.json nor index.json', async () => {
    await expectRejectedCleanly(await tar([file('hello', 'x')]), /no manifest.json or index.json/);
  });

  it('rejects a manifest.json that is not JSON', async () => {
    await expectRejectedCleanly(await tar([file('manifest.json', '{nope')]), /manifest.json is not valid JSON/);
  });

  it('rejects a manifest naming a missing layer', async () => {
    const archive = await legacyArchive([good], (m) => {
      (m[0].Layers as string[])[1] = 'missing/layer.tar';
      return m;
    });
    await expectRejectedCleanly(archive, /layer "missing\/layer.tar" not found/);
  });

  it('rejects a config whose diff ids do not match the layer count', async () => {
    await expectRejectedCleanly(await legacyArchive([{ ...good, config: configFor([layers[0].diffId]) }]), /1 diff ids for 2 layers/);
  });

  it('rejects a config that is not JSON', async () => {
    await expectRejectedCleanly(await legacyArchive([{ ...good, config: Buffer.from('not json') }]), /is not valid JSON/);
  });

  it('rejects a layer whose diff id differs from the config, removing layers already unpacked', async () => {
    const config = configFor([layers[0].diffId, sha256('something else')]);
    await expectRejectedCleanly(await legacyArchive([{ ...good, config }]), /has diff id .* the config says/);
  });

  it('rejects a layer that escapes the root', async () => {
    const evil = await layer([file('../escape', 'x')]);
    await expectRejectedCleanly(await legacyArchive([{ config: configFor([evil.diffId]), layers: [evil], tags: ['evil:1'] }]), /leaves the layer root|escape/);
    expect(fs.existsSync(path.join(root, 'snapshots', 'snapshots', 'escape'))).toBe(false);
  });

  it('rejects an invalid tag', async () => {
    await expectRejectedCleanly(await legacyArchive([{ ...good, tags: ['Busybox:latest'] }]), /must be lowercase/);
  });

  it('rejects an OCI blob whose content does not match its name', async () => {
    const archive = await ociArchive([{ config: good.config, layers, name: 'docker.io/library/x:1' }]);
    // Corrupt one byte inside the stored config blob (JSON text, so the tar stays well-formed).
    const at = archive.indexOf(Buffer.from('"architecture":"amd64"'));
    archive[at + 17] = 'X'.charCodeAt(0);
    await expectRejectedCleanly(archive, /does not match its digest/);
  });

  it('rejects a truncated archive', async () => {
    const archive = await legacyArchive([good]);
    await expectRejectedCleanly(archive.subarray(0, 1500), /unexpected end|truncated/);
  });

  it('keeps the blobs and snapshots of images loaded before', async () => {
    await images.load(Readable.from([await legacyArchive([good])]));
    const before = { snapshots: (await snapshots()).length, blobs: await blobs() };
    const extra = await layer([file('extra', 'x')]);
    const bad = configFor([layers[0].diffId, layers[1].diffId, sha256('wrong')]);
    const err = await rejection(images.load(Readable.from([await legacyArchive([{ config: bad, layers: [...layers, extra], tags: ['bad:1'] }])])));
    expect(isInvalidArgument(err)).toBe(true);
    expect((await snapshots()).length).toBe(before.snapshots);
    expect(await blobs()).toEqual(before.blobs);
    expect((await images.list()).map((i) => i.repoTags)).toEqual([['busybox:latest']]);
  });
});

describe('tag and resolve', () => {
  beforeEach(async () => {
    const layers = await twoLayers();
    await images.load(Readable.from([await legacyArchive([{ config: configFor(layers.map((l) => l.diffId)), layers, tags: ['busybox:latest'] }])]));
  });

  it('tags an image with a new name, latest by default', async () => {
    await images.tag('busybox', 'mine/busybox');
    await images.tag('busybox:latest', 'localhost:5000/busybox:v2');
    const image = await images.get('mine/busybox:latest');
    expect(image.repoTags).toEqual(['busybox:latest', 'localhost:5000/busybox:v2', 'mine/busybox:latest']);
    expect(isInvalidArgument(await rejection(images.tag('busybox', `x@sha256:${'a'.repeat(64)}`)))).toBe(true);
    expect(isNotFound(await rejection(images.tag('absent', 'y')))).toBe(true);
  });

  it('persists records across a restart', async () => {
    await images.tag('busybox', 'kept:1');
    const reopened = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
    expect((await reopened.get('kept:1')).repoTags).toEqual(['busybox:latest', 'kept:1']);
  });

  it('refuses an ambiguous id prefix', async () => {
    // Find a second config whose id starts with the same hex digit as the loaded one.
    const [first] = await images.list();
    const layers = await twoLayers();
    let config: Buffer;
    let n = 0;
    do config = configFor(layers.map((l) => l.diffId), { author: `a${n++}` });
    while (hexOf(sha256(config))[0] !== hexOf(first.id)[0]);
    await images.load(Readable.from([await legacyArchive([{ config, layers, tags: [] }])]));
    const err = await rejection(images.get(hexOf(first.id)[0]));
    expect(isInvalidArgument(err)).toBe(true);
    expect(messageOf(err)).toMatch(/ambiguous/);
  });
});

describe('a store for --userns-remap (idShift)', () => {
  it('unpacks every layer with its owners shifted into the maps', async () => {
    const shifted = await createImageService({
      root: path.join(root, 'images-remapped'),
      content,
      snapshotter,
      idShift: { uidMap: [{ containerId: 0, hostId: 100000, size: 65536 }], gidMap: [{ containerId: 0, hostId: 200000, size: 65536 }] },
    });
    const layers = await twoLayers();
    await shifted.load(Readable.from([await legacyArchive([{ config: configFor(layers.map((l) => l.diffId)), layers, tags: ['shifted:1'] }])]));
    const image = await shifted.get('shifted:1');
    await inspectRootfs(image.chainId, (rootfs) => {
      for (const name of ['etc', 'etc/hello', 'etc/new', 'bin/tool']) {
        const st = fs.lstatSync(path.join(rootfs, name));
        expect([name, st.uid, st.gid]).toEqual([name, 100000, 200000]);
      }
    });
  });
});
