#!/usr/bin/env node
// Throughput of @berth/archive on the layers `docker load` and `docker save` meet: a layer of
// 20,000 small files and a layer holding one 100 MB file. Prints MB/s (tar bytes per second); it
// asserts nothing, since the numbers depend on the machine.
//
//   node packages/archive/bench/apply.mjs [--files 20000] [--big-mb 100] [--runs 3] [--dir /tmp] [--src DIR]
//
// --dir: where layers are written and applied (the filesystem under test); --src: another copy of
// this package's src/ to measure instead (e.g. an older revision, for a before/after). GNU tar
// extracting the same layers is printed alongside as a machine-independent yardstick.
//
// The package's TypeScript is bundled on the fly with esbuild (native packages stay external).
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const FILES = arg('files', 20_000);
const BIG_MB = arg('big-mb', 100);
const RUNS = arg('runs', 3);
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const SRC = resolve(option('src', join(root, 'packages/archive/src')));

const work = mkdtempSync(join(option('dir', tmpdir()), 'berth-archive-bench-'));
try {
  // Inside node_modules so the bundle resolves zstd-napi; the sys addon is named explicitly.
  const bundle = join(root, 'node_modules/.cache/berth-archive-bench/archive.cjs');
  process.env.BERTH_SYS_ADDON ??= join(root, 'packages/sys/build/Release/berth_sys.node');
  await build({
    entryPoints: [join(SRC, 'index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: join(root, 'tsconfig.base.json'),
    external: ['*.node', 'zstd-napi'],
    logLevel: 'warning',
  });
  const require = createRequire(join(root, 'package.json'));
  delete require.cache[bundle];
  const archive = require(bundle);

  // A deterministic pseudo-random source, so every run writes the same layers.
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  async function makeLayer(file, fill) {
    const writer = new archive.TarWriter(createWriteStream(file, { highWaterMark: 1 << 20 }));
    await fill(writer);
    await writer.finish();
    return statSync(file).size;
  }

  const smallTar = join(work, 'small.tar');
  const smallBytes = await makeLayer(smallTar, async (w) => {
    const perDir = 100;
    for (let i = 0; i < FILES; i++) {
      const dir = `usr/share/d${Math.floor(i / perDir)}`;
      if (i % perDir === 0) await w.add({ name: dir, type: 'directory', mode: 0o755 });
      const size = 256 + Math.floor(rand() * 8192);
      await w.add({ name: `${dir}/f${i}`, type: 'file', mode: 0o644, mtime: new Date(1_700_000_000_000) }, Buffer.alloc(size, i % 251));
    }
  });
  const bigTar = join(work, 'big.tar');
  const bigBytes = await makeLayer(bigTar, async (w) => {
    const chunk = Buffer.alloc(1 << 20);
    const size = BIG_MB << 20;
    async function* body() {
      for (let left = size; left > 0; left -= chunk.length) yield chunk.subarray(0, Math.min(left, chunk.length));
    }
    await w.add({ name: 'big.bin', type: 'file', size }, body());
  });

  const mbps = (bytes, ms) => ((bytes / 1e6) / (ms / 1000)).toFixed(1);
  const fresh = (name) => {
    const dir = join(work, name);
    rmSync(dir, { recursive: true, force: true });
    return mkdtempSync(dir);
  };
  const best = async (label, bytes, once) => {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const target = fresh('t'); // emptying the last run's target is not timed
      const started = performance.now();
      await once(target);
      times.push(performance.now() - started);
    }
    const ms = Math.min(...times);
    console.log(`${label.padEnd(44)} ${(bytes / 1e6).toFixed(1).padStart(7)} MB  best ${ms.toFixed(0).padStart(6)} ms  ${mbps(bytes, ms).padStart(7)} MB/s`);
  };
  const sink = () => new Writable({ highWaterMark: 1 << 20, write: (_chunk, _enc, done) => done() });

  console.log(`node ${process.version}, ${FILES} small files, ${BIG_MB} MB big file, best of ${RUNS}, in ${work}, src ${SRC}`);
  const gnuTar = (tar, target) => new Promise((done, fail) => {
    const child = spawn('tar', ['-xf', tar, '-C', target], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`tar exited ${code}`))));
  });
  await best(`GNU tar -x ${FILES} small files`, smallBytes, (target) => gnuTar(smallTar, target));
  await best(`GNU tar -x one ${BIG_MB} MB file`, bigBytes, (target) => gnuTar(bigTar, target));
  await best(`applyLayer ${FILES} small files`, smallBytes, async (target) => {
    await archive.applyLayer(target, createReadStream(smallTar, { highWaterMark: 1 << 20 }), { whiteouts: 'overlay' });
  });
  await best(`applyLayer one ${BIG_MB} MB file`, bigBytes, async (target) => {
    await archive.applyLayer(target, createReadStream(bigTar, { highWaterMark: 1 << 20 }), { whiteouts: 'overlay' });
  });

  const smallTree = fresh('small-tree');
  await archive.applyLayer(smallTree, createReadStream(smallTar), { whiteouts: 'delete' });
  await best(`writeDirAsTar ${FILES} small files`, smallBytes, () => archive.writeDirAsTar(smallTree, sink()));
  // An older src (--src) may predate the writers and zstd.
  if (archive.writeOverlayDiff) {
    await best(`writeOverlayDiff ${FILES} small files`, smallBytes, () => archive.writeOverlayDiff(smallTree, [], sink()));

    const zst = join(work, 'small.tar.zst');
    await new Promise((done, fail) =>
      createReadStream(smallTar).pipe(archive.compressStream('zstd')).pipe(createWriteStream(zst)).on('finish', done).on('error', fail),
    );
    await best(`applyLayer ${FILES} small files, zstd`, smallBytes, async (target) => {
      await archive.applyLayer(target, createReadStream(zst, { highWaterMark: 1 << 20 }), { whiteouts: 'overlay' });
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
