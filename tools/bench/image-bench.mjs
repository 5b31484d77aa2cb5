#!/usr/bin/env node
// Measures image load, save and rmi through the real docker CLI against a berthd this script
// starts, and with --moby against a private dockerd started the same way as run-bench.mjs does
// (its own roots and socket, no bridge, no iptables). The image is generated here,
// deterministically: a ~200 MB, 5-layer `docker save` archive whose first layer holds 20,000 small
// files and whose other layers hold incompressible data. Prints MB/s, times, ratios, berthd's peak
// RSS during load, and one JSON line. Everything it starts or writes is removed at the end.
//
//   node tools/bench/image-bench.mjs [--runs 3] [--moby] [--only berth|moby] [--keep-archive DIR]

import { createCipheriv, createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DOCKER_CLI, alignColumns, dockerEnv, findDockerd, installDockerIo, quantile, resources, round, sleep, startBerth, startMoby, stopEngine,
} from './run-bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1e6;
export const IMAGE_REF = 'berth-bench/layers:5';

// ---------------------------------------------------------------------------------------------
// the image

/** Deterministic incompressible bytes: AES-128-CTR of zeros under a fixed key, one stream per seed. */
export function pseudoRandom(seed, size) {
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(seed, 12);
  return createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), iv).update(Buffer.alloc(size));
}

/** GNU tar with every varying field pinned, so the same tree always gives the same bytes. */
function tarDir(dir, out) {
  const r = spawnSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '--format=gnu', '-C', dir, '-cf', out, '.']);
  if (r.status !== 0) throw new Error(`tar -C ${dir} failed: ${r.stderr}`);
}

const sha256File = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Writes the archive into `work` and returns its path: layer 1 = 20,000 files of 200..1,800 bytes
 * in 200 directories; layers 2..5 = one 42 MB file each.
 */
export function generateImage(work) {
  const layers = [];
  for (let i = 1; i <= 5; i++) {
    const tree = join(work, `tree${i}`);
    mkdirSync(tree, { recursive: true });
    if (i === 1) {
      const pool = pseudoRandom(1, 2048 * 64);
      for (let f = 0; f < 20_000; f++) {
        const sub = join(tree, 'small', String(f % 200).padStart(3, '0'));
        if (f < 200) mkdirSync(sub, { recursive: true });
        const size = 200 + ((f * 7919) % 1600);
        const at = (f * 2048) % (pool.length - 2048);
        writeFileSync(join(sub, `f${f}`), pool.subarray(at, at + size));
      }
    } else {
      writeFileSync(join(tree, `blob${i}.bin`), pseudoRandom(i, 42 * 1024 * 1024));
    }
    const layerTar = join(work, `layer${i}.tar`);
    tarDir(tree, layerTar);
    rmSync(tree, { recursive: true, force: true });
    layers.push({ file: layerTar, diffId: `sha256:${sha256File(layerTar)}` });
  }
  const archiveTree = join(work, 'archive');
  mkdirSync(archiveTree);
  const layerPaths = [];
  for (const layer of layers) {
    const hex = layer.diffId.slice('sha256:'.length);
    mkdirSync(join(archiveTree, hex));
    spawnSync('mv', [layer.file, join(archiveTree, hex, 'layer.tar')]);
    layerPaths.push(`${hex}/layer.tar`);
  }
  const created = '2024-01-01T00:00:00Z';
  const config = JSON.stringify({
    architecture: 'amd64', os: 'linux', created,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map((_, i) => ({ created, created_by: `image-bench layer ${i + 1}` })),
  });
  const configHex = createHash('sha256').update(config).digest('hex');
  writeFileSync(join(archiveTree, `${configHex}.json`), config);
  writeFileSync(join(archiveTree, 'manifest.json'), JSON.stringify([{ Config: `${configHex}.json`, RepoTags: [IMAGE_REF], Layers: layerPaths }]));
  const archive = join(work, 'bench-image.tar');
  tarDir(archiveTree, archive);
  rmSync(archiveTree, { recursive: true, force: true });
  return archive;
}

// ---------------------------------------------------------------------------------------------
// measuring

function dockerTimed(engine, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(DOCKER_CLI, ['-H', `unix://${engine.socket}`, ...args], { env: dockerEnv(engine.dir), encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} against ${engine.name} failed (${r.status}): ${r.stderr.trim()}`);
  return ms;
}

/** Resident set of one process, in MiB (0 once it is gone). */
function rssOf(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Run `docker load` in the background of a sampler that records the daemon's peak RSS. */
async function timedLoad(engine, archive) {
  const { spawn } = await import('node:child_process');
  let peak = rssOf(engine.child.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(engine.child.pid))), 20);
  const start = process.hrtime.bigint();
  const code = await new Promise((resolveCode) => {
    const child = spawn(DOCKER_CLI, ['-H', `unix://${engine.socket}`, 'load', '-q', '-i', archive], { env: dockerEnv(engine.dir), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (c) => resolveCode(c === 0 ? 0 : err || `exit ${c}`));
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`docker load against ${engine.name} failed: ${code}`);
  return { ms, peakRssMiB: round(peak) };
}

async function measure(engine, archive, runs, work) {
  const archiveBytes = statSync(archive).size;
  const idleRssMiB = round(rssOf(engine.child.pid));
  const samples = { load: [], save: [], rmi: [], savedBytes: 0, peakRssMiB: 0 };
  for (let i = 0; i < runs; i++) {
    const load = await timedLoad(engine, archive);
    samples.load.push(load.ms);
    samples.peakRssMiB = Math.max(samples.peakRssMiB, load.peakRssMiB);
    const saved = join(work, `saved-${engine.name}.tar`);
    samples.save.push(dockerTimed(engine, ['save', '-o', saved, IMAGE_REF]));
    samples.savedBytes = statSync(saved).size;
    rmSync(saved, { force: true });
    samples.rmi.push(dockerTimed(engine, ['rmi', IMAGE_REF]));
    await sleep(200);
  }
  const median = (xs) => quantile(xs, 0.5);
  return {
    archiveMB: round(archiveBytes / MB),
    loadMs: round(median(samples.load)),
    loadMBps: round(archiveBytes / MB / (median(samples.load) / 1000)),
    saveMs: round(median(samples.save)),
    saveMBps: round(samples.savedBytes / MB / (median(samples.save) / 1000)),
    rmiMs: round(median(samples.rmi)),
    idleRssMiB,
    peakLoadRssMiB: samples.peakRssMiB,
  };
}

function table(rows) {
  const header = ['engine', 'load', 'save', 'rmi', 'daemon RSS idle → peak during load'];
  return alignColumns(header, rows.map((r) => [r.engine, `${r.loadMBps} MB/s (${r.loadMs} ms)`, `${r.saveMBps} MB/s (${r.saveMs} ms)`, `${r.rmiMs} ms`, `${r.idleRssMiB} → ${r.peakLoadRssMiB} MiB`]));
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      moby: { type: 'boolean', default: false },
      only: { type: 'string' },
      'keep-archive': { type: 'string' },
    },
  });
  if (process.env.CI === 'true') throw new Error('the image benchmark is not run in CI (CI=true): it writes ~600 MB and starts daemons');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  if (process.getuid?.() !== 0) throw new Error('the benchmark starts container engines and needs root');
  if (!existsSync(DOCKER_CLI)) throw new Error(`${DOCKER_CLI} not found: the benchmark drives the real docker CLI`);
  if (values.only !== undefined && values.only !== 'berth' && values.only !== 'moby') throw new Error(`--only must be berth or moby, got "${values.only}"`);
  const names = values.only ? [values.only] : ['berth', ...(values.moby ? ['moby'] : [])];
  if (names.includes('berth') && !existsSync(join(root, 'bin', 'berthd.js'))) throw new Error('bin/berthd.js not found: run `npm run setup` first');
  const dockerd = names.includes('moby') ? (findDockerd() ?? installDockerIo()) : undefined;

  const tracked = resources();
  const { engines, dirs } = tracked;

  const rows = [];
  try {
    const work = mkdtempSync(join(tmpdir(), 'bb-image-'));
    dirs.push(work);
    let archive = values['keep-archive'] ? join(values['keep-archive'], 'bench-image.tar') : undefined;
    if (!archive || !existsSync(archive)) {
      console.log('bench: generating a 5-layer image archive (20,000 small files + 4 × 42 MB)');
      const generated = generateImage(work);
      if (archive) {
        mkdirSync(dirname(archive), { recursive: true });
        spawnSync('mv', [generated, archive]);
      } else {
        archive = generated;
      }
    }
    console.log(`bench: archive ${archive} (${round(statSync(archive).size / MB)} MB)`);
    const starters = { berth: (dir) => startBerth(dir), moby: (dir) => startMoby(dir, dockerd) };
    for (const name of names) {
      const dir = mkdtempSync(join(tmpdir(), `bb-${name}-`));
      dirs.push(dir);
      console.log(`bench: starting ${name} (${dir}); ${runs} × load, save, rmi`);
      const engine = await starters[name](dir);
      engines.push(engine);
      rows.push({ engine: name, ...(await measure(engine, archive, runs, work)) });
      await stopEngine(engine);
      engines.splice(engines.indexOf(engine), 1);
    }
  } finally {
    if (!tracked.interrupted) await tracked.cleanup();
  }

  console.log('');
  console.log(table(rows));
  const result = { runs, engines: Object.fromEntries(rows.map(({ engine, ...r }) => [engine, r])) };
  if (rows.length === 2) {
    const [berth, moby] = rows;
    result.loadThroughputRatio = round(berth.loadMBps / moby.loadMBps, 2);
    result.saveThroughputRatio = round(berth.saveMBps / moby.saveMBps, 2);
    result.rmiTimeRatio = round(berth.rmiMs / moby.rmiMs, 2);
    console.log(`\nberth/moby: load throughput × ${result.loadThroughputRatio}, save throughput × ${result.saveThroughputRatio}, rmi time × ${result.rmiTimeRatio}`);
  }
  console.log(JSON.stringify(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
