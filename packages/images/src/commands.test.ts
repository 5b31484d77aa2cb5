import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readTar } from '@berth/archive';
import { openContentStore, type ContentStore } from '@berth/content';
import { isConflict, isInvalidArgument, isNotFound, messageOf } from '@berth/errdefs';
import { createOverlaySnapshotter, type SnapshotInfo, type Snapshotter } from '@berth/snapshots';
import { mountAll, unmountAll } from '@berth/sys';
import { chainIds, createImageService, MediaType, parseChanges, unpackImage, type ImageService } from './index';
import { configFor, dir, file, layer, legacyArchive, ociArchive, rejection, sha256, tar, twoLayers } from './test-archives';

let root: string;
let content: ContentStore;
let snapshotter: Snapshotter;
let images: ImageService;
const notUsed = (): false => false;

beforeEach(async () => {
  root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-cmd-'));
  content = await openContentStore(path.join(root, 'content'));
  snapshotter = await createOverlaySnapshotter(path.join(root, 'snapshots'));
  images = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
});

afterEach(async () => {
  await fs.promises.rm(root, { recursive: true, force: true });
});

async function snapshotKeys(of: Snapshotter = snapshotter): Promise<string[]> {
  const all: SnapshotInfo[] = [];
  for await (const info of of.walk()) all.push(info);
  return all.map((s) => s.key).sort();
}

async function blobs(of: ContentStore = content): Promise<string[]> {
  const all: string[] = [];
  for await (const info of of.walk()) all.push(info.digest);
  return all.sort();
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Load busybox-like `app:1` (two layers) and `base:latest` sharing its first layer. */
async function loadTwo(): Promise<{ app: string; base: string }> {
  const [l1, l2] = await twoLayers();
  await images.load(
    Readable.from(
      await legacyArchive([
        { config: configFor([l1.diffId, l2.diffId], { config: { Cmd: ['sh'], Labels: { team: 'a' } } }), layers: [l1, l2], tags: ['app:1'] },
        { config: configFor([l1.diffId], { created: '2020-01-01T00:00:00Z' }), layers: [l1], tags: ['base:latest'] },
      ]),
    ),
  );
  return { app: (await images.get('app:1')).id, base: (await images.get('base')).id };
}

/** A layer writer for commit: the tar of `entries`, its diff id. */
function diffOf(entries: Parameters<typeof tar>[0]) {
  return async (out: NodeJS.WritableStream): Promise<{ diffId: string; size: number }> => {
    const data = await tar(entries);
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(data, () => resolve());
    });
    return { diffId: sha256(data), size: data.length };
  };
}

async function readThroughMount<T>(chainId: string, fn: (dir: string) => T): Promise<T> {
  const target = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-cmd-mnt-'));
  mountAll(await snapshotter.view(`view-${chainId}`, chainId), target);
  try {
    return fn(target);
  } finally {
    unmountAll(target);
    await snapshotter.remove(`view-${chainId}`);
    await fs.promises.rm(target, { recursive: true, force: true });
  }
}

describe('inspect and history', () => {
  it("inspects an image as Docker's JSON", async () => {
    const { app } = await loadTwo();
    const inspect = await images.inspect('app:1');
    const diffIds = (await images.get(app)).config.rootfs.diff_ids;
    expect(inspect).toMatchObject({
      Id: app,
      RepoTags: ['app:1'],
      Parent: '',
      Created: '2024-01-02T03:04:05Z',
      Architecture: 'amd64',
      Os: 'linux',
      Config: { Cmd: ['sh'], Labels: { team: 'a' } },
      GraphDriver: { Name: 'overlay2', Data: null },
      RootFS: { Type: 'layers', Layers: diffIds },
    });
    expect(inspect.RepoDigests).toEqual([`app@${(await images.get(app)).target.digest}`]);
    expect(inspect.Size).toBeGreaterThan(0);
    expect(Date.parse(inspect.Metadata.LastTagTime)).toBeGreaterThan(Date.now() - 60_000);
    expect(isNotFound(await rejection(images.inspect('nope')))).toBe(true);
  });

  it('lists history newest first with the image id on the top entry', async () => {
    const { app } = await loadTwo();
    const history = await images.history('app:1');
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ Id: app, Tags: ['app:1'], CreatedBy: 'test', Comment: '' });
    expect(history[1]).toMatchObject({ Id: '<missing>', Tags: null });
    expect(history[0].Size).toBeGreaterThan(0);
  });
});

describe('remove', () => {
  it('untags one name of an image that has others, and keeps the image', async () => {
    const { app } = await loadTwo();
    await images.tag('app:1', 'other:2');
    expect(await images.remove('app:1', { force: false, noPrune: false, inUse: notUsed })).toEqual([{ Untagged: 'app:1' }]);
    expect((await images.get(app)).repoTags).toEqual(['other:2']);
  });

  it('deletes the image with its last name and frees what nothing else uses', async () => {
    const { app, base } = await loadTwo();
    const before = await snapshotKeys();
    expect(await images.remove('app:1', { force: false, noPrune: false, inUse: notUsed })).toEqual([{ Untagged: 'app:1' }, { Deleted: app }]);
    const baseImage = await images.get(base);
    // The shared first layer stays for base; app's top chain and its own blobs are gone.
    expect(await snapshotKeys()).toEqual([baseImage.chainId]);
    expect(before).toHaveLength(2);
    await images.remove(base, { force: false, noPrune: false, inUse: notUsed });
    expect(await snapshotKeys()).toEqual([]);
    expect(await blobs()).toEqual([]);
    expect(await images.list()).toEqual([]);
  });

  it('refuses to untag the last name of an image a container uses, unless forced', async () => {
    const { app } = await loadTwo();
    const used = (id: string): string | false => (id === app ? 'c0ffee1234567890' : false);
    const err = await rejection(images.remove('app:1', { force: false, noPrune: false, inUse: used }));
    expect(isConflict(err)).toBe(true);
    expect(messageOf(err)).toBe(
      `conflict: unable to remove repository reference "app:1" (must force) - container c0ffee123456 is using its referenced image ${app.slice(7, 19)}`,
    );
    // A container's snapshot on the image keeps the chain when forced.
    const chainId = (await images.get(app)).chainId;
    await snapshotter.prepare('container-1', chainId);
    const removed = await images.remove('app:1', { force: true, noPrune: false, inUse: used });
    expect(removed).toEqual([{ Untagged: 'app:1' }, { Deleted: app }]);
    expect(await snapshotKeys()).toEqual(expect.arrayContaining([chainId, 'container-1']));
    await snapshotter.remove('container-1');
  });

  it('refuses to delete by id an image named in several repositories, unless forced', async () => {
    const { app } = await loadTwo();
    await images.tag('app:1', 'other:2');
    const err = await rejection(images.remove(app.slice(7, 19), { force: false, noPrune: false, inUse: notUsed }));
    expect(isConflict(err)).toBe(true);
    expect(messageOf(err)).toBe(`conflict: unable to delete ${app.slice(7, 19)} (must be forced) - image is referenced in multiple repositories`);
    const removed = await images.remove(app, { force: true, noPrune: false, inUse: notUsed });
    expect(removed).toEqual([{ Untagged: 'app:1' }, { Untagged: 'other:2' }, { Deleted: app }]);
    expect(isNotFound(await rejection(images.get(app)))).toBe(true);
  });

  it('deletes by id an image with a single name', async () => {
    const { base } = await loadTwo();
    expect(await images.remove(base, { force: false, noPrune: false, inUse: notUsed })).toEqual([{ Untagged: 'base:latest' }, { Deleted: base }]);
  });
});

describe('prune', () => {
  it('removes dangling images only, or every unused image with all', async () => {
    const { app, base } = await loadTwo();
    expect(await images.prune({ all: false, filters: {}, inUse: notUsed })).toEqual({ ImagesDeleted: [], SpaceReclaimed: 0 });
    // Loading another image as base:latest leaves the old base dangling.
    const l1 = await layer([file('other', 'x')]);
    await images.load(Readable.from(await legacyArchive([{ config: configFor([l1.diffId]), layers: [l1], tags: ['base:latest'] }])));
    const newBase = (await images.get('base')).id;
    expect((await images.get(base)).repoTags).toEqual([]);
    const pruned = await images.prune({ all: false, filters: {}, inUse: notUsed });
    expect(pruned.ImagesDeleted).toEqual([{ Deleted: base }]);
    const inUse = await images.prune({ all: true, filters: {}, inUse: (id) => (id === app || id === newBase ? 'c1' : false) });
    expect(inUse.ImagesDeleted).toEqual([]);
    const everything = await images.prune({ all: true, filters: {}, inUse: notUsed });
    expect(everything.ImagesDeleted).toEqual(expect.arrayContaining([{ Untagged: 'app:1' }, { Deleted: app }, { Untagged: 'base:latest' }, { Deleted: newBase }]));
    expect(everything.SpaceReclaimed).toBeGreaterThan(0);
    expect(await snapshotKeys()).toEqual([]);
    expect(await blobs()).toEqual([]);
  });

  it('honours until and label filters', async () => {
    const { app, base } = await loadTwo();
    // base was created in 2020, app in 2024.
    const old = await images.prune({ all: true, filters: { until: '2022-01-01T00:00:00Z' }, inUse: notUsed });
    expect(old.ImagesDeleted).toEqual([{ Untagged: 'base:latest' }, { Deleted: base }]);
    expect((await images.prune({ all: true, filters: { label: ['team=b'] }, inUse: notUsed })).ImagesDeleted).toEqual([]);
    expect((await images.prune({ all: true, filters: { label: ['!team'] }, inUse: notUsed })).ImagesDeleted).toEqual([]);
    const labelled = await images.prune({ all: true, filters: { label: ['team=a'], until: '1h' }, inUse: notUsed });
    expect(labelled.ImagesDeleted).toEqual([{ Untagged: 'app:1' }, { Deleted: app }]);
    expect(isInvalidArgument(await rejection(images.prune({ all: true, filters: { until: 'yesterday' }, inUse: notUsed })))).toBe(true);
  });
});

describe('save', () => {
  it('writes both layouts sharing blobs, and a load elsewhere gives identical ids and digests', async () => {
    const { app, base } = await loadTwo();
    await images.tag('app:1', 'app:2');
    const out = new PassThrough();
    const [, archive] = await Promise.all([images.save(['app', 'base:latest'], out), collect(out)]);

    const names: string[] = [];
    const files = new Map<string, Buffer>();
    for await (const { header, body } of readTar(Readable.from(archive))) {
      names.push(header.name);
      if (header.type === 'file') files.set(header.name, await collect(body));
    }
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as { Config: string; RepoTags: string[]; Layers: string[] }[];
    expect(manifest.map((m) => m.RepoTags)).toEqual([['app:1', 'app:2'], ['base:latest']]);
    expect(manifest[0].Config).toBe(`blobs/sha256/${app.slice(7)}`);
    const index = JSON.parse(files.get('index.json')!.toString()) as { manifests: { digest: string; annotations: Record<string, string> }[] };
    expect(index.manifests.map((m) => m.annotations)).toEqual([
      { 'io.containerd.image.name': 'docker.io/library/app:1', 'org.opencontainers.image.ref.name': '1' },
      { 'io.containerd.image.name': 'docker.io/library/app:2', 'org.opencontainers.image.ref.name': '2' },
      { 'io.containerd.image.name': 'docker.io/library/base:latest', 'org.opencontainers.image.ref.name': 'latest' },
    ]);
    expect(JSON.parse(files.get('oci-layout')!.toString())).toEqual({ imageLayoutVersion: '1.0.0' });
    expect(Object.keys(JSON.parse(files.get('repositories')!.toString()))).toEqual(['app', 'base']);
    // Each blob once, stored as is: the gzip layer is still gzip.
    const blobNames = names.filter((n) => n.startsWith('blobs/sha256/') && n.length > 20);
    expect(new Set(blobNames).size).toBe(blobNames.length);
    for (const name of blobNames) expect(sha256(files.get(name)!)).toBe(`sha256:${name.slice(13)}`);
    const appLayers = manifest[0].Layers.map((l) => files.get(l)!);
    expect(appLayers[1][0]).toBe(0x1f);

    const otherRoot = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-cmd-other-'));
    try {
      const otherContent = await openContentStore(path.join(otherRoot, 'content'));
      const otherSnapshots = await createOverlaySnapshotter(path.join(otherRoot, 'snapshots'));
      const other = await createImageService({ root: path.join(otherRoot, 'images'), content: otherContent, snapshotter: otherSnapshots });
      const { loaded } = await other.load(Readable.from(archive));
      expect(loaded.sort()).toEqual(['app:1', 'app:2', 'base:latest']);
      for (const ref of ['app:1', 'app:2', 'base']) {
        const [a, b] = [await images.get(ref), await other.get(ref)];
        expect(b.id).toBe(a.id);
        expect(b.target.digest).toBe(a.target.digest);
        expect(b.repoDigests).toEqual(a.repoDigests);
        expect(b.chainId).toBe(a.chainId);
      }
      expect((await other.get('base')).id).toBe(base);
      expect(await blobs(otherContent)).toEqual(await blobs());
    } finally {
      await fs.promises.rm(otherRoot, { recursive: true, force: true });
    }
  });

  it('saves by id without names, and refuses an unknown image before writing', async () => {
    const { base } = await loadTwo();
    const out = new PassThrough();
    const [, archive] = await Promise.all([images.save([base], out), collect(out)]);
    let manifestJson: Buffer | undefined;
    for await (const { header, body } of readTar(Readable.from(archive))) {
      if (header.name === 'manifest.json') manifestJson = await collect(body);
    }
    expect(JSON.parse(manifestJson!.toString())).toEqual([expect.objectContaining({ RepoTags: null })]);
    const never = new PassThrough();
    expect(isNotFound(await rejection(images.save(['missing:1'], never)))).toBe(true);
    expect(never.writableLength).toBe(0);
  });
});

describe('import', () => {
  it('makes a one-layer image from a gzip tar with changes and a message', async () => {
    const data = gzipSync(await tar([dir('srv'), file('srv/index.html', '<h1>hi</h1>')]));
    const changes = parseChanges(['CMD ["httpd", "-f"]', 'ENV A=1 B="two words"', 'EXPOSE 80', 'WORKDIR /srv', 'LABEL k=v']);
    const image = await images.import(Readable.from(data), { ref: 'web:imported', message: 'from a tarball', changes });
    expect(image.repoTags).toEqual(['web:imported']);
    expect(image.config.config).toEqual({
      Cmd: ['httpd', '-f'],
      Env: ['A=1', 'B=two words'],
      ExposedPorts: { '80/tcp': {} },
      WorkingDir: '/srv',
      Labels: { k: 'v' },
    });
    expect(image.config.rootfs.diff_ids).toHaveLength(1);
    expect((await images.history('web:imported'))[0]).toMatchObject({ Id: image.id, Comment: 'from a tarball' });
    expect((await images.inspect(image.id)).Comment).toBe('from a tarball');
    await readThroughMount(image.chainId, (d) => expect(fs.readFileSync(path.join(d, 'srv/index.html'), 'utf8')).toBe('<h1>hi</h1>'));
    // The stored layer is the uncompressed tar: its digest is the diff id.
    expect(image.config.rootfs.diff_ids[0]).toBe(sha256(await tar([dir('srv'), file('srv/index.html', '<h1>hi</h1>')])));
  });

  it('refuses a hostile tar and leaves nothing behind', async () => {
    const data = await tar([file('../escape', 'x')]);
    expect(isInvalidArgument(await rejection(images.import(Readable.from(data), { ref: 'bad:1' })))).toBe(true);
    expect(await images.list()).toEqual([]);
    expect(await snapshotKeys()).toEqual([]);
    expect(await blobs()).toEqual([]);
    expect(fs.readdirSync(path.join(root, 'images', 'leases'))).toEqual([]);
  });
});

describe('commit', () => {
  it('adds a layer from the writer on the parent, with history, config and a tag', async () => {
    const { app } = await loadTwo();
    const parent = await images.get(app);
    const committed = await images.commit({
      parent: app,
      diff: diffOf([file('names.txt', 'alice\nbob\n')]),
      config: { Cmd: ['cat', '/names.txt'], Env: ['X=1'] },
      author: 'me',
      comment: 'added names',
      ref: 'app:committed',
      containerId: 'c'.repeat(64),
    });
    expect(committed.repoTags).toEqual(['app:committed']);
    expect(committed.config.rootfs.diff_ids.slice(0, 2)).toEqual(parent.config.rootfs.diff_ids);
    expect(committed.chainId).toBe(chainIds(committed.config.rootfs.diff_ids)[2]);
    expect(committed.config.config).toMatchObject({ Cmd: ['cat', '/names.txt'], Env: ['X=1'], Labels: { team: 'a' } });
    expect(committed.config.author).toBe('me');
    const inspect = await images.inspect('app:committed');
    expect(inspect).toMatchObject({ Parent: app, Author: 'me', Comment: 'added names' });
    const history = await images.history('app:committed');
    expect(history.map((h) => h.Id)).toEqual([committed.id, app, '<missing>']);
    expect(history[0]).toMatchObject({ CreatedBy: 'cat /names.txt', Comment: 'added names', Tags: ['app:committed'] });
    await readThroughMount(committed.chainId, (d) => {
      expect(fs.readFileSync(path.join(d, 'names.txt'), 'utf8')).toBe('alice\nbob\n');
      expect(fs.readFileSync(path.join(d, 'etc/new'), 'utf8')).toBe('new\n');
    });
    // The parent is now in use by a child: deleting it by id is refused.
    await images.remove('app:1', { force: false, noPrune: false, inUse: notUsed });
    expect(isConflict(await rejection(images.remove(app, { force: true, noPrune: false, inUse: notUsed })))).toBe(true);
  });

  it('rolls back when the writer lies about the diff id', async () => {
    const { app } = await loadTwo();
    const keys = await snapshotKeys();
    const stored = await blobs();
    const err = await rejection(
      images.commit({
        parent: app,
        diff: async (out) => {
          await diffOf([file('x', 'y')])(out);
          return { diffId: sha256('something else'), size: 1 };
        },
        config: {},
      }),
    );
    expect(err).toBeDefined();
    expect(await snapshotKeys()).toEqual(keys);
    expect(await blobs()).toEqual(stored);
    expect(await images.list()).toHaveLength(2);
  });
});

describe('diskUsage', () => {
  it('counts an image tagged twice once and reports shared layer bytes', async () => {
    const { app, base } = await loadTwo();
    await images.tag('app:1', 'app:again');
    const usage = await images.diskUsage((id) => (id === app ? 2 : 0));
    expect(usage.images.map((i) => i.Id).sort()).toEqual([app, base].sort());
    const appUsage = usage.images.find((i) => i.Id === app)!;
    const baseUsage = usage.images.find((i) => i.Id === base)!;
    expect(appUsage).toMatchObject({ RepoTags: ['app:1', 'app:again'], Containers: 2 });
    expect(baseUsage.SharedSize).toBe(baseUsage.Size);
    expect(appUsage.SharedSize).toBe(baseUsage.Size);
    expect(usage.layersSize).toBe(appUsage.Size);
  });
});

describe('unpackImage', () => {
  it('applies every layer of an archive into a directory, whiteouts deleting', async () => {
    const [l1, l2] = await twoLayers();
    const archive = await ociArchive([{ config: configFor([l1.diffId, l2.diffId]), layers: [l1, l2], name: 'docker.io/library/app:1' }]);
    const target = path.join(root, 'rootfs');
    const { config } = await unpackImage(Readable.from(archive), target);
    expect(config.rootfs.diff_ids).toEqual([l1.diffId, l2.diffId]);
    expect(fs.readFileSync(path.join(target, 'etc/hello'), 'utf8')).toBe('hello\n');
    expect(fs.existsSync(path.join(target, 'etc/gone'))).toBe(false);
    expect(fs.existsSync(path.join(target, 'etc/.wh.gone'))).toBe(false);
    expect(fs.readdirSync(path.join(target, 'opt'))).toEqual(['b']);
    expect(fs.readlinkSync(path.join(target, 'bin/link'))).toBe('tool');
  });

  it('picks an image by name and refuses an ambiguous archive', async () => {
    const [l1, l2] = await twoLayers();
    const archive = await legacyArchive([
      { config: configFor([l1.diffId, l2.diffId]), layers: [l1, l2], tags: ['a:1'] },
      { config: configFor([l1.diffId]), layers: [l1], tags: ['b:1'] },
    ]);
    const err = await rejection(unpackImage(Readable.from(archive), path.join(root, 'x')));
    expect(isInvalidArgument(err)).toBe(true);
    expect(messageOf(err)).toBe('the archive holds 2 images: name one to unpack');
    await unpackImage(Readable.from(archive), path.join(root, 'b'), { ref: 'b:1' });
    expect(fs.existsSync(path.join(root, 'b/etc/gone'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'b/etc/new'))).toBe(false);
  });
});

describe('parseChanges', () => {
  it('parses the run-config instructions in shell and JSON form', () => {
    expect(
      parseChanges([
        'CMD echo hi',
        'ENTRYPOINT ["/init"]',
        'ENV PATH /usr/bin:/bin',
        'USER 1000:1000',
        'VOLUME ["/data", "/logs"]',
        'EXPOSE 53/udp 8080',
        'STOPSIGNAL SIGKILL',
        'LABEL "a b"=c',
      ]),
    ).toEqual({
      Cmd: ['/bin/sh', '-c', 'echo hi'],
      Entrypoint: ['/init'],
      Env: ['PATH=/usr/bin:/bin'],
      User: '1000:1000',
      Volumes: { '/data': {}, '/logs': {} },
      ExposedPorts: { '53/udp': {}, '8080/tcp': {} },
      StopSignal: 'SIGKILL',
      Labels: { 'a b': 'c' },
    });
  });

  it('refuses instructions that do not change the run config', () => {
    for (const line of ['RUN true', 'FROM busybox', 'COPY a b']) {
      let err: unknown;
      try {
        parseChanges([line]);
      } catch (e) {
        err = e;
      }
      expect(isInvalidArgument(err)).toBe(true);
      expect(messageOf(err)).toBe(`${line.split(' ')[0]} is not a valid change command`);
    }
    expect(() => parseChanges(['EXPOSE eighty'])).toThrow('invalid containerPort: eighty');
  });
});

describe('schema validation of loaded documents', () => {
  type Docs = { index: Record<string, unknown>; manifest: Record<string, unknown>; config: Record<string, unknown>; extra: Buffer[] };
  async function loadOci(mutate: (docs: Docs) => void): Promise<unknown> {
    const l1 = await layer([file('a', 'a')]);
    const config = JSON.parse(configFor([l1.diffId]).toString()) as Record<string, unknown>;
    const manifest: Record<string, unknown> = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: '', size: 0 },
      layers: [{ mediaType: MediaType.ociLayer, digest: sha256(l1.blob), size: l1.blob.length }],
    };
    const index: Record<string, unknown> = { schemaVersion: 2, manifests: [] };
    const extra: Buffer[] = [];
    mutate({ index, manifest, config, extra });
    const configBytes = Buffer.from(JSON.stringify(config));
    (manifest.config as Record<string, unknown>).digest = sha256(configBytes);
    (manifest.config as Record<string, unknown>).size = configBytes.length;
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const mediaType = typeof manifest.mediaType === 'string' ? manifest.mediaType : MediaType.ociManifest;
    if ((index.manifests as unknown[]).length === 0) {
      index.manifests = [{ mediaType, digest: sha256(manifestBytes), size: manifestBytes.length }];
    }
    const blobs: [string, Buffer][] = [
      [sha256(configBytes), configBytes],
      [sha256(manifestBytes), manifestBytes],
      [sha256(l1.blob), l1.blob],
      ...extra.map((data): [string, Buffer] => [sha256(data), data]),
    ];
    const archive = await tar([
      file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
      ...blobs.map(([digest, data]): Parameters<typeof tar>[0][number] => [{ name: `blobs/sha256/${digest.slice(7)}`, type: 'file' }, data]),
      [{ name: 'index.json', type: 'file' }, Buffer.from(JSON.stringify(index))],
    ]);
    return rejection(images.load(Readable.from(archive)));
  }

  async function expectRejected(err: unknown, message: RegExp): Promise<void> {
    expect(isInvalidArgument(err)).toBe(true);
    expect(messageOf(err)).toMatch(message);
    expect(await images.list()).toEqual([]);
    expect(await snapshotKeys()).toEqual([]);
    expect(await blobs()).toEqual([]);
  }

  it('loads the well-formed document (control)', async () => {
    const ok = await loadOci(() => undefined).catch((e: unknown) => e);
    // rejection() throws when the load succeeds: that is the control passing.
    expect(messageOf(ok)).toBe('expected a rejection');
  });

  it('rejects a bad OCI index', async () => {
    await expectRejected(await loadOci(({ index }) => (index.schemaVersion = 1)), /^invalid OCI image index index\.json: schemaVersion must be 2$/);
  });

  it('rejects a bad OCI manifest', async () => {
    await expectRejected(
      await loadOci(({ manifest }) => ((manifest.layers as Record<string, unknown>[])[0].size = -1)),
      /^invalid OCI image manifest sha256:[a-f0-9]{64}: layers\.0\.size must be >= 0$/,
    );
  });

  it('rejects a bad Docker schema2 manifest', async () => {
    await expectRejected(
      await loadOci(({ manifest }) => {
        manifest.mediaType = MediaType.dockerManifest;
        delete manifest.layers;
      }),
      /^invalid Docker image manifest sha256:[a-f0-9]{64}: the document must have required property 'layers'$/,
    );
  });

  it('rejects a bad Docker manifest list', async () => {
    await expectRejected(
      await loadOci(({ index, extra }) => {
        // A list entry without the platform schema 2 requires.
        const list = Buffer.from(
          JSON.stringify({ schemaVersion: 2, mediaType: MediaType.dockerManifestList, manifests: [{ mediaType: MediaType.dockerManifest, digest: sha256('x'), size: 1 }] }),
        );
        extra.push(list);
        index.manifests = [{ mediaType: MediaType.dockerManifestList, digest: sha256(list), size: list.length }];
      }),
      /^invalid Docker manifest list sha256:[a-f0-9]{64}: manifests\.0 must have required property 'platform'$/,
    );
  });

  it('rejects a bad image config', async () => {
    await expectRejected(
      await loadOci(({ config }) => (config.rootfs = { type: 'layers', diff_ids: ['sha256:nothex'] })),
      /^invalid image config sha256:[a-f0-9]{64}: rootfs\.diff_ids\.0 must match pattern/,
    );
    await expectRejected(
      await loadOci(({ config }) => (config.config = { Env: 'PATH=/bin' })),
      /^invalid image config sha256:[a-f0-9]{64}: config\.Env must be array,null$/,
    );
  });
});
