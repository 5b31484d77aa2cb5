// What every side-by-side benchmark shares: statistics, the engines' process trees and memory, starting
// and stopping berthd and a private dockerd (installing Debian's docker.io on demand), the docker CLI,
// and the cleanup of everything a run started. Used by run-bench, image-bench and containers-bench.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
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
  const [argv0, ...rest] = cmdline.split(' ');
  const base = (p) => (p ?? '').split('/').pop();
  // node's own flags (`node --max-semi-space-size=1 bin/berthd`) come before the script.
  const script = rest.find((a) => !a.startsWith('-'));
  return base(argv0) === 'node' && script ? base(script).replace(/\.js$/, '') : base(argv0);
}

/** A process's proportional set size (shared pages divided among their users), 0 when unreadable. */
function pssKiB(pid) {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The engine's memory: RSS summed over its processes, and PSS (which does not count shared pages twice). */
export function rssMiB(daemonPid, privateDir) {
  const table = processTable();
  const pids = engineProcesses(table, daemonPid, privateDir);
  let kib = 0;
  let pss = 0;
  const names = [];
  for (const pid of pids) {
    kib += table.get(pid).rssKiB;
    pss += pssKiB(pid);
    names.push(programName(table.get(pid).cmdline));
  }
  return { mib: round(kib / 1024), pssMib: round(pss / 1024), processes: names.sort() };
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

/** berthd on temporary roots; `launcher` is the executable to run (bin/berthd unless comparing builds). */
/**
 * berthd as startMoby runs dockerd: without a default bridge or iptables rules, so that neither
 * engine pays for networking the containers of the container/image benches never use (they run
 * with --network none); network-bench passes `networking: true`.
 */
export function startBerth(dir, launcher = join(root, 'bin', 'berthd'), { networking = false } = {}) {
  const socket = join(dir, 'berth.sock');
  // Executed, not run with node: the launcher's shebang carries berthd's node flags.
  const config = join(dir, 'berthd.json');
  writeFileSync(config, '{}'); // not /etc/berth/daemon.json: the host's settings stay out
  const args = ['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '-H', `unix://${socket}`,
    '--pidfile', join(dir, 'berthd.pid'), '--config-file', config, ...(networking ? [] : ['--bridge=none', '--iptables=false', '--ip-forward=false'])];
  return startEngine('berth', launcher, args, dir, socket);
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


/**
 * The command line every side-by-side bench shares (--runs, --warmup, --moby, --only, --image,
 * --berthd; --settle when the bench has a default for it; `counts`, more integer options with their
 * defaults; `strings`, more string options without one), checked: root, the docker CLI, the bundle
 * and the image must be there. Returns the option values, the integer options as numbers, and the
 * engines to run.
 */
export function benchCommandLine({ runs = '10', settle, counts = {}, strings = [] }) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: runs },
      warmup: { type: 'string', default: '2' },
      ...(settle === undefined ? {} : { settle: { type: 'string', default: settle } }),
      ...Object.fromEntries(Object.entries(counts).map(([name, value]) => [name, { type: 'string', default: value }])),
      ...Object.fromEntries(strings.map((name) => [name, { type: 'string' }])),
      moby: { type: 'boolean', default: false },
      only: { type: 'string' },
      image: { type: 'string', default: join(root, 'tools/images/out/busybox.tar') },
      berthd: { type: 'string', default: join(root, 'bin', 'berthd') },
    },
  });
  const num = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${values[name]}"`);
    return n;
  };
  const options = { runs: num('runs', 1), warmup: num('warmup', 0), ...(settle === undefined ? {} : { settle: num('settle', 0) }), ...Object.fromEntries(Object.keys(counts).map((name) => [name, num(name, 1)])), image: values.image };
  if (process.getuid?.() !== 0) throw new Error('the benchmark starts container engines and needs root');
  if (!existsSync(DOCKER_CLI)) throw new Error(`${DOCKER_CLI} not found: the benchmark drives the real docker CLI`);
  if (values.only !== undefined && values.only !== 'berth' && values.only !== 'moby') throw new Error(`--only must be berth or moby, got "${values.only}"`);
  const names = values.only ? [values.only] : ['berth', ...(values.moby ? ['moby'] : [])];
  if (names.includes('berth') && !existsSync(join(root, 'bin', 'berthd.js'))) throw new Error('bin/berthd.js not found: run `npm run setup` first');
  if (!existsSync(options.image)) throw new Error(`${options.image} not found: run \`npm run setup\` first`);
  return { values, options, names };
}

/** A JSON call on the engine's unix socket over one kept-alive connection, as an API client would make it. */
export function api(engine, agent, method, path, body) {
  return new Promise((resolveCall, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request({ socketPath: engine.socket, agent, method, path, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        if (res.statusCode >= 300) reject(new Error(`${method} ${path} against ${engine.name}: ${res.statusCode} ${text.trim()}`));
        else resolveCall(text ? JSON.parse(text) : undefined);
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Runs `sample(engine, round)` `runs` times on every engine, taking turns sample by sample (the order
 * flips each round), so a load that comes and goes on the machine falls on both engines alike.
 * A sample returns milliseconds, or an object of named milliseconds. Returns, per engine, the
 * median of each name.
 */
export async function alternate(engines, runs, sample) {
  const samples = new Map(engines.map((e) => [e, {}]));
  for (let i = 0; i < runs; i++) {
    for (const engine of i % 2 ? [...engines].reverse() : engines) {
      const got = await sample(engine, i);
      for (const [name, ms] of Object.entries(typeof got === 'number' ? { value: got } : got)) (samples.get(engine)[name] ??= []).push(ms);
    }
  }
  return new Map([...samples].map(([e, byName]) => [e, Object.fromEntries(Object.entries(byName).map(([n, v]) => [n, round(quantile(v, 0.5))]))]));
}
