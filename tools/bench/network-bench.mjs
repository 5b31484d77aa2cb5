#!/usr/bin/env node
// Networking side by side: the real docker CLI against a berthd this script starts, and with --moby
// against a private dockerd with its networking on (default bridge, iptables, docker-proxy), both
// at once, taking turns sample by sample (as containers-bench.mjs). The whole run happens in a
// private network namespace the script makes for itself (unshare -n -m), so neither engine's
// bridges, veths and iptables chains touch the host's, and all of it goes with the namespace.
// Figures:
//   publish   `docker run -d --network <user bridge> -p 127.0.0.1:P:8080 busybox httpd` until the
//             first HTTP answer on 127.0.0.1:P from this process
//   create    `docker network create`
//   rm        `docker network rm`
//   start     API container start on a user bridge vs with --network none (median of each, and
//             the delta: what a sandbox with one endpoint adds to a start; target ≤ 15 ms)
// Prints a table (berth, moby, berth/moby, target) and one JSON line. Not run in CI.
//
//   node tools/bench/network-bench.mjs [--runs 10] [--warmup 2] [--moby] [--only berth|moby] [--settle 5]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignColumns, alternate, api, benchCommandLine, docker, findDockerd, installDockerIo, resources, round, sleep, startBerth, startEngine } from './lib/engines.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PRIVATE_NETNS = 'BERTH_NETWORK_BENCH_NETNS';

export const FIGURES = [
  { key: 'publish', label: 'run -d -p on a user bridge until HTTP answers (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'create', label: 'network create (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'rm', label: 'network rm (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'startNet', label: 'API start on a user bridge (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'startNone', label: 'API start with --network none (median)', unit: 'ms' },
  { key: 'startDelta', label: '  network cost of a start', unit: 'ms', max: 15 },
];

export function ratio(berth, moby) {
  return berth === undefined || moby === undefined || moby === 0 ? undefined : round(berth / moby, 2);
}

export function meetsTarget(figure, berth, moby) {
  if (berth === undefined) return undefined;
  if (figure.max !== undefined) return berth <= figure.max;
  const r = ratio(berth, moby);
  if (figure.maxRatio === undefined || r === undefined) return undefined;
  return r <= figure.maxRatio;
}

export function comparisonTable(results) {
  const cell = (v, unit) => (v === undefined ? '-' : `${v} ${unit}`);
  const body = [];
  for (const f of FIGURES) {
    const b = results.berth?.[f.key];
    const m = results.moby?.[f.key];
    if (b === undefined && m === undefined) continue;
    const r = ratio(b, m);
    const target = f.max !== undefined ? `≤ ${f.max} ${f.unit}` : f.maxRatio !== undefined ? `≤ ${f.maxRatio}×` : '';
    const ok = meetsTarget(f, b, m);
    body.push([f.label, cell(b, f.unit), cell(m, f.unit), r === undefined ? '-' : `${r}×`, target ? `${target} ${ok === undefined ? '' : ok ? 'ok' : 'MISSED'}`.trim() : '']);
  }
  return alignColumns(['figure', 'berth', 'moby', 'berth/moby', 'target'], body);
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A TCP port on 127.0.0.1 nothing listens on now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls http://127.0.0.1:port/ until it answers 200 (each try bounded); gives up after 20 s. */
async function firstAnswer(port) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ok = await new Promise((done) => {
      const req = get({ host: '127.0.0.1', port, path: '/', timeout: 500 }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode === 200));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on 127.0.0.1:${port} within 20s`);
    await sleep(2);
  }
}



const HTTPD = ['busybox', 'sh', '-c', 'mkdir -p /www && echo ok > /www/index.html && exec httpd -f -p 8080 -h /www'];

export async function measure(engines, { runs, warmup, settle, image }) {
  const results = Object.fromEntries(engines.map((e) => [e.name, {}]));
  const record = (medians, key, name = 'value') => { for (const [e, m] of medians) results[e.name][key] = m[name]; };
  for (const e of engines) docker(e, ['load', '-i', image]);
  for (const e of engines) docker(e, ['network', 'create', 'benchnet']);
  await sleep(settle * 1000);

  const publish = async (e) => {
    const port = await freePort();
    let id = '';
    const ms = await timed(async () => {
      id = docker(e, ['run', '-d', '--network', 'benchnet', '-p', `127.0.0.1:${port}:8080`, ...HTTPD]).trim();
      await firstAnswer(port);
    });
    docker(e, ['rm', '-f', id]);
    return ms;
  };
  await alternate(engines, warmup, publish);
  record(await alternate(engines, runs, publish), 'publish');

  const createRm = async (e, i) => {
    const name = `bench-${i}-${process.pid}`;
    const create = await timed(() => docker(e, ['network', 'create', name]));
    const rm = await timed(() => docker(e, ['network', 'rm', name]));
    return { create, rm };
  };
  await alternate(engines, warmup, createRm);
  const nets = await alternate(engines, runs, createRm);
  record(nets, 'create', 'create');
  record(nets, 'rm', 'rm');

  const agents = new Map(engines.map((e) => [e, new Agent({ keepAlive: true, maxSockets: 1 })]));
  const starts = async (e, i) => {
    const agent = agents.get(e);
    const out = {};
    // The two kinds take turns going first, so neither always pays for a shim that went idle.
    const kinds = [['none', 'none'], ['net', 'benchnet']];
    for (const [key, mode] of i % 2 ? kinds.reverse() : kinds) {
      const { Id } = await api(e, agent, 'POST', '/containers/create', { Image: 'busybox', Cmd: ['sleep', '60'], HostConfig: { NetworkMode: mode } });
      out[key] = await timed(() => api(e, agent, 'POST', `/containers/${Id}/start`));
      await api(e, agent, 'DELETE', `/containers/${Id}?force=1`);
    }
    return out;
  };
  await alternate(engines, warmup, starts);
  const started = await alternate(engines, runs, starts);
  record(started, 'startNone', 'none');
  record(started, 'startNet', 'net');
  for (const e of engines) results[e.name].startDelta = round(results[e.name].startNet - results[e.name].startNone);
  for (const agent of agents.values()) agent.destroy();

  for (const e of engines) docker(e, ['network', 'rm', 'benchnet']);
  for (const e of engines) if (docker(e, ['ps', '-aq']).trim()) throw new Error(`${e.name} still has containers after the bench`);
  return results;
}

/** A private dockerd with its networking on (its own bridge and iptables, inside the bench's netns). */
function startMobyNetworked(dir, dockerd) {
  const socket = join(dir, 'docker.sock');
  const config = join(dir, 'daemon.json');
  writeFileSync(config, '{}');
  const args = ['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'dockerd.pid'), '-H', `unix://${socket}`, '--config-file', config];
  return startEngine('moby', dockerd, args, dir, socket);
}

/**
 * Re-runs this script in a new network and mount namespace: loopback up, and a sysfs of that netns
 * bound over /sys's network parts (engines read /sys/class/net). Returns its exit status.
 */
function inPrivateNetns(dockerd) {
  const setup = [
    'set -e',
    'ip link set lo up',
    'd=$(mktemp -d /tmp/nb-sys-XXXXXX)',
    'mount -t sysfs sysfs "$d"',
    'mount --bind "$d/class/net" /sys/class/net',
    'mount --bind "$d/devices/virtual/net" /sys/devices/virtual/net',
    // The binds keep that sysfs; its own mount point can go (nothing left in /tmp afterwards).
    'umount "$d" && rmdir "$d"',
    'exec "$@"',
  ].join('\n');
  const result = spawnSync('unshare', ['-n', '-m', '--propagation', 'private', 'sh', '-c', setup, 'sh', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [PRIVATE_NETNS]: '1', ...(dockerd ? { BERTH_BENCH_DOCKERD: dockerd } : {}) },
  });
  return result.status ?? 1;
}

async function main() {
  const { values, options, names } = benchCommandLine({ settle: '5' });
  if (!process.env[PRIVATE_NETNS]) {
    // Installed (if need be) out here: the private namespace has no route to a package mirror.
    const dockerd = names.includes('moby') ? (findDockerd() ?? installDockerIo()) : undefined;
    process.exit(inPrivateNetns(dockerd));
  }
  const dockerd = process.env.BERTH_BENCH_DOCKERD;

  let results;
  const tracked = resources();
  try {
    const starters = { berth: (dir) => startBerth(dir, values.berthd, { networking: true }), moby: (dir) => startMobyNetworked(dir, dockerd) };
    for (const name of names) {
      const dir = mkdtempSync(join(tmpdir(), `nb-${name}-`));
      tracked.dirs.push(dir);
      console.log(`bench: starting ${name} (${dir})`);
      tracked.engines.push(await starters[name](dir));
    }
    console.log(`bench: ${names.join(' and ')}, taking turns: ${options.runs} runs of each figure (${options.warmup} warm-up), in a private network namespace`);
    results = await measure([...tracked.engines], options);
  } finally {
    if (!tracked.interrupted) await tracked.cleanup();
  }
  console.log('');
  console.log(comparisonTable(results));
  const ratios = Object.fromEntries(FIGURES.map((f) => [f.key, ratio(results.berth?.[f.key], results.moby?.[f.key])]).filter(([, r]) => r !== undefined));
  console.log(JSON.stringify({ runs: options.runs, warmup: options.warmup, engines: results, ratios }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
