#!/usr/bin/env node
// The runtime's two cost figures (issue 4), never run in CI:
//
// (a) memory per running container: the summed RSS and PSS (from /proc/<pid>/smaps_rollup) of every
//     engine-side process — berth: berthd, berth-shim(s), any runc left; moby: dockerd, containerd,
//     containerd-shim-runc-v2, runc — with 20 idle `sleep` containers, minus the same with none,
//     divided by 20. Container processes themselves are not counted. Targets: RSS ≤ 8 MB, PSS ≤ moby's.
// (b) from the shim's task API: create + start + wait of `true` in a prepared bundle, against a bare
//     `runc run` of the same bundle. Target: ≤ 1.5×.
//
// Everything started here is stopped and every temporary directory removed, as run-bench does;
// --moby starts a private dockerd (never the system one) exactly as run-bench does.
//
//   node tools/bench/runtime-bench.mjs [--containers 20] [--runs 20] [--moby] [--shim-group-size N] [--only memory|shim]

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DOCKER_CLI, docker, engineProcesses, findDockerd, installDockerIo, processTable, removeTree, sleep, startEngine, startMoby,
  stopEngine, summarize,
} from './run-bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMAGE = join(root, 'tools/images/out/busybox.tar');
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// (a) memory per container

/** The engine-side program a process is, or undefined for a container's own processes. */
export function engineProgram(cmdline) {
  if (/(^|\/)berthd(\.js)?( |$)/.test(cmdline)) return 'berthd';
  if (cmdline.includes('berth-shim')) return 'berth-shim';
  const base = (cmdline.split(' ')[0] ?? '').split('/').pop();
  return ['dockerd', 'containerd', 'containerd-shim-runc-v2', 'runc', 'docker-proxy'].includes(base) ? base : undefined;
}

/** Rss and Pss (KiB) of one process from /proc/<pid>/smaps_rollup; zero if it is gone. */
export function smapsRollup(text) {
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKiB: field('Rss'), pssKiB: field('Pss') };
}

function engineMemory(engine) {
  const table = processTable();
  let rssKiB = 0;
  let pssKiB = 0;
  const processes = [];
  for (const pid of engineProcesses(table, engine.child.pid, engine.dir)) {
    const program = engineProgram(table.get(pid).cmdline);
    if (!program) continue;
    try {
      const m = smapsRollup(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      rssKiB += m.rssKiB;
      pssKiB += m.pssKiB;
      processes.push(program);
    } catch {
      // exited while we looked
    }
  }
  return { rssKiB, pssKiB, processes: processes.sort() };
}

/** Median of three readings a second apart (GC and lazy frees make one reading noisy). */
async function settledMemory(engine) {
  const readings = [];
  for (let i = 0; i < 3; i++) {
    await sleep(1000);
    readings.push(engineMemory(engine));
  }
  readings.sort((a, b) => a.rssKiB - b.rssKiB);
  return readings[1];
}

const countBy = (names) => Object.entries(names.reduce((m, n) => ({ ...m, [n]: (m[n] ?? 0) + 1 }), {})).map(([n, c]) => `${c}×${n}`).join(' ');

async function memoryPerContainer(engine, containers) {
  docker(engine, ['load', '-i', IMAGE]);
  for (let i = 0; i < 2; i++) docker(engine, ['run', '--rm', '--network', 'none', 'busybox', 'true']);
  const idle = await settledMemory(engine);
  for (let i = 0; i < containers; i++) docker(engine, ['run', '-d', '--network', 'none', 'busybox', 'sleep', '100000']);
  await sleep(2000);
  const busy = await settledMemory(engine);
  const ids = docker(engine, ['ps', '-aq']).trim().split('\n').filter(Boolean);
  if (ids.length) docker(engine, ['rm', '-f', ...ids]);
  return {
    containers,
    rssMiBPerContainer: round((busy.rssKiB - idle.rssKiB) / containers / 1024, 2),
    pssMiBPerContainer: round((busy.pssKiB - idle.pssKiB) / containers / 1024, 2),
    idle: { rssMiB: round(idle.rssKiB / 1024), pssMiB: round(idle.pssKiB / 1024), processes: countBy(idle.processes) },
    busy: { rssMiB: round(busy.rssKiB / 1024), pssMiB: round(busy.pssKiB / 1024), processes: countBy(busy.processes) },
  };
}

function startBerthWith(dir, extraArgs) {
  const socket = join(dir, 'berth.sock');
  // An explicit --config-file must exist (as for dockerd); an empty one keeps the host's settings out.
  writeFileSync(join(dir, 'no-daemon.json'), '{}');
  const args = [join(root, 'bin', 'berthd'), '--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '-H', `unix://${socket}`,
    '--pidfile', join(dir, 'berthd.pid'), '--config-file', join(dir, 'no-daemon.json'), ...extraArgs];
  return startEngine('berth', process.execPath, args, dir, socket);
}

// ---------------------------------------------------------------------------------------------
// (b) the shim's task API against bare runc

/** A bundle whose rootfs is the host's static busybox, running `true`; runc's default spec. */
function prepareBundle(dir) {
  const bundle = join(dir, 'bundle');
  mkdirSync(join(bundle, 'rootfs', 'bin'), { recursive: true });
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
  if (!busybox) throw new Error('busybox (busybox-static) not found on the host');
  copyFileSync(busybox, join(bundle, 'rootfs', 'bin', 'busybox'));
  symlinkSync('busybox', join(bundle, 'rootfs', 'bin', 'true'));
  const spec = spawnSync('runc', ['spec', '--bundle', bundle], { encoding: 'utf8' });
  if (spec.status !== 0) throw new Error(`runc spec: ${spec.stderr}`);
  const config = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8'));
  config.process.terminal = false;
  config.process.args = ['/bin/true'];
  writeFileSync(join(bundle, 'config.json'), JSON.stringify(config));
  return bundle;
}

function runcRun(runtimeRoot, bundle, id) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('runc', ['--root', runtimeRoot, 'run', '--bundle', bundle, id], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`runc run exited ${code}`))));
  });
}

/** The shim package's client, bundled from source for this run (the bench is plain JS). */
async function loadShimClient(dir) {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'shim-client.cjs');
  await build({ entryPoints: [join(root, 'packages/shim/src/index.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    tsconfig: join(root, 'tsconfig.base.json'), external: ['*.node'], logLevel: 'error' });
  if (existsSync(join(root, 'bin', 'berth_sys.node'))) copyFileSync(join(root, 'bin', 'berth_sys.node'), join(dir, 'berth_sys.node'));
  return createRequire(import.meta.url)(outfile);
}

async function shimVersusRunc(runs, dir) {
  const bundle = prepareBundle(dir);
  const shimApi = await loadShimClient(dir);
  const runtimeRoot = join(dir, 'runc');
  const { client } = await shimApi.startShim({ binary: join(root, 'bin', 'berth-shim.js'), address: join(dir, 's.sock'), stateDir: join(dir, 'state'), runtimeRoot, logFile: join(dir, 'shim.log') });
  try {
    const bare = [];
    const viaShim = [];
    const viaShimWithDelete = [];
    for (let i = -2; i < runs; i++) {
      // Alternate the two so that drift in machine load hits both alike; the first two are warm-up.
      let t = process.hrtime.bigint();
      await runcRun(runtimeRoot, bundle, `bare-${i + 2}`);
      const bareMs = Number(process.hrtime.bigint() - t) / 1e6;
      const id = `shim-${i + 2}`;
      t = process.hrtime.bigint();
      await client.create({ id, bundle, rootfs: [], stdin: false, terminal: false, logPath: '', ioSocket: '' });
      await client.start(id);
      const exit = await client.wait(id);
      const waitedMs = Number(process.hrtime.bigint() - t) / 1e6;
      await client.delete(id);
      const deletedMs = Number(process.hrtime.bigint() - t) / 1e6;
      if (exit.exitStatus !== 0) throw new Error(`task ${id} exited ${exit.exitStatus}`);
      if (i < 0) continue;
      bare.push(bareMs);
      viaShim.push(waitedMs);
      viaShimWithDelete.push(deletedMs);
    }
    const runc = summarize(bare);
    const shim = summarize(viaShim);
    const shimDelete = summarize(viaShimWithDelete);
    return { runs, runcRun: runc, shimCreateStartWait: shim, shimCreateStartWaitDelete: shimDelete,
      ratio: round(shim.medianMs / runc.medianMs, 2), ratioWithDelete: round(shimDelete.medianMs / runc.medianMs, 2) };
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      containers: { type: 'string', default: '20' },
      runs: { type: 'string', default: '20' },
      moby: { type: 'boolean', default: false },
      only: { type: 'string' },
      'shim-group-size': { type: 'string' },
    },
  });
  const containers = Number(values.containers);
  const runs = Number(values.runs);
  if (!Number.isInteger(containers) || containers < 1) throw new Error(`--containers must be a positive integer, got "${values.containers}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  if (values.only !== undefined && values.only !== 'memory' && values.only !== 'shim') throw new Error(`--only must be memory or shim, got "${values.only}"`);
  if (process.getuid?.() !== 0) throw new Error('the benchmark starts container engines and runc, and needs root');
  for (const file of ['berthd.js', 'berth-shim.js']) if (!existsSync(join(root, 'bin', file))) throw new Error(`bin/${file} not found: run \`npm run setup\` first`);
  if (!existsSync(IMAGE)) throw new Error(`${IMAGE} not found: run \`npm run setup\` first`);
  if (!existsSync(DOCKER_CLI)) throw new Error(`${DOCKER_CLI} not found`);
  const berthArgs = values['shim-group-size'] ? ['--shim-group-size', values['shim-group-size']] : [];
  const dockerd = values.moby && values.only !== 'shim' ? (findDockerd() ?? installDockerIo()) : undefined;

  const engines = [];
  const dirs = [];
  const cleanup = async () => {
    for (const engine of engines.splice(0)) await stopEngine(engine);
    for (const dir of dirs.splice(0)) await removeTree(dir);
  };
  process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));
  process.once('SIGTERM', () => cleanup().finally(() => process.exit(143)));

  const result = {};
  try {
    if (values.only !== 'shim') {
      result.memory = {};
      const starters = { berth: (dir) => startBerthWith(dir, berthArgs), ...(dockerd ? { moby: (dir) => startMoby(dir, dockerd) } : {}) };
      for (const [name, start] of Object.entries(starters)) {
        const dir = mkdtempSync(join(tmpdir(), `rb-${name}-`));
        dirs.push(dir);
        console.log(`bench: ${name}: memory with 0 and ${containers} idle containers (${dir})`);
        const engine = await start(dir);
        engines.push(engine);
        result.memory[name] = await memoryPerContainer(engine, containers);
        await stopEngine(engine);
        engines.splice(engines.indexOf(engine), 1);
      }
    }
    if (values.only !== 'memory') {
      const dir = mkdtempSync(join(tmpdir(), 'rb-shim-'));
      dirs.push(dir);
      console.log(`bench: shim task API vs bare runc run: ${runs} runs each`);
      result.shim = await shimVersusRunc(runs, dir);
    }
  } finally {
    await cleanup();
  }

  console.log('');
  if (result.memory) {
    console.log('memory per running container (engine-side processes, 20 idle minus 0)');
    for (const [name, m] of Object.entries(result.memory)) {
      console.log(`  ${name.padEnd(6)} RSS ${String(m.rssMiBPerContainer).padStart(6)} MiB   PSS ${String(m.pssMiBPerContainer).padStart(6)} MiB   ` +
        `(idle ${m.idle.rssMiB} MiB RSS: ${m.idle.processes}; busy ${m.busy.rssMiB} MiB RSS: ${m.busy.processes})`);
    }
  }
  if (result.shim) {
    const s = result.shim;
    console.log('create+start+wait of `true` (median / p90)');
    console.log(`  runc run              ${s.runcRun.medianMs} ms / ${s.runcRun.p90Ms} ms`);
    console.log(`  shim c+s+w            ${s.shimCreateStartWait.medianMs} ms / ${s.shimCreateStartWait.p90Ms} ms   × ${s.ratio}`);
    console.log(`  shim c+s+w + delete   ${s.shimCreateStartWaitDelete.medianMs} ms / ${s.shimCreateStartWaitDelete.p90Ms} ms   × ${s.ratioWithDelete}`);
  }
  console.log(JSON.stringify(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.stack : err}`);
    process.exit(1);
  });
}
