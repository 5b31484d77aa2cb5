/**
 * The measuring half of bench/run.mjs (which bundles it next to a shim bundle). Not part of the
 * package's public API.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmdirSync, existsSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SHIM_NODE_FLAGS, startShim, type ShimClient } from '../src/index';

const { values } = parseArgs({
  options: { flags: { type: 'string', multiple: true }, work: { type: 'string' }, runs: { type: 'string', default: '20' }, containers: { type: 'string', default: '20' }, only: { type: 'string' } },
});
const work = values.work!;
const runs = Number(values.runs);
const containers = Number(values.containers);
const cgroupPrefix = `berth-bench-${process.pid}`;

function makeRootfs(): string {
  const rootfs = join(work, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  for (const dir of ['proc', 'dev', 'sys', 'tmp']) mkdirSync(join(rootfs, dir));
  copyFileSync('/bin/busybox', join(rootfs, 'bin/busybox'));
  chmodSync(join(rootfs, 'bin/busybox'), 0o755);
  for (const applet of ['sh', 'sleep', 'true']) symlinkSync('busybox', join(rootfs, 'bin', applet));
  return rootfs;
}

/** A prepared bundle: config.json and a rootfs directory already in place (no mounts to make). */
function makeBundle(name: string, rootfs: string, args: string[]): string {
  const dir = join(work, name);
  mkdirSync(dir);
  const config = {
    ociVersion: '1.0.2',
    process: { terminal: false, user: { uid: 0, gid: 0 }, args, env: ['PATH=/bin'], cwd: '/', noNewPrivileges: true },
    root: { path: rootfs, readonly: true },
    hostname: name,
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    ],
    linux: { namespaces: ['pid', 'ipc', 'uts', 'mount', 'network'].map((type) => ({ type })), cgroupsPath: `/${cgroupPrefix}-${name}` },
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

function smapsRollup(pid: number): { rssKb: number; pssKb: number } {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKb: field('Rss'), pssKb: field('Pss') };
}

async function newShim(name: string, nodeFlags?: string[]): Promise<{ client: ShimClient; pid: number; runtimeRoot: string }> {
  const dir = join(work, name);
  mkdirSync(dir);
  const runtimeRoot = join(dir, 'runc');
  const { client, pid } = await startShim({
    binary: join(work, 'berth-shim.js'),
    address: join(dir, 's.sock'),
    stateDir: join(dir, 'state'),
    runtimeRoot,
    ...(nodeFlags ? { nodeFlags } : {}),
    ...(process.env.BERTH_BENCH_SHIM_LOG ? { logFile: process.env.BERTH_BENCH_SHIM_LOG, debug: true } : {}),
  });
  return { client, pid, runtimeRoot };
}

async function latency(): Promise<object> {
  const rootfs = makeRootfs();
  const bundle = makeBundle('lat', rootfs, ['true']);
  const runcRoot = join(work, 'runc-bare');
  const bare: number[] = [];
  const shim = await newShim('lat-shim');
  const viaShim: number[] = [];
  const withDelete: number[] = [];
  const phases = { create: [] as number[], start: [] as number[], wait: [] as number[] };
  // Interleaved, so that load from other processes on the machine hits both sides alike.
  try {
    for (let i = 0; i < runs + 2; i++) {
      const b0 = performance.now();
      const r = spawnSync('runc', ['--root', runcRoot, 'run', '--bundle', bundle, `bare-${i}`], { stdio: ['ignore', 'ignore', 'pipe'] });
      if (r.status !== 0) throw new Error(`runc run failed: ${r.status}: ${r.stderr.toString()}`);
      const b1 = performance.now();

      const id = `shim-${i}`;
      const t0 = performance.now();
      await shim.client.create({ id, bundle, rootfs: [], stdin: false, terminal: false, logPath: '', ioSocket: '' });
      const tc = performance.now();
      await shim.client.start(id);
      const ts = performance.now();
      const exit = await shim.client.wait(id);
      const t1 = performance.now();
      await shim.client.delete(id);
      const t2 = performance.now();
      if (exit.exitStatus !== 0) throw new Error(`true exited ${exit.exitStatus}`);
      if (i < 2) continue; // warm-up
      bare.push(b1 - b0);
      phases.create.push(tc - t0);
      phases.start.push(ts - tc);
      phases.wait.push(t1 - ts);
      viaShim.push(t1 - t0);
      withDelete.push(t2 - t0);
    }
  } finally {
    await shim.client.shutdown();
  }
  const bareMs = median(bare);
  return {
    runs,
    bareRuncRunMedianMs: round(bareMs),
    shimCreateStartWaitMedianMs: round(median(viaShim)),
    shimCreateStartWaitDeleteMedianMs: round(median(withDelete)),
    phasesMedianMs: { create: round(median(phases.create)), start: round(median(phases.start)), wait: round(median(phases.wait)) },
    ratio: Math.round((median(viaShim) / bareMs) * 100) / 100,
    // Each shim run over the bare run just before it: robust to load that drifts during the loop.
    pairedRatioMedian: Math.round(median(viaShim.map((t, k) => t / bare[k]!)) * 100) / 100,
    ratioWithDelete: Math.round((median(withDelete) / bareMs) * 100) / 100,
  };
}

async function memory(label: string, nodeFlags: string[]): Promise<object> {
  const rootfs = join(work, 'rootfs');
  if (!existsSync(rootfs)) makeRootfs();
  const shim = await newShim(`mem-${label}`, nodeFlags);
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const idle = smapsRollup(shim.pid);
    for (let i = 0; i < containers; i++) {
      const id = `${label}-${i}`;
      const bundle = makeBundle(id, rootfs, ['sleep', '1000']);
      await shim.client.create({ id, bundle, rootfs: [], stdin: false, terminal: false, logPath: join(bundle, 'json.log'), ioSocket: join(bundle, 'io.sock') });
      await shim.client.start(id);
    }
    await new Promise((r) => setTimeout(r, 3000));
    const loaded = smapsRollup(shim.pid);
    return {
      nodeFlags: nodeFlags.join(' ') || '(none)',
      idleRssMb: round(idle.rssKb / 1024),
      idlePssMb: round(idle.pssKb / 1024),
      loadedRssMb: round(loaded.rssKb / 1024),
      loadedPssMb: round(loaded.pssKb / 1024),
      perContainerRssMb: round((loaded.rssKb - idle.rssKb) / 1024 / containers),
      perContainerPssMb: round((loaded.pssKb - idle.pssKb) / 1024 / containers),
      shimRssPerContainerMb: round(loaded.rssKb / 1024 / containers),
      shimPssPerContainerMb: round(loaded.pssKb / 1024 / containers),
    };
  } finally {
    await shim.client.shutdown();
  }
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  try {
    if (values.only !== 'memory') result.latency = await latency();
    if (values.only !== 'latency') {
      // Each --flags "<node flags>" adds a configuration to compare; default: none vs the shipped set.
      const sets = values.flags ?? ['none', DEFAULT_SHIM_NODE_FLAGS.join(' ')];
      result.memory = [];
      for (const [n, set] of sets.entries()) (result.memory as object[]).push(await memory(`m${n}`, set === 'none' ? [] : set.split(' ').filter(Boolean)));
    }
  } finally {
    for (const controller of readdirSync('/sys/fs/cgroup')) {
      const dir = join('/sys/fs/cgroup', controller);
      for (const name of existsSync(dir) ? readdirSync(dir) : []) if (name.startsWith(cgroupPrefix)) rmdirSync(join(dir, name));
    }
  }
  console.log(JSON.stringify(result, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
