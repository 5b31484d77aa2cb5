#!/usr/bin/env node
// Measures `docker run --rm busybox true` through the real docker CLI against a berthd this script
// starts (temporary roots and socket), and with --moby against a dockerd started the same way, so
// the two engines are compared on the same machine, image and client. Everything started here is
// stopped and every temporary directory removed, on success, failure or Ctrl-C. It never touches an
// existing Docker installation: dockerd gets its own roots, socket and pidfile, no bridge
// (no docker0) and no iptables rules.
//
//   node tools/bench/run-bench.mjs [--runs 20] [--warmup 2] [--moby] [--network none] [--only berth|moby]

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DOCKER_CLI = '/usr/local/bin/docker';

// ---------------------------------------------------------------------------------------------
// statistics

/** The q-quantile (0..1) of `samples` by linear interpolation between closest ranks. */
export function quantile(samples, q) {
  if (samples.length === 0) throw new Error('quantile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples) {
  return { runs: samples.length, medianMs: round(quantile(samples, 0.5)), p90Ms: round(quantile(samples, 0.9)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)) };
}

export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// processes

/** pid → { ppid, rssKiB, cmdline } for every process we can read. */
export function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      table.set(Number(name), { ppid, rssKiB, cmdline });
    } catch {
      // the process exited while we looked
    }
  }
  return table;
}

/**
 * The pids that belong to an engine: the daemon's descendants plus any process whose command line
 * names the engine's private temp directory (shims re-parented away from the daemon).
 */
export function engineProcesses(table, daemonPid, privateDir) {
  const pids = new Set();
  for (const [pid, p] of table) if (pid === daemonPid || p.cmdline.includes(privateDir)) pids.add(pid);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of table) if (!pids.has(pid) && pids.has(p.ppid)) { pids.add(pid); grew = true; }
  }
  return pids;
}

/** `dockerd` for `/usr/sbin/dockerd ...`, and `berthd` rather than `node` for `node bin/berthd ...`. */
export function programName(cmdline) {
  const [argv0, argv1] = cmdline.split(' ');
  const base = (p) => (p ?? '').split('/').pop();
  return base(argv0) === 'node' && argv1 && !argv1.startsWith('-') ? base(argv1).replace(/\.js$/, '') : base(argv0);
}

export function rssMiB(daemonPid, privateDir) {
  const table = processTable();
  const pids = engineProcesses(table, daemonPid, privateDir);
  let kib = 0;
  const names = [];
  for (const pid of pids) {
    kib += table.get(pid).rssKiB;
    names.push(programName(table.get(pid).cmdline));
  }
  return { mib: round(kib / 1024), processes: names.sort() };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function ping(socketPath) {
  return new Promise((resolvePing) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolvePing(res.statusCode === 200);
    });
    req.on('error', () => resolvePing(false));
    req.on('timeout', () => { req.destroy(); resolvePing(false); });
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------
// engines

/**
 * One daemon under benchmark, with everything it owns under `dir`.
 * @typedef {{ name: string, dir: string, socket: string, child: import('node:child_process').ChildProcess, log: string }} Engine
 */

export async function startEngine(name, command, args, dir, socket) {
  const log = join(dir, `${name}.log`);
  const fd = openSync(log, 'a');
  const child = spawn(command, args, { stdio: ['ignore', fd, fd] });
  const engine = { name, dir, socket, child, log, exited: false };
  child.on('exit', () => { engine.exited = true; });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (engine.exited) throw new Error(`${name} exited during start-up:\n${tail(log)}`);
    if (await ping(socket)) return engine;
    await sleep(100);
  }
  throw new Error(`${name} did not answer on ${socket} within 30s:\n${tail(log)}`);
}

const tail = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-25).join('\n') : '(no log)');

export function startBerth(dir) {
  const socket = join(dir, 'berth.sock');
  const args = [join(root, 'bin', 'berthd'), '--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '-H', `unix://${socket}`,
    '--pidfile', join(dir, 'berthd.pid'), '--config-file', join(dir, 'no-daemon.json')];
  return startEngine('berth', process.execPath, args, dir, socket);
}

export function startMoby(dir, dockerd) {
  const socket = join(dir, 'docker.sock');
  const config = join(dir, 'daemon.json');
  writeFileSync(config, '{}'); // not /etc/docker/daemon.json: the host's settings stay out
  const args = ['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'dockerd.pid'), '-H', `unix://${socket}`,
    '--config-file', config, '--bridge=none', '--iptables=false', '--ip6tables=false', '--ip-forward=false', '--ip-masq=false'];
  return startEngine('moby', dockerd, args, dir, socket);
}

export async function stopEngine(engine) {
  if (!engine.exited) {
    engine.child.kill('SIGTERM');
    for (let i = 0; i < 200 && !engine.exited; i++) await sleep(100);
    if (!engine.exited) engine.child.kill('SIGKILL');
    for (let i = 0; i < 50 && !engine.exited; i++) await sleep(100);
  }
  // Shims and runtimes the engine left behind live under its private directory: stop them by pid.
  for (const pid of engineProcesses(processTable(), -1, engine.dir)) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

/** Unmounts everything under `dir` (deepest first), then removes it. */
export async function removeTree(dir) {
  const unescape = (s) => s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
  for (let attempt = 0; attempt < 3; attempt++) {
    const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => unescape(l.split(' ')[4] ?? ''))
      .filter((m) => m === dir || m.startsWith(dir + '/')).sort((a, b) => b.length - a.length);
    for (const m of mounts) spawnSync('umount', ['-l', m]);
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch (err) {
      if (attempt === 2) throw err;
      await sleep(500);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// the docker CLI

export function dockerEnv(dir) {
  const env = { ...process.env, DOCKER_CONFIG: join(dir, 'docker-cli') };
  delete env.DOCKER_HOST;
  delete env.DOCKER_CONTEXT;
  return env;
}

export function docker(engine, args) {
  const result = spawnSync(DOCKER_CLI, ['-H', `unix://${engine.socket}`, ...args], { env: dockerEnv(engine.dir), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`docker ${args.join(' ')} against ${engine.name} failed (${result.status}): ${result.stderr.trim()}\n${engine.name} log:\n${tail(engine.log)}`);
  return result.stdout;
}

async function measure(engine, { runs, warmup, network, image }) {
  docker(engine, ['load', '-i', image]);
  const runArgs = ['run', '--rm', ...(network ? ['--network', network] : []), 'busybox', 'true'];
  for (let i = 0; i < warmup; i++) docker(engine, runArgs);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    docker(engine, runArgs);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await sleep(1000); // let the daemon settle before reading its idle memory
  return { ...summarize(samples), idleRss: rssMiB(engine.child.pid, engine.dir) };
}

// ---------------------------------------------------------------------------------------------
// moby from Debian

export function findDockerd() {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin'])) {
    if (dir && existsSync(join(dir, 'dockerd'))) return join(dir, 'dockerd');
  }
  return undefined;
}

/** Installs Debian's docker.io without letting its init scripts start a system dockerd. */
export function installDockerIo() {
  if (process.env.CI === 'true') throw new Error('--moby installs docker.io with apt-get, which is not done in CI (CI=true)');
  console.log('bench: installing Debian\'s docker.io (apt-get install -y docker.io)');
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'docker.io'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  const dockerd = findDockerd();
  if (!dockerd) throw new Error('docker.io is installed but no dockerd was found on PATH');
  return dockerd;
}

// ---------------------------------------------------------------------------------------------

/** Rows of cells as left-aligned columns two spaces apart (the last column unpadded). */
export function alignColumns(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

function table(rows) {
  const header = ['engine', 'runs', 'median', 'p90', 'min', 'max', 'idle RSS'];
  return alignColumns(header, rows.map((r) => [r.engine, String(r.runs), `${r.medianMs} ms`, `${r.p90Ms} ms`, `${r.minMs} ms`, `${r.maxMs} ms`, `${r.idleRss.mib} MiB (${r.idleRss.processes.join(', ')})`]));
}

/**
 * What a benchmark started and wrote, stopped and removed by `cleanup()` — and on Ctrl-C or
 * SIGTERM, after which the process exits 130. `interrupted` says whether a signal did it.
 */
export function resources() {
  const tracked = {
    engines: [],
    dirs: [],
    interrupted: false,
    async cleanup() {
      for (const engine of tracked.engines.splice(0)) await stopEngine(engine);
      for (const dir of tracked.dirs.splice(0)) await removeTree(dir);
    },
  };
  const onSignal = () => {
    tracked.interrupted = true;
    tracked.cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return tracked;
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '2' },
      moby: { type: 'boolean', default: false },
      network: { type: 'string' },
      only: { type: 'string' },
      image: { type: 'string', default: join(root, 'tools/images/out/busybox.tar') },
    },
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup must be a non-negative integer, got "${values.warmup}"`);
  if (process.getuid?.() !== 0) throw new Error('the benchmark starts container engines and needs root');
  if (!existsSync(DOCKER_CLI)) throw new Error(`${DOCKER_CLI} not found: the benchmark drives the real docker CLI`);
  if (values.only !== undefined && values.only !== 'berth' && values.only !== 'moby') throw new Error(`--only must be berth or moby, got "${values.only}"`);
  const names = values.only ? [values.only] : ['berth', ...(values.moby ? ['moby'] : [])];
  if (names.includes('berth') && !existsSync(join(root, 'bin', 'berthd.js'))) throw new Error('bin/berthd.js not found: run `npm run setup` first');
  if (!existsSync(values.image)) throw new Error(`${values.image} not found: run \`npm run setup\` first`);
  const dockerd = names.includes('moby') ? (findDockerd() ?? installDockerIo()) : undefined;

  // dockerd runs without a bridge (so it never creates docker0 or rules), which puts its containers
  // on `none`; berth gets the same network mode so both engines do the same work.
  const network = values.network ?? (names.includes('moby') ? 'none' : undefined);
  const options = { runs, warmup, network, image: values.image };
  const rows = [];
  const tracked = resources();
  const { engines, dirs } = tracked;

  try {
    const starters = { berth: (dir) => startBerth(dir), moby: (dir) => startMoby(dir, dockerd) };
    for (const name of names) {
      const start = starters[name];
      // A short path: unix socket paths are limited to 108 bytes.
      const dir = mkdtempSync(join(tmpdir(), `bb-${name}-`));
      dirs.push(dir);
      console.log(`bench: starting ${name} (${dir})`);
      const engine = await start(dir);
      engines.push(engine);
      console.log(`bench: ${name}: ${warmup} warm-up + ${runs} × docker run --rm ${network ? `--network ${network} ` : ''}busybox true`);
      rows.push({ engine: name, ...(await measure(engine, options)) });
      await stopEngine(engine);
      engines.splice(engines.indexOf(engine), 1);
    }
  } finally {
    if (!tracked.interrupted) await tracked.cleanup();
  }

  console.log('');
  console.log(table(rows));
  const result = { runs, warmup, network: network ?? 'default', engines: Object.fromEntries(rows.map(({ engine, ...r }) => [engine, r])) };
  if (rows.length === 2) {
    result.medianRatio = round(rows[0].medianMs / rows[1].medianMs, 2);
    result.idleRssRatio = round(rows[0].idleRss.mib / rows[1].idleRss.mib, 2);
    console.log(`\nberth/moby: median latency × ${result.medianRatio}, idle RSS × ${result.idleRssRatio}`);
  }
  console.log(JSON.stringify(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
