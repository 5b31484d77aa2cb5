import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { openContentStore, type ContentStore } from '@berth/content';
import { isInvalidArgument, messageOf } from '@berth/errdefs';
import { createOverlaySnapshotter, type Snapshotter } from '@berth/snapshots';
import { createImageService, type ImageService } from './index';
import { configFor, dir, file, layer, legacyArchive, rejection, type Entry } from './test-archives';

// Hostile layers through load and import: refused with a clear error, nothing left on disk and
// nothing written outside the store.

let root: string;
let outside: string;
let content: ContentStore;
let snapshotter: Snapshotter;
let images: ImageService;

beforeEach(async () => {
  root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-hostile-'));
  outside = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-outside-'));
  await fs.promises.writeFile(path.join(outside, 'secret'), 'host file\n');
  content = await openContentStore(path.join(root, 'content'));
  snapshotter = await createOverlaySnapshotter(path.join(root, 'snapshots'));
  images = await createImageService({ root: path.join(root, 'images'), content, snapshotter, limits: { maxEntries: 100, maxBytes: 1 << 20 } });
});

afterEach(async () => {
  await fs.promises.rm(root, { recursive: true, force: true });
  await fs.promises.rm(outside, { recursive: true, force: true });
});

async function expectNothingLeft(): Promise<void> {
  expect(await images.list()).toEqual([]);
  for await (const info of snapshotter.walk()) throw new Error(`snapshot left: ${info.key}`);
  for await (const info of content.walk()) throw new Error(`blob left: ${info.digest}`);
  expect(await fs.promises.readdir(path.join(root, 'images', 'leases'))).toEqual([]);
  expect((await fs.promises.readdir(outside)).sort()).toEqual(['secret']);
  expect(await fs.promises.readFile(path.join(outside, 'secret'), 'utf8')).toBe('host file\n');
}

async function loadLayers(...layers: Entry[][]): Promise<unknown> {
  const built = [];
  for (const entries of layers) built.push(await layer(entries));
  const archive = await legacyArchive([{ config: configFor(built.map((l) => l.diffId)), layers: built, tags: ['hostile:1'] }]);
  return rejection(images.load(Readable.from(archive)));
}

it('refuses a hardlink to a file outside the tree', async () => {
  const err = await loadLayers([[{ name: 'stolen', type: 'link', linkname: path.join(outside, 'secret') }], [{ name: 'up', type: 'link', linkname: '../../../../../../../../etc/passwd' }]]);
  expect(isInvalidArgument(err)).toBe(true);
  await expectNothingLeft();
});

it('keeps a write through an escaping symlink inside the image, and refuses the bad entry after it', async () => {
  // The layer plants a symlink to the host directory and writes through it, then has an entry
  // with `..`. The write must resolve inside the snapshot (never in `outside`) and the load fail.
  const err = await loadLayers([
    [{ name: 'escape', type: 'symlink', linkname: outside }],
    file('escape/secret', 'overwritten\n'),
    [{ name: 'rel', type: 'symlink', linkname: '../../../../../../..' + outside }],
    file('rel/secret', 'overwritten\n'),
    file('../evil', 'x'),
  ]);
  expect(isInvalidArgument(err)).toBe(true);
  expect(messageOf(err)).toMatch(/\.\.\/evil/);
  await expectNothingLeft();
});

it('refuses a layer with too many entries (a tar bomb by count)', async () => {
  const entries: Entry[] = [dir('many')];
  for (let i = 0; i < 150; i++) entries.push(file(`many/${i}`, ''));
  const err = await loadLayers(entries);
  expect(isInvalidArgument(err)).toBe(true);
  await expectNothingLeft();
});

it('refuses a layer declaring too many bytes (a tar bomb by size), through import too', async () => {
  const big: Entry = [{ name: 'big', type: 'file', mode: 0o644 }, Buffer.alloc(2 << 20)];
  expect(isInvalidArgument(await loadLayers([big]))).toBe(true);
  await expectNothingLeft();
  const tarball = (await layer([big])).blob;
  expect(isInvalidArgument(await rejection(images.import(Readable.from(tarball), { ref: 'bomb:1' })))).toBe(true);
  await expectNothingLeft();
});
