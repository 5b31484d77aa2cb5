// Load / save / remove throughput of @berth/images on a generated ~200 MB, 5-layer docker-save
// archive (one layer of 20,000 small files), through the library (no daemon). Prints MB/s and the
// peak RSS seen while loading. Run: node packages/images/bench/run.mjs [workdir]
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { TarWriter } from '@berth/archive';
import { openContentStore } from '@berth/content';
import { createImageService } from '@berth/images';
import { createOverlaySnapshotter } from '@berth/snapshots';

const MB = 1024 * 1024;

/** Write a layer tar to `file` with `fill`; its diff id and size. */
async function writeLayer(file: string, fill: (tar: TarWriter) => Promise<void>): Promise<{ diffId: string; size: number }> {
  const out = fs.createWriteStream(file);
  const hash = createHash('sha256');
  let size = 0;
  const tee = new PassThrough();
  tee.on('data', (c: Buffer) => {
    hash.update(c);
    size += c.length;
  });
  tee.pipe(out);
  const tar = new TarWriter(tee);
  await fill(tar);
  await tar.finish();
  await new Promise<void>((resolve) => out.on('close', () => resolve()));
  return { diffId: `sha256:${hash.digest('hex')}`, size };
}

async function generate(dir: string): Promise<string> {
  const layers: { file: string; diffId: string; size: number }[] = [];
  const small = path.join(dir, 'small.tar');
  layers.push({
    file: small,
    ...(await writeLayer(small, async (tar) => {
      for (let d = 0; d < 100; d++) {
        await tar.add({ name: `small/${d}`, type: 'directory' });
        for (let f = 0; f < 200; f++) await tar.add({ name: `small/${d}/${f}.txt`, type: 'file' }, randomBytes(512));
      }
    })),
  });
  for (let l = 0; l < 4; l++) {
    const file = path.join(dir, `big${l}.tar`);
    layers.push({
      file,
      ...(await writeLayer(file, async (tar) => {
        await tar.add({ name: `big${l}`, type: 'directory' });
        for (let f = 0; f < 42; f++) await tar.add({ name: `big${l}/${f}.bin`, type: 'file' }, randomBytes(MB));
      })),
    });
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: new Date().toISOString(),
      config: { Cmd: ['sh'] },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: layers.map(() => ({ created_by: 'bench' })),
    }),
  );
  const configHex = createHash('sha256').update(config).digest('hex');
  const archive = path.join(dir, 'bench.tar');
  const out = fs.createWriteStream(archive);
  const tar = new TarWriter(out);
  await tar.add({ name: `${configHex}.json`, type: 'file' }, config);
  for (const l of layers) {
    const id = l.diffId.slice(7);
    await tar.add({ name: id, type: 'directory' });
    await tar.add({ name: `${id}/layer.tar`, type: 'file', size: l.size }, fs.createReadStream(l.file));
    await fs.promises.rm(l.file);
  }
  const manifest = [{ Config: `${configHex}.json`, RepoTags: ['bench:1'], Layers: layers.map((l) => `${l.diffId.slice(7)}/layer.tar`) }];
  await tar.add({ name: 'manifest.json', type: 'file' }, Buffer.from(JSON.stringify(manifest)));
  await tar.finish();
  return archive;
}

async function main(): Promise<void> {
  const dir = await fs.promises.mkdtemp(path.join(process.argv[2] ?? '/var/tmp', 'berth-images-bench-'));
  try {
    const archive = await generate(dir);
    const archiveSize = (await fs.promises.stat(archive)).size;
    const content = await openContentStore(path.join(dir, 'root', 'content'));
    const snapshotter = await createOverlaySnapshotter(path.join(dir, 'root', 'snapshots'));
    if (process.env.BENCH_VERBOSE) {
      // Time every snapshot removal and blob deletion, to see where rmi spends its time.
      const timed =
        (name: string, original: (key: string) => Promise<void>) =>
        async (key: string): Promise<void> => {
          const start = Date.now();
          await original(key);
          console.log(`${Date.now() - start} ms ${name} ${key.slice(0, 19)}`);
        };
      snapshotter.remove = timed('snapshot remove', snapshotter.remove.bind(snapshotter));
      content.delete = timed('blob delete', content.delete.bind(content));
    }
    const images = await createImageService({ root: path.join(dir, 'root', 'images'), content, snapshotter });
    const rows: string[] = [`archive: ${(archiveSize / MB).toFixed(1)} MB, 5 layers (one of 20,000 files)`];

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const rssBefore = process.memoryUsage().rss;
    let t = process.hrtime.bigint();
    const t0 = Date.now();
    await images.load(fs.createReadStream(archive), { onProgress: (m) => process.env.BENCH_VERBOSE && console.log(`${Date.now() - t0} ms ${m}`) });
    let s = Number(process.hrtime.bigint() - t) / 1e9;
    clearInterval(sampler);
    rows.push(`load:  ${s.toFixed(2)} s  ${(archiveSize / MB / s).toFixed(1)} MB/s  (RSS ${(rssBefore / MB).toFixed(0)} → peak ${(peak / MB).toFixed(0)} MB)`);

    const saved = path.join(dir, 'saved.tar');
    t = process.hrtime.bigint();
    await images.save(['bench:1'], fs.createWriteStream(saved));
    s = Number(process.hrtime.bigint() - t) / 1e9;
    const savedSize = (await fs.promises.stat(saved)).size;
    rows.push(`save:  ${s.toFixed(2)} s  ${(savedSize / MB / s).toFixed(1)} MB/s  (${(savedSize / MB).toFixed(1)} MB)`);

    t = process.hrtime.bigint();
    await images.remove('bench:1', { force: false, noPrune: false, inUse: () => false });
    s = Number(process.hrtime.bigint() - t) / 1e9;
    rows.push(`rmi:   ${s.toFixed(2)} s`);
    console.log(rows.join('\n'));
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
