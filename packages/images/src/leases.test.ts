import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { openContentStore } from '@berth/content';
import { createOverlaySnapshotter } from '@berth/snapshots';
import { createImageService } from './index';
import { configFor, dir, file, layer, legacyArchive } from './test-archives';

// A load killed with SIGKILL at any point must leave nothing once the store is reopened: the
// lease it wrote is found and rolled back. The load runs in a child process (this package bundled
// with esbuild) so it can really be killed.

const repo = path.resolve(__dirname, '..', '..', '..');
let work: string;
let child: string;
let archivePath: string;

const CHILD_SOURCE = `
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openContentStore } from '@berth/content';
import { createOverlaySnapshotter } from '@berth/snapshots';
import { createImageService } from '@berth/images';
async function main(): Promise<void> {
  const [root, archive] = process.argv.slice(2);
  const content = await openContentStore(path.join(root, 'content'));
  const snapshotter = await createOverlaySnapshotter(path.join(root, 'snapshots'));
  const images = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
  process.stdout.write('opened\\n');
  await images.load(fs.createReadStream(archive));
  process.stdout.write('loaded\\n');
}
main().catch((err) => { console.error(err); process.exit(1); });
`;

beforeAll(async () => {
  work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-images-lease-'));
  const entry = path.join(work, 'child.ts');
  await fs.promises.writeFile(entry, CHILD_SOURCE);
  child = path.join(work, 'child.js');
  buildSync({
    entryPoints: [entry],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: path.join(repo, 'tsconfig.base.json'),
    // Packages with native code load from the repository's node_modules (NODE_PATH below).
    external: ['*.node', 'zstd-napi'],
    logLevel: 'silent',
  });
  await fs.promises.copyFile(path.join(repo, 'packages/sys/build/Release/berth_sys.node'), path.join(work, 'berth_sys.node'));
  // Eight layers of a few hundred files each: long enough to be killed in every phase.
  const layers = [];
  for (let l = 0; l < 8; l++) {
    const entries: Parameters<typeof layer>[0] = [dir(`l${l}`)];
    for (let f = 0; f < 300; f++) entries.push(file(`l${l}/f${f}`, `layer ${l} file ${f} `.repeat(40)));
    layers.push(await layer(entries, l % 2 === 1));
  }
  archivePath = path.join(work, 'image.tar');
  await fs.promises.writeFile(archivePath, await legacyArchive([{ config: configFor(layers.map((l) => l.diffId)), layers, tags: ['killed:1'] }]));
}, 60_000);

afterAll(async () => {
  await fs.promises.rm(work, { recursive: true, force: true });
});

/** Run the loader in a child; kill it `delayMs` after it opened the store (never if undefined). */
function runLoad(root: string, delayMs: number | undefined): Promise<{ loaded: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, root, archivePath], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(repo, 'node_modules') },
    });
    let out = '';
    let err = '';
    let opened = 0;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (opened === 0 && out.includes('opened')) {
        opened = Date.now();
        if (delayMs !== undefined) setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ loaded: out.includes('loaded'), ms: Date.now() - opened });
    });
  });
}

async function state(root: string) {
  const content = await openContentStore(path.join(root, 'content'));
  const snapshotter = await createOverlaySnapshotter(path.join(root, 'snapshots'));
  const images = await createImageService({ root: path.join(root, 'images'), content, snapshotter });
  const blobs: string[] = [];
  for await (const info of content.walk()) blobs.push(info.digest);
  const snapshots: string[] = [];
  for await (const info of snapshotter.walk()) snapshots.push(info.key);
  return {
    images: (await images.list()).map((i) => i.repoTags),
    blobs,
    snapshots,
    snapshotDirs: await fs.promises.readdir(path.join(root, 'snapshots', 'snapshots')),
    leases: await fs.promises.readdir(path.join(root, 'images', 'leases')),
  };
}

it('rolls back loads killed with SIGKILL at random points when the store reopens', async () => {
  const complete = path.join(work, 'complete');
  const full = await runLoad(complete, undefined);
  expect(full.loaded).toBe(true);
  const after = await state(complete);
  expect(after.images).toEqual([['killed:1']]);
  expect(after.snapshots).toHaveLength(8);
  expect(after.leases).toEqual([]);

  let killedMidway = 0;
  for (let i = 0; i < 10; i++) {
    const root = path.join(work, `run-${i}`);
    const delay = Math.floor(Math.random() * full.ms);
    const run = await runLoad(root, delay);
    if (run.loaded) continue;
    killedMidway++;
    const left = await state(root);
    expect({ delay, ...left }).toEqual({ delay, images: [], blobs: [], snapshots: [], snapshotDirs: [], leases: [] });
  }
  expect(killedMidway).toBeGreaterThan(0);
}, 120_000);
